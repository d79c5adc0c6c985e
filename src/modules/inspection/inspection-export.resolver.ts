import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { documentLink, DownloadLink, downloadLink, FileFormat, FORMAT_ARGUMENT } from '../../shared/exports/link.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { findVisible } from '../../shared/graphql/node.js';
import { noticeDocument } from './notices/notice-document.js';
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

  @Query(() => DownloadLink, {
    nullable: true,
    description:
      'The rectification notice (整改通知书) its unit receives, as a PDF made from the data: the finding, the task concerned, the deadline and what is required, and its feedback once given; A4, Chinese text in an embedded font, the notice’s task, round of rectification and date on every page with page numbers. Null when there is no such notice. A link to GET, valid for 10 minutes.',
  })
  async rectificationNoticeDocument(
    @Arg('noticeId', () => ID, { description: 'The notice.' }) noticeId: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DownloadLink | null> {
    if (!(await findVisible(ctx, 'RectificationNotice', keyOf(noticeId, 'RectificationNotice', 'noticeId')))) return null;
    return documentLink(ctx, info.schema, noticeDocument, { noticeId });
  }
}
