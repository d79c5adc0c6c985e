import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { DownloadLink, downloadLink, FileFormat, FORMAT_ARGUMENT } from '../../shared/exports/link.js';
import { issuesExporter } from './coordination-export.js';
import { CoordinationIssueFilter, CoordinationIssueOrder } from './coordination-issue.inputs.js';

@Resolver()
export class CoordinationExportResolver {
  @Query(() => DownloadLink, {
    nullable: true,
    description:
      'The issues `coordinationIssues` would list for the same filter and order, as a file: each with its lead and participating units, its open action items (unit, due date) and its money (obligated, transferred, disbursed, outstanding). A link to GET, valid for 10 minutes.',
  })
  coordinationIssuesExport(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => CoordinationIssueFilter, { nullable: true, description: 'Which issues, as for `coordinationIssues`.' })
    filter?: CoordinationIssueFilter | null,
    @Arg('orderBy', () => [CoordinationIssueOrder], { nullable: true, description: 'Ordering, as for `coordinationIssues`.' })
    orderBy?: CoordinationIssueOrder[] | null,
    @Arg('format', () => FileFormat, FORMAT_ARGUMENT) format: FileFormat = FileFormat.XLSX,
  ): Promise<DownloadLink | null> {
    return downloadLink(ctx, info.schema, issuesExporter, { filter: filter ?? null, orderBy: orderBy ?? null }, format);
  }
}
