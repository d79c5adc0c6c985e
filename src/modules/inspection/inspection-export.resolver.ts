import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { DownloadLink, downloadLink, FileFormat, FORMAT_ARGUMENT } from '../../shared/exports/link.js';
import { noticesExporter, rankingExporter } from './inspection-export.js';
import { RectificationNoticeFilter, RectificationNoticeOrder } from './notices/notices.inputs.js';

@Resolver()
export class InspectionExportResolver {
  @Query(() => DownloadLink, {
    nullable: true,
    description:
      'The notices `rectificationNotices` would list for the same filter and order, as a file: unit, finding and its severity, task, requirements, dates, status, overdue. A link to GET, valid for 10 minutes.',
  })
  rectificationNoticesExport(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => RectificationNoticeFilter, { nullable: true, description: 'Which notices, as for `rectificationNotices`.' })
    filter?: RectificationNoticeFilter | null,
    @Arg('orderBy', () => [RectificationNoticeOrder], { nullable: true, description: 'Ordering, as for `rectificationNotices`.' })
    orderBy?: RectificationNoticeOrder[] | null,
    @Arg('format', () => FileFormat, FORMAT_ARGUMENT) format: FileFormat = FileFormat.XLSX,
  ): Promise<DownloadLink | null> {
    return downloadLink(ctx, info.schema, noticesExporter, { filter: filter ?? null, orderBy: orderBy ?? null }, format);
  }

  @Query(() => DownloadLink, {
    nullable: true,
    description: 'A year’s ranking of the regions, as `regionRanking` answers it, as a file. A link to GET, valid for 10 minutes.',
  })
  regionRankingExport(
    @Arg('year', () => Int, { description: 'The year.' }) year: number,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('format', () => FileFormat, FORMAT_ARGUMENT) format: FileFormat = FileFormat.XLSX,
  ): Promise<DownloadLink | null> {
    return downloadLink(ctx, info.schema, rankingExporter, { year }, format);
  }
}
