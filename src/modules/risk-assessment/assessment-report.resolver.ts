import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { documentLink, DownloadLink } from '../../shared/exports/link.js';
import { assessmentReport } from './assessment-report.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { findVisible } from '../../shared/graphql/node.js';

@Resolver()
export class AssessmentReportResolver {
  @Query(() => DownloadLink, {
    nullable: true,
    description:
      'The assessment report (稳评报告) as a PDF made from the data: the matter and its plan, how opinions were collected, each risk point with likelihood × impact and its level, the 5×5 risk matrix with the points placed on it, mitigations with owner unit and due date, the reviewer’s verdict, the filing and, once decided, the decision and its rationale; A4, Chinese text in an embedded font, the matter’s code, the version and the filing date on every page with page numbers. Null when there is no such assessment or the viewer may not see it, as for `node`. A link to GET, valid for 10 minutes.',
  })
  async riskAssessmentReport(
    @Arg('assessmentId', () => ID, { description: 'The assessment.' }) assessmentId: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<DownloadLink | null> {
    // As `node(id:)` answers: null alike for an assessment that does not exist and for one the viewer may not see.
    if (!(await findVisible(ctx, 'RiskAssessment', keyOf(assessmentId, 'RiskAssessment', 'assessmentId')))) return null;
    return documentLink(ctx, info.schema, assessmentReport, { assessmentId });
  }
}
