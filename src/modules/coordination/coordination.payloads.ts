import { Field, ObjectType } from 'type-graphql';
import { MutationResult, payloadOf } from '../../shared/graphql/payload.js';
import { ActionItemType } from './action-item.types.js';
import { ClosureBlockersType } from './closure.types.js';
import { CoordinationIssueType } from './coordination-issue.types.js';
import { FundObligationType } from './fund.types.js';

// The field sets of the coordination mutations' payloads; each mutation has its own payload type.

@ObjectType('CoordinationIssueResult')
export class CoordinationIssueResult extends MutationResult {
  @Field(() => CoordinationIssueType, { nullable: true, description: 'The issue as it now is; null when `userErrors` is not empty.' })
  coordinationIssue?: CoordinationIssueType | null;
}

@ObjectType('FundObligationResult')
export class FundObligationResult extends CoordinationIssueResult {
  @Field(() => FundObligationType, { nullable: true, description: 'The obligation created or moved; null when `userErrors` is not empty.' })
  fundObligation?: FundObligationType | null;
}

@ObjectType('ActionItemResult')
export class ActionItemResult extends CoordinationIssueResult {
  @Field(() => ActionItemType, { nullable: true, description: 'The action item as it now is; null when `userErrors` is not empty.' })
  actionItem?: ActionItemType | null;
}

@ObjectType('CloseCoordinationIssueResult')
export class CloseCoordinationIssueResult extends CoordinationIssueResult {
  @Field(() => ClosureBlockersType, {
    nullable: true,
    description: 'When closing was refused (ISSUE_NOT_READY_TO_CLOSE): each open item and each obligation with its outstanding amount.',
  })
  closureBlockers?: ClosureBlockersType | null;
}

export const OpenCoordinationIssuePayload = payloadOf('openCoordinationIssue', CoordinationIssueResult);
export const ResolveCoordinationIssuePayload = payloadOf('resolveCoordinationIssue', CoordinationIssueResult);
export const CloseCoordinationIssuePayload = payloadOf('closeCoordinationIssue', CloseCoordinationIssueResult);
export const ReopenCoordinationIssuePayload = payloadOf('reopenCoordinationIssue', CoordinationIssueResult);
export const AddIssueParticipantPayload = payloadOf('addIssueParticipant', CoordinationIssueResult);
export const RecordMeetingPayload = payloadOf('recordMeeting', CoordinationIssueResult);
export const AddActionItemPayload = payloadOf('addActionItem', ActionItemResult);
export const CompleteActionItemPayload = payloadOf('completeActionItem', ActionItemResult);
export const CancelActionItemPayload = payloadOf('cancelActionItem', ActionItemResult);
export const CreateFundObligationPayload = payloadOf('createFundObligation', FundObligationResult);
export const RecordFundTransactionPayload = payloadOf('recordFundTransaction', FundObligationResult);
