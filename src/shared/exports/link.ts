import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { DateTimeResolver } from 'graphql-scalars';
import type { Context } from '../context.js';
import { FileFormat } from '../files/table.js';
import { seal, unseal } from '../graphql/opaque.js';
import { graphOf, type DocumentExporter, type Exporter, type FileExporter, type TableExporter } from './exporter.js';

export { FileFormat } from '../files/table.js';

registerEnumType(FileFormat, {
  name: 'FileFormat',
  description: 'The file a list is exported as. 导出文件的格式。',
  valuesConfig: {
    XLSX: { description: 'An Excel workbook: a sheet per section and a summary. Excel 工作簿：每个栏目一张工作表，另有汇总表。' },
    CSV: {
      description:
        'Comma-separated values in UTF-8 with a byte-order mark, which Excel opens as Chinese text. 带 BOM 的 UTF-8 逗号分隔文件，Excel 可直接打开。',
    },
  },
});

/** The `format` argument of every export. */
export const FORMAT_ARGUMENT = { defaultValue: FileFormat.XLSX, description: 'XLSX (the default) or CSV.' } as const;

/** How long a download link works. */
export const LINK_SECONDS = 600;
/** Where links point, beside `/graphql`. */
export const EXPORT_PATH = '/exports/';

@ObjectType('DownloadLink', {
  description:
    'A file to fetch with a plain GET, without a token: the link itself is the permission, for a short time. 下载链接：短时有效，凭链接即可下载。',
})
export class DownloadLink {
  @Field({ description: 'Path to GET, on the same server as `/graphql` (e.g. `/exports/…`).' })
  url!: string;

  @Field(() => DateTimeResolver, { description: 'After this, the link is refused; ask the graph for a new one.' })
  expiresAt!: Date;

  @Field({ description: 'The name the file is saved under.' })
  fileName!: string;

  @Field({ description: 'Its media type.' })
  contentType!: string;
}

/** What a link's file is: a list's table format, a document's PDF, or a kept file (of its own type). */
export type LinkFormat = FileFormat | 'PDF' | 'FILE';

export const LINK_FORMATS: Record<LinkFormat, { contentType: string; extension: string }> = {
  [FileFormat.XLSX]: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  [FileFormat.CSV]: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  PDF: { contentType: 'application/pdf', extension: 'pdf' },
  // A kept file's name and type are its own.
  FILE: { contentType: 'application/octet-stream', extension: '' },
};

/** The format a link to this exporter's file must name: a link saying otherwise was not made by this server. */
export function formatFits(exporter: Exporter, format: LinkFormat): boolean {
  if (exporter.kind === 'document') return format === 'PDF';
  if (exporter.kind === 'file') return format === 'FILE';
  return format === FileFormat.XLSX || format === FileFormat.CSV;
}

/** What a link carries: sealed (encrypted and authenticated), so it can be neither read nor altered. */
export interface LinkClaims {
  exporter: string;
  format: LinkFormat;
  args: unknown;
  /** The viewer who asked: the file is read as them, if they are still active. */
  username: string;
  fileName: string;
  /** Expiry, milliseconds since the epoch, by the server's clock. */
  until: number;
}

const PURPOSE = 'export';

/** Characters a file name must not carry on any system people save to. */
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

async function linkTo<A>(
  ctx: Context,
  schema: GraphQLSchema,
  exporter: Exporter<A>,
  args: A,
  format: LinkFormat,
  type = LINK_FORMATS[format].contentType,
): Promise<DownloadLink> {
  const base = (await exporter.check(ctx, args, graphOf(schema))).replace(UNSAFE_NAME, '_').trim().slice(0, 120) || 'export';
  const { extension } = LINK_FORMATS[format];
  const fileName = extension ? `${base}.${extension}` : base;
  const until = ctx.now.getTime() + LINK_SECONDS * 1000;
  const claims: LinkClaims = { exporter: exporter.name, format, args, username: ctx.viewer.username, fileName, until };
  const token = seal(Buffer.from(JSON.stringify([PURPOSE, claims])));
  return { url: `${EXPORT_PATH}${token}`, expiresAt: new Date(until), fileName, contentType: type };
}

/**
 * A link to the file `exporter` writes with `args` for the viewer, after checking those arguments
 * as the graph would (`schema`: the graph's, a resolver's `info.schema`). Any replica serves it:
 * everything it needs is in the link.
 */
export function downloadLink<A>(
  ctx: Context,
  schema: GraphQLSchema,
  exporter: TableExporter<A>,
  args: A,
  format: FileFormat,
): Promise<DownloadLink> {
  return linkTo(ctx, schema, exporter, args, format);
}

/** A link to the PDF `exporter` renders with `args` for the viewer, likewise. */
export function documentLink<A>(ctx: Context, schema: GraphQLSchema, exporter: DocumentExporter<A>, args: A): Promise<DownloadLink> {
  return linkTo(ctx, schema, exporter, args, 'PDF');
}

/** A link to a kept file of type `contentType`, likewise; `check` names it, extension included. */
export function fileLink<A>(
  ctx: Context,
  schema: GraphQLSchema,
  exporter: FileExporter<A>,
  args: A,
  contentType: string,
): Promise<DownloadLink> {
  return linkTo(ctx, schema, exporter, args, 'FILE', contentType);
}

/** The claims of a link this server made, or null for anything else (altered, made up, another kind of sealed text). */
export function readLink(token: string): LinkClaims | null {
  const plain = unseal(token);
  if (!plain) return null;
  try {
    const [purpose, claims] = JSON.parse(plain.toString('utf8')) as [unknown, LinkClaims];
    return purpose === PURPOSE && typeof claims === 'object' && typeof claims.exporter === 'string' ? claims : null;
  } catch {
    return null;
  }
}
