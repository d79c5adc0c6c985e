import { registerEnumType } from 'type-graphql';

export enum RoundStatus {
  PLANNING = 'PLANNING',
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}
export enum VisitKind {
  UNANNOUNCED = 'UNANNOUNCED',
  RETURN_VISIT = 'RETURN_VISIT',
}
export enum VisitMethod {
  DOCUMENTS = 'DOCUMENTS',
  DATA = 'DATA',
  INTERVIEWS = 'INTERVIEWS',
  SITE = 'SITE',
}
export enum CheckVerdict {
  MET = 'MET',
  PARTLY_MET = 'PARTLY_MET',
  NOT_MET = 'NOT_MET',
}
export enum FindingSeverity {
  MINOR = 'MINOR',
  SERIOUS = 'SERIOUS',
  CRITICAL = 'CRITICAL',
}
export enum NoticeStatus {
  NOTIFIED = 'NOTIFIED',
  RECTIFYING = 'RECTIFYING',
  FEEDBACK_SUBMITTED = 'FEEDBACK_SUBMITTED',
  VERIFIED = 'VERIFIED',
  CLOSED = 'CLOSED',
  REOPENED = 'REOPENED',
}

registerEnumType(RoundStatus, {
  name: 'InspectionRoundStatus',
  description: 'PLANNING → ACTIVE → CLOSED. The rotation is fixed once the round is ACTIVE.',
  valuesConfig: {
    PLANNING: { description: 'Groups are formed and the rotation assigned.' },
    ACTIVE: { description: 'Groups are out visiting their assigned regions.' },
    CLOSED: { description: 'The round is over; its notices may still be open.' },
  },
});
registerEnumType(VisitKind, {
  name: 'InspectionVisitKind',
  description: 'How a visit came about.',
  valuesConfig: {
    UNANNOUNCED: { description: '四不两直: no notice, no greeting, no briefing, no escort, straight to the grassroots and the scene.' },
    RETURN_VISIT: { description: '杀回马枪: an unexpected return to a region visited earlier.' },
  },
});
registerEnumType(VisitMethod, {
  name: 'InspectionMethod',
  description: 'How a visit checked.',
  valuesConfig: {
    DOCUMENTS: { description: 'Reading files and records.' },
    DATA: { description: 'Checking data in the units’ systems.' },
    INTERVIEWS: { description: 'Talking to cadres and the public.' },
    SITE: { description: 'Seeing the scene itself.' },
  },
});
registerEnumType(CheckVerdict, {
  name: 'CheckVerdict',
  description: 'A verdict on one aspect of a reform task.',
  valuesConfig: {
    MET: { description: 'Fully met.' },
    PARTLY_MET: { description: 'Partly met.' },
    NOT_MET: { description: 'Not met.' },
  },
});
registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: 'How grave a problem found is.',
  valuesConfig: {
    MINOR: { description: 'A shortcoming to correct.' },
    SERIOUS: { description: 'A serious failure to carry out the reform.' },
    CRITICAL: { description: 'A grave failure, or one that puts people at risk.' },
  },
});
registerEnumType(NoticeStatus, {
  name: 'RectificationNoticeStatus',
  description:
    'NOTIFIED → RECTIFYING → FEEDBACK_SUBMITTED → VERIFIED → CLOSED; FEEDBACK_SUBMITTED → REOPENED (with a reason) → RECTIFYING.',
  valuesConfig: {
    NOTIFIED: { description: 'Issued to the responsible unit.' },
    RECTIFYING: { description: 'The unit is correcting the problem.' },
    FEEDBACK_SUBMITTED: { description: 'The unit reported its root-cause analysis, measures and evidence.' },
    VERIFIED: { description: 'Inspectors checked the rectification.' },
    CLOSED: { description: 'Done.' },
    REOPENED: { description: 'The feedback was not accepted; the unit must rectify again.' },
  },
});
