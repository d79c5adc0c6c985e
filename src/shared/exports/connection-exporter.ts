import type { Context } from '../context.js';
import type { CellValue, SheetColumn } from '../files/table.js';
import { MAX_PAGE_SIZE } from '../graphql/connection.js';
import { defineExporter, type RunGraph, type TableExporter } from './exporter.js';

interface ConnectionPage<N> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: N[];
}

export interface ConnectionExport<A, N> {
  name: string;
  /**
   * A query of the graph taking `$first: Int` and `$after: String` besides the arguments `A`, whose
   * root field `field` is a connection selecting `pageInfo { hasNextPage endCursor }` and the
   * `nodes` fields `row` reads.
   */
  document: string;
  field: string;
  /** The file's name, without extension. */
  fileName: (ctx: Context, args: A) => string;
  sheet: string;
  columns: SheetColumn[];
  /** A node's cells; `number` counts the rows from 1 (序号). */
  row: (node: N, number: number) => CellValue[];
}

/**
 * An export of a list as the graph itself answers it: the connection's own query, page after page,
 * through every resolver and visibility rule the list has, so the file shows what the viewer would
 * see in the graph and nothing else. For lists of hundreds or thousands of rows; the ledger, which
 * may hold a million, is read by its own statements (reform-ledger/ledger-export.ts).
 */
export function connectionExporter<A extends Record<string, unknown>, N>(spec: ConnectionExport<A, N>): TableExporter<A> {
  const page = async (graph: RunGraph, ctx: Context, args: A, first: number, after: string | null) => {
    const data = await graph<Record<string, ConnectionPage<N> | null>>(ctx, spec.document, { ...args, first, after });
    return data[spec.field] ?? { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] };
  };
  return defineExporter<A>({
    name: spec.name,
    async check(ctx, args, graph) {
      // The first row, as the list would answer: an argument it refuses is refused here, with its code.
      await page(graph, ctx, args, 1, null);
      return spec.fileName(ctx, args);
    },
    async write(ctx, args, sink, graph) {
      const sheet = await sink.table(spec.sheet, spec.columns);
      let after: string | null = null;
      for (;;) {
        const { pageInfo, nodes } = await page(graph, ctx, args, MAX_PAGE_SIZE, after);
        for (const node of nodes) await sheet.row(spec.row(node, sheet.rows + 1));
        if (!pageInfo.hasNextPage || !pageInfo.endCursor) break;
        after = pageInfo.endCursor;
      }
      await sheet.end();
    },
  });
}
