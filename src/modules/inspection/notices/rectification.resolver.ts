import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../../shared/context.js';
import { keyOf } from '../../../shared/graphql/global-id.js';
import { mutation, payloadOf } from '../../../shared/graphql/payload.js';
import {
  closeRectificationNotice,
  reopenRectificationNotice,
  startRectification,
  submitRectificationFeedback,
  verifyRectification,
} from './notice.service.js';
import {
  CloseRectificationNoticeInput,
  ReopenRectificationNoticeInput,
  StartRectificationInput,
  SubmitRectificationFeedbackInput,
  VerifyRectificationInput,
  type RectificationNoticeRefFields,
} from './notices.inputs.js';
import { RectificationNoticeType } from './notices.types.js';
import { noticePayload, RectificationNoticeResult } from './rectification-notice.resolver.js';

const StartRectificationPayload = payloadOf('startRectification', RectificationNoticeResult);
const SubmitRectificationFeedbackPayload = payloadOf('submitRectificationFeedback', RectificationNoticeResult);
const VerifyRectificationPayload = payloadOf('verifyRectification', RectificationNoticeResult);
const CloseRectificationNoticePayload = payloadOf('closeRectificationNotice', RectificationNoticeResult);
const ReopenRectificationNoticePayload = payloadOf('reopenRectificationNotice', RectificationNoticeResult);

const noticeKeyOf = (id: string) => keyOf(id, 'RectificationNotice', 'input.noticeId');

/** A notice's way to closure: the unit rectifies and reports, inspectors verify, close or reopen. */
@Resolver(() => RectificationNoticeType)
export class RectificationResolver {
  @Mutation(() => StartRectificationPayload, {
    description: 'The responsible unit sets to work (NOTIFIED or REOPENED → RECTIFYING). Officers of the responsible unit.',
  })
  startRectification(
    @Arg('input', () => StartRectificationInput, { description: 'The notice.' }) input: RectificationNoticeRefFields,
    @Ctx() ctx: Context,
  ): Promise<Partial<RectificationNoticeResult>> {
    const key = noticeKeyOf(input.noticeId);
    return mutation(() => startRectification(ctx, key), noticePayload(ctx));
  }

  @Mutation(() => SubmitRectificationFeedbackPayload, {
    description:
      'The responsible unit reports root-cause analysis, measures taken and evidence (RECTIFYING → FEEDBACK_SUBMITTED). Officers of the responsible unit.',
  })
  submitRectificationFeedback(
    @Arg('input', () => SubmitRectificationFeedbackInput, { description: 'The feedback.' }) input: SubmitRectificationFeedbackInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<RectificationNoticeResult>> {
    const key = noticeKeyOf(input.noticeId);
    const fields = { rootCauseAnalysis: input.rootCauseAnalysis, measuresTaken: input.measuresTaken, evidence: input.evidence };
    return mutation(() => submitRectificationFeedback(ctx, key, fields), noticePayload(ctx));
  }

  @Mutation(() => VerifyRectificationPayload, {
    description: 'Accepts the feedback after checking (FEEDBACK_SUBMITTED → VERIFIED). Inspectors and commission staff.',
  })
  verifyRectification(
    @Arg('input', () => VerifyRectificationInput, { description: 'The notice.' }) input: VerifyRectificationInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<RectificationNoticeResult>> {
    const key = noticeKeyOf(input.noticeId);
    return mutation(() => verifyRectification(ctx, key, input.note), noticePayload(ctx));
  }

  @Mutation(() => CloseRectificationNoticePayload, {
    description:
      'Closes a verified notice (VERIFIED → CLOSED), recording whether its feedback came in on time. Inspectors and commission staff.',
  })
  closeRectificationNotice(
    @Arg('input', () => CloseRectificationNoticeInput, { description: 'The notice.' }) input: RectificationNoticeRefFields,
    @Ctx() ctx: Context,
  ): Promise<Partial<RectificationNoticeResult>> {
    const key = noticeKeyOf(input.noticeId);
    return mutation(() => closeRectificationNotice(ctx, key), noticePayload(ctx));
  }

  @Mutation(() => ReopenRectificationNoticePayload, {
    description: 'Sends the feedback back, with a reason (FEEDBACK_SUBMITTED → REOPENED). Inspectors and commission staff.',
  })
  reopenRectificationNotice(
    @Arg('input', () => ReopenRectificationNoticeInput, { description: 'The notice and why.' }) input: ReopenRectificationNoticeInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<RectificationNoticeResult>> {
    const key = noticeKeyOf(input.noticeId);
    return mutation(() => reopenRectificationNotice(ctx, key, input.reason), noticePayload(ctx));
  }
}
