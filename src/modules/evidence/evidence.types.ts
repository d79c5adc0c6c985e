import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Node } from '../../shared/graphql/node.js';

@ObjectType('EvidenceFile', {
  implements: Node,
  description:
    'A file uploaded as evidence (`POST /files`) and attached to a rectification feedback, an action item, a meeting or an opinion collection. Seen by whoever may see that object; until attached, by its uploader alone. 证据文件：可见范围与其所附对象相同。',
})
export class EvidenceFileType extends Node {
  @Field({ description: 'The name it is saved under: the uploaded name, its extension set by what the bytes are.' })
  fileName!: string;

  @Field({ description: 'Its media type, as its bytes show (never as the client said).' })
  contentType!: string;

  @Field(() => Int, { description: 'Its size in bytes.' })
  size!: number;

  @Field({ description: 'SHA-256 of its bytes, in hex: what a copy must match.' })
  sha256!: string;

  @Field(() => DateTimeResolver, { description: 'When it was uploaded.' })
  uploadedAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was attached; null until then.' })
  attachedAt!: Date | null;

  uploadedByKey!: string;
  attachedType!: string | null;
  attachedKey!: string | null;
}

export const EvidenceFileConnection = ConnectionType(EvidenceFileType, 'EvidenceFile');
