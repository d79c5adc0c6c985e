/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which action items to list: a unit’s inbox. Fields combine with AND; use `and`/`or` for more. */
export type ActionItemFilter = {
  /** All of these filters. */
  and?: Array<ActionItemFilter> | null | undefined;
  /** The assigned unit, by ID. */
  assignedUnit?: IdComparator | null | undefined;
  /** Due-date range. */
  dueDate?: LocalDateComparator | null | undefined;
  /** Any of these filters. */
  or?: Array<ActionItemFilter> | null | undefined;
  /** Open and past due (true), or not (false). */
  overdue?: boolean | null | undefined;
  /** Status. */
  status?: ActionItemStatusComparator | null | undefined;
};

/** One ordering term; ties are always broken by ID. */
export type ActionItemOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to order by. */
  field: ActionItemOrderField;
};

/** Fields action items can be ordered by. 工作事项可排序的字段。 */
export type ActionItemOrderField =
  | 'CREATED_AT'
  | 'DUE_DATE';

/** Where an action item stands. 工作事项的办理状态。 */
export type ActionItemStatus =
  /** No longer needed, with a reason. 已撤销，附理由。 */
  | 'CANCELLED'
  /** Done, with evidence. 已办结，附佐证。 */
  | 'DONE'
  /** To be done. 待办。 */
  | 'OPEN';

/** Conditions on a ActionItemStatus value. */
export type ActionItemStatusComparator = {
  /** Equals. */
  eq?: ActionItemStatus | null | undefined;
  /** Equals one of. */
  in?: Array<ActionItemStatus> | null | undefined;
  /** Does not equal. */
  neq?: ActionItemStatus | null | undefined;
  /** Equals none of. */
  nin?: Array<ActionItemStatus> | null | undefined;
};

/** An action item outside a meeting: what a meeting would assign, and the issue. */
export type AddActionItemInput = {
  /** The unit that must do it. */
  assignedUnitId: string | number;
  /** What is to be done. */
  description: string;
  /** By when. */
  dueDate: string;
  /** The issue. */
  issueId: string | number;
};

/** A cadre joining a group. */
export type AddGroupMemberInput = {
  /** The group. */
  groupId: string | number;
  /** The region they come from; their unit’s region when omitted. */
  homeRegionId?: string | number | null | undefined;
  /** The cadre. */
  personId: string | number;
};

/** A new group of a round. */
export type AddInspectionGroupInput = {
  /** The group’s home region: the region its members are drawn from, its seat in the ring. */
  homeRegionId: string | number;
  /** Where the leader comes from, when that is a region (a provincial cadre who served there); the group may not inspect it. */
  leaderHomeRegionId?: string | number | null | undefined;
  /** The leader: a Person of a provincial unit. */
  leaderId: string | number;
  /** Name; 第N督察组 when omitted. */
  name?: string | null | undefined;
  /** The round, PLANNING and without a rotation. */
  roundId: string | number;
};

/** A unit to add to an issue. */
export type AddIssueParticipantInput = {
  /** The issue. */
  issueId: string | number;
  /** Its part. */
  role: ParticipantRole;
  /** The unit. */
  unitId: string | number;
};

/** A mitigation measure on a point. */
export type AddMitigationMeasureInput = {
  /** What will be done. */
  description: string;
  /** By when (needed for it to count). */
  dueDate?: string | null | undefined;
  /** The unit that owns it (needed for it to count). */
  ownerUnitId?: string | number | null | undefined;
  /** The point. */
  pointId: string | number;
};

/** A risk point. */
export type AddRiskPointInput = {
  /** The assessment. */
  assessmentId: string | number;
  /** What the risk is. */
  description: string;
  /** Dimension. */
  dimension: RiskDimension;
  /** Impact, 1–5. */
  impact: number;
  /** Likelihood, 1–5. */
  likelihood: number;
  /** People affected, at most 40000000. */
  peopleAffected?: number;
};

/** DRAFT → IN_REVIEW → FILED; IN_REVIEW → RETURNED → DRAFT; FILED → STALE when the plan or category changes. 草拟 → 评审中 → 已备案；评审中 → 已退回 → 草拟；方案或类别变更时已备案 → 已失效。 */
export type AssessmentStatus =
  /** Being written by its authors. 撰写人正在撰写。 */
  | 'DRAFT'
  /** Reviewed, passed and filed (备案) with the commission. 已评审通过并报政法委备案。 */
  | 'FILED'
  /** Submitted for expert review. 已提交专家评审。 */
  | 'IN_REVIEW'
  /** Returned by the reviewer; the next edit makes it a DRAFT again. 被评审专家退回；再次修改即回到草拟。 */
  | 'RETURNED'
  /** No longer describes the plan (changed or postponed); a new assessment is needed. 已不再对应现行方案（方案变更或暂缓）；须重新评估。 */
  | 'STALE';

/** The rotation of a round: give `order` (the ring) or `assignments` (each group’s region), not both. */
export type AssignRotationInput = {
  /** Each group with the region it inspects. */
  assignments?: Array<RotationAssignmentInput> | null | undefined;
  /** Regions in ring order: the group seated at each inspects the next one, the last group the first region. */
  order?: Array<string | number> | null | undefined;
  /** The round, PLANNING and without a rotation. */
  roundId: string | number;
};

/** A file you uploaded, and the object it is evidence for. */
export type AttachEvidenceInput = {
  /** The file, as `POST /files` answered. */
  fileId: string | number;
  /** A RectificationFeedback, ActionItem, Meeting or OpinionCollection you may attach files to. */
  toId: string | number;
};

/** An action item no longer needed. */
export type CancelActionItemInput = {
  /** The item. */
  actionItemId: string | number;
  /** Why. */
  reason: string;
};

/** A verdict on one aspect of a reform task. 对改革任务某一方面的核查结论。 */
export type CheckVerdict =
  /** Fully met. 完全达到。 */
  | 'MET'
  /** Not met. 未达到。 */
  | 'NOT_MET'
  /** Partly met. 部分达到。 */
  | 'PARTLY_MET';

/** The round whose rotation is cleared. */
export type ClearRotationInput = {
  /** The round. */
  roundId: string | number;
};

/** The issue to close, RESOLVED. */
export type CloseCoordinationIssueInput = {
  /** The issue. */
  issueId: string | number;
};

/** The round to close. */
export type CloseInspectionRoundInput = {
  /** The round. */
  roundId: string | number;
};

/** The notice to close. */
export type CloseRectificationNoticeInput = {
  /** The notice. */
  noticeId: string | number;
};

/** An action item done, with its evidence. */
export type CompleteActionItemInput = {
  /** The item. */
  actionItemId: string | number;
  /** What shows it was done. */
  evidence: string;
};

/** The led reform to complete. */
export type CompleteLedReformInput = {
  /** The led reform; every linked task must be completed. */
  ledReformId: string | number;
};

/** Which coordination issues to list. Fields combine with AND; use `and`/`or` for more. */
export type CoordinationIssueFilter = {
  /** All of these filters. */
  and?: Array<CoordinationIssueFilter> | null | undefined;
  /** Kind. */
  kind?: IssueKindComparator | null | undefined;
  /** The lead coordinating unit, by ID. */
  leadUnit?: IdComparator | null | undefined;
  /** Any of these filters. */
  or?: Array<CoordinationIssueFilter> | null | undefined;
  /** Past the target date and not resolved or closed (true), or not (false). */
  overdue?: boolean | null | undefined;
  /** A unit that leads or takes part. */
  participatingUnit?: string | number | null | undefined;
  /** Status. */
  status?: IssueStatusComparator | null | undefined;
  /** Text in the title or description, ignoring case. */
  text?: string | null | undefined;
};

/** One ordering term; ties are always broken by ID. */
export type CoordinationIssueOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to order by. */
  field: CoordinationIssueOrderField;
};

/** Fields coordination issues can be ordered by. 协调事项可排序的字段。 */
export type CoordinationIssueOrderField =
  | 'OPENED_ON'
  | 'TARGET_DATE'
  | 'UPDATED_AT';

/** Money one unit owes another under an issue. */
export type CreateFundObligationInput = {
  /** The amount in yuan, e.g. "34000000.12". */
  amount: string;
  /** How many people it is for, at most 40000000. */
  beneficiaries?: number;
  /** The issue. */
  issueId: string | number;
  /** Who receives and disburses. */
  payeeUnitId: string | number;
  /** Who pays. */
  payerUnitId: string | number;
  /** What the money is for. */
  purpose: string;
};

/** A new inspection round. */
export type CreateInspectionRoundInput = {
  /** Title. */
  title: string;
  /** The year inspected; one round per year. */
  year: number;
};

/** A new led reform. */
export type CreateLedReformInput = {
  /** The leader: a principal head (a Person); the reform belongs to their unit. */
  leaderId: string | number;
  /** Tasks to link at once. */
  taskIds?: Array<string | number>;
  /** The theme. */
  theme: string;
  /** The year. */
  year: number;
};

/** A new major matter. */
export type CreateMajorDecisionInput = {
  /** The assessing unit (评估主体). */
  assessingUnitId: string | number;
  /** One of the 11 decision categories. */
  categoryId: string | number;
  /** The decision body (决策主体). */
  decisionBodyId: string | number;
  /** The plan (方案) to be decided. */
  planText: string;
  /** FULL or SIMPLIFIED. */
  procedure: DecisionProcedure;
  /** Title. */
  title: string;
};

/** A new reform case. */
export type CreateReformCaseInput = {
  /** Summary. */
  summary: string;
  /** Title. */
  title: string;
  /** The unit cultivating it. */
  unitId: string | number;
};

/** A new task in a ledger. */
export type CreateReformTaskInput = {
  /** Code, unique within the ledger. */
  code: string;
  /** Deadline. */
  deadline: string;
  /** The form the result takes. */
  deliverableForm: DeliverableForm;
  /** What the task asks for. */
  description?: string;
  /** For an annual-plan measure: the framework task it carries out. */
  implementsId?: string | number | null | undefined;
  /** The one lead unit (主体责任). */
  leadUnitId: string | number;
  /** The ledger. */
  ledgerId: string | number;
  /** The section of that ledger. */
  sectionId: string | number;
  /** Supporting units (支持配合责任); never the lead unit. */
  supportingUnitIds?: Array<string | number>;
  /** Title. */
  title: string;
};

/** A new unit. */
export type CreateUnitInput = {
  /** Unique code: 2–40 capital letters, digits, "-" or "_". */
  code: string;
  /** Kind of body. */
  kind: UnitKind;
  /** Administrative level. */
  level: UnitLevel;
  /** Name in Chinese. */
  name: string;
  /** Parent unit; omit for a top-level unit. */
  parentId?: string | number | null | undefined;
  /** Region; required below provincial level. */
  regionId?: string | number | null | undefined;
};

/** A new user account. */
export type CreateUserInput = {
  /** Name to show. */
  displayName: string;
  /** The roles they hold. */
  grants: Array<RoleGrantInput>;
  /** The language of their messages; omit to follow each request. */
  language?: Language | null | undefined;
  /** Login name, the `sub` of their tokens: 2–64 letters, digits, ".", "_" or "-". */
  login: string;
  /** The cadre (Person) they are; a person is one user at most. */
  personId?: string | number | null | undefined;
  /** The unit they work for. */
  unitId: string | number;
};

/** The user to deactivate: their tokens are refused from the next request. */
export type DeactivateUserInput = {
  /** The user. */
  userId: string | number;
};

/** A decision on a major matter. */
export type DecideMajorDecisionInput = {
  /** The matter. */
  decisionId: string | number;
  /** APPROVE, POSTPONE or REJECT. */
  outcome: DecisionOutcome;
  /** Why. */
  rationale: string;
};

/** What the decision body decided. 决策主体的决定。 */
export type DecisionOutcome =
  /** Implement the plan (not for HIGH risk; MEDIUM only with mitigations). 批准实施（高风险不可；中风险须有化解措施）。 */
  | 'APPROVE'
  /** Postpone (暂缓): revise the plan and assess again. 暂缓：修改方案后重新评估。 */
  | 'POSTPONE'
  /** Do not implement (不实施). 不实施。 */
  | 'REJECT';

/** How thoroughly a matter is assessed. 评估的程序。 */
export type DecisionProcedure =
  /** Full procedure: public opinion collection and an expert consultation are required. 一般程序：须征集公众意见并开展专家论证。 */
  | 'FULL'
  /** Simplified procedure for matters of limited reach. 简易程序：适用于影响范围有限的事项。 */
  | 'SIMPLIFIED';

/** DRAFT → ASSESSING → READY (a FILED assessment) → DECIDED. A plan change or a POSTPONE sends it back. 草拟 → 评估中 → 可决策（评估已备案）→ 已决策。方案变更或暂缓会使其退回。 */
export type DecisionStatus =
  /** A risk assessment is under way (or must be redone after a plan change). 风险评估进行中（或方案变更后须重新评估）。 */
  | 'ASSESSING'
  /** Approved or rejected: final. 已批准或不实施：不可更改。 */
  | 'DECIDED'
  /** Drafted, or postponed for a revised plan; no assessment under way. 草拟中，或暂缓后待修改方案；没有进行中的评估。 */
  | 'DRAFT'
  /** The current assessment is FILED: the decision body may decide. 当前评估已备案：决策主体可以决策。 */
  | 'READY';

/** Conditions on a DecisionStatus value. */
export type DecisionStatusComparator = {
  /** Equals. */
  eq?: DecisionStatus | null | undefined;
  /** Equals one of. */
  in?: Array<DecisionStatus> | null | undefined;
  /** Does not equal. */
  neq?: DecisionStatus | null | undefined;
  /** Equals none of. */
  nin?: Array<DecisionStatus> | null | undefined;
};

/** The file to delete. */
export type DeleteEvidenceInput = {
  /** The file. */
  fileId: string | number;
};

/** The form a task’s result takes (成果形式). 任务的成果形式。 */
export type DeliverableForm =
  /** An information system. 信息系统。 */
  | 'INFORMATION_SYSTEM'
  /** Anything else. 其他。 */
  | 'OTHER'
  /** A pilot. 试点。 */
  | 'PILOT'
  /** A policy document. 政策文件。 */
  | 'POLICY_DOCUMENT'
  /** A regulation or rule. 制度规定。 */
  | 'REGULATION'
  /** A report. 报告。 */
  | 'REPORT'
  /** A working mechanism. 工作机制。 */
  | 'WORK_MECHANISM';

/** The file a list is exported as. 导出文件的格式。 */
export type FileFormat =
  /** Comma-separated values in UTF-8 with a byte-order mark, which Excel opens as Chinese text. 带 BOM 的 UTF-8 逗号分隔文件，Excel 可直接打开。 */
  | 'CSV'
  /** An Excel workbook: a sheet per section and a summary. Excel 工作簿：每个栏目一张工作表，另有汇总表。 */
  | 'XLSX';

/** The assessment to file (备案). */
export type FileRiskAssessmentInput = {
  /** The assessment. */
  assessmentId: string | number;
};

/** Which findings to list. Fields combine with AND; use `and`/`or` for more. */
export type FindingFilter = {
  /** All of these filters. */
  and?: Array<FindingFilter> | null | undefined;
  /** When it was found. */
  foundOn?: LocalDateComparator | null | undefined;
  /** The group that found it. */
  group?: IdComparator | null | undefined;
  /** Has a notice (true) or none yet (false). */
  hasNotice?: boolean | null | undefined;
  /** The status of its notice (findings without one never match). */
  noticeStatus?: RectificationNoticeStatusComparator | null | undefined;
  /** Any of these filters. */
  or?: Array<FindingFilter> | null | undefined;
  /** Its notice is past its deadline while the unit still owes feedback (true), or not (false). */
  overdue?: boolean | null | undefined;
  /** The region inspected. */
  region?: IdComparator | null | undefined;
  /** The round. */
  round?: IdComparator | null | undefined;
  /** Severity. */
  severity?: FindingSeverityComparator | null | undefined;
  /** Text in the description, ignoring case. */
  text?: string | null | undefined;
  /** The unit responsible. */
  unit?: IdComparator | null | undefined;
};

/** One ordering term; ties are always broken by ID. */
export type FindingOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to order by. */
  field: FindingOrderField;
};

/** Fields findings can be ordered by. 督察发现的问题可排序的字段。 */
export type FindingOrderField =
  | 'CREATED_AT'
  | 'FOUND_ON';

/** How grave a problem found is. 所发现问题的严重程度。 */
export type FindingSeverity =
  /** A grave failure, or one that puts people at risk. 重大：严重失职，或危及群众安全。 */
  | 'CRITICAL'
  /** A shortcoming to correct. 一般：需纠正的不足。 */
  | 'MINOR'
  /** A serious failure to carry out the reform. 严重：改革任务落实严重不到位。 */
  | 'SERIOUS';

/** Conditions on a FindingSeverity value. */
export type FindingSeverityComparator = {
  /** Equals. */
  eq?: FindingSeverity | null | undefined;
  /** Equals one of. */
  in?: Array<FindingSeverity> | null | undefined;
  /** Does not equal. */
  neq?: FindingSeverity | null | undefined;
  /** Equals none of. */
  nin?: Array<FindingSeverity> | null | undefined;
};

/** Which way money moved. 资金流向。 */
export type FundTransactionKind =
  /** From the payee to the beneficiaries. 发放：收款单位 → 受益人。 */
  | 'DISBURSEMENT'
  /** From the payer to the payee. 划转：付款单位 → 收款单位。 */
  | 'TRANSFER';

/** Find a valid ring for a round. */
export type GenerateRotationInput = {
  /** Assign the ring found, as `assignRotation` would; otherwise it is only proposed and nothing is written. */
  apply?: boolean;
  /** The round. */
  roundId: string | number;
};

/** Conditions on a reference to another object, by its global ID. */
export type IdComparator = {
  /** Equals. */
  eq?: string | number | null | undefined;
  /** Equals one of. */
  in?: Array<string | number> | null | undefined;
  /** true: the reference is absent; false: it is present. */
  isNull?: boolean | null | undefined;
  /** Does not equal (objects without the reference are kept). */
  neq?: string | number | null | undefined;
  /** Equals none of (objects without the reference are kept). */
  nin?: Array<string | number> | null | undefined;
};

/** Whether an import only reports or also writes. 导入方式：仅预检，或预检后写入。 */
export type ImportMode =
  /** Check every row again, then write all of them in one transaction, or none if any row is refused. 写入：重新逐行检查，全部通过则在一个事务中全部写入，任一行被拒绝则全部不写。 */
  | 'APPLY'
  /** Report what each row would do; write nothing. 预检：逐行报告将新增、修改或拒绝的内容，不写入任何数据。 */
  | 'DRY_RUN';

/** Why an import refuses a file or a row. 导入拒绝文件或某行的原因。 */
export type ImportProblemCode =
  /** Several units have this name: write its code. 多个单位同名：请填写单位代码。 */
  | 'AMBIGUOUS_UNIT'
  /** Not a date, or not a plausible one. 不是日期，或日期不合理。 */
  | 'BAD_DATE'
  /** Another row of the file has the same task code. 文件中另一行的任务编号相同。 */
  | 'DUPLICATE_CODE'
  /** The lead unit is also listed as supporting. 牵头单位同时被列为配合单位。 */
  | 'LEAD_ALSO_SUPPORTING'
  /** A ledger sheet lacks a column an import needs. 台账工作表缺少导入所需的列。 */
  | 'MISSING_COLUMN'
  /** The file is not an Excel workbook (.xlsx). 文件不是 Excel 工作簿（.xlsx）。 */
  | 'NOT_A_WORKBOOK'
  /** No sheet has the ledger’s header row. 没有一张工作表带有台账的表头。 */
  | 'NO_LEDGER_SHEET'
  /** A cell a task needs is empty. 任务必填的单元格为空。 */
  | 'REQUIRED_CELL_EMPTY'
  /** A supporting unit is listed twice. 同一配合单位列了两次。 */
  | 'SUPPORTING_TWICE'
  /** A text longer than the ledger keeps. 文本超过台账允许的长度。 */
  | 'TEXT_TOO_LONG'
  /** More rows than one import takes. 行数超过单次导入上限。 */
  | 'TOO_MANY_ROWS'
  /** Not one of the deliverable forms. 不是规定的成果形式。 */
  | 'UNKNOWN_DELIVERABLE_FORM'
  /** The ledger has no section of this name. 台账中没有该体系/方面。 */
  | 'UNKNOWN_SECTION'
  /** No unit has this name or code. 找不到该名称或代码的单位。 */
  | 'UNKNOWN_UNIT'
  /** The workbook would inflate past what an import reads (a ZIP bomb, or far too big). 工作簿解压后超出导入上限（压缩炸弹或过大）。 */
  | 'WORKBOOK_TOO_LARGE';

/** What an imported row does to the ledger. 导入行对台账的作用。 */
export type ImportRowAction =
  /** The task with that code, some of its cells changed. 台账中已有该编号：修改有变化的单元格。 */
  | 'CHANGE'
  /** A task with a code the ledger does not have: created. 台账中没有该编号：新增任务。 */
  | 'CREATE'
  /** A row with a problem (see `errors`). 该行有问题（见 `errors`），被拒绝。 */
  | 'REFUSE'
  /** The task with that code, as it is. 台账中已有该编号，内容一致：不变。 */
  | 'UNCHANGED';

/** Where an import stands. 导入任务的状态。 */
export type ImportStatus =
  /** The server could not finish it (it stopped, or an error it could not foresee): nothing was written. 服务器未能完成（进程中断或意外错误）：未写入任何数据。 */
  | 'FAILED'
  /** Waiting for its turn. 排队中。 */
  | 'QUEUED'
  /** The file, or at least one row, is refused (see `errors`): an apply wrote nothing. 文件或至少一行被拒绝（见 `errors`）：写入方式下未写入任何数据。 */
  | 'REFUSED'
  /** Being read, checked or written; `processed` counts the rows done. 正在读取、检查或写入；`processed` 为已处理行数。 */
  | 'RUNNING'
  /** Done: a dry run found no row to refuse (applying it would write its changes), or an apply wrote every change. 已完成：预检未发现须拒绝的行（可以写入），或已全部写入。 */
  | 'SUCCEEDED';

/** How a visit checked. 走访的核查方式。 */
export type InspectionMethod =
  /** Checking data in the units’ systems. 核查单位系统中的数据。 */
  | 'DATA'
  /** Reading files and records. 查阅文件和台账。 */
  | 'DOCUMENTS'
  /** Talking to cadres and the public. 与干部群众谈话。 */
  | 'INTERVIEWS'
  /** Seeing the scene itself. 实地查看。 */
  | 'SITE';

/** Which rounds to list. Fields combine with AND; use `and`/`or` for more. */
export type InspectionRoundFilter = {
  /** All of these filters. */
  and?: Array<InspectionRoundFilter> | null | undefined;
  /** Any of these filters. */
  or?: Array<InspectionRoundFilter> | null | undefined;
  /** Status. */
  status?: InspectionRoundStatusComparator | null | undefined;
};

/** One ordering term; ties are always broken by ID. */
export type InspectionRoundOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to order by. */
  field: InspectionRoundOrderField;
};

/** Fields rounds can be ordered by. 督察轮次可排序的字段。 */
export type InspectionRoundOrderField =
  | 'YEAR';

