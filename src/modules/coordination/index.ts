import { ActionItemEvidenceResolver, MeetingEvidenceResolver } from './coordination.evidence.js';
import { issuesExporter } from './coordination-export.js';
import { CoordinationExportResolver } from './coordination-export.resolver.js';
import type { ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';
import { defineModule } from '../../shared/module.js';
import type { CoordinationErrorCode } from './coordination.errors.js';
import { seedCoordination } from './coordination.seed.js';
import { ActionItem } from './action-item.entity.js';
import { CoordinationIssue } from './coordination-issue.entity.js';
import { coordinationCodes, coordinationMessages } from './coordination.messages.js';
import { coordinationLoaders } from './coordination.loaders.js';
import { ActionItemResolver } from './action-item.resolver.js';
import { CoordinationIssueResolver } from './coordination-issue.resolver.js';
import { FundObligationResolver } from './fund-obligation.resolver.js';
import { FundTransactionResolver } from './fund-transaction.resolver.js';
import { IssueEventResolver } from './issue-event.resolver.js';
import { IssueParticipantResolver } from './issue-participant.resolver.js';
import { MeetingResolver } from './meeting.resolver.js';
import { FundObligation } from './fund-obligation.entity.js';
import { FundTransaction } from './fund-transaction.entity.js';
import { IssueParticipant } from './issue-participant.entity.js';
import { Meeting } from './meeting.entity.js';

/** Cross-department coordination issues tracked to closure: meetings, action items, fund obligations. */
export const coordinationModule = defineModule({
  name: 'coordination',
  entities: [CoordinationIssue, IssueParticipant, FundObligation, FundTransaction, Meeting, ActionItem],
  resolvers: [
    CoordinationIssueResolver,
    IssueParticipantResolver,
    MeetingResolver,
    ActionItemResolver,
    FundObligationResolver,
    FundTransactionResolver,
    IssueEventResolver,
    CoordinationExportResolver,
    ActionItemEvidenceResolver,
    MeetingEvidenceResolver,
  ],
  exporters: [issuesExporter],
  loaders: coordinationLoaders,
  errorCodes: coordinationCodes satisfies ErrorCodeDescriptions<CoordinationErrorCode>,
  messages: coordinationMessages,
  seed: seedCoordination,
});
