import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { Context } from '../context.js';
import type { Writable } from 'node:stream';
import type { TableSink } from '../files/table.js';

/** Runs a query of the graph as the context's viewer, through its resolvers; rejects with the first error. */
export type RunGraph = <T>(ctx: Context, document: string, variables: Record<string, unknown>) => Promise<T>;

interface ExporterBase<A> {
  /** Unique across modules; names it in links. */
  name: string;
  /** Throws the error a query with these arguments would; resolves with the file's name, without extension. */
  check(ctx: Context, args: A, graph: RunGraph): Promise<string>;
}

/**
 * A list a module lets people take away as a file (`AppModule.exporters`), as XLSX or CSV. Its
 * arguments travel in the download link (as JSON), so the link alone says what to write; `check`
 * runs when the link is made, so arguments that would fail (an ID of the wrong type, a row the
 * viewer cannot see) fail there, in the graph, with their code, and never in the middle of a download.
 */
export interface TableExporter<A = unknown> extends ExporterBase<A> {
  kind: 'tables';
  /** Writes the file: its tables, in order. Reads as `ctx.viewer`, with the same visibility as the graph. */
  write(ctx: Context, args: A, sink: TableSink, graph: RunGraph): Promise<void>;
}

/** A document a module produces from its data, as PDF, behind a link the same way. */
export interface DocumentExporter<A = unknown> extends ExporterBase<A> {
  kind: 'document';
  /** Writes the whole PDF to `out`, as `ctx.viewer` sees the data. */
  render(ctx: Context, args: A, out: Writable, graph: RunGraph): Promise<void>;
}

/** A file kept as it was uploaded (evidence), behind a link the same way. */
export interface FileExporter<A = unknown> extends ExporterBase<A> {
  kind: 'file';
  /** The file's media type and bytes; null when it is gone. `check` has shown the viewer may see it. */
  open(ctx: Context, args: A): Promise<{ contentType: string; bytes: Buffer } | null>;
}

export type Exporter<A = unknown> = TableExporter<A> | DocumentExporter<A> | FileExporter<A>;

/** Declares a list's exporter (typed by its arguments). */
export function defineExporter<A>(exporter: Omit<TableExporter<A>, 'kind'>): TableExporter<A> {
  return { ...exporter, kind: 'tables' };
}

/** Declares a document's exporter (typed by its arguments). */
export function defineDocument<A>(exporter: Omit<DocumentExporter<A>, 'kind'>): DocumentExporter<A> {
  return { ...exporter, kind: 'document' };
}

/** Declares a kept file's exporter: `check` resolves with its whole name, extension included. */
export function defineFile<A>(exporter: Omit<FileExporter<A>, 'kind'>): FileExporter<A> {
  return { ...exporter, kind: 'file' };
}

const graphs = new WeakMap<GraphQLSchema, RunGraph>();

/** Runs documents against `schema` (each parsed and validated once): the graph an exporter reads through. */
export function graphOf(schema: GraphQLSchema): RunGraph {
  const known = graphs.get(schema);
  if (known) return known;
  const documents = new Map<string, DocumentNode>();
  const graph: RunGraph = async <T>(ctx: Context, text: string, variables: Record<string, unknown>): Promise<T> => {
    let document = documents.get(text);
    if (!document) {
      document = parse(text);
      const problems = validate(schema, document);
      if (problems.length) throw new Error(`An export's query is not valid: ${problems.map((p) => p.message).join(' ')}`);
      documents.set(text, document);
    }
    const result = await execute({ schema, document, contextValue: ctx, variableValues: variables });
    const [error] = result.errors ?? [];
    if (error) throw error;
    return result.data as T;
  };
  graphs.set(schema, graph);
  return graph;
}