/** PLANNING → ACTIVE → CLOSED. The rotation is fixed once the round is ACTIVE. 筹备 → 进行中 → 已结束。轮次进行中后轮换安排即固定。 */
export type InspectionRoundStatus =
  /** Groups are out visiting their assigned regions. 进行中：各督察组赴分配地区督察。 */
  | 'ACTIVE'
  /** The round is over; its notices may still be open. 已结束；其整改通知可能仍未销号。 */
  | 'CLOSED'
  /** Groups are formed and the rotation assigned. 筹备中：组建督察组、确定轮换安排。 */
  | 'PLANNING';

/** Conditions on a InspectionRoundStatus value. */
export type InspectionRoundStatusComparator = {
  /** Equals. */
  eq?: InspectionRoundStatus | null | undefined;
  /** Equals one of. */
  in?: Array<InspectionRoundStatus> | null | undefined;
  /** Does not equal. */
  neq?: InspectionRoundStatus | null | undefined;
  /** Equals none of. */
  nin?: Array<InspectionRoundStatus> | null | undefined;
};

/** How a visit came about. 走访的方式。 */
export type InspectionVisitKind =
  /** 杀回马枪: an unexpected return to a region visited earlier. 杀回马枪：对已督察地区的突击回访。 */
  | 'RETURN_VISIT'
  /** 四不两直: no notice, no greeting, no briefing, no escort, straight to the grassroots and the scene. 四不两直：不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场。 */
  | 'UNANNOUNCED';

/** What a coordination issue is about. 协调事项的类别。 */
export type IssueKind =
  /** Moving funds between bodies. 单位之间的资金划转。 */
  | 'FUND_TRANSFER'
  /** Anything else. 其他。 */
  | 'OTHER'
  /** Moving pension relations. 养老保险关系转移。 */
  | 'PENSION_TRANSFER'
  /** Posts and staffing. 编制与岗位。 */
  | 'STAFFING';

/** Conditions on a IssueKind value. */
export type IssueKindComparator = {
  /** Equals. */
  eq?: IssueKind | null | undefined;
  /** Equals one of. */
  in?: Array<IssueKind> | null | undefined;
  /** Does not equal. */
  neq?: IssueKind | null | undefined;
  /** Equals none of. */
  nin?: Array<IssueKind> | null | undefined;
};

/** A rectification notice on a finding. */
export type IssueRectificationNoticeInput = {
  /** When the feedback is due. */
  deadline: string;
  /** The finding; one notice per finding. */
  findingId: string | number;
  /** When it was issued; today when omitted. */
  issuedOn?: string | null | undefined;
  /** What the unit must do. */
  requirements: string;
};

/** OPEN → IN_PROGRESS → RESOLVED → CLOSED; RESOLVED or CLOSED → REOPENED (with a reason). 新建 → 推进中 → 已解决 → 已关闭；已解决或已关闭的可（写明理由）重新打开。 */
export type IssueStatus =
  /** Verified and closed. 已核实并关闭。 */
  | 'CLOSED'
  /** Work is under way. 推进中。 */
  | 'IN_PROGRESS'
  /** Opened; no work recorded yet. 已新建，尚未登记工作。 */
  | 'OPEN'
  /** Reopened after being resolved or closed. 解决或关闭后重新打开。 */
  | 'REOPENED'
  /** Solved in substance; closing checks that nothing is left open. 实质性问题已解决；关闭时核查是否仍有未办结事项。 */
  | 'RESOLVED';

/** Conditions on a IssueStatus value. */
export type IssueStatusComparator = {
  /** Equals. */
  eq?: IssueStatus | null | undefined;
  /** Equals one of. */
  in?: Array<IssueStatus> | null | undefined;
  /** Does not equal. */
  neq?: IssueStatus | null | undefined;
  /** Equals none of. */
  nin?: Array<IssueStatus> | null | undefined;
};

/** A language the messages a person reads come in. 消息语言。 */
export type Language =
  /** English. 英文。 */
  | 'EN'
  /** Simplified Chinese. 简体中文。 */
  | 'ZH_CN';

/** Which led reforms to list. Fields combine with AND; use `and`/`or` for more. */
export type LedReformFilter = {
  /** All of these filters. */
  and?: Array<LedReformFilter> | null | undefined;
  /** The leader (a Person), by ID. */
  leader?: IdComparator | null | undefined;
  /** Any of these filters. */
  or?: Array<LedReformFilter> | null | undefined;
  /** Status. */
  status?: LedReformStatusComparator | null | undefined;
  /** Text found in the theme, ignoring case. */
  text?: string | null | undefined;
  /** The leader’s unit, by ID. */
  unit?: IdComparator | null | undefined;
  /** Only this year. */
  year?: number | null | undefined;
};

/** One ordering term; ties are always broken by ID. */
export type LedReformOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to order by. */
  field: LedReformOrderField;
};

/** Fields led reforms can be ordered by. 领衔抓改革可排序的字段。 */
export type LedReformOrderField =
  | 'THEME'
  | 'UPDATED_AT'
  | 'YEAR';

/** Where a led reform stands. 领衔抓改革的状态。 */
export type LedReformStatus =
  /** Every linked task was completed and the reform was closed. 关联任务全部完成，改革已完成。 */
  | 'COMPLETED'
  /** Its tasks are being carried out. 关联任务正在推进。 */
  | 'IN_PROGRESS';

/** Conditions on a LedReformStatus value. */
export type LedReformStatusComparator = {
  /** Equals. */
  eq?: LedReformStatus | null | undefined;
  /** Equals one of. */
  in?: Array<LedReformStatus> | null | undefined;
  /** Does not equal. */
  neq?: LedReformStatus | null | undefined;
  /** Equals none of. */
  nin?: Array<LedReformStatus> | null | undefined;
};

/** What a ledger (台账) records. 台账的类别。 */
export type LedgerKind =
  /** A year’s plan of measures carrying out framework tasks. 年度计划：落实框架任务的年度举措。 */
  | 'ANNUAL_PLAN'
  /** Rectification of problems found: 7 aspects, 16 measures. 问题整改：7 个方面、16 项措施。 */
  | 'RECTIFICATION'
  /** The reform framework: 8 systems, 192 tasks. 改革总体框架：8 个体系、192 项任务。 */
  | 'REFORM_FRAMEWORK';

/** Tasks to link to a led reform. */
export type LinkLedReformTasksInput = {
  /** The led reform. */
  ledReformId: string | number;
  /** The tasks; those already linked are ignored. */
  taskIds: Array<string | number>;
};

/** Conditions on a calendar date (YYYY-MM-DD). */
export type LocalDateComparator = {
  /** On this date. */
  eq?: string | null | undefined;
  /** After this date. */
  gt?: string | null | undefined;
  /** On or after this date. */
  gte?: string | null | undefined;
  /** Before this date. */
  lt?: string | null | undefined;
  /** On or before this date. */
  lte?: string | null | undefined;
};

/** Which major matters to list. Fields combine with AND; use `and`/`or` for more. */
export type MajorDecisionFilter = {
  /** All of these filters. */
  and?: Array<MajorDecisionFilter> | null | undefined;
  /** Assessing unit (评估主体), by ID. */
  assessingUnit?: IdComparator | null | undefined;
  /** Decision category, by ID. */
  category?: IdComparator | null | undefined;
  /** Decision body (决策主体), by ID. */
  decisionBody?: IdComparator | null | undefined;
  /** true: approved matters whose follow-up review is due (today or earlier); false: all others. */
  followUpDue?: boolean | null | undefined;
  /** Level of the current assessment (matters without one never match). */
  level?: RiskLevelComparator | null | undefined;
  /** Any of these filters. */
  or?: Array<MajorDecisionFilter> | null | undefined;
  /** Status. */
  status?: DecisionStatusComparator | null | undefined;
  /** Text in the title, ignoring case. */
  text?: string | null | undefined;
};

/** One ordering term; ties are always broken by ID. */
export type MajorDecisionOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to order by. */
  field: MajorDecisionOrderField;
};

/** Fields major matters can be ordered by. 重大决策事项可排序的字段。 */
export type MajorDecisionOrderField =
  | 'CREATED_AT'
  | 'TITLE'
  | 'UPDATED_AT';

/** An action decided at a meeting. */
export type MeetingActionInput = {
  /** The unit that must do it. */
  assignedUnitId: string | number;
  /** What is to be done. */
  description: string;
  /** By when. */
  dueDate: string;
};

/** A resolution of a meeting, with the actions it assigns. */
export type MeetingResolutionInput = {
  /** Action items it creates. */
  actions?: Array<MeetingActionInput>;
  /** What was resolved. */
  text: string;
};

/** A new coordination issue. */
export type OpenCoordinationIssueInput = {
  /** What the problem is. */
  description?: string;
  /** What it is about. */
  kind: IssueKind;
  /** The lead coordinating unit. */
  leadUnitId: string | number;
  /** When it was opened; today when omitted. */
  openedOn?: string | null | undefined;
  /** When it should be settled. */
  targetDate: string;
  /** Title. */
  title: string;
};

/** How opinions were collected. 意见征集方式。 */
export type OpinionMethod =
  /** Expert consultation (专家论证). 专家论证。 */
  | 'EXPERT_CONSULTATION'
  /** Hearing (听证会). 听证会。 */
  | 'HEARING'
  /** Public notice (公示). 公示。 */
  | 'PUBLIC_NOTICE'
  /** Questionnaire. 问卷调查。 */
  | 'QUESTIONNAIRE'
  /** Symposium (座谈会). 座谈会。 */
  | 'SYMPOSIUM'
  /** Visits to those affected. 走访受影响群众。 */
  | 'VISIT';

/** Sort direction. 排序方向。 */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** A participating unit’s part. 参与单位的职责。 */
export type ParticipantRole =
  /** Kept informed. 知悉情况。 */
  | 'INFORMED'
  /** Responsible for part of the solution. 负责解决问题的一部分。 */
  | 'RESPONSIBLE'
  /** Supports the responsible units. 配合负责单位。 */
  | 'SUPPORTING';

/** Which people to list. Fields combine with AND; use `and`/`or` for more. */
export type PersonFilter = {
  /** All of these filters. */
  and?: Array<PersonFilter> | null | undefined;
  /** Only principal heads (true) or only others (false). */
  isPrincipalHead?: boolean | null | undefined;
  /** Any of these filters. */
  or?: Array<PersonFilter> | null | undefined;
  /** Text found in the name or the post, ignoring case. */
  text?: string | null | undefined;
  /** Their unit, by ID. */
  unit?: IdComparator | null | undefined;
};

/** One ordering term; ties are always broken by ID. */
export type PersonOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to order by. */
  field: PersonOrderField;
};

/** Fields people can be ordered by. 人员可排序的字段。 */
export type PersonOrderField =
  | 'NAME'
  | 'TITLE';

/** The user to reactivate. */
export type ReactivateUserInput = {
  /** The user. */
  userId: string | number;
};

/** Who recognised a selected case. 入选案例的认定层级。 */
export type RecognitionLevel =
  /** A national body. 国家级认定。 */
  | 'NATIONAL'
  /** A provincial body. 省级认定。 */
  | 'PROVINCIAL';

/** Conditions on a RecognitionLevel value. */
export type RecognitionLevelComparator = {
  /** Equals. */
  eq?: RecognitionLevel | null | undefined;
  /** Equals one of. */
  in?: Array<RecognitionLevel> | null | undefined;
  /** Does not equal. */
  neq?: RecognitionLevel | null | undefined;
  /** Equals none of. */
  nin?: Array<RecognitionLevel> | null | undefined;
};

/** The year to evaluate. */
export type RecomputeRegionEvaluationsInput = {
  /** The year; it needs an inspection round. */
  year: number;
};

/** A problem a visit found. */
export type RecordFindingInput = {
  /** What is wrong. */
  description: string;
  /** How grave it is. */
  severity: FindingSeverity;
  /** The reform task concerned. */
  taskId: string | number;
  /** The unit responsible, of the region visited. */
  unitId: string | number;
  /** The visit. */
  visitId: string | number;
};

/** A follow-up review of an approved matter. */
export type RecordFollowUpReviewInput = {
  /** The matter. */
  decisionId: string | number;
  /** What was found. */
  findings: string;
  /** The day of the review (not in the future). */
  reviewedOn: string;
};

/** Money that moved under an obligation. */
export type RecordFundTransactionInput = {
  /** The amount in yuan, positive, at most two decimals. */
  amount: string;
  /** TRANSFER (payer → payee) or DISBURSEMENT (payee → beneficiaries). */
  kind: FundTransactionKind;
  /** The obligation. */
  obligationId: string | number;
  /** When; today when omitted. */
  occurredOn?: string | null | undefined;
  /** The payment reference. */
  reference?: string;
};

/** A guidance visit to record. */
export type RecordGuidanceVisitInput = {
  /** The case visited. */
  caseId: string | number;
  /** What was discussed or advised. */
  notes?: string;
  /** The day of the visit (not in the future). */
  visitedOn: string;
  /** The visiting unit. */
  visitingUnitId: string | number;
};

/** A visit a group made. */
export type RecordInspectionVisitInput = {
  /** The reform tasks checked, each once. */
  checks?: Array<TaskCheckInput>;
  /** The group. */
  groupId: string | number;
  /** UNANNOUNCED, or RETURN_VISIT after an earlier visit to the region. */
  kind: InspectionVisitKind;
  /** How it checked (at least one). */
  methods: Array<InspectionMethod>;
  /** The region visited: the group’s assigned region. */
  regionId: string | number;
  /** What the group saw. */
  summary?: string;
  /** Units visited, all of the region. */
  unitIds?: Array<string | number>;
  /** When (not in the future). */
  visitedOn: string;
};

/** A coordination meeting. */
export type RecordMeetingInput = {
  /** Attending units. */
  attendingUnitIds?: Array<string | number>;
  /** When it was held (not in the future). */
  heldOn: string;
  /** The issue. */
  issueId: string | number;
  /** The minutes (会议纪要). */
  minutes?: string;
  /** Resolutions, each with its actions. */
  resolutions?: Array<MeetingResolutionInput>;
  /** Title. */
  title: string;
};

/** An explicit finding that a dimension holds no significant risk. */
export type RecordNoSignificantRiskInput = {
  /** The assessment. */
  assessmentId: string | number;
  /** The dimension. */
  dimension: RiskDimension;
  /** Why there is no significant risk. */
  reasoning: string;
};

/** An opinion collection to record. */
export type RecordOpinionCollectionInput = {
  /** The assessment. */
  assessmentId: string | number;
  /** Last day. */
  endedOn: string;
  /** Method. */
  method: OpinionMethod;
  /** Respondents, at most 40000000. */
  respondents: number;
  /** First day. */
  startedOn: string;
  /** What was heard. */
  summary: string;
};

/** Which notices to list: with `unit` and the open statuses, a unit’s inbox. Fields combine with AND; use `and`/`or` for more. */
export type RectificationNoticeFilter = {
  /** All of these filters. */
  and?: Array<RectificationNoticeFilter> | null | undefined;
  /** Deadline range. */
  deadline?: LocalDateComparator | null | undefined;
  /** Any of these filters. */
  or?: Array<RectificationNoticeFilter> | null | undefined;
  /** Past the deadline while the unit still owes feedback (true), or not (false). */
  overdue?: boolean | null | undefined;
  /** The region of its finding. */
  region?: IdComparator | null | undefined;
  /** The round of its finding. */
  round?: IdComparator | null | undefined;
  /** The severity of its finding. */
  severity?: FindingSeverityComparator | null | undefined;
  /** Status. */
  status?: RectificationNoticeStatusComparator | null | undefined;
  /** The responsible unit. */
  unit?: IdComparator | null | undefined;
};

/** One ordering term; ties are always broken by ID. */
export type RectificationNoticeOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to order by. */
  field: RectificationNoticeOrderField;
};

/** Fields notices can be ordered by. 整改通知可排序的字段。 */
export type RectificationNoticeOrderField =
  | 'DEADLINE'
  | 'ISSUED_ON'
  | 'UPDATED_AT';

/** NOTIFIED → RECTIFYING → FEEDBACK_SUBMITTED → VERIFIED → CLOSED; FEEDBACK_SUBMITTED → REOPENED (with a reason) → RECTIFYING. 已下发 → 整改中 → 已反馈 → 已核查 → 已销号；已反馈的可（写明理由）重新打开 → 整改中。 */
export type RectificationNoticeStatus =
  /** Done. 已销号。 */
  | 'CLOSED'
  /** The unit reported its root-cause analysis, measures and evidence. 责任单位已报送原因分析、整改措施和佐证材料。 */
  | 'FEEDBACK_SUBMITTED'
  /** Issued to the responsible unit. 已下发给责任单位。 */
  | 'NOTIFIED'
  /** The unit is correcting the problem. 责任单位正在整改。 */
  | 'RECTIFYING'
  /** The feedback was not accepted; the unit must rectify again. 反馈未获认可，责任单位须重新整改。 */
  | 'REOPENED'
  /** Inspectors checked the rectification. 督察人员已核查整改情况。 */
  | 'VERIFIED';

/** Conditions on a RectificationNoticeStatus value. */
export type RectificationNoticeStatusComparator = {
  /** Equals. */
  eq?: RectificationNoticeStatus | null | undefined;
  /** Equals one of. */
  in?: Array<RectificationNoticeStatus> | null | undefined;
  /** Does not equal. */
  neq?: RectificationNoticeStatus | null | undefined;
  /** Equals none of. */
  nin?: Array<RectificationNoticeStatus> | null | undefined;
};

/** Which reform cases to list. Fields combine with AND; use `and`/`or` for more. */
export type ReformCaseFilter = {
  /** All of these filters. */
  and?: Array<ReformCaseFilter> | null | undefined;
  /** Any of these filters. */
  or?: Array<ReformCaseFilter> | null | undefined;
  /** Recognition level of selected cases. */
  recognitionLevel?: RecognitionLevelComparator | null | undefined;
  /** Status. */
  status?: ReformCaseStatusComparator | null | undefined;
  /** Text found in the title or summary, ignoring case. */
  text?: string | null | undefined;
  /** The cultivating unit, by ID. */
  unit?: IdComparator | null | undefined;
};

/** One ordering term; ties are always broken by ID. */
export type ReformCaseOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to order by. */
  field: ReformCaseOrderField;
};

/** Fields reform cases can be ordered by (CREATED_AT: the order they were recorded; STATUS: by the status name). 改革案例可排序的字段（CREATED_AT：登记先后；STATUS：按状态名称）。 */
export type ReformCaseOrderField =
  | 'CREATED_AT'
  | 'STATUS'
  | 'TITLE';

/** Where a reform case stands: CULTIVATING → SUBMITTED → SELECTED or NOT_SELECTED. 改革案例的状态：培育中 → 已报送 → 入选或未入选。 */
export type ReformCaseStatus =
  /** Being cultivated by its unit. 单位培育中。 */
  | 'CULTIVATING'
  /** Not selected. 未入选。 */
  | 'NOT_SELECTED'
  /** Selected and recognised. 已入选并获认定。 */
  | 'SELECTED'
  /** Submitted for selection. 已报送参评。 */
  | 'SUBMITTED';

/** Conditions on a ReformCaseStatus value. */
export type ReformCaseStatusComparator = {
  /** Equals. */
  eq?: ReformCaseStatus | null | undefined;
  /** Equals one of. */
  in?: Array<ReformCaseStatus> | null | undefined;
  /** Does not equal. */
  neq?: ReformCaseStatus | null | undefined;
  /** Equals none of. */
  nin?: Array<ReformCaseStatus> | null | undefined;
};

/** Which tasks to list. Fields combine with AND; use `and`/`or` for more. */
export type ReformTaskFilter = {
  /** All of these filters. */
  and?: Array<ReformTaskFilter> | null | undefined;
  /** Deadline range. */
  deadline?: LocalDateComparator | null | undefined;
  /** Lead unit, by ID. */
  leadUnit?: IdComparator | null | undefined;
  /** Ledger, by ID. */
  ledger?: IdComparator | null | undefined;
  /** Any of these filters. */
  or?: Array<ReformTaskFilter> | null | undefined;
  /** Only overdue tasks (true) or only others (false), as of today. */
  overdue?: boolean | null | undefined;
  /** Section, by ID. */
  section?: IdComparator | null | undefined;
  /** Status (`in` for several). */
  status?: TaskStatusComparator | null | undefined;
  /** A supporting unit, by ID (`eq`/`in`: supported by it; `neq`/`nin`: not). */
  supportingUnit?: IdComparator | null | undefined;
  /** Text found in the code or title, ignoring case. */
  text?: string | null | undefined;
  /** A unit that leads or supports the task, by ID: a unit’s “my tasks”. */
  unit?: IdComparator | null | undefined;
};

/** One ordering term; ties are always broken by ID. */
export type ReformTaskOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to order by. */
  field: ReformTaskOrderField;
};

/** Fields tasks can be ordered by (STATUS orders by the status name). 改革任务可排序的字段（STATUS 按状态名称排序）。 */
export type ReformTaskOrderField =
  | 'CODE'
  | 'DEADLINE'
  | 'STATUS'
  | 'UPDATED_AT';

/** A cadre leaving a group. */
export type RemoveGroupMemberInput = {
  /** The group, of a round still PLANNING. */
  groupId: string | number;
  /** The cadre. */
  personId: string | number;
};

/** The point to remove. */
export type RemoveRiskPointInput = {
  /** The point. */
  pointId: string | number;
};

/** The issue to reopen. */
export type ReopenCoordinationIssueInput = {
  /** The issue, RESOLVED or CLOSED. */
  issueId: string | number;
  /** Why it is reopened. */
  reason: string;
};

/** Sending feedback back. */
export type ReopenRectificationNoticeInput = {
  /** The notice, FEEDBACK_SUBMITTED. */
  noticeId: string | number;
  /** Why the feedback is not accepted. */
  reason: string;
};

/** A progress report on a task in progress or returned. */
export type ReportTaskProgressInput = {
  /** What was done. */
  narrative: string;
  /** How far the task is, 0–100. */
  percent: number;
  /** The date the report speaks for; today when omitted (not in the future). */
  reportedOn?: string | null | undefined;
  /** The task. */
  taskId: string | number;
};

/** The issue to resolve. */
export type ResolveCoordinationIssueInput = {
  /** The issue. */
  issueId: string | number;
};

/** An expert review. */
export type ReviewRiskAssessmentInput = {
  /** The assessment. */
  assessmentId: string | number;
  /** Comments. */
  comments?: string;
  /** PASS or RETURN. */
  verdict: ReviewVerdict;
};

/** An expert reviewer’s verdict. 评审专家的结论。 */
export type ReviewVerdict =
  /** The assessment may be filed. 通过：评估可以备案。 */
  | 'PASS'
  /** Back to its authors. 退回撰写人修改。 */
  | 'RETURN';

/** The five dimensions an assessment must address. 评估必须覆盖的五个维度。 */
export type RiskDimension =
  /** 可控性. 可控性。 */
  | 'CONTROLLABILITY'
  /** 可行性. 可行性。 */
  | 'FEASIBILITY'
  /** 合法性. 合法性。 */
  | 'LEGALITY'
  /** 合理性. 合理性。 */
  | 'REASONABLENESS'
  /** 安全性. 安全性。 */
  | 'SAFETY';

/** Risk level from likelihood × impact: ≥15 HIGH, 8–14 MEDIUM, ≤7 LOW. 由可能性 × 影响程度得出的风险等级：≥15 为高，8–14 为中，≤7 为低。 */
export type RiskLevel =
  /** 高: only REJECT or POSTPONE. 高风险：只能不实施或暂缓。 */
  | 'HIGH'
  /** 低: may be approved. 低风险：可以批准。 */
  | 'LOW'
  /** 中: approved only with mitigations (owner unit and due date) on every MEDIUM or HIGH point. 中风险：每个中、高风险点都有明确责任单位和完成时限的化解措施后方可批准。 */
  | 'MEDIUM';

