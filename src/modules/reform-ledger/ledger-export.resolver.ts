import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { DownloadLink, downloadLink, FileFormat, FORMAT_ARGUMENT } from '../../shared/exports/link.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { ledgerExporter } from './ledger-export.js';
import { ReformTaskFilter, ReformTaskOrder } from './reform-task.filter.js';

@Resolver()
export class LedgerExportResolver {
  @Query(() => DownloadLink, {
    nullable: true,
    description:
      'The tasks `reformTasks` would list for the same filter, as a ledger file (台账): a sheet per section with 序号, 体系/方面, 任务编号, 任务内容, 成果形式, 牵头单位, 配合单位, 完成时限, 状态, 最新进展, 是否逾期, and summaries by section and by lead unit first. A link to GET, valid for 10 minutes, the file written as it downloads.',
  })
  reformTasksExport(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => ReformTaskFilter, { nullable: true, description: 'Which tasks, as for `reformTasks`.' })
    filter?: ReformTaskFilter | null,
    @Arg('orderBy', () => [ReformTaskOrder], { nullable: true, description: 'Order within each section; by code unless said.' })
    orderBy?: ReformTaskOrder[] | null,
    @Arg('format', () => FileFormat, FORMAT_ARGUMENT) format: FileFormat = FileFormat.XLSX,
  ): Promise<DownloadLink | null> {
    return downloadLink(ctx, info.schema, ledgerExporter, { filter: filter ?? null, orderBy: orderBy ?? null }, format);
  }

  @Query(() => DownloadLink, {
    nullable: true,
    description: 'A whole ledger as a file, as `reformTasksExport` writes it; null when there is no such ledger.',
  })
  async ledgerExport(
    @Arg('ledgerId', () => ID, { description: 'The ledger.' }) ledgerId: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('format', () => FileFormat, FORMAT_ARGUMENT) format: FileFormat = FileFormat.XLSX,
  ): Promise<DownloadLink | null> {
    const key = keyOf(ledgerId, 'Ledger', 'ledgerId');
    if (!(await ctx.loaders.reformLedger.ledgerByKey.load(key))) return null;
    return downloadLink(ctx, info.schema, ledgerExporter, { filter: { ledger: { eq: ledgerId } }, orderBy: null }, format);
  }
}
