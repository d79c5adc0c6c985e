import type { ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';
import { defineModule } from '../../shared/module.js';
import { EvidenceFile, EvidenceFileContent } from './evidence-file.entity.js';
import type { EvidenceErrorCode } from './evidence.errors.js';
import { evidenceLoaders } from './evidence.loaders.js';
import { evidenceCodes, evidenceMessages } from './evidence.messages.js';
import { EvidenceFileResolver, evidenceDownload } from './evidence.resolver.js';

/**
 * Evidence files: uploaded beside `/graphql` (`POST /files`), kept in the database with their
 * sniffed type and SHA-256, attached to the objects other modules let them be (`evidenceOn`), and
 * downloaded with the visibility of that object.
 */
export const evidenceModule = defineModule({
  name: 'evidence',
  entities: [EvidenceFile, EvidenceFileContent],
  resolvers: [EvidenceFileResolver],
  exporters: [evidenceDownload],
  loaders: evidenceLoaders,
  errorCodes: evidenceCodes satisfies ErrorCodeDescriptions<EvidenceErrorCode>,
  messages: evidenceMessages,
});

export { evidenceOn, type AttachmentRule } from './attachments.js';
export { UPLOAD_PATH, uploadRoute } from './upload-route.js';
export { uploadedFile } from './evidence.service.js';
export { EvidenceFileConnection, EvidenceFileType } from './evidence.types.js';