/** Conditions on a RiskLevel value. */
export type RiskLevelComparator = {
  /** Equals. */
  eq?: RiskLevel | null | undefined;
  /** Equals one of. */
  in?: Array<RiskLevel> | null | undefined;
  /** Does not equal. */
  neq?: RiskLevel | null | undefined;
  /** Equals none of. */
  nin?: Array<RiskLevel> | null | undefined;
};

/** What a user may do. 用户可以做什么。 */
export type Role =
  /** Administers units, users and reference data. 系统管理员：管理单位、用户和基础数据。 */
  | 'ADMIN'
  /** Carries out social-stability risk assessments for the assessing unit the grant names. 评估人员：为授权所指的评估单位开展社会稳定风险评估。 */
  | 'ASSESSOR'
  /** Staff of the political-legal affairs commission: keep the ledger, accept deliverables, run inspections. 政法委工作人员：管理台账、验收成果、组织督察。 */
  | 'COMMISSION_STAFF'
  /** Drives cross-department coordination issues to closure. 协调人：推动跨部门协调事项办结。 */
  | 'COORDINATOR'
  /** Decides major matters for the decision body the grant names. 决策人：为授权所指的决策主体对重大事项作出决策。 */
  | 'DECISION_MAKER'
  /** Reviews risk assessments they did not write. 评审专家：评审非本人撰写的风险评估。 */
  | 'EXPERT_REVIEWER'
  /** Member of a rotating inspection group. 督察人员：推磨式督察组成员。 */
  | 'INSPECTOR'
  /** Officer of the unit the grant names: reports on and submits that unit’s tasks. 单位联络员：为授权所指单位报告并提交任务。 */
  | 'UNIT_OFFICER'
  /** Reads only. 只读用户：只能查看。 */
  | 'VIEWER';

/** Conditions on a Role value. */
export type RoleComparator = {
  /** Equals. */
  eq?: Role | null | undefined;
  /** Equals one of. */
  in?: Array<Role> | null | undefined;
  /** Does not equal. */
  neq?: Role | null | undefined;
  /** Equals none of. */
  nin?: Array<Role> | null | undefined;
};

/** A role to grant: unit-bound roles (UNIT_OFFICER, ASSESSOR, DECISION_MAKER) name their unit, others none. */
export type RoleGrantInput = {
  /** The role. */
  role: Role;
  /** The unit the role is held for; only for unit-bound roles. */
  unitId?: string | number | null | undefined;
};

/** One group sent to one region. */
export type RotationAssignmentInput = {
  /** The group. */
  groupId: string | number;
  /** The region it inspects. */
  regionId: string | number;
};

/** The selection decision on a submitted case. */
export type SelectReformCaseInput = {
  /** The case, SUBMITTED. */
  caseId: string | number;
  /** The level of the recognising body. */
  level?: RecognitionLevel | null | undefined;
  /** The recognising body, e.g. 最高人民检察院. */
  recognizedBy?: string | null | undefined;
  /** true: SELECTED (level and recognisedBy required); false: NOT_SELECTED. */
  selected: boolean;
};

/** A region’s daily-performance score for a year. */
export type SetDailyPerformanceScoreInput = {
  /** Notes. */
  notes?: string;
  /** The region. */
  regionId: string | number;
  /** The score, 0–100 (kept to two decimals). */
  score: number;
  /** The year. */
  year: number;
};

/** The round to start. */
export type StartInspectionRoundInput = {
  /** The round. */
  roundId: string | number;
};

/** A workbook uploaded with `POST /files`, and the ledger it is for. */
export type StartLedgerImportInput = {
  /** The uploaded workbook (.xlsx), as `POST /files` answered. */
  fileId: string | number;
  /** The ledger whose tasks the workbook creates or updates, matched by task code. */
  ledgerId: string | number;
  /** DRY_RUN (the default) reports; APPLY writes. */
  mode?: ImportMode;
};

/** The notice the unit starts on. */
export type StartRectificationInput = {
  /** The notice. */
  noticeId: string | number;
};

/** The matter whose assessment starts. */
export type StartRiskAssessmentInput = {
  /** The matter. */
  decisionId: string | number;
};

/** Conditions on a text field; all given conditions must hold. */
export type StringComparator = {
  /** Contains, ignoring case. */
  contains?: string | null | undefined;
  /** Equals. */
  eq?: string | null | undefined;
  /** Equals one of. */
  in?: Array<string> | null | undefined;
  /** Does not equal. */
  neq?: string | null | undefined;
  /** Equals none of. */
  nin?: Array<string> | null | undefined;
};

/** The responsible unit’s feedback on a notice. */
export type SubmitRectificationFeedbackInput = {
  /** What shows it. */
  evidence: string;
  /** What was done about it. */
  measuresTaken: string;
  /** The notice, RECTIFYING. */
  noticeId: string | number;
  /** Why the problem arose. */
  rootCauseAnalysis: string;
};

/** The case to submit for selection. */
export type SubmitReformCaseInput = {
  /** The case, CULTIVATING. */
  caseId: string | number;
};

/** The assessment to submit for review. */
export type SubmitRiskAssessmentInput = {
  /** The assessment. */
  assessmentId: string | number;
};

/** A move in a task’s workflow. 任务流程中的一步操作。 */
export type TaskAction =
  /** SUBMITTED → COMPLETED. Commission staff. 验收：已提交 → 已完成。由政法委工作人员操作。 */
  | 'ACCEPT'
  /** Any status but COMPLETED or CANCELLED → CANCELLED. Commission staff. 取消：除已完成、已取消外的任何状态 → 已取消。由政法委工作人员操作。 */
  | 'CANCEL'
  /** SUSPENDED → the status it was suspended from. Commission staff. 恢复：已暂停 → 暂停前的状态。由政法委工作人员操作。 */
  | 'RESUME'
  /** SUBMITTED → RETURNED, with a reason. Commission staff. 退回：已提交 → 已退回，附理由。由政法委工作人员操作。 */
  | 'RETURN'
  /** NOT_STARTED or RETURNED → IN_PROGRESS. An officer of the lead unit. 开始：未开始或已退回 → 推进中。由牵头单位联络员操作。 */
  | 'START'
  /** IN_PROGRESS → SUBMITTED, with the deliverable’s description. An officer of the lead unit. 提交：推进中 → 已提交，附成果说明。由牵头单位联络员操作。 */
  | 'SUBMIT'
  /** NOT_STARTED, IN_PROGRESS or RETURNED → SUSPENDED. Commission staff. 暂停：未开始、推进中或已退回 → 已暂停。由政法委工作人员操作。 */
  | 'SUSPEND';

/** A reform task checked on a visit. */
export type TaskCheckInput = {
  /** Notes. */
  notes?: string;
  /** Was it done well? */
  quality: CheckVerdict;
  /** Was as much done as the task asks? */
  quantity: CheckVerdict;
  /** Did it achieve what it was meant to? */
  results: CheckVerdict;
  /** The reform task. */
  taskId: string | number;
};

/** Where a task stands: NOT_STARTED → IN_PROGRESS → SUBMITTED → COMPLETED; SUBMITTED → RETURNED → IN_PROGRESS; SUSPENDED and back; CANCELLED. 任务状态：未开始 → 推进中 → 已提交 → 已完成；已提交 → 已退回 → 推进中；可暂停并恢复；可取消。 */
export type TaskStatus =
  /** Dropped; final. 已取消，不可恢复。 */
  | 'CANCELLED'
  /** The commission accepted the deliverable. 政法委已验收成果。 */
  | 'COMPLETED'
  /** The lead unit is working on it. 牵头单位正在推进。 */
  | 'IN_PROGRESS'
  /** Not started yet. 未开始。 */
  | 'NOT_STARTED'
  /** The commission returned the deliverable, with a reason. 政法委已退回成果，附理由。 */
  | 'RETURNED'
  /** The lead unit submitted its deliverable; the commission is to accept or return it. 牵头单位已提交成果，待政法委验收或退回。 */
  | 'SUBMITTED'
  /** On hold; resuming returns it to where it was. 已暂停；恢复后回到暂停前的状态。 */
  | 'SUSPENDED';

/** Conditions on a TaskStatus value. */
export type TaskStatusComparator = {
  /** Equals. */
  eq?: TaskStatus | null | undefined;
  /** Equals one of. */
  in?: Array<TaskStatus> | null | undefined;
  /** Does not equal. */
  neq?: TaskStatus | null | undefined;
  /** Equals none of. */
  nin?: Array<TaskStatus> | null | undefined;
};

/** A move in a task’s workflow. */
export type TransitionReformTaskInput = {
  /** The move. */
  action: TaskAction;
  /** SUBMIT: what the deliverable is (required). */
  deliverableDescription?: string | null | undefined;
  /** RETURN: why the deliverable is returned (required). */
  reason?: string | null | undefined;
  /** The task. */
  taskId: string | number;
};

/** Which units to list. Fields combine with AND; use `and`/`or` for more. */
export type UnitFilter = {
  /** All of these filters. */
  and?: Array<UnitFilter> | null | undefined;
  /** Unit code. */
  code?: StringComparator | null | undefined;
  /** Kind of body. */
  kind?: UnitKindComparator | null | undefined;
  /** Administrative level. */
  level?: UnitLevelComparator | null | undefined;
  /** Any of these filters. */
  or?: Array<UnitFilter> | null | undefined;
  /** Parent unit, by ID (`isNull: true` for top-level units). */
  parent?: IdComparator | null | undefined;
  /** Region, by ID (`isNull: true` for provincial units). */
  region?: IdComparator | null | undefined;
  /** Text found in the name or the code, ignoring case. */
  text?: string | null | undefined;
};

/** What kind of body a unit is. 单位的类别。 */
export type UnitKind =
  /** A people’s court. 人民法院。 */
  | 'COURT'
  /** A state-owned enterprise (e.g. Beidahuang group). 国有企业（如北大荒集团）。 */
  | 'ENTERPRISE'
  /** A justice department or bureau. 司法厅（局）。 */
  | 'JUSTICE_ADMINISTRATION'
  /** Any other body, such as a people’s government. 其他机关，如人民政府。 */
  | 'OTHER'
  /** A political-legal affairs commission (政法委) or one of its divisions. 政法委或其内设机构。 */
  | 'POLITICAL_LEGAL_COMMISSION'
  /** A people’s procuratorate. 人民检察院。 */
  | 'PROCURATORATE'
  /** A public security department or bureau. 公安厅（局）。 */
  | 'PUBLIC_SECURITY'
  /** Organisation, staffing, finance, human resources & social security and the like. 组织、编制、财政、人力资源和社会保障等部门。 */
  | 'SUPPORTING_DEPARTMENT';

/** Conditions on a UnitKind value. */
export type UnitKindComparator = {
  /** Equals. */
  eq?: UnitKind | null | undefined;
  /** Equals one of. */
  in?: Array<UnitKind> | null | undefined;
  /** Does not equal. */
  neq?: UnitKind | null | undefined;
  /** Equals none of. */
  nin?: Array<UnitKind> | null | undefined;
};

/** Administrative level of a unit. 单位的行政层级。 */
export type UnitLevel =
  /** County-level. 县级。 */
  | 'COUNTY'
  /** Prefecture-level (city or region). 市（地）级。 */
  | 'PREFECTURE'
  /** Provincial. 省级。 */
  | 'PROVINCE';

/** Conditions on a UnitLevel value. */
export type UnitLevelComparator = {
  /** Equals. */
  eq?: UnitLevel | null | undefined;
  /** Equals one of. */
  in?: Array<UnitLevel> | null | undefined;
  /** Does not equal. */
  neq?: UnitLevel | null | undefined;
  /** Equals none of. */
  nin?: Array<UnitLevel> | null | undefined;
};

/** One ordering term; ties are always broken by ID. */
export type UnitOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to order by. */
  field: UnitOrderField;
};

/** Fields units can be ordered by. 单位可排序的字段。 */
export type UnitOrderField =
  | 'CODE'
  | 'CREATED_AT'
  | 'NAME'
  | 'UPDATED_AT';

/** New wording for a decision category. Its code and position do not change. */
export type UpdateDecisionCategoryInput = {
  /** New description; omitted: unchanged. */
  description?: string | null | undefined;
  /** The category to change. */
  id: string | number;
  /** New name; omitted: unchanged. */
  name?: string | null | undefined;
};

/** New evaluation weights; all are replaced. */
export type UpdateEvaluationWeightsInput = {
  /** Points per CRITICAL finding. */
  criticalDeduction: number;
  /** Weight of the daily-performance score. */
  dailyPerformance: number;
  /** Weight of the inspection score. */
  inspection: number;
  /** Share of full credit for a notice closed late, 0–1. */
  lateClosureCredit: number;
  /** What a MET verdict is worth, 0–1. */
  metValue: number;
  /** Points per MINOR finding. */
  minorDeduction: number;
  /** What a NOT_MET verdict is worth, 0–1. */
  notMetValue: number;
  /** What a PARTLY_MET verdict is worth, 0–1. */
  partlyMetValue: number;
  /** Weight of the rectification score; the three add up to 1. */
  rectification: number;
  /** Points per SERIOUS finding. */
  seriousDeduction: number;
};

/** A group’s leader and name, replaced. */
export type UpdateInspectionGroupInput = {
  /** The group, of a round still PLANNING. */
  groupId: string | number;
  /** Where the leader comes from, when that is a region; none when omitted. */
  leaderHomeRegionId?: string | number | null | undefined;
  /** The leader: a Person of a provincial unit. */
  leaderId: string | number;
  /** Name; 第N督察组 when omitted. */
  name?: string | null | undefined;
};

/** A revised plan or category; a filed assessment then turns STALE. */
export type UpdateMajorDecisionPlanInput = {
  /** Another category. */
  categoryId?: string | number | null | undefined;
  /** The matter. */
  decisionId: string | number;
  /** The revised plan. */
  planText?: string | null | undefined;
};

/** Changes to a task; omitted fields stay as they are. */
export type UpdateReformTaskInput = {
  /** New deadline; the old one stays on the audit trail. */
  deadline?: string | null | undefined;
  /** New deliverable form. */
  deliverableForm?: DeliverableForm | null | undefined;
  /** New description. */
  description?: string | null | undefined;
  /** The task. */
  id: string | number;
  /** New lead unit. */
  leadUnitId?: string | number | null | undefined;
  /** The full new list of supporting units. */
  supportingUnitIds?: Array<string | number> | null | undefined;
  /** New title. */
  title?: string | null | undefined;
};

/** A risk point, described anew. */
export type UpdateRiskPointInput = {
  /** What the risk is. */
  description: string;
  /** Dimension. */
  dimension: RiskDimension;
  /** Impact, 1–5. */
  impact: number;
  /** Likelihood, 1–5. */
  likelihood: number;
  /** People affected, at most 40000000. */
  peopleAffected?: number;
  /** The point. */
  pointId: string | number;
};

/** Changes to a unit. Omitted fields stay as they are; `parentId: null` or `regionId: null` clears them. */
export type UpdateUnitInput = {
  /** New code. */
  code?: string | null | undefined;
  /** The unit to change. */
  id: string | number;
  /** New kind. */
  kind?: UnitKind | null | undefined;
  /** New level. */
  level?: UnitLevel | null | undefined;
  /** New name. */
  name?: string | null | undefined;
  /** New parent; null makes the unit top-level. */
  parentId?: string | number | null | undefined;
  /** New region; null clears it (provincial units only). */
  regionId?: string | number | null | undefined;
};

/** Changes to a user account. Omitted fields stay as they are, and so do `displayName`, `unitId` and `grants` given as null; `personId: null` unlinks the person, `language: null` clears the language. */
export type UpdateUserInput = {
  /** New name to show. */
  displayName?: string | null | undefined;
  /** The roles they hold, replacing the whole set. */
  grants?: Array<RoleGrantInput> | null | undefined;
  /** The language of their messages; null follows each request. */
  language?: Language | null | undefined;
  /** The cadre they are; null unlinks. */
  personId?: string | number | null | undefined;
  /** New unit they work for. */
  unitId?: string | number | null | undefined;
  /** The user to change. */
  userId: string | number;
};

/** The signed-in user’s own preferences. */
export type UpdateViewerPreferencesInput = {
  /** The language of their messages; null follows each request’s `Accept-Language`. */
  language?: Language | null | undefined;
};

/** Why a mutation refused its input. Payloads carry these in `userErrors`; nothing is written when any is present. 变更拒绝其输入的原因。载荷在 `userErrors` 中携带这些代码；只要出现任何一个，就不会写入任何内容。 */
export type UserErrorCode =
  /** A transfer beyond what the obligation still needs, or a disbursement beyond what was transferred. 划转金额超过该资金责任尚需划转的数额，或发放金额超过已划转的数额。 */
  | 'AMOUNT_EXCEEDS_OUTSTANDING'
  /** The assessment cannot be submitted yet; the message names what is missing. 评估尚不能提交评审；消息中写明了缺少的内容。 */
  | 'ASSESSMENT_INCOMPLETE'
  /** No FILED risk assessment: the matter cannot be decided (assess before deciding). 没有已备案（FILED）的社会稳定风险评估，该事项不能决策（先评估、后决策）。 */
  | 'ASSESSMENT_REQUIRED'
  /** The matter was decided (approved or rejected); the decision is final. 该事项已作出决策（批准或不实施），决策不可更改。 */
  | 'DECISION_FINAL'
  /** Another object already uses this code. 该编码已被其他对象使用。 */
  | 'DUPLICATE_CODE'
  /** A file is attached to one object only; upload it again to attach it elsewhere. 一个文件只能附在一个对象上；如需附到别处，请重新上传。 */
  | 'EVIDENCE_ALREADY_ATTACHED'
  /** The object already has as many files as one object may have. 该对象的附件数量已达上限。 */
  | 'EVIDENCE_LIMIT_REACHED'
  /** An amount must be a positive number of yuan with at most two decimals. 金额须为正数（单位：元），最多两位小数。 */
  | 'INVALID_AMOUNT'
  /** A task’s lead unit cannot also be one of its supporting units, nor can a unit support it twice. 任务的牵头单位不能同时是其配合单位，同一单位也不能重复列为配合单位。 */
  | 'INVALID_ASSIGNMENT'
  /** A value is well-formed but not acceptable (e.g. too long, or missing where the rest of the input requires it). 某个值格式正确但不可接受（例如过长，或在输入的其余部分要求时缺失）。 */
  | 'INVALID_INPUT'
  /** The parent would make the hierarchy a cycle. 所选上级单位会使单位层级形成循环。 */
  | 'INVALID_PARENT'
  /** The object’s current status does not allow this move; the message names the status. 对象当前的状态不允许此操作；消息中写明了当前状态。 */
  | 'INVALID_TRANSITION'
  /** Open action items or obligations not fully disbursed remain; the message names them, and `closureBlockers` lists them. 仍有未办结的工作事项或未足额发放的资金责任；消息中逐项列明，`closureBlockers` 也会列出。 */
  | 'ISSUE_NOT_READY_TO_CLOSE'
  /** The change would leave no active administrator: the last one can be neither deactivated nor lose the role. 此项更改会使系统没有处于启用状态的系统管理员：最后一名管理员既不能停用，也不能被取消该角色。 */
  | 'LAST_ADMIN'
  /** A led reform (领衔抓) must be led by a principal head of a unit. 领衔抓改革必须由单位主要负责人领衔。 */
  | 'LEADER_NOT_PRINCIPAL_HEAD'
  /** A led reform completes only when every task linked to it is completed; the message names those that are not. 关联的改革任务全部完成后，领衔抓改革才能完成；消息中列出了尚未完成的任务。 */
  | 'LINKED_TASKS_OPEN'
  /** Another user already has this login. 该登录名已被其他用户使用。 */
  | 'LOGIN_TAKEN'
  /** MEDIUM risk: every MEDIUM or HIGH point needs a mitigation with an owner unit and a due date before approval. 风险等级为中（MEDIUM）：批准前，每个中、高风险点都须有明确责任单位和完成时限的化解措施。 */
  | 'MITIGATION_REQUIRED'
  /** A group may only visit the region the rotation assigned it. 督察组只能走访轮换安排分配给它的地区。 */
  | 'NOT_ASSIGNED_REGION'
  /** The uploaded file is not an Excel workbook (.xlsx); the message says what it is. 上传的文件不是 Excel 工作簿（.xlsx）；消息中说明其实际类型。 */
  | 'NOT_A_WORKBOOK'
  /** An object the input refers to does not exist, or you may not see it (the two are never told apart). 输入所指的对象不存在，或您无权查看（两者从不区分）。 */
  | 'NOT_FOUND'
  /** A return visit needs an earlier visit to the same region in the same round. “杀回马枪”式回访须以本轮对同一地区的先前走访为前提。 */
  | 'NO_EARLIER_VISIT'
  /** No ring avoids every home-region conflict of the round’s groups; the message says what stands in the way. 不存在能避开本轮所有督察组来源地区回避冲突的轮换闭环；消息中写明了障碍所在。 */
  | 'NO_VALID_ROTATION'
  /** The person is already linked to another user; a person is one user at most. 该人员已与其他用户关联；一名人员至多对应一个用户。 */
  | 'PERSON_ALREADY_LINKED'
  /** Too many requests, or too costly ones: the user’s or the address’s budget is spent for now (HTTP 429; `Retry-After` says how many seconds to wait). 请求过多或开销过大：该用户或该地址的额度暂时用完（HTTP 429；`Retry-After` 给出需等待的秒数）。 */
  | 'RATE_LIMITED'
  /** The request, or one of its database statements, ran out of time and was stopped; nothing it began to write was kept. 请求或其中某条数据库语句超时，已被终止；它开始写入的内容均未保留。 */
  | 'REQUEST_TIMEOUT'
  /** An author of an assessment cannot review it (编审分离). 评估的撰写人不能评审该评估（编审分离）。 */
  | 'REVIEWER_CONFLICT'
  /** The assessed risk is HIGH: only REJECT or POSTPONE are allowed. 评估风险等级为高（HIGH）：只能作出不实施（REJECT）或暂缓（POSTPONE）的决定。 */
  | 'RISK_TOO_HIGH'
  /** A group would inspect a region its leader or one of its members comes from (or its own region); the message names the group and the region. 督察组将督察其组长或成员的来源地区（或其本身所在地区）；消息中写明了督察组和地区。 */
  | 'ROTATION_CONFLICT'
  /** The rotation does not cover every region exactly once with every group exactly once: a region or group is missing or repeated, or the counts differ. 轮换安排没有做到每个地区、每个督察组各出现且仅出现一次：有地区或督察组缺失、重复，或两者数量不等。 */
  | 'ROTATION_INCOMPLETE'
  /** The assignments form more than one cycle; the rotation must be one ring through every region. 轮换安排形成了多个闭环；推磨式轮换必须是经过所有地区的一个闭环。 */
  | 'ROTATION_NOT_ONE_CYCLE'
  /** The round already has its rotation (clear it first, while the round is PLANNING). 本轮督察已有轮换安排（须在 PLANNING 状态下先清除）。 */
  | 'ROUND_ALREADY_ASSIGNED'
  /** Visits and findings are recorded only while the round is ACTIVE. 只有在督察轮次进行中（ACTIVE）时才能登记走访和问题。 */
  | 'ROUND_NOT_ACTIVE'
  /** There is already an inspection round for this year. 该年度已有督察轮次。 */
  | 'ROUND_YEAR_TAKEN'
  /** The workbook would inflate past what an import reads: a ZIP bomb, or far too big for one import. 工作簿解压后超出导入上限：压缩炸弹，或超出单次导入的规模。 */
  | 'WORKBOOK_TOO_LARGE';

