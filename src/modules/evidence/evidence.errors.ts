import { CommonErrorCode, DomainError } from '../../shared/errors/domain-error.js';
import { platformMessages } from '../../shared/i18n/platform.messages.js';
import { evidenceMessages as M } from './evidence.messages.js';

export enum EvidenceErrorCode {
  EVIDENCE_ALREADY_ATTACHED = 'EVIDENCE_ALREADY_ATTACHED',
  EVIDENCE_LIMIT_REACHED = 'EVIDENCE_LIMIT_REACHED',
}

export class EvidenceError extends DomainError<EvidenceErrorCode> {}

const input = (name: string) => ['input', name];

export const EvidenceErrors = {
  notFound: (what: keyof typeof M.nouns, field: string) =>
    new EvidenceError(CommonErrorCode.NOT_FOUND, platformMessages.notFound(M.nouns[what]), input(field)),
  notAttachable: (typename: string) => new EvidenceError(CommonErrorCode.INVALID_INPUT, M.notAttachable(typename), input('toId')),
  alreadyAttached: () => new EvidenceError(EvidenceErrorCode.EVIDENCE_ALREADY_ATTACHED, M.alreadyAttached, input('fileId')),
  limitReached: (max: number) => new EvidenceError(EvidenceErrorCode.EVIDENCE_LIMIT_REACHED, M.limitReached(max), input('toId')),
};
