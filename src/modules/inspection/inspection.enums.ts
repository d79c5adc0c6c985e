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
  description:
    'PLANNING → ACTIVE → CLOSED. The rotation is fixed once the round is ACTIVE. 筹备 → 进行中 → 已结束。轮次进行中后轮换安排即固定。',
  valuesConfig: {
    PLANNING: { description: 'Groups are formed and the rotation assigned. 筹备中：组建督察组、确定轮换安排。' },
    ACTIVE: { description: 'Groups are out visiting their assigned regions. 进行中：各督察组赴分配地区督察。' },
    CLOSED: { description: 'The round is over; its notices may still be open. 已结束；其整改通知可能仍未销号。' },
  },
});
registerEnumType(VisitKind, {
  name: 'InspectionVisitKind',
  description: 'How a visit came about. 走访的方式。',
  valuesConfig: {
    UNANNOUNCED: {
      description:
        '四不两直: no notice, no greeting, no briefing, no escort, straight to the grassroots and the scene. 四不两直：不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场。',
    },
    RETURN_VISIT: { description: '杀回马枪: an unexpected return to a region visited earlier. 杀回马枪：对已督察地区的突击回访。' },
  },
});
registerEnumType(VisitMethod, {
  name: 'InspectionMethod',
  description: 'How a visit checked. 走访的核查方式。',
  valuesConfig: {
    DOCUMENTS: { description: 'Reading files and records. 查阅文件和台账。' },
    DATA: { description: 'Checking data in the units’ systems. 核查单位系统中的数据。' },
    INTERVIEWS: { description: 'Talking to cadres and the public. 与干部群众谈话。' },
    SITE: { description: 'Seeing the scene itself. 实地查看。' },
  },
});
registerEnumType(CheckVerdict, {
  name: 'CheckVerdict',
  description: 'A verdict on one aspect of a reform task. 对改革任务某一方面的核查结论。',
  valuesConfig: {
    MET: { description: 'Fully met. 完全达到。' },
    PARTLY_MET: { description: 'Partly met. 部分达到。' },
    NOT_MET: { description: 'Not met. 未达到。' },
  },
});
registerEnumType(FindingSeverity, {
  name: 'FindingSeverity',
  description: 'How grave a problem found is. 所发现问题的严重程度。',
  valuesConfig: {
    MINOR: { description: 'A shortcoming to correct. 一般：需纠正的不足。' },
    SERIOUS: { description: 'A serious failure to carry out the reform. 严重：改革任务落实严重不到位。' },
    CRITICAL: { description: 'A grave failure, or one that puts people at risk. 重大：严重失职，或危及群众安全。' },
  },
});
registerEnumType(NoticeStatus, {
  name: 'RectificationNoticeStatus',
  description:
    'NOTIFIED → RECTIFYING → FEEDBACK_SUBMITTED → VERIFIED → CLOSED; FEEDBACK_SUBMITTED → REOPENED (with a reason) → RECTIFYING. 已下发 → 整改中 → 已反馈 → 已核查 → 已销号；已反馈的可（写明理由）重新打开 → 整改中。',
  valuesConfig: {
    NOTIFIED: { description: 'Issued to the responsible unit. 已下发给责任单位。' },
    RECTIFYING: { description: 'The unit is correcting the problem. 责任单位正在整改。' },
    FEEDBACK_SUBMITTED: {
      description: 'The unit reported its root-cause analysis, measures and evidence. 责任单位已报送原因分析、整改措施和佐证材料。',
    },
    VERIFIED: { description: 'Inspectors checked the rectification. 督察人员已核查整改情况。' },
    CLOSED: { description: 'Done. 已销号。' },
    REOPENED: { description: 'The feedback was not accepted; the unit must rectify again. 反馈未获认可，责任单位须重新整改。' },
  },
});