/** Which users to list. Fields combine with AND; use `and`/`or` for more. */
export type UserFilter = {
  /** Only active (true) or only deactivated (false) accounts. */
  active?: boolean | null | undefined;
  /** All of these filters. */
  and?: Array<UserFilter> | null | undefined;
  /** Any of these filters. */
  or?: Array<UserFilter> | null | undefined;
  /** Roles they hold, for any unit: `eq`/`in` keep holders, `neq`/`nin` those who hold none of them. */
  role?: RoleComparator | null | undefined;
  /** Text found in the login or the display name, ignoring case. */
  text?: string | null | undefined;
  /** The unit they work for, by ID. */
  unit?: IdComparator | null | undefined;
};

/** One ordering term; ties are always broken by ID. */
export type UserOrder = {
  /** Direction. */
  direction?: OrderDirection;
  /** Field to order by. */
  field: UserOrderField;
};

/** Fields users can be ordered by. 用户可排序的字段。 */
export type UserOrderField =
  | 'CREATED_AT'
  | 'DISPLAY_NAME'
  | 'LOGIN';

/** Verifying a rectification. */
export type VerifyRectificationInput = {
  /** What the inspectors found on checking. */
  note?: string;
  /** The notice, FEEDBACK_SUBMITTED. */
  noticeId: string | number;
};

export type IssueStateFragment = { id: string, status: IssueStatus, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } };

export type ObligationStateFragment = { id: string, amount: string, totals: { obligated: string, transferred: string, disbursed: string, outstanding: string } };

export type ItemStateFragment = { id: string, status: ActionItemStatus, evidence: string | null, completedAt: string | null, completedBy: { login: string } | null };

export type OpenCoordinationIssueMutationVariables = Exact<{
  input: OpenCoordinationIssueInput;
}>;


export type OpenCoordinationIssueMutation = { openCoordinationIssue: { coordinationIssue: { id: string, status: IssueStatus, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AddIssueParticipantMutationVariables = Exact<{
  input: AddIssueParticipantInput;
}>;


export type AddIssueParticipantMutation = { addIssueParticipant: { coordinationIssue: { id: string, status: IssueStatus, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CreateFundObligationMutationVariables = Exact<{
  input: CreateFundObligationInput;
}>;


export type CreateFundObligationMutation = { createFundObligation: { coordinationIssue: { id: string, status: IssueStatus, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } } | null, fundObligation: { id: string, amount: string, totals: { obligated: string, transferred: string, disbursed: string, outstanding: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordFundTransactionMutationVariables = Exact<{
  input: RecordFundTransactionInput;
}>;


export type RecordFundTransactionMutation = { recordFundTransaction: { coordinationIssue: { id: string, status: IssueStatus, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } } | null, fundObligation: { id: string, amount: string, totals: { obligated: string, transferred: string, disbursed: string, outstanding: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CoordinationIssuesQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: CoordinationIssueFilter | null | undefined;
  orderBy?: Array<CoordinationIssueOrder> | CoordinationIssueOrder | null | undefined;
}>;


export type CoordinationIssuesQuery = { coordinationIssues: { totalCount: number, nodes: Array<{ id: string, title: string, status: IssueStatus, openedOn: string, targetDate: string, isOverdue: boolean, leadUnit: { code: string }, participants: Array<{ id: string, role: ParticipantRole, unit: { code: string } }>, fundTotals: { obligated: string, outstanding: string }, actionItems: Array<{ status: ActionItemStatus, isOverdue: boolean }>, fundObligations: Array<{ amount: string, payer: { code: string }, transactions: Array<{ kind: FundTransactionKind, amount: string, recordedBy: { login: string } }> }> }> } | null };

export type RecordMeetingMutationVariables = Exact<{
  input: RecordMeetingInput;
}>;


export type RecordMeetingMutation = { recordMeeting: { coordinationIssue: { id: string, status: IssueStatus, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AddActionItemMutationVariables = Exact<{
  input: AddActionItemInput;
}>;


export type AddActionItemMutation = { addActionItem: { coordinationIssue: { id: string, status: IssueStatus, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } } | null, actionItem: { id: string, status: ActionItemStatus, evidence: string | null, completedAt: string | null, completedBy: { login: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CompleteActionItemMutationVariables = Exact<{
  input: CompleteActionItemInput;
}>;


export type CompleteActionItemMutation = { completeActionItem: { coordinationIssue: { id: string, status: IssueStatus, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } } | null, actionItem: { id: string, status: ActionItemStatus, evidence: string | null, completedAt: string | null, completedBy: { login: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CancelActionItemMutationVariables = Exact<{
  input: CancelActionItemInput;
}>;


export type CancelActionItemMutation = { cancelActionItem: { coordinationIssue: { id: string, status: IssueStatus, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } } | null, actionItem: { id: string, status: ActionItemStatus, evidence: string | null, completedAt: string | null, completedBy: { login: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ResolveCoordinationIssueMutationVariables = Exact<{
  input: ResolveCoordinationIssueInput;
}>;


export type ResolveCoordinationIssueMutation = { resolveCoordinationIssue: { coordinationIssue: { id: string, status: IssueStatus, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CloseCoordinationIssueMutationVariables = Exact<{
  input: CloseCoordinationIssueInput;
}>;


export type CloseCoordinationIssueMutation = { closeCoordinationIssue: { coordinationIssue: { id: string, status: IssueStatus } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }>, closureBlockers: { clear: boolean, openActionItems: Array<{ description: string }>, unsettledObligations: Array<{ purpose: string, outstanding: string }> } | null } };

export type ReopenCoordinationIssueMutationVariables = Exact<{
  input: ReopenCoordinationIssueInput;
}>;


export type ReopenCoordinationIssueMutation = { reopenCoordinationIssue: { coordinationIssue: { id: string, status: IssueStatus, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CoordinationIssueQueryVariables = Exact<{
  id: string | number;
}>;


export type CoordinationIssueQuery = { node:
    | { id: string, title: string, status: IssueStatus, isOverdue: boolean, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string }, meetings: Array<{ id: string, heldOn: string, title: string, minutes: string, resolutions: Array<string>, attendingUnits: Array<{ code: string }> }>, actionItems: Array<{ id: string, description: string, status: ActionItemStatus, isOverdue: boolean, evidence: string | null, completedBy: { login: string } | null, assignedUnit: { code: string } }>, fundObligations: Array<{ id: string, purpose: string, amount: string, beneficiaries: number, transactions: Array<{ id: string, kind: FundTransactionKind, amount: string, recordedBy: { login: string } }>, totals: { obligated: string, transferred: string, disbursed: string, outstanding: string } }>, closureBlockers: { clear: boolean, openActionItems: Array<{ description: string }>, unsettledObligations: Array<{ purpose: string, outstanding: string }> }, timeline: { totalCount: number, nodes: Array<{ id: string, action: string, at: string, actor: { login: string } | null, changes: Array<{ field: string, from: string | null, to: string | null }> }> } }
    | Record<PropertyKey, never>
   | null };

export type ActionItemsQueryVariables = Exact<{
  filter?: ActionItemFilter | null | undefined;
  orderBy?: Array<ActionItemOrder> | ActionItemOrder | null | undefined;
}>;


export type ActionItemsQuery = { actionItems: { totalCount: number, nodes: Array<{ id: string, dueDate: string, status: ActionItemStatus, isOverdue: boolean, assignedUnit: { code: string } }> } | null };

export type CoordinationRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type CoordinationRecordQuery = { node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'CoordinationIssue', id: string }
    | { __typename: 'DecisionCategory', id: string }
    | { __typename: 'DecisionRecord', id: string }
    | { __typename: 'DimensionFinding', id: string }
    | { __typename: 'EvidenceFile', id: string }
    | { __typename: 'FollowUpReview', id: string }
    | { __typename: 'FundObligation', id: string }
    | { __typename: 'FundTransaction', kind: FundTransactionKind, amount: string, id: string, recordedBy: { login: string } }
    | { __typename: 'GroupMember', id: string }
    | { __typename: 'GuidanceVisit', id: string }
    | { __typename: 'ImportJob', id: string }
    | { __typename: 'ImportProblem', id: string }
    | { __typename: 'ImportRow', id: string }
    | { __typename: 'InspectionFinding', id: string }
    | { __typename: 'InspectionGroup', id: string }
    | { __typename: 'InspectionRound', id: string }
    | { __typename: 'InspectionVisit', id: string }
    | { __typename: 'IssueEvent', id: string }
    | { __typename: 'IssueParticipant', role: ParticipantRole, id: string, unit: { code: string } }
    | { __typename: 'LedReform', id: string }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'LedgerSection', id: string }
    | { __typename: 'MajorDecision', id: string }
    | { __typename: 'Meeting', heldOn: string, title: string, id: string, attendingUnits: Array<{ code: string }> }
    | { __typename: 'MitigationMeasure', id: string }
    | { __typename: 'OpinionCollection', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'RectificationFeedback', id: string }
    | { __typename: 'RectificationNotice', id: string }
    | { __typename: 'ReformCase', id: string }
    | { __typename: 'ReformTask', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'RegionEvaluation', id: string }
    | { __typename: 'RiskAssessment', id: string }
    | { __typename: 'RiskPoint', id: string }
    | { __typename: 'TaskCheck', id: string }
    | { __typename: 'TaskProgressReport', id: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'User', id: string }
   | null };

export type IssueListsFragment = { id: string, status: IssueStatus, leadUnit: { code: string }, participants: Array<{ id: string, role: ParticipantRole, addedAt: string, unit: { id: string, code: string, name: string } }>, actionItems: Array<{ id: string, description: string, status: ActionItemStatus, dueDate: string, completedAt: string | null, assignedUnit: { code: string } }>, fundObligations: Array<{ purpose: string, id: string, amount: string, payer: { code: string }, totals: { obligated: string, transferred: string, disbursed: string, outstanding: string } }>, closureBlockers: { clear: boolean, openActionItems: Array<{ id: string, assignedUnit: { name: string } }>, unsettledObligations: Array<{ purpose: string, outstanding: string }> }, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } };

export type IssuePageListsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type IssuePageListsQuery = { coordinationIssues: { nodes: Array<{ id: string, status: IssueStatus, leadUnit: { code: string }, participants: Array<{ id: string, role: ParticipantRole, addedAt: string, unit: { id: string, code: string, name: string } }>, actionItems: Array<{ id: string, description: string, status: ActionItemStatus, dueDate: string, completedAt: string | null, assignedUnit: { code: string } }>, fundObligations: Array<{ purpose: string, id: string, amount: string, payer: { code: string }, totals: { obligated: string, transferred: string, disbursed: string, outstanding: string } }>, closureBlockers: { clear: boolean, openActionItems: Array<{ id: string, assignedUnit: { name: string } }>, unsettledObligations: Array<{ purpose: string, outstanding: string }> }, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } }> } | null };

export type IssueListsQueryVariables = Exact<{
  id: string | number;
}>;


export type IssueListsQuery = { node:
    | { id: string, status: IssueStatus, leadUnit: { code: string }, participants: Array<{ id: string, role: ParticipantRole, addedAt: string, unit: { id: string, code: string, name: string } }>, actionItems: Array<{ id: string, description: string, status: ActionItemStatus, dueDate: string, completedAt: string | null, assignedUnit: { code: string } }>, fundObligations: Array<{ purpose: string, id: string, amount: string, payer: { code: string }, totals: { obligated: string, transferred: string, disbursed: string, outstanding: string } }>, closureBlockers: { clear: boolean, openActionItems: Array<{ id: string, assignedUnit: { name: string } }>, unsettledObligations: Array<{ purpose: string, outstanding: string }> }, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } }
    | Record<PropertyKey, never>
   | null };

export type EvidenceFileFieldsFragment = { id: string, fileName: string, contentType: string, size: number, sha256: string, uploadedAt: string, attachedAt: string | null, uploadedBy: { login: string }, attachedTo:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'CoordinationIssue', id: string }
    | { __typename: 'DecisionCategory', id: string }
    | { __typename: 'DecisionRecord', id: string }
    | { __typename: 'DimensionFinding', id: string }
    | { __typename: 'EvidenceFile', id: string }
    | { __typename: 'FollowUpReview', id: string }
    | { __typename: 'FundObligation', id: string }
    | { __typename: 'FundTransaction', id: string }
    | { __typename: 'GroupMember', id: string }
    | { __typename: 'GuidanceVisit', id: string }
    | { __typename: 'ImportJob', id: string }
    | { __typename: 'ImportProblem', id: string }
    | { __typename: 'ImportRow', id: string }
    | { __typename: 'InspectionFinding', id: string }
    | { __typename: 'InspectionGroup', id: string }
    | { __typename: 'InspectionRound', id: string }
    | { __typename: 'InspectionVisit', id: string }
    | { __typename: 'IssueEvent', id: string }
    | { __typename: 'IssueParticipant', id: string }
    | { __typename: 'LedReform', id: string }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'LedgerSection', id: string }
    | { __typename: 'MajorDecision', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MitigationMeasure', id: string }
    | { __typename: 'OpinionCollection', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'RectificationFeedback', id: string }
    | { __typename: 'RectificationNotice', id: string }
    | { __typename: 'ReformCase', id: string }
    | { __typename: 'ReformTask', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'RegionEvaluation', id: string }
    | { __typename: 'RiskAssessment', id: string }
    | { __typename: 'RiskPoint', id: string }
    | { __typename: 'TaskCheck', id: string }
    | { __typename: 'TaskProgressReport', id: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'User', id: string }
   | null };

export type EvidencePageFragment = { totalCount: number, nodes: Array<{ id: string, fileName: string, contentType: string, size: number, sha256: string, uploadedAt: string, attachedAt: string | null, uploadedBy: { login: string }, attachedTo:
      | { __typename: 'ActionItem', id: string }
      | { __typename: 'CoordinationIssue', id: string }
      | { __typename: 'DecisionCategory', id: string }
      | { __typename: 'DecisionRecord', id: string }
      | { __typename: 'DimensionFinding', id: string }
      | { __typename: 'EvidenceFile', id: string }
      | { __typename: 'FollowUpReview', id: string }
      | { __typename: 'FundObligation', id: string }
      | { __typename: 'FundTransaction', id: string }
      | { __typename: 'GroupMember', id: string }
      | { __typename: 'GuidanceVisit', id: string }
      | { __typename: 'ImportJob', id: string }
      | { __typename: 'ImportProblem', id: string }
      | { __typename: 'ImportRow', id: string }
      | { __typename: 'InspectionFinding', id: string }
      | { __typename: 'InspectionGroup', id: string }
      | { __typename: 'InspectionRound', id: string }
      | { __typename: 'InspectionVisit', id: string }
      | { __typename: 'IssueEvent', id: string }
      | { __typename: 'IssueParticipant', id: string }
      | { __typename: 'LedReform', id: string }
      | { __typename: 'Ledger', id: string }
      | { __typename: 'LedgerSection', id: string }
      | { __typename: 'MajorDecision', id: string }
      | { __typename: 'Meeting', id: string }
      | { __typename: 'MitigationMeasure', id: string }
      | { __typename: 'OpinionCollection', id: string }
      | { __typename: 'Person', id: string }
      | { __typename: 'RectificationFeedback', id: string }
      | { __typename: 'RectificationNotice', id: string }
      | { __typename: 'ReformCase', id: string }
      | { __typename: 'ReformTask', id: string }
      | { __typename: 'Region', id: string }
      | { __typename: 'RegionEvaluation', id: string }
      | { __typename: 'RiskAssessment', id: string }
      | { __typename: 'RiskPoint', id: string }
      | { __typename: 'TaskCheck', id: string }
      | { __typename: 'TaskProgressReport', id: string }
      | { __typename: 'Unit', id: string }
      | { __typename: 'User', id: string }
     | null }> };

export type EvidenceTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvidenceTargetsQuery = { rectificationNotices: { nodes: Array<{ id: string, unit: { code: string }, feedback: Array<{ id: string }> }> } | null, coordinationIssues: { nodes: Array<{ id: string, meetings: Array<{ id: string }>, actionItems: Array<{ id: string, status: ActionItemStatus, assignedUnit: { code: string } }> }> } | null, majorDecisions: { nodes: Array<{ id: string, assessingUnit: { code: string }, assessments: Array<{ id: string, opinionCollections: Array<{ id: string }> }> }> } | null };

export type EvidenceOfQueryVariables = Exact<{
  id: string | number;
}>;


export type EvidenceOfQuery = { node:
    | { id: string, evidenceFiles: { totalCount: number, nodes: Array<{ id: string, fileName: string, contentType: string, size: number, sha256: string, uploadedAt: string, attachedAt: string | null, uploadedBy: { login: string }, attachedTo:
            | { __typename: 'ActionItem', id: string }
            | { __typename: 'CoordinationIssue', id: string }
            | { __typename: 'DecisionCategory', id: string }
            | { __typename: 'DecisionRecord', id: string }
            | { __typename: 'DimensionFinding', id: string }
            | { __typename: 'EvidenceFile', id: string }
            | { __typename: 'FollowUpReview', id: string }
            | { __typename: 'FundObligation', id: string }
            | { __typename: 'FundTransaction', id: string }
            | { __typename: 'GroupMember', id: string }
            | { __typename: 'GuidanceVisit', id: string }
            | { __typename: 'ImportJob', id: string }
            | { __typename: 'ImportProblem', id: string }
            | { __typename: 'ImportRow', id: string }
            | { __typename: 'InspectionFinding', id: string }
            | { __typename: 'InspectionGroup', id: string }
            | { __typename: 'InspectionRound', id: string }
            | { __typename: 'InspectionVisit', id: string }
            | { __typename: 'IssueEvent', id: string }
            | { __typename: 'IssueParticipant', id: string }
            | { __typename: 'LedReform', id: string }
            | { __typename: 'Ledger', id: string }
            | { __typename: 'LedgerSection', id: string }
            | { __typename: 'MajorDecision', id: string }
            | { __typename: 'Meeting', id: string }
            | { __typename: 'MitigationMeasure', id: string }
            | { __typename: 'OpinionCollection', id: string }
            | { __typename: 'Person', id: string }
            | { __typename: 'RectificationFeedback', id: string }
            | { __typename: 'RectificationNotice', id: string }
            | { __typename: 'ReformCase', id: string }
            | { __typename: 'ReformTask', id: string }
            | { __typename: 'Region', id: string }
            | { __typename: 'RegionEvaluation', id: string }
            | { __typename: 'RiskAssessment', id: string }
            | { __typename: 'RiskPoint', id: string }
            | { __typename: 'TaskCheck', id: string }
            | { __typename: 'TaskProgressReport', id: string }
            | { __typename: 'Unit', id: string }
            | { __typename: 'User', id: string }
           | null }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, evidenceFiles: { totalCount: number, nodes: Array<{ id: string, fileName: string, contentType: string, size: number, sha256: string, uploadedAt: string, attachedAt: string | null, uploadedBy: { login: string }, attachedTo:
            | { __typename: 'ActionItem', id: string }
            | { __typename: 'CoordinationIssue', id: string }
            | { __typename: 'DecisionCategory', id: string }
            | { __typename: 'DecisionRecord', id: string }
            | { __typename: 'DimensionFinding', id: string }
            | { __typename: 'EvidenceFile', id: string }
            | { __typename: 'FollowUpReview', id: string }
            | { __typename: 'FundObligation', id: string }
            | { __typename: 'FundTransaction', id: string }
            | { __typename: 'GroupMember', id: string }
            | { __typename: 'GuidanceVisit', id: string }
            | { __typename: 'ImportJob', id: string }
            | { __typename: 'ImportProblem', id: string }
            | { __typename: 'ImportRow', id: string }
            | { __typename: 'InspectionFinding', id: string }
            | { __typename: 'InspectionGroup', id: string }
            | { __typename: 'InspectionRound', id: string }
            | { __typename: 'InspectionVisit', id: string }
            | { __typename: 'IssueEvent', id: string }
            | { __typename: 'IssueParticipant', id: string }
            | { __typename: 'LedReform', id: string }
            | { __typename: 'Ledger', id: string }
            | { __typename: 'LedgerSection', id: string }
            | { __typename: 'MajorDecision', id: string }
            | { __typename: 'Meeting', id: string }
            | { __typename: 'MitigationMeasure', id: string }
            | { __typename: 'OpinionCollection', id: string }
            | { __typename: 'Person', id: string }
            | { __typename: 'RectificationFeedback', id: string }
            | { __typename: 'RectificationNotice', id: string }
            | { __typename: 'ReformCase', id: string }
            | { __typename: 'ReformTask', id: string }
            | { __typename: 'Region', id: string }
            | { __typename: 'RegionEvaluation', id: string }
            | { __typename: 'RiskAssessment', id: string }
            | { __typename: 'RiskPoint', id: string }
            | { __typename: 'TaskCheck', id: string }
            | { __typename: 'TaskProgressReport', id: string }
            | { __typename: 'Unit', id: string }
            | { __typename: 'User', id: string }
           | null }> } }
    | { id: string }
    | { id: string, evidenceFiles: { totalCount: number, nodes: Array<{ id: string, fileName: string, contentType: string, size: number, sha256: string, uploadedAt: string, attachedAt: string | null, uploadedBy: { login: string }, attachedTo:
            | { __typename: 'ActionItem', id: string }
            | { __typename: 'CoordinationIssue', id: string }
            | { __typename: 'DecisionCategory', id: string }
            | { __typename: 'DecisionRecord', id: string }
            | { __typename: 'DimensionFinding', id: string }
            | { __typename: 'EvidenceFile', id: string }
            | { __typename: 'FollowUpReview', id: string }
            | { __typename: 'FundObligation', id: string }
            | { __typename: 'FundTransaction', id: string }
            | { __typename: 'GroupMember', id: string }
            | { __typename: 'GuidanceVisit', id: string }
            | { __typename: 'ImportJob', id: string }
            | { __typename: 'ImportProblem', id: string }
            | { __typename: 'ImportRow', id: string }
            | { __typename: 'InspectionFinding', id: string }
            | { __typename: 'InspectionGroup', id: string }
            | { __typename: 'InspectionRound', id: string }
            | { __typename: 'InspectionVisit', id: string }
            | { __typename: 'IssueEvent', id: string }
            | { __typename: 'IssueParticipant', id: string }
            | { __typename: 'LedReform', id: string }
            | { __typename: 'Ledger', id: string }
            | { __typename: 'LedgerSection', id: string }
            | { __typename: 'MajorDecision', id: string }
            | { __typename: 'Meeting', id: string }
            | { __typename: 'MitigationMeasure', id: string }
            | { __typename: 'OpinionCollection', id: string }
            | { __typename: 'Person', id: string }
            | { __typename: 'RectificationFeedback', id: string }
            | { __typename: 'RectificationNotice', id: string }
            | { __typename: 'ReformCase', id: string }
            | { __typename: 'ReformTask', id: string }
            | { __typename: 'Region', id: string }
            | { __typename: 'RegionEvaluation', id: string }
            | { __typename: 'RiskAssessment', id: string }
            | { __typename: 'RiskPoint', id: string }
            | { __typename: 'TaskCheck', id: string }
            | { __typename: 'TaskProgressReport', id: string }
            | { __typename: 'Unit', id: string }
            | { __typename: 'User', id: string }
           | null }> } }
    | { id: string }
    | { id: string, evidenceFiles: { totalCount: number, nodes: Array<{ id: string, fileName: string, contentType: string, size: number, sha256: string, uploadedAt: string, attachedAt: string | null, uploadedBy: { login: string }, attachedTo:
            | { __typename: 'ActionItem', id: string }
            | { __typename: 'CoordinationIssue', id: string }
            | { __typename: 'DecisionCategory', id: string }
            | { __typename: 'DecisionRecord', id: string }
            | { __typename: 'DimensionFinding', id: string }
            | { __typename: 'EvidenceFile', id: string }
            | { __typename: 'FollowUpReview', id: string }
            | { __typename: 'FundObligation', id: string }
            | { __typename: 'FundTransaction', id: string }
            | { __typename: 'GroupMember', id: string }
            | { __typename: 'GuidanceVisit', id: string }
            | { __typename: 'ImportJob', id: string }
            | { __typename: 'ImportProblem', id: string }
            | { __typename: 'ImportRow', id: string }
            | { __typename: 'InspectionFinding', id: string }
            | { __typename: 'InspectionGroup', id: string }
            | { __typename: 'InspectionRound', id: string }
            | { __typename: 'InspectionVisit', id: string }
            | { __typename: 'IssueEvent', id: string }
            | { __typename: 'IssueParticipant', id: string }
            | { __typename: 'LedReform', id: string }
            | { __typename: 'Ledger', id: string }
            | { __typename: 'LedgerSection', id: string }
            | { __typename: 'MajorDecision', id: string }
            | { __typename: 'Meeting', id: string }
            | { __typename: 'MitigationMeasure', id: string }
            | { __typename: 'OpinionCollection', id: string }
            | { __typename: 'Person', id: string }
            | { __typename: 'RectificationFeedback', id: string }
            | { __typename: 'RectificationNotice', id: string }
            | { __typename: 'ReformCase', id: string }
            | { __typename: 'ReformTask', id: string }
            | { __typename: 'Region', id: string }
            | { __typename: 'RegionEvaluation', id: string }
            | { __typename: 'RiskAssessment', id: string }
            | { __typename: 'RiskPoint', id: string }
            | { __typename: 'TaskCheck', id: string }
            | { __typename: 'TaskProgressReport', id: string }
            | { __typename: 'Unit', id: string }
            | { __typename: 'User', id: string }
           | null }> } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type EvidenceFileNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type EvidenceFileNodeQuery = { node:
    | { id: string, fileName: string, contentType: string, size: number, sha256: string, uploadedAt: string, attachedAt: string | null, download: { url: string, fileName: string, contentType: string, expiresAt: string }, uploadedBy: { login: string }, attachedTo:
        | { __typename: 'ActionItem', id: string }
        | { __typename: 'CoordinationIssue', id: string }
        | { __typename: 'DecisionCategory', id: string }
        | { __typename: 'DecisionRecord', id: string }
        | { __typename: 'DimensionFinding', id: string }
        | { __typename: 'EvidenceFile', id: string }
        | { __typename: 'FollowUpReview', id: string }
        | { __typename: 'FundObligation', id: string }
        | { __typename: 'FundTransaction', id: string }
        | { __typename: 'GroupMember', id: string }
        | { __typename: 'GuidanceVisit', id: string }
        | { __typename: 'ImportJob', id: string }
        | { __typename: 'ImportProblem', id: string }
        | { __typename: 'ImportRow', id: string }
        | { __typename: 'InspectionFinding', id: string }
        | { __typename: 'InspectionGroup', id: string }
        | { __typename: 'InspectionRound', id: string }
        | { __typename: 'InspectionVisit', id: string }
        | { __typename: 'IssueEvent', id: string }
        | { __typename: 'IssueParticipant', id: string }
        | { __typename: 'LedReform', id: string }
        | { __typename: 'Ledger', id: string }
        | { __typename: 'LedgerSection', id: string }
        | { __typename: 'MajorDecision', id: string }
        | { __typename: 'Meeting', id: string }
        | { __typename: 'MitigationMeasure', id: string }
        | { __typename: 'OpinionCollection', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'RectificationFeedback', id: string }
        | { __typename: 'RectificationNotice', id: string }
        | { __typename: 'ReformCase', id: string }
        | { __typename: 'ReformTask', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'RegionEvaluation', id: string }
        | { __typename: 'RiskAssessment', id: string }
        | { __typename: 'RiskPoint', id: string }
        | { __typename: 'TaskCheck', id: string }
        | { __typename: 'TaskProgressReport', id: string }
        | { __typename: 'Unit', id: string }
        | { __typename: 'User', id: string }
       | null }
    | Record<PropertyKey, never>
   | null };

export type AttachEvidenceMutationVariables = Exact<{
  input: AttachEvidenceInput;
}>;


export type AttachEvidenceMutation = { attachEvidence: { evidenceFile: { id: string, fileName: string, contentType: string, size: number, sha256: string, uploadedAt: string, attachedAt: string | null, uploadedBy: { login: string }, attachedTo:
        | { __typename: 'ActionItem', id: string }
        | { __typename: 'CoordinationIssue', id: string }
        | { __typename: 'DecisionCategory', id: string }
        | { __typename: 'DecisionRecord', id: string }
        | { __typename: 'DimensionFinding', id: string }
        | { __typename: 'EvidenceFile', id: string }
        | { __typename: 'FollowUpReview', id: string }
        | { __typename: 'FundObligation', id: string }
        | { __typename: 'FundTransaction', id: string }
        | { __typename: 'GroupMember', id: string }
        | { __typename: 'GuidanceVisit', id: string }
        | { __typename: 'ImportJob', id: string }
        | { __typename: 'ImportProblem', id: string }
        | { __typename: 'ImportRow', id: string }
        | { __typename: 'InspectionFinding', id: string }
        | { __typename: 'InspectionGroup', id: string }
        | { __typename: 'InspectionRound', id: string }
        | { __typename: 'InspectionVisit', id: string }
        | { __typename: 'IssueEvent', id: string }
        | { __typename: 'IssueParticipant', id: string }
        | { __typename: 'LedReform', id: string }
        | { __typename: 'Ledger', id: string }
        | { __typename: 'LedgerSection', id: string }
        | { __typename: 'MajorDecision', id: string }
        | { __typename: 'Meeting', id: string }
        | { __typename: 'MitigationMeasure', id: string }
        | { __typename: 'OpinionCollection', id: string }
        | { __typename: 'Person', id: string }
        | { __typename: 'RectificationFeedback', id: string }
        | { __typename: 'RectificationNotice', id: string }
        | { __typename: 'ReformCase', id: string }
        | { __typename: 'ReformTask', id: string }
        | { __typename: 'Region', id: string }
        | { __typename: 'RegionEvaluation', id: string }
        | { __typename: 'RiskAssessment', id: string }
        | { __typename: 'RiskPoint', id: string }
        | { __typename: 'TaskCheck', id: string }
        | { __typename: 'TaskProgressReport', id: string }
        | { __typename: 'Unit', id: string }
        | { __typename: 'User', id: string }
       | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type DeleteEvidenceMutationVariables = Exact<{
  input: DeleteEvidenceInput;
}>;


export type DeleteEvidenceMutation = { deleteEvidence: { deletedFileId: string | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type InboxTaskFragment = { id: string, code: string, title: string, status: TaskStatus, deadline: string, isOverdue: boolean, leadUnit: { id: string, code: string, name: string }, supportingUnits: Array<{ id: string, code: string, name: string }>, latestProgress: { id: string, percent: number, reportedOn: string, narrative: string } | null };

export type TaskInboxQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TaskInboxQuery = { reformTasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, title: string, status: TaskStatus, deadline: string, isOverdue: boolean, leadUnit: { id: string, code: string, name: string }, supportingUnits: Array<{ id: string, code: string, name: string }>, latestProgress: { id: string, percent: number, reportedOn: string, narrative: string } | null }> } | null };

export type TaskRefetchQueryVariables = Exact<{
  id: string | number;
}>;


export type TaskRefetchQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string, code: string, title: string, status: TaskStatus, deadline: string, isOverdue: boolean, leadUnit: { id: string, code: string, name: string }, supportingUnits: Array<{ id: string, code: string, name: string }>, latestProgress: { id: string, percent: number, reportedOn: string, narrative: string } | null }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type IssueBoardQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type IssueBoardQuery = { coordinationIssues: { totalCount: number, nodes: Array<{ id: string, title: string, status: IssueStatus, targetDate: string, isOverdue: boolean, leadUnit: { id: string, code: string, name: string }, participants: Array<{ id: string, role: ParticipantRole, unit: { id: string, code: string, name: string } }>, actionItems: Array<{ id: string, status: ActionItemStatus, dueDate: string, isOverdue: boolean, assignedUnit: { id: string, code: string } }>, closureBlockers: { clear: boolean, openActionItems: Array<{ id: string, description: string, assignedUnit: { id: string, name: string } }>, unsettledObligations: Array<{ purpose: string, outstanding: string }> }, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } }> } | null };

export type DecisionBoardQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type DecisionBoardQuery = { majorDecisions: { totalCount: number, nodes: Array<{ id: string, title: string, status: DecisionStatus, category: { id: string, code: string }, decisionBody: { id: string, code: string }, currentAssessment: { id: string, status: AssessmentStatus, level: RiskLevel, points: Array<{ id: string, dimension: RiskDimension, likelihood: number, impact: number, level: RiskLevel }> } | null }> } | null };

export type FindingBoardQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type FindingBoardQuery = { findings: { totalCount: number, nodes: Array<{ id: string, description: string, severity: FindingSeverity, foundOn: string, unit: { id: string, code: string }, notice: { id: string, status: RectificationNoticeStatus, deadline: string, isOverdue: boolean } | null }> } | null };

export type RoundFieldsFragment = { id: string, year: number, status: InspectionRoundStatus, rotationAssignedAt: string | null };

export type InspectionUserErrorFragment = { code: UserErrorCode, message: string, field: Array<string> | null };

export type GroupFieldsFragment = { id: string, ordinal: number, name: string, homeRegion: { code: string }, members: Array<{ person: { name: string }, homeRegion: { code: string } | null }> };

export type NoticeFieldsFragment = { id: string, status: RectificationNoticeStatus, deadline: string, isOverdue: boolean, reopenCount: number, reopenReason: string | null, closedOn: string | null, closedOnTime: boolean | null, verifiedBy: { login: string } | null, feedback: Array<{ rootCauseAnalysis: string, measuresTaken: string, evidence: string, submittedOn: string, submittedBy: { login: string, displayName: string } | null }> };

export type CreateInspectionRoundMutationVariables = Exact<{
  input: CreateInspectionRoundInput;
}>;


export type CreateInspectionRoundMutation = { createInspectionRound: { inspectionRound: { id: string, year: number, status: InspectionRoundStatus, rotationAssignedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AddInspectionGroupMutationVariables = Exact<{
  input: AddInspectionGroupInput;
}>;


export type AddInspectionGroupMutation = { addInspectionGroup: { inspectionGroup: { id: string, ordinal: number, name: string, homeRegion: { code: string }, members: Array<{ person: { name: string }, homeRegion: { code: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AddGroupMemberMutationVariables = Exact<{
  input: AddGroupMemberInput;
}>;


export type AddGroupMemberMutation = { addGroupMember: { inspectionGroup: { id: string, ordinal: number, name: string, homeRegion: { code: string }, members: Array<{ person: { name: string }, homeRegion: { code: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateInspectionGroupMutationVariables = Exact<{
  input: UpdateInspectionGroupInput;
}>;


export type UpdateInspectionGroupMutation = { updateInspectionGroup: { inspectionGroup: { id: string, ordinal: number, name: string, homeRegion: { code: string }, members: Array<{ person: { name: string }, homeRegion: { code: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RemoveGroupMemberMutationVariables = Exact<{
  input: RemoveGroupMemberInput;
}>;


export type RemoveGroupMemberMutation = { removeGroupMember: { inspectionGroup: { id: string, ordinal: number, name: string, homeRegion: { code: string }, members: Array<{ person: { name: string }, homeRegion: { code: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AssignRotationMutationVariables = Exact<{
  input: AssignRotationInput;
}>;


export type AssignRotationMutation = { assignRotation: { inspectionRound: { id: string, year: number, status: InspectionRoundStatus, rotationAssignedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type GenerateRotationMutationVariables = Exact<{
  input: GenerateRotationInput;
}>;


export type GenerateRotationMutation = { generateRotation: { applied: boolean, order: Array<{ id: string, code: string }> | null, assignments: Array<{ group: { id: string, name: string }, fromRegion: { id: string }, region: { id: string } }> | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ClearRotationMutationVariables = Exact<{
  input: ClearRotationInput;
}>;


export type ClearRotationMutation = { clearRotation: { inspectionRound: { id: string, year: number, status: InspectionRoundStatus, rotationAssignedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type StartInspectionRoundMutationVariables = Exact<{
  input: StartInspectionRoundInput;
}>;


export type StartInspectionRoundMutation = { startInspectionRound: { inspectionRound: { id: string, year: number, status: InspectionRoundStatus, rotationAssignedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CloseInspectionRoundMutationVariables = Exact<{
  input: CloseInspectionRoundInput;
}>;


export type CloseInspectionRoundMutation = { closeInspectionRound: { inspectionRound: { id: string, year: number, status: InspectionRoundStatus, rotationAssignedAt: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type InspectionRoundsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: InspectionRoundFilter | null | undefined;
  orderBy?: Array<InspectionRoundOrder> | InspectionRoundOrder | null | undefined;
}>;


export type InspectionRoundsQuery = { inspectionRounds: { totalCount: number, nodes: Array<{ id: string, year: number, title: string, status: InspectionRoundStatus }> } | null };

export type InspectionRoundQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionRoundQuery = { inspectionRound: { id: string, year: number, status: InspectionRoundStatus, rotationAssignedAt: string | null, groups: { totalCount: number, nodes: Array<{ id: string, ordinal: number, name: string, leader: { id: string, name: string, unit: { code: string, level: UnitLevel } }, homeRegion: { id: string, code: string }, assignedRegion: { id: string, code: string } | null, members: Array<{ person: { id: string, name: string }, homeRegion: { id: string, code: string } | null }> }> }, assignments: Array<{ group: { id: string, name: string }, fromRegion: { id: string, code: string }, region: { id: string, code: string } }>, visits: { totalCount: number, nodes: Array<{ id: string, kind: InspectionVisitKind, visitedOn: string, methods: Array<InspectionMethod>, region: { code: string }, group: { name: string }, unitsVisited: Array<{ code: string }>, checks: Array<{ quantity: CheckVerdict, results: CheckVerdict, quality: CheckVerdict, task: { code: string } }>, findings: Array<{ id: string }> }> } } | null };

export type RecordInspectionVisitMutationVariables = Exact<{
  input: RecordInspectionVisitInput;
}>;


export type RecordInspectionVisitMutation = { recordInspectionVisit: { inspectionVisit: { id: string, kind: InspectionVisitKind, visitedOn: string, methods: Array<InspectionMethod>, recordedBy: { login: string } | null, region: { code: string }, unitsVisited: Array<{ code: string }>, checks: Array<{ quantity: CheckVerdict, results: CheckVerdict, quality: CheckVerdict, notes: string, task: { code: string } }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordFindingMutationVariables = Exact<{
  input: RecordFindingInput;
}>;


export type RecordFindingMutation = { recordFinding: { finding: { id: string, severity: FindingSeverity, foundOn: string, recordedBy: { login: string } | null, region: { code: string }, unit: { code: string } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type IssueRectificationNoticeMutationVariables = Exact<{
  input: IssueRectificationNoticeInput;
}>;


export type IssueRectificationNoticeMutation = { issueRectificationNotice: { rectificationNotice: { id: string, status: RectificationNoticeStatus, deadline: string, isOverdue: boolean, reopenCount: number, reopenReason: string | null, closedOn: string | null, closedOnTime: boolean | null, verifiedBy: { login: string } | null, feedback: Array<{ rootCauseAnalysis: string, measuresTaken: string, evidence: string, submittedOn: string, submittedBy: { login: string, displayName: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type StartRectificationMutationVariables = Exact<{
  input: StartRectificationInput;
}>;


export type StartRectificationMutation = { startRectification: { rectificationNotice: { id: string, status: RectificationNoticeStatus, deadline: string, isOverdue: boolean, reopenCount: number, reopenReason: string | null, closedOn: string | null, closedOnTime: boolean | null, verifiedBy: { login: string } | null, feedback: Array<{ rootCauseAnalysis: string, measuresTaken: string, evidence: string, submittedOn: string, submittedBy: { login: string, displayName: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SubmitRectificationFeedbackMutationVariables = Exact<{
  input: SubmitRectificationFeedbackInput;
}>;


export type SubmitRectificationFeedbackMutation = { submitRectificationFeedback: { rectificationNotice: { id: string, status: RectificationNoticeStatus, deadline: string, isOverdue: boolean, reopenCount: number, reopenReason: string | null, closedOn: string | null, closedOnTime: boolean | null, verifiedBy: { login: string } | null, feedback: Array<{ rootCauseAnalysis: string, measuresTaken: string, evidence: string, submittedOn: string, submittedBy: { login: string, displayName: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type VerifyRectificationMutationVariables = Exact<{
  input: VerifyRectificationInput;
}>;


export type VerifyRectificationMutation = { verifyRectification: { rectificationNotice: { id: string, status: RectificationNoticeStatus, deadline: string, isOverdue: boolean, reopenCount: number, reopenReason: string | null, closedOn: string | null, closedOnTime: boolean | null, verifiedBy: { login: string } | null, feedback: Array<{ rootCauseAnalysis: string, measuresTaken: string, evidence: string, submittedOn: string, submittedBy: { login: string, displayName: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CloseRectificationNoticeMutationVariables = Exact<{
  input: CloseRectificationNoticeInput;
}>;


export type CloseRectificationNoticeMutation = { closeRectificationNotice: { rectificationNotice: { id: string, status: RectificationNoticeStatus, deadline: string, isOverdue: boolean, reopenCount: number, reopenReason: string | null, closedOn: string | null, closedOnTime: boolean | null, verifiedBy: { login: string } | null, feedback: Array<{ rootCauseAnalysis: string, measuresTaken: string, evidence: string, submittedOn: string, submittedBy: { login: string, displayName: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReopenRectificationNoticeMutationVariables = Exact<{
  input: ReopenRectificationNoticeInput;
}>;


export type ReopenRectificationNoticeMutation = { reopenRectificationNotice: { rectificationNotice: { id: string, status: RectificationNoticeStatus, deadline: string, isOverdue: boolean, reopenCount: number, reopenReason: string | null, closedOn: string | null, closedOnTime: boolean | null, verifiedBy: { login: string } | null, feedback: Array<{ rootCauseAnalysis: string, measuresTaken: string, evidence: string, submittedOn: string, submittedBy: { login: string, displayName: string } | null }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type FindingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: FindingFilter | null | undefined;
  orderBy?: Array<FindingOrder> | FindingOrder | null | undefined;
}>;


export type FindingsQuery = { findings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, description: string, severity: FindingSeverity, foundOn: string, visit: { id: string, visitedOn: string, kind: InspectionVisitKind }, group: { name: string }, round: { year: number }, region: { code: string }, task: { code: string }, unit: { code: string }, notice: { id: string, status: RectificationNoticeStatus, deadline: string, isOverdue: boolean } | null }> } | null };

export type RectificationNoticesQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: RectificationNoticeFilter | null | undefined;
  orderBy?: Array<RectificationNoticeOrder> | RectificationNoticeOrder | null | undefined;
}>;


export type RectificationNoticesQuery = { rectificationNotices: { totalCount: number, nodes: Array<{ id: string, status: RectificationNoticeStatus, issuedOn: string, deadline: string, isOverdue: boolean, unit: { code: string }, finding: { id: string, severity: FindingSeverity } }> } | null };

export type RegionRankingQueryVariables = Exact<{
  year: number;
}>;


export type RegionRankingQuery = { regionRanking: { totalCount: number, nodes: Array<{ id: string, year: number, rank: number, total: number | null, dailyScore: number | null, inspectionScore: number | null, checks: number, rectificationScore: number | null, deduction: number, notices: number, noticesClosedOnTime: number, noticesClosedLate: number, findings: { minor: number, serious: number, critical: number }, region: { id: string, code: string } }> } | null };

export type EvaluationFragment = { id: string, year: number, rank: number, total: number | null, dailyScore: number | null, inspectionScore: number | null, checks: number, rectificationScore: number | null, deduction: number, notices: number, noticesClosedOnTime: number, noticesClosedLate: number, findings: { minor: number, serious: number, critical: number }, region: { id: string, code: string } };

export type EvaluationWeightsQueryVariables = Exact<{ [key: string]: never; }>;


export type EvaluationWeightsQuery = { evaluationWeights: { dailyPerformance: number, inspection: number, rectification: number, metValue: number, partlyMetValue: number, notMetValue: number, minorDeduction: number, seriousDeduction: number, criticalDeduction: number, lateClosureCredit: number } };

export type SetDailyPerformanceScoreMutationVariables = Exact<{
  input: SetDailyPerformanceScoreInput;
}>;


export type SetDailyPerformanceScoreMutation = { setDailyPerformanceScore: { regionEvaluations: Array<{ id: string, year: number, rank: number, total: number | null, dailyScore: number | null, inspectionScore: number | null, checks: number, rectificationScore: number | null, deduction: number, notices: number, noticesClosedOnTime: number, noticesClosedLate: number, findings: { minor: number, serious: number, critical: number }, region: { id: string, code: string } }> | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecomputeRegionEvaluationsMutationVariables = Exact<{
  input: RecomputeRegionEvaluationsInput;
}>;


export type RecomputeRegionEvaluationsMutation = { recomputeRegionEvaluations: { regionEvaluations: Array<{ id: string, year: number, rank: number, total: number | null, dailyScore: number | null, inspectionScore: number | null, checks: number, rectificationScore: number | null, deduction: number, notices: number, noticesClosedOnTime: number, noticesClosedLate: number, findings: { minor: number, serious: number, critical: number }, region: { id: string, code: string } }> | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateEvaluationWeightsMutationVariables = Exact<{
  input: UpdateEvaluationWeightsInput;
}>;


export type UpdateEvaluationWeightsMutation = { updateEvaluationWeights: { evaluationWeights: { dailyPerformance: number, lateClosureCredit: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type NoticeReadFragment = { issuedOn: string, requirements: string, verificationNote: string | null, verifiedAt: string | null, updatedAt: string, id: string, status: RectificationNoticeStatus, deadline: string, isOverdue: boolean, reopenCount: number, reopenReason: string | null, closedOn: string | null, closedOnTime: boolean | null, unit: { code: string }, verifiedBy: { login: string } | null, feedback: Array<{ rootCauseAnalysis: string, measuresTaken: string, evidence: string, submittedOn: string, submittedBy: { login: string, displayName: string } | null }> };

export type FindingNoticesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type FindingNoticesQuery = { findings: { nodes: Array<{ id: string, notice: { issuedOn: string, requirements: string, verificationNote: string | null, verifiedAt: string | null, updatedAt: string, id: string, status: RectificationNoticeStatus, deadline: string, isOverdue: boolean, reopenCount: number, reopenReason: string | null, closedOn: string | null, closedOnTime: boolean | null, unit: { code: string }, verifiedBy: { login: string } | null, feedback: Array<{ rootCauseAnalysis: string, measuresTaken: string, evidence: string, submittedOn: string, submittedBy: { login: string, displayName: string } | null }> } | null }> } | null };

export type NoticeReadQueryVariables = Exact<{
  id: string | number;
}>;


export type NoticeReadQuery = { node:
    | { issuedOn: string, requirements: string, verificationNote: string | null, verifiedAt: string | null, updatedAt: string, id: string, status: RectificationNoticeStatus, deadline: string, isOverdue: boolean, reopenCount: number, reopenReason: string | null, closedOn: string | null, closedOnTime: boolean | null, unit: { code: string }, verifiedBy: { login: string } | null, feedback: Array<{ rootCauseAnalysis: string, measuresTaken: string, evidence: string, submittedOn: string, submittedBy: { login: string, displayName: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type LinkFragment = { url: string, expiresAt: string, fileName: string, contentType: string };

export type LedgerExportQueryVariables = Exact<{
  ledgerId: string | number;
  format?: FileFormat | null | undefined;
}>;


export type LedgerExportQuery = { ledgerExport: { url: string, expiresAt: string, fileName: string, contentType: string } | null };

export type ReformTasksExportQueryVariables = Exact<{
  filter?: ReformTaskFilter | null | undefined;
  orderBy?: Array<ReformTaskOrder> | ReformTaskOrder | null | undefined;
  format?: FileFormat | null | undefined;
}>;


export type ReformTasksExportQuery = { reformTasksExport: { url: string, expiresAt: string, fileName: string, contentType: string } | null };

export type LedgerRowsQueryVariables = Exact<{
  filter?: ReformTaskFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type LedgerRowsQuery = { reformTasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ code: string, title: string, deliverableForm: DeliverableForm, deadline: string, status: TaskStatus, isOverdue: boolean, section: { title: string }, leadUnit: { name: string }, supportingUnits: Array<{ code: string, name: string }>, latestProgress: { reportedOn: string, percent: number, narrative: string } | null }> } | null };

export type CoordinationIssuesExportQueryVariables = Exact<{
  filter?: CoordinationIssueFilter | null | undefined;
  format?: FileFormat | null | undefined;
}>;


export type CoordinationIssuesExportQuery = { coordinationIssuesExport: { url: string, expiresAt: string, fileName: string, contentType: string } | null };

export type RectificationNoticesExportQueryVariables = Exact<{
  filter?: RectificationNoticeFilter | null | undefined;
  format?: FileFormat | null | undefined;
}>;


export type RectificationNoticesExportQuery = { rectificationNoticesExport: { url: string, expiresAt: string, fileName: string, contentType: string } | null };

export type RegionRankingExportQueryVariables = Exact<{
  year: number;
  format?: FileFormat | null | undefined;
}>;


export type RegionRankingExportQuery = { regionRankingExport: { url: string, expiresAt: string, fileName: string, contentType: string } | null };

export type IssuesForExportQueryVariables = Exact<{
  filter?: CoordinationIssueFilter | null | undefined;
}>;


export type IssuesForExportQuery = { coordinationIssues: { totalCount: number, nodes: Array<{ title: string, leadUnit: { name: string }, closureBlockers: { openActionItems: Array<{ description: string }> }, fundTotals: { obligated: string, transferred: string, disbursed: string, outstanding: string } }> } | null };

export type NoticesForExportQueryVariables = Exact<{
  filter?: RectificationNoticeFilter | null | undefined;
}>;


export type NoticesForExportQuery = { rectificationNotices: { totalCount: number, nodes: Array<{ status: RectificationNoticeStatus, deadline: string, unit: { name: string }, finding: { description: string } }> } | null };

export type RectificationNoticeDocumentQueryVariables = Exact<{
  noticeId: string | number;
}>;


export type RectificationNoticeDocumentQuery = { rectificationNoticeDocument: { url: string, expiresAt: string, fileName: string, contentType: string } | null };

export type NoticeForDocumentQueryVariables = Exact<{ [key: string]: never; }>;


export type NoticeForDocumentQuery = { rectificationNotices: { nodes: Array<{ id: string, deadline: string, requirements: string, unit: { name: string }, finding: { description: string, severity: FindingSeverity, task: { code: string, title: string } } }> } | null };

export type RiskAssessmentReportQueryVariables = Exact<{
  assessmentId: string | number;
}>;


export type RiskAssessmentReportQuery = { riskAssessmentReport: { url: string, expiresAt: string, fileName: string, contentType: string } | null };

export type AssessmentsForReportQueryVariables = Exact<{ [key: string]: never; }>;


export type AssessmentsForReportQuery = { majorDecisions: { nodes: Array<{ code: string, title: string, assessments: Array<{ id: string, version: number, status: AssessmentStatus, level: RiskLevel, points: Array<{ description: string, likelihood: number, impact: number, score: number, level: RiskLevel, mitigations: Array<{ description: string, dueDate: string | null, ownerUnit: { name: string } | null }> }> }>, decisions: Array<{ rationale: string, assessment: { id: string } | null }> }> } | null };

export type ImportJobFieldsFragment = { id: string, mode: ImportMode, status: ImportStatus, fileName: string, total: number, processed: number, created: number, changed: number, unchanged: number, refused: number, finishedAt: string | null, ledger: { code: string }, requestedBy: { login: string } };

export type StartLedgerImportMutationVariables = Exact<{
  input: StartLedgerImportInput;
}>;


export type StartLedgerImportMutation = { startLedgerImport: { importJob: { id: string, mode: ImportMode, status: ImportStatus, fileName: string, total: number, processed: number, created: number, changed: number, unchanged: number, refused: number, finishedAt: string | null, ledger: { code: string }, requestedBy: { login: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, message: string }> } };

export type ImportJobProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type ImportJobProgressQuery = { importJob: { id: string, mode: ImportMode, status: ImportStatus, fileName: string, total: number, processed: number, created: number, changed: number, unchanged: number, refused: number, finishedAt: string | null, ledger: { code: string }, requestedBy: { login: string } } | null };

export type ImportJobReportQueryVariables = Exact<{
  id: string | number;
  actions?: Array<ImportRowAction> | ImportRowAction | null | undefined;
  after?: string | null | undefined;
}>;


export type ImportJobReportQuery = { importJob: { id: string, mode: ImportMode, status: ImportStatus, fileName: string, total: number, processed: number, created: number, changed: number, unchanged: number, refused: number, finishedAt: string | null, rows: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, sheet: string, row: number, code: string | null, action: ImportRowAction, task: { id: string, code: string } | null, cells: Array<{ column: string, header: string, from: string | null, to: string }> }> }, errors: { totalCount: number, nodes: Array<{ id: string, sheet: string | null, row: number | null, column: string | null, code: ImportProblemCode, message: string }> }, ledger: { code: string }, requestedBy: { login: string } } | null };

export type LedgerImportsQueryVariables = Exact<{
  id: string | number;
}>;


export type LedgerImportsQuery = { node:
    | { imports: { totalCount: number, nodes: Array<{ id: string, status: ImportStatus }> } }
    | Record<PropertyKey, never>
   | null };

export type LedgerTasksByCodeQueryVariables = Exact<{
  ledgerId: string | number;
}>;


export type LedgerTasksByCodeQuery = { reformTasks: { totalCount: number, nodes: Array<{ id: string, code: string, title: string, deadline: string, deliverableForm: DeliverableForm, updatedAt: string, section: { title: string }, leadUnit: { code: string, name: string }, supportingUnits: Array<{ code: string, name: string }> }> } | null };

export type LedgersQueryVariables = Exact<{ [key: string]: never; }>;


export type LedgersQuery = { ledgers: { totalCount: number, nodes: Array<{ id: string, code: string, kind: LedgerKind, year: number | null, title: string, sections: Array<{ id: string, code: string, ordinal: number, title: string, tasks: { totalCount: number } }> }> } | null };

export type ReformTasksPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: ReformTaskFilter | null | undefined;
  orderBy?: Array<ReformTaskOrder> | ReformTaskOrder | null | undefined;
}>;


export type ReformTasksPageQuery = { reformTasks: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, code: string, status: TaskStatus, deadline: string, updatedAt: string, isOverdue: boolean }> } | null };

export type TasksWithRelationsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: ReformTaskFilter | null | undefined;
}>;


export type TasksWithRelationsQuery = { reformTasks: { nodes: Array<{ id: string, code: string, leadUnit: { code: string }, supportingUnits: Array<{ code: string }>, section: { code: string, title: string }, latestProgress: { percent: number, reportedOn: string } | null }> } | null };

export type ReformTaskQueryVariables = Exact<{
  id: string | number;
}>;


export type ReformTaskQuery = { node:
    | { id: string, code: string, title: string, description: string, deliverableForm: DeliverableForm, deadline: string, status: TaskStatus, isOverdue: boolean, deliverableDescription: string | null, returnReason: string | null, completedAt: string | null, ledger: { code: string, kind: LedgerKind }, section: { code: string }, leadUnit: { id: string, code: string }, supportingUnits: Array<{ id: string, code: string }>, implements: { code: string, ledger: { code: string } } | null, implementedBy: { totalCount: number, nodes: Array<{ code: string }> }, progressReports: { totalCount: number, nodes: Array<{ percent: number, narrative: string, reportedOn: string, reporter: { login: string }, reportingUnit: { code: string } | null }> }, latestProgress: { percent: number } | null }
    | Record<PropertyKey, never>
   | null };

export type UnitTasksQueryVariables = Exact<{
  code: string;
}>;


export type UnitTasksQuery = { unit: { id: string, leadTasks: { totalCount: number, nodes: Array<{ code: string }> }, supportingTasks: { totalCount: number, nodes: Array<{ code: string }> } } | null };

export type TallyFragment = { total: number, overdue: number, completed: number, completionRate: number, byStatus: Array<{ status: TaskStatus, count: number }> };

export type LedgerSummaryQueryVariables = Exact<{
  ledgerId: string | number;
}>;


export type LedgerSummaryQuery = { ledgerSummary: { asOf: string, ledger: { code: string }, overall: { total: number, overdue: number, completed: number, completionRate: number, byStatus: Array<{ status: TaskStatus, count: number }> }, bySection: Array<{ section: { id: string, code: string }, tally: { total: number, overdue: number, completed: number, completionRate: number, byStatus: Array<{ status: TaskStatus, count: number }> } }>, byLeadUnit: Array<{ unit: { id: string, code: string }, tally: { total: number, overdue: number, completed: number, completionRate: number, byStatus: Array<{ status: TaskStatus, count: number }> } }> } | null };

export type UnitWorkloadQueryVariables = Exact<{
  unitId: string | number;
}>;


export type UnitWorkloadQuery = { unitWorkload: { unit: { code: string }, lead: { total: number, overdue: number, completed: number, completionRate: number, byStatus: Array<{ status: TaskStatus, count: number }> }, supporting: { total: number, overdue: number, completed: number, completionRate: number, byStatus: Array<{ status: TaskStatus, count: number }> } } | null };

export type RefusalFragment = { code: UserErrorCode, message: string, field: Array<string> | null };

export type TaskResultFragment = { id: string, code: string, title: string, status: TaskStatus, deadline: string, deliverableForm: DeliverableForm, deliverableDescription: string | null, returnReason: string | null, completedAt: string | null, leadUnit: { code: string }, supportingUnits: Array<{ code: string }>, implements: { code: string } | null };

export type CreateReformTaskMutationVariables = Exact<{
  input: CreateReformTaskInput;
}>;


export type CreateReformTaskMutation = { createReformTask: { reformTask: { id: string, code: string, title: string, status: TaskStatus, deadline: string, deliverableForm: DeliverableForm, deliverableDescription: string | null, returnReason: string | null, completedAt: string | null, leadUnit: { code: string }, supportingUnits: Array<{ code: string }>, implements: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateReformTaskMutationVariables = Exact<{
  input: UpdateReformTaskInput;
}>;


export type UpdateReformTaskMutation = { updateReformTask: { reformTask: { id: string, code: string, title: string, status: TaskStatus, deadline: string, deliverableForm: DeliverableForm, deliverableDescription: string | null, returnReason: string | null, completedAt: string | null, leadUnit: { code: string }, supportingUnits: Array<{ code: string }>, implements: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type TransitionReformTaskMutationVariables = Exact<{
  input: TransitionReformTaskInput;
}>;


export type TransitionReformTaskMutation = { transitionReformTask: { reformTask: { id: string, code: string, title: string, status: TaskStatus, deadline: string, deliverableForm: DeliverableForm, deliverableDescription: string | null, returnReason: string | null, completedAt: string | null, leadUnit: { code: string }, supportingUnits: Array<{ code: string }>, implements: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReportTaskProgressMutationVariables = Exact<{
  input: ReportTaskProgressInput;
}>;


export type ReportTaskProgressMutation = { reportTaskProgress: { progressReport: { id: string, percent: number, narrative: string, reportedOn: string } | null, reformTask: { latestProgress: { percent: number } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type TaskFactsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReformTaskFilter | null | undefined;
}>;


export type TaskFactsQuery = { reformTasks: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ status: TaskStatus, deadline: string, section: { code: string }, leadUnit: { code: string } }> } | null };

export type UnitLeadTasksPageQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UnitLeadTasksPageQuery = { unit: { leadTasks: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string }> } } | null };

export type UnitsBesideTasksQueryVariables = Exact<{
  unitsFirst?: number | null | undefined;
  tasksFirst?: number | null | undefined;
}>;


export type UnitsBesideTasksQuery = { units: { totalCount: number } | null, reformTasks: { nodes: Array<{ id: string, code: string }> } | null };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'CoordinationIssue', id: string }
    | { __typename: 'DecisionCategory', code: string, id: string }
    | { __typename: 'DecisionRecord', id: string }
    | { __typename: 'DimensionFinding', id: string }
    | { __typename: 'EvidenceFile', id: string }
    | { __typename: 'FollowUpReview', id: string }
    | { __typename: 'FundObligation', id: string }
    | { __typename: 'FundTransaction', id: string }
    | { __typename: 'GroupMember', id: string }
    | { __typename: 'GuidanceVisit', id: string }
    | { __typename: 'ImportJob', id: string }
    | { __typename: 'ImportProblem', id: string }
    | { __typename: 'ImportRow', id: string }
    | { __typename: 'InspectionFinding', id: string }
    | { __typename: 'InspectionGroup', id: string }
    | { __typename: 'InspectionRound', id: string }
    | { __typename: 'InspectionVisit', id: string }
    | { __typename: 'IssueEvent', id: string }
    | { __typename: 'IssueParticipant', id: string }
    | { __typename: 'LedReform', id: string }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'LedgerSection', id: string }
    | { __typename: 'MajorDecision', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MitigationMeasure', id: string }
    | { __typename: 'OpinionCollection', id: string }
    | { __typename: 'Person', name: string, id: string }
    | { __typename: 'RectificationFeedback', id: string }
    | { __typename: 'RectificationNotice', id: string }
    | { __typename: 'ReformCase', id: string }
    | { __typename: 'ReformTask', id: string }
    | { __typename: 'Region', code: string, id: string }
    | { __typename: 'RegionEvaluation', id: string }
    | { __typename: 'RiskAssessment', id: string }
    | { __typename: 'RiskPoint', id: string }
    | { __typename: 'TaskCheck', id: string }
    | { __typename: 'TaskProgressReport', id: string }
    | { __typename: 'Unit', code: string, id: string }
    | { __typename: 'User', login: string, roles: Array<Role> | null, id: string }
   | null };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'CoordinationIssue', id: string }
    | { __typename: 'DecisionCategory', id: string }
    | { __typename: 'DecisionRecord', id: string }
    | { __typename: 'DimensionFinding', id: string }
    | { __typename: 'EvidenceFile', id: string }
    | { __typename: 'FollowUpReview', id: string }
    | { __typename: 'FundObligation', id: string }
    | { __typename: 'FundTransaction', id: string }
    | { __typename: 'GroupMember', id: string }
    | { __typename: 'GuidanceVisit', id: string }
    | { __typename: 'ImportJob', id: string }
    | { __typename: 'ImportProblem', id: string }
    | { __typename: 'ImportRow', id: string }
    | { __typename: 'InspectionFinding', id: string }
    | { __typename: 'InspectionGroup', id: string }
    | { __typename: 'InspectionRound', id: string }
    | { __typename: 'InspectionVisit', id: string }
    | { __typename: 'IssueEvent', id: string }
    | { __typename: 'IssueParticipant', id: string }
    | { __typename: 'LedReform', id: string }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'LedgerSection', id: string }
    | { __typename: 'MajorDecision', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MitigationMeasure', id: string }
    | { __typename: 'OpinionCollection', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'RectificationFeedback', id: string }
    | { __typename: 'RectificationNotice', id: string }
    | { __typename: 'ReformCase', id: string }
    | { __typename: 'ReformTask', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'RegionEvaluation', id: string }
    | { __typename: 'RiskAssessment', id: string }
    | { __typename: 'RiskPoint', id: string }
    | { __typename: 'TaskCheck', id: string }
    | { __typename: 'TaskProgressReport', id: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'User', id: string }
   | null> };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { regions: { totalCount: number, nodes: Array<{ id: string, code: string, name: string, units: { totalCount: number, nodes: Array<{ code: string }> } }> } | null };

export type PeopleQueryVariables = Exact<{
  filter?: PersonFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type PeopleQuery = { people: { totalCount: number, nodes: Array<{ id: string, name: string, title: string, isPrincipalHead: boolean, unit: { code: string } }> } | null };

export type DecisionCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type DecisionCategoriesQuery = { decisionCategories: { totalCount: number, nodes: Array<{ id: string, code: string, ordinal: number, name: string }> } | null };

export type UpdateDecisionCategoryMutationVariables = Exact<{
  input: UpdateDecisionCategoryInput;
}>;


export type UpdateDecisionCategoryMutation = { updateDecisionCategory: { decisionCategory: { id: string, code: string, ordinal: number, name: string, description: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type LedgerNodeIdsQueryVariables = Exact<{
  unitId: string | number;
}>;


export type LedgerNodeIdsQuery = { ledgers: { nodes: Array<{ id: string, sections: Array<{ id: string }> }> } | null, reformTasks: { nodes: Array<{ id: string, progressReports: { nodes: Array<{ id: string }> } }> } | null };

export type ReformNodeIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReformNodeIdsQuery = { ledReforms: { nodes: Array<{ id: string }> } | null, reformCases: { nodes: Array<{ id: string, visits: Array<{ id: string }> }> } | null };

export type RiskNodeIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskNodeIdsQuery = { majorDecisions: { nodes: Array<{ id: string, outcome: DecisionOutcome | null, currentAssessment: { id: string, points: Array<{ id: string, mitigations: Array<{ id: string }> }>, opinionCollections: Array<{ id: string }>, noSignificantRiskFindings: Array<{ id: string }> } | null, decisions: Array<{ id: string }>, followUpReviews: Array<{ id: string }> }> } | null };

export type InspectionNodeIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type InspectionNodeIdsQuery = { inspectionRounds: { nodes: Array<{ id: string, groups: { nodes: Array<{ id: string, members: Array<{ id: string }> }> }, visits: { nodes: Array<{ id: string, checks: Array<{ id: string }>, findings: Array<{ id: string, notice: { id: string, feedback: Array<{ id: string }> } | null }> }> } }> } | null, regionRanking: { nodes: Array<{ id: string }> } | null };

export type InspectionRecordNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type InspectionRecordNodeQuery = { node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'CoordinationIssue', id: string }
    | { __typename: 'DecisionCategory', id: string }
    | { __typename: 'DecisionRecord', id: string }
    | { __typename: 'DimensionFinding', id: string }
    | { __typename: 'EvidenceFile', id: string }
    | { __typename: 'FollowUpReview', id: string }
    | { __typename: 'FundObligation', id: string }
    | { __typename: 'FundTransaction', id: string }
    | { __typename: 'GroupMember', addedAt: string, id: string, person: { id: string }, group: { id: string } }
    | { __typename: 'GuidanceVisit', id: string }
    | { __typename: 'ImportJob', id: string }
    | { __typename: 'ImportProblem', id: string }
    | { __typename: 'ImportRow', id: string }
    | { __typename: 'InspectionFinding', id: string }
    | { __typename: 'InspectionGroup', id: string }
    | { __typename: 'InspectionRound', id: string }
    | { __typename: 'InspectionVisit', id: string }
    | { __typename: 'IssueEvent', id: string }
    | { __typename: 'IssueParticipant', id: string }
    | { __typename: 'LedReform', id: string }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'LedgerSection', id: string }
    | { __typename: 'MajorDecision', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MitigationMeasure', id: string }
    | { __typename: 'OpinionCollection', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'RectificationFeedback', submittedOn: string, measuresTaken: string, id: string, notice: { id: string } }
    | { __typename: 'RectificationNotice', id: string }
    | { __typename: 'ReformCase', id: string }
    | { __typename: 'ReformTask', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'RegionEvaluation', id: string }
    | { __typename: 'RiskAssessment', id: string }
    | { __typename: 'RiskPoint', id: string }
    | { __typename: 'TaskCheck', quantity: CheckVerdict, id: string, task: { id: string }, visit: { id: string } }
    | { __typename: 'TaskProgressReport', id: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'User', id: string }
   | null };

export type CoordinationNodeIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type CoordinationNodeIdsQuery = { coordinationIssues: { nodes: Array<{ participants: Array<{ id: string }>, meetings: Array<{ id: string }>, fundObligations: Array<{ transactions: Array<{ id: string }> }> }> } | null };

export type LedReformsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: LedReformFilter | null | undefined;
  orderBy?: Array<LedReformOrder> | LedReformOrder | null | undefined;
}>;


export type LedReformsQuery = { ledReforms: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, theme: string, year: number, status: LedReformStatus, completedAt: string | null, leader: { id: string, name: string, isPrincipalHead: boolean, unit: { code: string } }, unit: { code: string }, tasks: { totalCount: number, nodes: Array<{ code: string, status: TaskStatus }> } }> } | null };

export type LedReformFieldsFragment = { id: string, theme: string, year: number, status: LedReformStatus, completedAt: string | null, unit: { code: string }, tasks: { totalCount: number, nodes: Array<{ code: string }> } };

export type CreateLedReformMutationVariables = Exact<{
  input: CreateLedReformInput;
}>;


export type CreateLedReformMutation = { createLedReform: { ledReform: { id: string, theme: string, year: number, status: LedReformStatus, completedAt: string | null, unit: { code: string }, tasks: { totalCount: number, nodes: Array<{ code: string }> } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type LinkLedReformTasksMutationVariables = Exact<{
  input: LinkLedReformTasksInput;
}>;


export type LinkLedReformTasksMutation = { linkLedReformTasks: { ledReform: { id: string, theme: string, year: number, status: LedReformStatus, completedAt: string | null, unit: { code: string }, tasks: { totalCount: number, nodes: Array<{ code: string }> } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type CompleteLedReformMutationVariables = Exact<{
  input: CompleteLedReformInput;
}>;


export type CompleteLedReformMutation = { completeLedReform: { ledReform: { id: string, theme: string, year: number, status: LedReformStatus, completedAt: string | null, unit: { code: string }, tasks: { totalCount: number, nodes: Array<{ code: string }> } } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReformCasesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: ReformCaseFilter | null | undefined;
  orderBy?: Array<ReformCaseOrder> | ReformCaseOrder | null | undefined;
}>;


export type ReformCasesQuery = { reformCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, status: ReformCaseStatus, recognitionLevel: RecognitionLevel | null, recognizedBy: string | null, unit: { code: string }, visits: Array<{ visitedOn: string, notes: string, visitingUnit: { code: string } }> }> } | null };

export type ReformCaseFieldsFragment = { id: string, title: string, status: ReformCaseStatus, recognitionLevel: RecognitionLevel | null, recognizedBy: string | null, submittedAt: string | null, decidedAt: string | null, unit: { code: string }, visits: Array<{ visitedOn: string, visitingUnit: { code: string } }> };

export type CreateReformCaseMutationVariables = Exact<{
  input: CreateReformCaseInput;
}>;


export type CreateReformCaseMutation = { createReformCase: { reformCase: { id: string, title: string, status: ReformCaseStatus, recognitionLevel: RecognitionLevel | null, recognizedBy: string | null, submittedAt: string | null, decidedAt: string | null, unit: { code: string }, visits: Array<{ visitedOn: string, visitingUnit: { code: string } }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SubmitReformCaseMutationVariables = Exact<{
  input: SubmitReformCaseInput;
}>;


export type SubmitReformCaseMutation = { submitReformCase: { reformCase: { id: string, title: string, status: ReformCaseStatus, recognitionLevel: RecognitionLevel | null, recognizedBy: string | null, submittedAt: string | null, decidedAt: string | null, unit: { code: string }, visits: Array<{ visitedOn: string, visitingUnit: { code: string } }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SelectReformCaseMutationVariables = Exact<{
  input: SelectReformCaseInput;
}>;


export type SelectReformCaseMutation = { selectReformCase: { reformCase: { id: string, title: string, status: ReformCaseStatus, recognitionLevel: RecognitionLevel | null, recognizedBy: string | null, submittedAt: string | null, decidedAt: string | null, unit: { code: string }, visits: Array<{ visitedOn: string, visitingUnit: { code: string } }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordGuidanceVisitMutationVariables = Exact<{
  input: RecordGuidanceVisitInput;
}>;


export type RecordGuidanceVisitMutation = { recordGuidanceVisit: { guidanceVisit: { id: string, visitedOn: string } | null, reformCase: { id: string, title: string, status: ReformCaseStatus, recognitionLevel: RecognitionLevel | null, recognizedBy: string | null, submittedAt: string | null, decidedAt: string | null, unit: { code: string }, visits: Array<{ visitedOn: string, visitingUnit: { code: string } }> } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type DecisionFieldsFragment = { id: string, status: DecisionStatus, outcome: DecisionOutcome | null, nextFollowUpDue: string | null };

export type AssessmentFieldsFragment = { id: string, status: AssessmentStatus, level: RiskLevel, verdict: ReviewVerdict | null };

export type PointFieldsFragment = { id: string, level: RiskLevel };

export type RiskUserErrorsFragment = { code: UserErrorCode, message: string, field: Array<string> | null };

export type CreateMajorDecisionMutationVariables = Exact<{
  input: CreateMajorDecisionInput;
}>;


export type CreateMajorDecisionMutation = { createMajorDecision: { majorDecision: { id: string, status: DecisionStatus, outcome: DecisionOutcome | null, nextFollowUpDue: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateMajorDecisionPlanMutationVariables = Exact<{
  input: UpdateMajorDecisionPlanInput;
}>;


export type UpdateMajorDecisionPlanMutation = { updateMajorDecisionPlan: { majorDecision: { id: string, status: DecisionStatus, outcome: DecisionOutcome | null, nextFollowUpDue: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type DecideMajorDecisionMutationVariables = Exact<{
  input: DecideMajorDecisionInput;
}>;


export type DecideMajorDecisionMutation = { decideMajorDecision: { majorDecision: { id: string, status: DecisionStatus, outcome: DecisionOutcome | null, nextFollowUpDue: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordFollowUpReviewMutationVariables = Exact<{
  input: RecordFollowUpReviewInput;
}>;


export type RecordFollowUpReviewMutation = { recordFollowUpReview: { majorDecision: { id: string, status: DecisionStatus, outcome: DecisionOutcome | null, nextFollowUpDue: string | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type StartRiskAssessmentMutationVariables = Exact<{
  input: StartRiskAssessmentInput;
}>;


export type StartRiskAssessmentMutation = { startRiskAssessment: { riskAssessment: { id: string, status: AssessmentStatus, level: RiskLevel, verdict: ReviewVerdict | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordOpinionCollectionMutationVariables = Exact<{
  input: RecordOpinionCollectionInput;
}>;


export type RecordOpinionCollectionMutation = { recordOpinionCollection: { riskAssessment: { id: string, status: AssessmentStatus, level: RiskLevel, verdict: ReviewVerdict | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RecordNoSignificantRiskMutationVariables = Exact<{
  input: RecordNoSignificantRiskInput;
}>;


export type RecordNoSignificantRiskMutation = { recordNoSignificantRisk: { riskAssessment: { id: string, status: AssessmentStatus, level: RiskLevel, verdict: ReviewVerdict | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AddRiskPointMutationVariables = Exact<{
  input: AddRiskPointInput;
}>;


export type AddRiskPointMutation = { addRiskPoint: { riskAssessment: { id: string, status: AssessmentStatus, level: RiskLevel, verdict: ReviewVerdict | null } | null, riskPoint: { id: string, level: RiskLevel } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateRiskPointMutationVariables = Exact<{
  input: UpdateRiskPointInput;
}>;


export type UpdateRiskPointMutation = { updateRiskPoint: { riskAssessment: { id: string, status: AssessmentStatus, level: RiskLevel, verdict: ReviewVerdict | null } | null, riskPoint: { id: string, level: RiskLevel } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type RemoveRiskPointMutationVariables = Exact<{
  input: RemoveRiskPointInput;
}>;


export type RemoveRiskPointMutation = { removeRiskPoint: { riskAssessment: { id: string, status: AssessmentStatus, level: RiskLevel, verdict: ReviewVerdict | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AddMitigationMeasureMutationVariables = Exact<{
  input: AddMitigationMeasureInput;
}>;


export type AddMitigationMeasureMutation = { addMitigationMeasure: { riskAssessment: { id: string, status: AssessmentStatus, level: RiskLevel, verdict: ReviewVerdict | null } | null, riskPoint: { id: string, level: RiskLevel } | null, mitigationMeasure: { id: string, isActionable: boolean } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type SubmitRiskAssessmentMutationVariables = Exact<{
  input: SubmitRiskAssessmentInput;
}>;


export type SubmitRiskAssessmentMutation = { submitRiskAssessment: { riskAssessment: { id: string, status: AssessmentStatus, level: RiskLevel, verdict: ReviewVerdict | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReviewRiskAssessmentMutationVariables = Exact<{
  input: ReviewRiskAssessmentInput;
}>;


export type ReviewRiskAssessmentMutation = { reviewRiskAssessment: { riskAssessment: { id: string, status: AssessmentStatus, level: RiskLevel, verdict: ReviewVerdict | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type FileRiskAssessmentMutationVariables = Exact<{
  input: FileRiskAssessmentInput;
}>;


export type FileRiskAssessmentMutation = { fileRiskAssessment: { riskAssessment: { id: string, status: AssessmentStatus, level: RiskLevel, verdict: ReviewVerdict | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type MajorDecisionQueryVariables = Exact<{
  id: string | number;
}>;


export type MajorDecisionQuery = { node:
    | { id: string, title: string, status: DecisionStatus, outcome: DecisionOutcome | null, planText: string | null, nextFollowUpDue: string | null, isFollowUpDue: boolean, category: { code: string }, readiness: { canApprove: boolean, allowedOutcomes: Array<DecisionOutcome>, viewerMayDecide: boolean, blockingReasons: Array<{ code: UserErrorCode, message: string }> } | null, currentAssessment: { id: string, status: AssessmentStatus, level: RiskLevel, authors: Array<{ id: string, login: string }>, reviewer: { login: string } | null, filedBy: { login: string } | null, points: Array<{ id: string, level: RiskLevel, mitigations: Array<{ id: string, isActionable: boolean }> }> } | null, assessments: Array<{ id: string, status: AssessmentStatus }>, decisions: Array<{ outcome: DecisionOutcome, level: RiskLevel, rationale: string }>, followUpReviews: Array<{ reviewedOn: string, reviewer: { login: string } }> }
    | Record<PropertyKey, never>
   | null };

export type MajorDecisionsQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: MajorDecisionFilter | null | undefined;
  orderBy?: Array<MajorDecisionOrder> | MajorDecisionOrder | null | undefined;
}>;


export type MajorDecisionsQuery = { majorDecisions: { totalCount: number, nodes: Array<{ id: string, title: string, status: DecisionStatus, createdAt: string, category: { code: string }, readiness: { canApprove: boolean, blockingReasons: Array<{ code: UserErrorCode }> } | null, decisions: Array<{ outcome: DecisionOutcome }>, currentAssessment: { level: RiskLevel, points: Array<{ level: RiskLevel, mitigations: Array<{ isActionable: boolean }> }> } | null }> } | null };

export type AssessmentNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AssessmentNodeQuery = { node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'CoordinationIssue', id: string }
    | { __typename: 'DecisionCategory', id: string }
    | { __typename: 'DecisionRecord', id: string }
    | { __typename: 'DimensionFinding', id: string }
    | { __typename: 'EvidenceFile', id: string }
    | { __typename: 'FollowUpReview', id: string }
    | { __typename: 'FundObligation', id: string }
    | { __typename: 'FundTransaction', id: string }
    | { __typename: 'GroupMember', id: string }
    | { __typename: 'GuidanceVisit', id: string }
    | { __typename: 'ImportJob', id: string }
    | { __typename: 'ImportProblem', id: string }
    | { __typename: 'ImportRow', id: string }
    | { __typename: 'InspectionFinding', id: string }
    | { __typename: 'InspectionGroup', id: string }
    | { __typename: 'InspectionRound', id: string }
    | { __typename: 'InspectionVisit', id: string }
    | { __typename: 'IssueEvent', id: string }
    | { __typename: 'IssueParticipant', id: string }
    | { __typename: 'LedReform', id: string }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'LedgerSection', id: string }
    | { __typename: 'MajorDecision', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MitigationMeasure', id: string }
    | { __typename: 'OpinionCollection', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'RectificationFeedback', id: string }
    | { __typename: 'RectificationNotice', id: string }
    | { __typename: 'ReformCase', id: string }
    | { __typename: 'ReformTask', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'RegionEvaluation', id: string }
    | { __typename: 'RiskAssessment', id: string }
    | { __typename: 'RiskPoint', id: string }
    | { __typename: 'TaskCheck', id: string }
    | { __typename: 'TaskProgressReport', id: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'User', id: string }
   | null };

export type AssessmentNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AssessmentNodesQuery = { nodes: Array<
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'CoordinationIssue', id: string }
    | { __typename: 'DecisionCategory', id: string }
    | { __typename: 'DecisionRecord', id: string }
    | { __typename: 'DimensionFinding', id: string }
    | { __typename: 'EvidenceFile', id: string }
    | { __typename: 'FollowUpReview', id: string }
    | { __typename: 'FundObligation', id: string }
    | { __typename: 'FundTransaction', id: string }
    | { __typename: 'GroupMember', id: string }
    | { __typename: 'GuidanceVisit', id: string }
    | { __typename: 'ImportJob', id: string }
    | { __typename: 'ImportProblem', id: string }
    | { __typename: 'ImportRow', id: string }
    | { __typename: 'InspectionFinding', id: string }
    | { __typename: 'InspectionGroup', id: string }
    | { __typename: 'InspectionRound', id: string }
    | { __typename: 'InspectionVisit', id: string }
    | { __typename: 'IssueEvent', id: string }
    | { __typename: 'IssueParticipant', id: string }
    | { __typename: 'LedReform', id: string }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'LedgerSection', id: string }
    | { __typename: 'MajorDecision', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MitigationMeasure', id: string }
    | { __typename: 'OpinionCollection', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'RectificationFeedback', id: string }
    | { __typename: 'RectificationNotice', id: string }
    | { __typename: 'ReformCase', id: string }
    | { __typename: 'ReformTask', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'RegionEvaluation', id: string }
    | { __typename: 'RiskAssessment', id: string }
    | { __typename: 'RiskPoint', id: string }
    | { __typename: 'TaskCheck', id: string }
    | { __typename: 'TaskProgressReport', id: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'User', id: string }
   | null> };

export type RiskMatrixQueryVariables = Exact<{ [key: string]: never; }>;


export type RiskMatrixQuery = { riskMatrix: { highFrom: number, mediumFrom: number, cells: Array<{ likelihood: number, impact: number, score: number, level: RiskLevel }> } };

export type DecisionRecordsQueryVariables = Exact<{
  id: string | number;
}>;


export type DecisionRecordsQuery = { node:
    | { decisions: Array<{ outcome: DecisionOutcome, decidedAt: string, decidedBy: { id: string, login: string, displayName: string }, assessment: { id: string } | null }> }
    | Record<PropertyKey, never>
   | null };

export type RiskRecordIdsQueryVariables = Exact<{
  id: string | number;
}>;


export type RiskRecordIdsQuery = { node:
    | { currentAssessment: { opinionCollections: Array<{ id: string, method: OpinionMethod }>, noSignificantRiskFindings: Array<{ id: string, dimension: RiskDimension }> } | null, decisions: Array<{ id: string, outcome: DecisionOutcome }>, followUpReviews: Array<{ id: string, reviewedOn: string }> }
    | Record<PropertyKey, never>
   | null };

export type RiskRecordNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RiskRecordNodeQuery = { node:
    | { __typename: 'ActionItem', id: string }
    | { __typename: 'CoordinationIssue', id: string }
    | { __typename: 'DecisionCategory', id: string }
    | { __typename: 'DecisionRecord', outcome: DecisionOutcome, id: string }
    | { __typename: 'DimensionFinding', dimension: RiskDimension, id: string }
    | { __typename: 'EvidenceFile', id: string }
    | { __typename: 'FollowUpReview', reviewedOn: string, id: string }
    | { __typename: 'FundObligation', id: string }
    | { __typename: 'FundTransaction', id: string }
    | { __typename: 'GroupMember', id: string }
    | { __typename: 'GuidanceVisit', id: string }
    | { __typename: 'ImportJob', id: string }
    | { __typename: 'ImportProblem', id: string }
    | { __typename: 'ImportRow', id: string }
    | { __typename: 'InspectionFinding', id: string }
    | { __typename: 'InspectionGroup', id: string }
    | { __typename: 'InspectionRound', id: string }
    | { __typename: 'InspectionVisit', id: string }
    | { __typename: 'IssueEvent', id: string }
    | { __typename: 'IssueParticipant', id: string }
    | { __typename: 'LedReform', id: string }
    | { __typename: 'Ledger', id: string }
    | { __typename: 'LedgerSection', id: string }
    | { __typename: 'MajorDecision', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MitigationMeasure', id: string }
    | { __typename: 'OpinionCollection', method: OpinionMethod, id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'RectificationFeedback', id: string }
    | { __typename: 'RectificationNotice', id: string }
    | { __typename: 'ReformCase', id: string }
    | { __typename: 'ReformTask', id: string }
    | { __typename: 'Region', id: string }
    | { __typename: 'RegionEvaluation', id: string }
    | { __typename: 'RiskAssessment', id: string }
    | { __typename: 'RiskPoint', id: string }
    | { __typename: 'TaskCheck', id: string }
    | { __typename: 'TaskProgressReport', id: string }
    | { __typename: 'Unit', id: string }
    | { __typename: 'User', id: string }
   | null };

export type UnitsPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: UnitFilter | null | undefined;
  orderBy?: Array<UnitOrder> | UnitOrder | null | undefined;
}>;


export type UnitsPageQuery = { units: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, name: string, kind: UnitKind, level: UnitLevel } }> } | null };

export type UnitsWithRelationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type UnitsWithRelationsQuery = { units: { nodes: Array<{ id: string, code: string, parent: { name: string } | null, children: { totalCount: number, nodes: Array<{ name: string }> } }> } | null };

export type UnitByCodeQueryVariables = Exact<{
  code: string;
}>;


export type UnitByCodeQuery = { unit: { id: string, code: string, name: string, kind: UnitKind, level: UnitLevel, createdAt: string, updatedAt: string, parent: { code: string } | null, region: { code: string, name: string } | null, children: { totalCount: number, nodes: Array<{ code: string }> }, principalHeads: { nodes: Array<{ name: string, title: string }> } } | null };

export type CreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type CreateUnitMutation = { createUnit: { unit: { id: string, code: string, name: string, kind: UnitKind, level: UnitLevel, parent: { code: string } | null, region: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateUnitMutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type UpdateUnitMutation = { updateUnit: { unit: { id: string, code: string, name: string, parent: { code: string } | null, region: { code: string } | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UnitChildrenQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type UnitChildrenQuery = { unit: { children: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ code: string }> } } | null };

export type PeoplePageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: PersonFilter | null | undefined;
  orderBy?: Array<PersonOrder> | PersonOrder | null | undefined;
}>;


export type PeoplePageQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, title: string, isPrincipalHead: boolean }> } | null };

export type UnitPeopleQueryVariables = Exact<{
  code: string;
  first?: number | null | undefined;
  filter?: PersonFilter | null | undefined;
  orderBy?: Array<PersonOrder> | PersonOrder | null | undefined;
}>;


export type UnitPeopleQuery = { unit: { people: { totalCount: number, nodes: Array<{ id: string, name: string, title: string, isPrincipalHead: boolean }> } } | null };

export type AccountFragment = { id: string, login: string, displayName: string, active: boolean, language: Language | null, roles: Array<Role> | null, unit: { id: string, code: string } | null, person: { id: string, name: string } | null, grants: Array<{ role: Role, unit: { id: string, code: string } | null }> | null };

export type ViewerAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerAccountQuery = { viewer: { id: string, login: string, displayName: string, active: boolean, language: Language | null, roles: Array<Role> | null, unit: { id: string, code: string } | null, person: { id: string, name: string } | null, grants: Array<{ role: Role, unit: { id: string, code: string } | null }> | null } };

export type UsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
  orderBy?: Array<UserOrder> | UserOrder | null | undefined;
}>;


export type UsersQuery = { users: { totalCount: number, nodes: Array<{ id: string, login: string, displayName: string, active: boolean, language: Language | null, roles: Array<Role> | null, unit: { id: string, code: string } | null, person: { id: string, name: string } | null, grants: Array<{ role: Role, unit: { id: string, code: string } | null }> | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { user: { id: string, login: string, displayName: string, active: boolean, language: Language | null, roles: Array<Role> | null, unit: { id: string, code: string } | null, person: { id: string, name: string } | null, grants: Array<{ role: Role, unit: { id: string, code: string } | null }> | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { user: { id: string, login: string, displayName: string, active: boolean, language: Language | null, roles: Array<Role> | null, unit: { id: string, code: string } | null, person: { id: string, name: string } | null, grants: Array<{ role: Role, unit: { id: string, code: string } | null }> | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type DeactivateUserMutationVariables = Exact<{
  input: DeactivateUserInput;
}>;


export type DeactivateUserMutation = { deactivateUser: { user: { id: string, active: boolean } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type ReactivateUserMutationVariables = Exact<{
  input: ReactivateUserInput;
}>;


export type ReactivateUserMutation = { reactivateUser: { user: { id: string, active: boolean } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type UpdateViewerPreferencesMutationVariables = Exact<{
  input: UpdateViewerPreferencesInput;
}>;


export type UpdateViewerPreferencesMutation = { updateViewerPreferences: { user: { id: string, language: Language | null } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null }> } };

export type AccountOfQueryVariables = Exact<{
  id: string | number;
}>;


export type AccountOfQuery = { node:
    | { id: string, login: string, roles: Array<Role> | null, language: Language | null, grants: Array<{ role: Role }> | null, person: { id: string } | null }
    | Record<PropertyKey, never>
   | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, login: string, displayName: string, roles: Array<Role> | null, unit: { code: string, name: string } | null } };

export const ItemStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<ItemStateFragment, unknown>;
export const IssueStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<IssueStateFragment, unknown>;
export const ObligationStateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObligationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundObligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<ObligationStateFragment, unknown>;
export const IssueListsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueLists"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueState"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundObligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObligationState"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closureBlockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clear"}},{"kind":"Field","name":{"kind":"Name","value":"openActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unsettledObligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObligationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundObligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]} as unknown as DocumentNode<IssueListsFragment, unknown>;
export const EvidenceFileFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<EvidenceFileFieldsFragment, unknown>;
export const EvidencePageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidencePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFileConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<EvidencePageFragment, unknown>;
export const InboxTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}}]}}]} as unknown as DocumentNode<InboxTaskFragment, unknown>;
export const RoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rotationAssignedAt"}}]}}]} as unknown as DocumentNode<RoundFieldsFragment, unknown>;
export const InspectionUserErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<InspectionUserErrorFragment, unknown>;
export const GroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<GroupFieldsFragment, unknown>;
export const EvaluationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Evaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"dailyScore"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionScore"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationScore"}},{"kind":"Field","name":{"kind":"Name","value":"deduction"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"noticesClosedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"noticesClosedLate"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<EvaluationFragment, unknown>;
export const NoticeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootCauseAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeFieldsFragment, unknown>;
export const NoticeReadFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeRead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootCauseAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<NoticeReadFragment, unknown>;
export const LinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Link"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]} as unknown as DocumentNode<LinkFragment, unknown>;
export const ImportJobFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<ImportJobFieldsFragment, unknown>;
export const TallyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Tally"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskTally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<TallyFragment, unknown>;
export const RefusalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RefusalFragment, unknown>;
export const TaskResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableForm"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableDescription"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<TaskResultFragment, unknown>;
export const LedReformFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedReformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedReform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LedReformFieldsFragment, unknown>;
export const ReformCaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReformCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recognitionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReformCaseFieldsFragment, unknown>;
export const DecisionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDue"}}]}}]} as unknown as DocumentNode<DecisionFieldsFragment, unknown>;
export const AssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}}]} as unknown as DocumentNode<AssessmentFieldsFragment, unknown>;
export const PointFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]} as unknown as DocumentNode<PointFieldsFragment, unknown>;
export const RiskUserErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RiskUserErrorsFragment, unknown>;
export const AccountFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AccountFragment, unknown>;
export const OpenCoordinationIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCoordinationIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenCoordinationIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCoordinationIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<OpenCoordinationIssueMutation, OpenCoordinationIssueMutationVariables>;
export const AddIssueParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddIssueParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddIssueParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIssueParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AddIssueParticipantMutation, AddIssueParticipantMutationVariables>;
export const CreateFundObligationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFundObligation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFundObligationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFundObligation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundObligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObligationState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObligationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundObligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateFundObligationMutation, CreateFundObligationMutationVariables>;
export const RecordFundTransactionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFundTransaction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFundTransactionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFundTransaction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundObligation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObligationState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObligationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundObligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordFundTransactionMutation, RecordFundTransactionMutationVariables>;
export const CoordinationIssuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinationIssues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssueOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundObligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoordinationIssuesQuery, CoordinationIssuesQueryVariables>;
export const RecordMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordMeetingMutation, RecordMeetingMutationVariables>;
export const AddActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AddActionItemMutation, AddActionItemMutationVariables>;
export const CompleteActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CompleteActionItemMutation, CompleteActionItemMutationVariables>;
export const CancelActionItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelActionItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelActionItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelActionItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ItemState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CancelActionItemMutation, CancelActionItemMutationVariables>;
export const ResolveCoordinationIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResolveCoordinationIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResolveCoordinationIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolveCoordinationIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ResolveCoordinationIssueMutation, ResolveCoordinationIssueMutationVariables>;
export const CloseCoordinationIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCoordinationIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseCoordinationIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeCoordinationIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closureBlockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clear"}},{"kind":"Field","name":{"kind":"Name","value":"openActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unsettledObligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CloseCoordinationIssueMutation, CloseCoordinationIssueMutationVariables>;
export const ReopenCoordinationIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenCoordinationIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenCoordinationIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenCoordinationIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueState"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReopenCoordinationIssueMutation, ReopenCoordinationIssueMutationVariables>;
export const CoordinationIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinationIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"resolutions"}},{"kind":"Field","name":{"kind":"Name","value":"attendingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"completedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundObligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"}},{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closureBlockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clear"}},{"kind":"Field","name":{"kind":"Name","value":"openActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unsettledObligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoordinationIssueQuery, CoordinationIssueQueryVariables>;
export const ActionItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActionItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItemOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActionItemsQuery, ActionItemsQueryVariables>;
export const CoordinationRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attendingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IssueParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundTransaction"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoordinationRecordQuery, CoordinationRecordQueryVariables>;
export const IssuePageListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuePageLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueLists"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObligationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundObligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueLists"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueState"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundObligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObligationState"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closureBlockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clear"}},{"kind":"Field","name":{"kind":"Name","value":"openActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unsettledObligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]}}]} as unknown as DocumentNode<IssuePageListsQuery, IssuePageListsQueryVariables>;
export const IssueListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueLists"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ObligationState"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundObligation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"IssueLists"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"IssueState"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundObligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ObligationState"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"payer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closureBlockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clear"}},{"kind":"Field","name":{"kind":"Name","value":"openActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unsettledObligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]}}]} as unknown as DocumentNode<IssueListsQuery, IssueListsQueryVariables>;
export const EvidenceTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinationIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"majorDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opinionCollections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EvidenceTargetsQuery, EvidenceTargetsQueryVariables>;
export const EvidenceOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidencePage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ActionItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidencePage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidencePage"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionCollection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceFiles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidencePage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidencePage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFileConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileFields"}}]}}]}}]} as unknown as DocumentNode<EvidenceOfQuery, EvidenceOfQueryVariables>;
export const EvidenceFileNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvidenceFileNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileFields"}},{"kind":"Field","name":{"kind":"Name","value":"download"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<EvidenceFileNodeQuery, EvidenceFileNodeQueryVariables>;
export const AttachEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evidenceFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFileFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFileFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EvidenceFile"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachedAt"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}}]} as unknown as DocumentNode<AttachEvidenceMutation, AttachEvidenceMutationVariables>;
export const DeleteEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteEvidenceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedFileId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteEvidenceMutation, DeleteEvidenceMutationVariables>;
export const TaskInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DEADLINE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxTask"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}}]}}]} as unknown as DocumentNode<TaskInboxQuery, TaskInboxQueryVariables>;
export const TaskRefetchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskRefetch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}}]}}]} as unknown as DocumentNode<TaskRefetchQuery, TaskRefetchQueryVariables>;
export const IssueBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssueBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"closureBlockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clear"}},{"kind":"Field","name":{"kind":"Name","value":"openActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"assignedUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unsettledObligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssueBoardQuery, IssueBoardQueryVariables>;
export const DecisionBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"majorDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"likelihood"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecisionBoardQuery, DecisionBoardQueryVariables>;
export const FindingBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindingBoardQuery, FindingBoardQueryVariables>;
export const CreateInspectionRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInspectionRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInspectionRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInspectionRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rotationAssignedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateInspectionRoundMutation, CreateInspectionRoundMutationVariables>;
export const AddInspectionGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddInspectionGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddInspectionGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addInspectionGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AddInspectionGroupMutation, AddInspectionGroupMutationVariables>;
export const AddGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AddGroupMemberMutation, AddGroupMemberMutationVariables>;
export const UpdateInspectionGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInspectionGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInspectionGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInspectionGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateInspectionGroupMutation, UpdateInspectionGroupMutationVariables>;
export const RemoveGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RemoveGroupMemberMutation, RemoveGroupMemberMutationVariables>;
export const AssignRotationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rotationAssignedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AssignRotationMutation, AssignRotationMutationVariables>;
export const GenerateRotationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GenerateRotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GenerateRotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"generateRotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GenerateRotationMutation, GenerateRotationMutationVariables>;
export const ClearRotationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearRotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClearRotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearRotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rotationAssignedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ClearRotationMutation, ClearRotationMutationVariables>;
export const StartInspectionRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartInspectionRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartInspectionRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startInspectionRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rotationAssignedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<StartInspectionRoundMutation, StartInspectionRoundMutationVariables>;
export const CloseInspectionRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseInspectionRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseInspectionRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeInspectionRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionRound"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoundFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rotationAssignedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CloseInspectionRoundMutation, CloseInspectionRoundMutationVariables>;
export const InspectionRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRoundFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InspectionRoundOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<InspectionRoundsQuery, InspectionRoundsQueryVariables>;
export const InspectionRoundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rotationAssignedAt"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"homeRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionRoundQuery, InspectionRoundQueryVariables>;
export const RecordInspectionVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInspectionVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInspectionVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordInspectionVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitsVisited"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"results"}},{"kind":"Field","name":{"kind":"Name","value":"quality"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordInspectionVisitMutation, RecordInspectionVisitMutationVariables>;
export const RecordFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<RecordFindingMutation, RecordFindingMutationVariables>;
export const IssueRectificationNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueRectificationNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueRectificationNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueRectificationNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootCauseAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<IssueRectificationNoticeMutation, IssueRectificationNoticeMutationVariables>;
export const StartRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootCauseAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<StartRectificationMutation, StartRectificationMutationVariables>;
export const SubmitRectificationFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRectificationFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRectificationFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRectificationFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootCauseAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SubmitRectificationFeedbackMutation, SubmitRectificationFeedbackMutationVariables>;
export const VerifyRectificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyRectification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyRectificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyRectification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootCauseAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<VerifyRectificationMutation, VerifyRectificationMutationVariables>;
export const CloseRectificationNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseRectificationNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseRectificationNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeRectificationNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootCauseAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CloseRectificationNoticeMutation, CloseRectificationNoticeMutationVariables>;
export const ReopenRectificationNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenRectificationNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenRectificationNoticeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenRectificationNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InspectionUserError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootCauseAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InspectionUserError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReopenRectificationNoticeMutation, ReopenRectificationNoticeMutationVariables>;
export const FindingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Findings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FindingOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"foundOn"}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FindingsQuery, FindingsQueryVariables>;
export const RectificationNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RectificationNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNoticeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNoticeOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RectificationNoticesQuery, RectificationNoticesQueryVariables>;
export const RegionRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Evaluation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Evaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"dailyScore"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionScore"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationScore"}},{"kind":"Field","name":{"kind":"Name","value":"deduction"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"noticesClosedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"noticesClosedLate"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RegionRankingQuery, RegionRankingQueryVariables>;
export const EvaluationWeightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EvaluationWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"inspection"}},{"kind":"Field","name":{"kind":"Name","value":"rectification"}},{"kind":"Field","name":{"kind":"Name","value":"metValue"}},{"kind":"Field","name":{"kind":"Name","value":"partlyMetValue"}},{"kind":"Field","name":{"kind":"Name","value":"notMetValue"}},{"kind":"Field","name":{"kind":"Name","value":"minorDeduction"}},{"kind":"Field","name":{"kind":"Name","value":"seriousDeduction"}},{"kind":"Field","name":{"kind":"Name","value":"criticalDeduction"}},{"kind":"Field","name":{"kind":"Name","value":"lateClosureCredit"}}]}}]}}]} as unknown as DocumentNode<EvaluationWeightsQuery, EvaluationWeightsQueryVariables>;
export const SetDailyPerformanceScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDailyPerformanceScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDailyPerformanceScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDailyPerformanceScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Evaluation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Evaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"dailyScore"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionScore"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationScore"}},{"kind":"Field","name":{"kind":"Name","value":"deduction"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"noticesClosedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"noticesClosedLate"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SetDailyPerformanceScoreMutation, SetDailyPerformanceScoreMutationVariables>;
export const RecomputeRegionEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecomputeRegionEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecomputeRegionEvaluationsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recomputeRegionEvaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionEvaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Evaluation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Evaluation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RegionEvaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"dailyScore"}},{"kind":"Field","name":{"kind":"Name","value":"inspectionScore"}},{"kind":"Field","name":{"kind":"Name","value":"checks"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationScore"}},{"kind":"Field","name":{"kind":"Name","value":"deduction"}},{"kind":"Field","name":{"kind":"Name","value":"notices"}},{"kind":"Field","name":{"kind":"Name","value":"noticesClosedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"noticesClosedLate"}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"serious"}},{"kind":"Field","name":{"kind":"Name","value":"critical"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RecomputeRegionEvaluationsMutation, RecomputeRegionEvaluationsMutationVariables>;
export const UpdateEvaluationWeightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEvaluationWeights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEvaluationWeightsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEvaluationWeights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluationWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dailyPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"lateClosureCredit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEvaluationWeightsMutation, UpdateEvaluationWeightsMutationVariables>;
export const FindingNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FindingNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"findings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeRead"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootCauseAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeRead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<FindingNoticesQuery, FindingNoticesQueryVariables>;
export const NoticeReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeRead"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"reopenCount"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootCauseAnalysis"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoticeRead"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNotice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoticeFields"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<NoticeReadQuery, NoticeReadQueryVariables>;
export const LedgerExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FileFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Link"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Link"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]} as unknown as DocumentNode<LedgerExportQuery, LedgerExportQueryVariables>;
export const ReformTasksExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReformTasksExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTaskOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FileFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformTasksExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Link"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Link"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]} as unknown as DocumentNode<ReformTasksExportQuery, ReformTasksExportQueryVariables>;
export const LedgerRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableForm"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerRowsQuery, LedgerRowsQueryVariables>;
export const CoordinationIssuesExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinationIssuesExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssueFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FileFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssuesExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Link"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Link"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]} as unknown as DocumentNode<CoordinationIssuesExportQuery, CoordinationIssuesExportQueryVariables>;
export const RectificationNoticesExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RectificationNoticesExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNoticeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FileFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationNoticesExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Link"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Link"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]} as unknown as DocumentNode<RectificationNoticesExportQuery, RectificationNoticesExportQueryVariables>;
export const RegionRankingExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionRankingExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FileFormat"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionRankingExport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Link"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Link"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]} as unknown as DocumentNode<RegionRankingExportQuery, RegionRankingExportQueryVariables>;
export const IssuesForExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IssuesForExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoordinationIssueFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"closureBlockers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"obligated"}},{"kind":"Field","name":{"kind":"Name","value":"transferred"}},{"kind":"Field","name":{"kind":"Name","value":"disbursed"}},{"kind":"Field","name":{"kind":"Name","value":"outstanding"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IssuesForExportQuery, IssuesForExportQueryVariables>;
export const NoticesForExportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticesForExport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationNoticeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NoticesForExportQuery, NoticesForExportQueryVariables>;
export const RectificationNoticeDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RectificationNoticeDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"noticeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationNoticeDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"noticeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"noticeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Link"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Link"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]} as unknown as DocumentNode<RectificationNoticeDocumentQuery, RectificationNoticeDocumentQueryVariables>;
export const NoticeForDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NoticeForDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rectificationNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"NOTIFIED"},{"kind":"EnumValue","value":"RECTIFYING"}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"finding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NoticeForDocumentQuery, NoticeForDocumentQueryVariables>;
export const RiskAssessmentReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskAssessmentReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAssessmentReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"assessmentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assessmentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Link"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Link"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DownloadLink"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}}]}}]} as unknown as DocumentNode<RiskAssessmentReportQuery, RiskAssessmentReportQueryVariables>;
export const AssessmentsForReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentsForReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"majorDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"DECIDED"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"likelihood"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"mitigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentsForReportQuery, AssessmentsForReportQueryVariables>;
export const StartLedgerImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartLedgerImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartLedgerImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startLedgerImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<StartLedgerImportMutation, StartLedgerImportMutationVariables>;
export const ImportJobProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJobProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<ImportJobProgressQuery, ImportJobProgressQueryVariables>;
export const ImportJobReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportJobReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actions"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRowAction"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportJobFields"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"actions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"header"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportJobFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportJob"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"processed"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]} as unknown as DocumentNode<ImportJobReportQuery, ImportJobReportQueryVariables>;
export const LedgerImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ledger"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerImportsQuery, LedgerImportsQueryVariables>;
export const LedgerTasksByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerTasksByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ledger"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CODE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableForm"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerTasksByCodeQuery, LedgerTasksByCodeQueryVariables>;
export const LedgersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ledgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgersQuery, LedgersQueryVariables>;
export const ReformTasksPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReformTasksPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTaskOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}}]}}]}}]}}]} as unknown as DocumentNode<ReformTasksPageQuery, ReformTasksPageQueryVariables>;
export const TasksWithRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TasksWithRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTaskFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TasksWithRelationsQuery, TasksWithRelationsQueryVariables>;
export const ReformTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReformTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableForm"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"isOverdue"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableDescription"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reporter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReformTaskQuery, ReformTaskQueryVariables>;
export const UnitTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportingTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitTasksQuery, UnitTasksQueryVariables>;
export const LedgerSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ledgerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ledgerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Tally"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Tally"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLeadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Tally"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Tally"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskTally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<LedgerSummaryQuery, LedgerSummaryQueryVariables>;
export const UnitWorkloadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitWorkload"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitWorkload"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Tally"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supporting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Tally"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Tally"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskTally"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completionRate"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<UnitWorkloadQuery, UnitWorkloadQueryVariables>;
export const CreateReformTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReformTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReformTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReformTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableForm"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableDescription"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateReformTaskMutation, CreateReformTaskMutationVariables>;
export const UpdateReformTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateReformTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateReformTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateReformTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableForm"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableDescription"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateReformTaskMutation, UpdateReformTaskMutationVariables>;
export const TransitionReformTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionReformTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransitionReformTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionReformTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskResult"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableForm"}},{"kind":"Field","name":{"kind":"Name","value":"deliverableDescription"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportingUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"implements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<TransitionReformTaskMutation, TransitionReformTaskMutationVariables>;
export const ReportTaskProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportTaskProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTaskProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTaskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"reportedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reformTask"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"latestProgress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ReportTaskProgressMutation, ReportTaskProgressMutationVariables>;
export const TaskFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReformTaskFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TaskFactsQuery, TaskFactsQueryVariables>;
export const UnitLeadTasksPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitLeadTasksPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitLeadTasksPageQuery, UnitLeadTasksPageQueryVariables>;
export const UnitsBesideTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsBesideTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitsFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tasksFirst"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitsFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reformTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tasksFirst"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UnitsBesideTasksQuery, UnitsBesideTasksQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isPrincipalHead"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const DecisionCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DecisionCategoriesQuery, DecisionCategoriesQueryVariables>;
export const UpdateDecisionCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDecisionCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDecisionCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDecisionCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateDecisionCategoryMutation, UpdateDecisionCategoryMutationVariables>;
export const LedgerNodeIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerNodeIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reformTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"unit"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedgerNodeIdsQuery, LedgerNodeIdsQueryVariables>;
export const ReformNodeIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReformNodeIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledReforms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reformCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReformNodeIdsQuery, ReformNodeIdsQueryVariables>;
export const RiskNodeIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskNodeIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"majorDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"currentAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mitigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinionCollections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noSignificantRiskFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RiskNodeIdsQuery, RiskNodeIdsQueryVariables>;
export const InspectionNodeIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionNodeIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inspectionRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2021"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<InspectionNodeIdsQuery, InspectionNodeIdsQueryVariables>;
export const InspectionRecordNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InspectionRecordNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addedAt"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RectificationFeedback"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"measuresTaken"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InspectionRecordNodeQuery, InspectionRecordNodeQueryVariables>;
export const CoordinationNodeIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CoordinationNodeIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinationIssues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"CLOSED"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundObligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transactions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoordinationNodeIdsQuery, CoordinationNodeIdsQueryVariables>;
export const LedReformsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedReforms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedReformFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LedReformOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledReforms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isPrincipalHead"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LedReformsQuery, LedReformsQueryVariables>;
export const CreateLedReformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLedReform"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLedReformInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLedReform"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledReform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedReformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedReformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedReform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateLedReformMutation, CreateLedReformMutationVariables>;
export const LinkLedReformTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkLedReformTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkLedReformTasksInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkLedReformTasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledReform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedReformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedReformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedReform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<LinkLedReformTasksMutation, LinkLedReformTasksMutationVariables>;
export const CompleteLedReformDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteLedReform"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteLedReformInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeLedReform"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledReform"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedReformFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedReformFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedReform"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CompleteLedReformMutation, CompleteLedReformMutationVariables>;
export const ReformCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReformCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReformCaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReformCaseOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recognitionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedBy"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"visitingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReformCasesQuery, ReformCasesQueryVariables>;
export const CreateReformCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateReformCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateReformCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createReformCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReformCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReformCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recognitionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateReformCaseMutation, CreateReformCaseMutationVariables>;
export const SubmitReformCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReformCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitReformCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReformCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReformCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReformCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recognitionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SubmitReformCaseMutation, SubmitReformCaseMutationVariables>;
export const SelectReformCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SelectReformCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SelectReformCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"selectReformCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reformCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReformCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReformCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recognitionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SelectReformCaseMutation, SelectReformCaseMutationVariables>;
export const RecordGuidanceVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordGuidanceVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordGuidanceVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordGuidanceVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guidanceVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reformCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReformCaseFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReformCaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReformCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recognitionLevel"}},{"kind":"Field","name":{"kind":"Name","value":"recognizedBy"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitedOn"}},{"kind":"Field","name":{"kind":"Name","value":"visitingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordGuidanceVisitMutation, RecordGuidanceVisitMutationVariables>;
export const CreateMajorDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMajorDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMajorDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMajorDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"majorDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateMajorDecisionMutation, CreateMajorDecisionMutationVariables>;
export const UpdateMajorDecisionPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMajorDecisionPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMajorDecisionPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMajorDecisionPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"majorDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateMajorDecisionPlanMutation, UpdateMajorDecisionPlanMutationVariables>;
export const DecideMajorDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideMajorDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideMajorDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideMajorDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"majorDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DecideMajorDecisionMutation, DecideMajorDecisionMutationVariables>;
export const RecordFollowUpReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordFollowUpReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordFollowUpReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordFollowUpReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"majorDecision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DecisionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DecisionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordFollowUpReviewMutation, RecordFollowUpReviewMutationVariables>;
export const StartRiskAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRiskAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartRiskAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRiskAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<StartRiskAssessmentMutation, StartRiskAssessmentMutationVariables>;
export const RecordOpinionCollectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOpinionCollection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOpinionCollectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOpinionCollection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordOpinionCollectionMutation, RecordOpinionCollectionMutationVariables>;
export const RecordNoSignificantRiskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNoSignificantRisk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNoSignificantRiskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNoSignificantRisk"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RecordNoSignificantRiskMutation, RecordNoSignificantRiskMutationVariables>;
export const AddRiskPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRiskPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRiskPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRiskPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AddRiskPointMutation, AddRiskPointMutationVariables>;
export const UpdateRiskPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRiskPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRiskPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRiskPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateRiskPointMutation, UpdateRiskPointMutationVariables>;
export const RemoveRiskPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRiskPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveRiskPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRiskPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<RemoveRiskPointMutation, RemoveRiskPointMutationVariables>;
export const AddMitigationMeasureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMitigationMeasure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMitigationMeasureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMitigationMeasure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"riskPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PointFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mitigationMeasure"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActionable"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PointFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<AddMitigationMeasureMutation, AddMitigationMeasureMutationVariables>;
export const SubmitRiskAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRiskAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRiskAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRiskAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<SubmitRiskAssessmentMutation, SubmitRiskAssessmentMutationVariables>;
export const ReviewRiskAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewRiskAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewRiskAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewRiskAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReviewRiskAssessmentMutation, ReviewRiskAssessmentMutationVariables>;
export const FileRiskAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileRiskAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileRiskAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileRiskAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RiskUserErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RiskAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"verdict"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RiskUserErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<FileRiskAssessmentMutation, FileRiskAssessmentMutationVariables>;
export const MajorDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MajorDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"planText"}},{"kind":"Field","name":{"kind":"Name","value":"nextFollowUpDue"}},{"kind":"Field","name":{"kind":"Name","value":"isFollowUpDue"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"allowedOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayDecide"}},{"kind":"Field","name":{"kind":"Name","value":"blockingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"mitigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isActionable"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MajorDecisionQuery, MajorDecisionQueryVariables>;
export const MajorDecisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MajorDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MajorDecisionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MajorDecisionOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"majorDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"canApprove"}},{"kind":"Field","name":{"kind":"Name","value":"blockingReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"mitigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isActionable"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MajorDecisionsQuery, MajorDecisionsQueryVariables>;
export const AssessmentNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssessmentNodeQuery, AssessmentNodeQueryVariables>;
export const AssessmentNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssessmentNodesQuery, AssessmentNodesQueryVariables>;
export const RiskMatrixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"riskMatrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"highFrom"}},{"kind":"Field","name":{"kind":"Name","value":"mediumFrom"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"likelihood"}},{"kind":"Field","name":{"kind":"Name","value":"impact"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<RiskMatrixQuery, RiskMatrixQueryVariables>;
export const DecisionRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DecisionRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DecisionRecordsQuery, DecisionRecordsQueryVariables>;
export const RiskRecordIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskRecordIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MajorDecision"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinionCollections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noSignificantRiskFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RiskRecordIdsQuery, RiskRecordIdsQueryVariables>;
export const RiskRecordNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RiskRecordNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OpinionCollection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DimensionFinding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpReview"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewedOn"}}]}}]}}]}}]} as unknown as DocumentNode<RiskRecordNodeQuery, RiskRecordNodeQueryVariables>;
export const UnitsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsPageQuery, UnitsPageQueryVariables>;
export const UnitsWithRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsWithRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitsWithRelationsQuery, UnitsWithRelationsQueryVariables>;
export const UnitByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"principalHeads"},"name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"isPrincipalHead"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitByCodeQuery, UnitByCodeQueryVariables>;
export const CreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const UpdateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUnitMutation, UpdateUnitMutationVariables>;
export const UnitChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitChildrenQuery, UnitChildrenQueryVariables>;
export const PeoplePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PeoplePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isPrincipalHead"}}]}}]}}]}}]} as unknown as DocumentNode<PeoplePageQuery, PeoplePageQueryVariables>;
export const UnitPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"isPrincipalHead"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnitPeopleQuery, UnitPeopleQueryVariables>;
export const ViewerAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Account"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerAccountQuery, ViewerAccountQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UserOrder"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Account"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Account"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Account"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Account"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactivateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const UpdateViewerPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateViewerPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateViewerPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateViewerPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"Refusal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"Refusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<UpdateViewerPreferencesMutation, UpdateViewerPreferencesMutationVariables>;
export const AccountOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountOfQuery, AccountOfQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;