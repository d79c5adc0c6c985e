import { defineMessages, namedCode, type Text } from '../../shared/i18n/text.js';

/** Round statuses (InspectionRoundStatus) and notice statuses (RectificationNoticeStatus) by their Chinese names. */
const ROUND_STATUSES: Record<string, string> = { PLANNING: '筹备中', ACTIVE: '进行中', CLOSED: '已结束' };
export const NOTICE_STATUSES: Record<string, string> = {
  NOTIFIED: '已下发',
  RECTIFYING: '整改中',
  FEEDBACK_SUBMITTED: '已反馈',
  VERIFIED: '已核查',
  CLOSED: '已销号',
  REOPENED: '已重新打开',
};

/** Finding severities (FindingSeverity) by their Chinese names, as files and documents write them. */
export const SEVERITIES: Record<string, string> = { MINOR: '一般', SERIOUS: '严重', CRITICAL: '重大' };

/** The module's error codes, described in both languages (index.ts checks that each of `InspectionErrorCode` is). */
export const inspectionCodes = defineMessages({
  ROTATION_CONFLICT: {
    en: 'A group would inspect a region its leader or one of its members comes from (or its own region); the message names the group and the region.',
    zh: '督察组将督察其组长或成员的来源地区（或其本身所在地区）；消息中写明了督察组和地区。',
  },
  ROTATION_INCOMPLETE: {
    en: 'The rotation does not cover every region exactly once with every group exactly once: a region or group is missing or repeated, or the counts differ.',
    zh: '轮换安排没有做到每个地区、每个督察组各出现且仅出现一次：有地区或督察组缺失、重复，或两者数量不等。',
  },
  ROTATION_NOT_ONE_CYCLE: {
    en: 'The assignments form more than one cycle; the rotation must be one ring through every region.',
    zh: '轮换安排形成了多个闭环；推磨式轮换必须是经过所有地区的一个闭环。',
  },
  NO_VALID_ROTATION: {
    en: 'No ring avoids every home-region conflict of the round’s groups; the message says what stands in the way.',
    zh: '不存在能避开本轮所有督察组来源地区回避冲突的轮换闭环；消息中写明了障碍所在。',
  },
  ROUND_ALREADY_ASSIGNED: {
    en: 'The round already has its rotation (clear it first, while the round is PLANNING).',
    zh: '本轮督察已有轮换安排（须在 PLANNING 状态下先清除）。',
  },
  ROUND_YEAR_TAKEN: { en: 'There is already an inspection round for this year.', zh: '该年度已有督察轮次。' },
  ROUND_NOT_ACTIVE: {
    en: 'Visits and findings are recorded only while the round is ACTIVE.',
    zh: '只有在督察轮次进行中（ACTIVE）时才能登记走访和问题。',
  },
  NOT_ASSIGNED_REGION: { en: 'A group may only visit the region the rotation assigned it.', zh: '督察组只能走访轮换安排分配给它的地区。' },
  NO_EARLIER_VISIT: {
    en: 'A return visit needs an earlier visit to the same region in the same round.',
    zh: '“杀回马枪”式回访须以本轮对同一地区的先前走访为前提。',
  },
});

const names = (list: string[]) => list.join('、');

/** What the rotating-inspection (推磨式督察) module says to a person, in both languages. */
export const inspectionMessages = defineMessages({
  noticeNotVisible: {
    en: 'No rectification notice you may see has this ID.',
    zh: '没有您可查看的、具有此 ID 的整改通知。',
  },
  notInGroup: {
    en: 'Only a member of this inspection group (or commission staff) may act on its visits, findings and rectification notices.',
    zh: '只有本督察组成员（或政法委工作人员）可以办理该组的督察走访、发现的问题和整改通知。',
  },
  codes: inspectionCodes,
  nouns: {
    region: { en: 'region', zh: '地区' },
    unit: { en: 'unit', zh: '单位' },
    person: { en: 'person', zh: '人员' },
    'reform task': { en: 'reform task', zh: '改革任务' },
    'inspection round': { en: 'inspection round', zh: '督察轮次' },
    'inspection group': { en: 'inspection group', zh: '督察组' },
    'group of this round': { en: 'group of this round', zh: '本轮督察组' },
    'member of this group': { en: 'member of this group', zh: '本组成员' },
    'inspection visit': { en: 'inspection visit', zh: '督察走访' },
    finding: { en: 'finding', zh: '督察发现的问题' },
    'rectification notice': { en: 'rectification notice', zh: '整改通知' },
  },
  /** The texts the module keeps, named as the messages name them. */
  labels: {
    'A title': { en: 'A title', zh: '标题' },
    'A name': { en: 'A name', zh: '名称' },
    'A summary': { en: 'A summary', zh: '走访概况' },
    'A description': { en: 'A description', zh: '问题描述' },
    Notes: { en: 'Notes', zh: '备注' },
    'A note': { en: 'A note', zh: '核查意见' },
    'A reason': { en: 'A reason', zh: '理由' },
    'The requirements': { en: 'The requirements', zh: '整改要求' },
    'A root-cause analysis': { en: 'A root-cause analysis', zh: '原因分析' },
    'The measures taken': { en: 'The measures taken', zh: '整改措施' },
    Evidence: { en: 'Evidence', zh: '佐证材料' },
  },
  actions: {
    createRounds: { en: 'create inspection rounds', zh: '新建督察轮次' },
    startRounds: { en: 'start inspection rounds', zh: '启动督察轮次' },
    closeRounds: { en: 'close inspection rounds', zh: '结束督察轮次' },
    assignRotations: { en: 'assign rotations', zh: '指定轮换安排' },
    generateRotations: { en: 'generate rotations', zh: '生成轮换安排' },
    clearRotations: { en: 'clear rotations', zh: '清除轮换安排' },
    formGroups: { en: 'form inspection groups', zh: '组建督察组' },
    addMembers: { en: 'add group members', zh: '增加督察组成员' },
    changeGroups: { en: 'change inspection groups', zh: '调整督察组' },
    removeMembers: { en: 'remove group members', zh: '移除督察组成员' },
    recordVisits: { en: 'record inspection visits', zh: '登记督察走访' },
    recordFindings: { en: 'record findings', zh: '登记督察发现的问题' },
    issueNotices: { en: 'issue rectification notices', zh: '下发整改通知' },
    startRectifying: { en: 'start rectifying', zh: '开始整改' },
    submitFeedback: { en: 'submit rectification feedback', zh: '提交整改反馈' },
    verifyNotices: { en: 'verify rectification notices', zh: '核查整改' },
    closeNotices: { en: 'close rectification notices', zh: '对整改通知销号' },
    reopenNotices: { en: 'reopen rectification notices', zh: '重新打开整改通知' },
    computeEvaluations: { en: 'compute evaluations', zh: '计算年度考评' },
    enterScores: { en: 'enter daily-performance scores', zh: '录入日常工作得分' },
    changeWeights: { en: 'change evaluation weights', zh: '修改考评权重' },
  },
  /** The moves a round makes, as its status messages name them. */
  roundMoves: {
    'given new groups': { en: 'given new groups', zh: '增设督察组' },
    'given new members': { en: 'given new members', zh: '增加成员' },
    changed: { en: 'changed', zh: '调整' },
    'given a rotation': { en: 'given a rotation', zh: '指定轮换安排' },
    'cleared of its rotation': { en: 'cleared of its rotation', zh: '清除轮换安排' },
    started: { en: 'started', zh: '启动' },
    closed: { en: 'closed', zh: '结束' },
  },
  /** The moves a notice makes, as its status messages name them. */
  noticeMoves: {
    'started (rectification)': { en: 'started (rectification)', zh: '开始整改' },
    'given feedback': { en: 'given feedback', zh: '提交反馈' },
    verified: { en: 'verified', zh: '核查' },
    closed: { en: 'closed', zh: '销号' },
    reopened: { en: 'reopened', zh: '重新打开' },
  },
  responsibleOfficerOnly: {
    en: 'Only an officer of the unit responsible for the finding may act on its rectification.',
    zh: '仅问题责任单位的联络员可以办理其整改。',
  },
  roundStatus: (move: Text, status: string): Text => ({
    en: `A round that is ${status} cannot be ${move.en}.`,
    zh: `状态为${namedCode(ROUND_STATUSES, status)}的督察轮次不能${move.zh}。`,
  }),
  noticeStatus: (move: Text, status: string): Text => ({
    en: `A notice that is ${status} cannot be ${move.en}.`,
    zh: `状态为${namedCode(NOTICE_STATUSES, status)}的整改通知不能${move.zh}。`,
  }),
  roundYearTaken: (year: number): Text => ({
    en: `There is already an inspection round for ${year}.`,
    zh: `${year} 年度已有督察轮次。`,
  }),
  roundNotActive: (status: string): Text => ({
    en: `The round is ${status}; this is recorded only while it is ACTIVE.`,
    zh: `督察轮次的状态为${namedCode(ROUND_STATUSES, status)}；此项只能在轮次进行中（ACTIVE）时登记。`,
  }),
  alreadyAssigned: {
    en: 'The round already has its rotation; clear it first (only while the round is PLANNING).',
    zh: '本轮督察已有轮换安排；请先清除（仅限 PLANNING 状态）。',
  },
  notAssignedRegion: (group: string, region: string, assigned: string): Text => ({
    en: `${group} is assigned to ${assigned}, not to ${region}.`,
    zh: `${group}被分配督察${assigned}，而不是${region}。`,
  }),
  noRegionYet: (group: string, region: string): Text => ({
    en: `${group} has no region assigned yet, so it cannot visit ${region}.`,
    zh: `${group}尚未分配督察地区，不能走访${region}。`,
  }),
  noEarlierVisit: (region: string, date: string): Text => ({
    en: `A return visit needs an earlier visit to ${region} in this round, before ${date}.`,
    zh: `回访须以本轮在 ${date} 之前对${region}的走访为前提。`,
  }),
  implausibleYear: (year: number): Text => ({ en: `${year} is not a plausible year.`, zh: `${year} 不是合理的年份。` }),
  // Rounds and rotations.
  noRotationToClear: { en: 'The round has no rotation to clear.', zh: '本轮督察没有可清除的轮换安排。' },
  noRotationYet: {
    en: 'The round has no rotation yet: assign one before starting it.',
    zh: '本轮督察尚无轮换安排：请先指定再启动。',
  },
  orderOrAssignments: {
    en: 'Give the ring either as `order` or as `assignments`, not both or neither.',
    zh: '轮换闭环须以 `order` 或 `assignments` 之一给出，不能两者都给或都不给。',
  },
  assignedTwice: (groups: string[]): Text => ({
    en: `${names(groups)} assigned more than once.`,
    zh: `${names(groups)}被重复分配。`,
  }),
  groupCount: (groups: number, regions: number): Text => ({
    en: `The round has ${groups} groups for ${regions} regions: a ring needs one group per region.`,
    zh: `本轮有 ${groups} 个督察组、${regions} 个地区：轮换闭环要求每个地区对应一个督察组。`,
  }),
  /** Who names the regions that do not cover the ring. */
  coverSubjects: {
    'The order names': { en: 'The order names', zh: '顺序（order）列出了' },
    'The assignments name': { en: 'The assignments name', zh: '分配（assignments）列出了' },
  },
  cover: (subject: Text, count: number, total: number, repeated: string[], missing: string[]): Text => ({
    en: [
      `${subject.en} ${count} regions for ${total}`,
      ...(repeated.length > 0 ? [`repeated: ${names(repeated)}`] : []),
      ...(missing.length > 0 ? [`missing: ${names(missing)}`] : []),
    ]
      .join('; ')
      .concat('.'),
    zh: [
      `${subject.zh} ${count} 个地区，应为 ${total} 个`,
      ...(repeated.length > 0 ? [`重复：${names(repeated)}`] : []),
      ...(missing.length > 0 ? [`缺少：${names(missing)}`] : []),
    ]
      .join('；')
      .concat('。'),
  }),
  noGroupSeated: (region: string): Text => ({ en: `No group is seated at ${region}.`, zh: `没有来自${region}的督察组。` }),
  unassigned: (groups: string[]): Text => ({
    en: `No region is assigned to ${names(groups)}.`,
    zh: `${names(groups)}没有分配督察地区。`,
  }),
  ownRegion: { en: 'its own region', zh: '本组所在地区' },
  homeRegionOf: (who: string): Text => ({ en: `home region of ${who}`, zh: `${who}的来源地区` }),
  conflict: (group: string, region: string, why: Text): Text => ({
    en: `${group} → ${region} (${why.en})`,
    zh: `${group} → ${region}（${why.zh}）`,
  }),
  homeGround: (conflicts: Text[]): Text => ({
    en: `No group may inspect home ground: ${conflicts.map((c) => c.en).join('; ')}.`,
    zh: `督察组不得督察本地：${conflicts.map((c) => c.zh).join('；')}。`,
  }),
  separateCycles: (count: number, rings: string[]): Text => ({
    en: `The assignments form ${count} separate cycles, not one ring: ${rings.join('; ')}.`,
    zh: `分配形成了 ${count} 个相互独立的闭环，而不是一个：${rings.join('；')}。`,
  }),
  ringTooSmall: { en: 'A ring needs at least two regions.', zh: '轮换闭环至少需要两个地区。' },
  everyRegionSeated: { en: 'Every region needs its group seated at it.', zh: '每个地区都须有来自该地区的督察组。' },
  stuck: (groups: string[]): Text => ({
    en: `No valid ring exists: ${names(groups)} may inspect no region at all.`,
    zh: `不存在有效的轮换闭环：${names(groups)}没有任何可督察的地区。`,
  }),
  unreachable: (regions: string[]): Text => ({
    en: `No valid ring exists: no group may inspect ${names(regions)} (every group has a cadre from there, or sits there).`,
    zh: `不存在有效的轮换闭环：没有督察组可以督察${names(regions)}（每个督察组都有来自该地的干部，或本身就在该地）。`,
  }),
  noRing: {
    en: 'No valid ring exists: every way of sending each group to a region none of its cadres comes from leaves the regions in more than one cycle.',
    zh: '不存在有效的轮换闭环：凡是让每个督察组都去往其干部来源地以外地区的安排，都会把各地区分成多个闭环。',
  },
  // Groups.
  leaderProvincial: {
    en: 'A group is led by a cadre of a provincial unit (the commission or a provincial political-legal unit).',
    zh: '督察组组长须由省直单位（省委政法委或省级政法单位）的干部担任。',
  },
  leaderFromTarget: (region: string, group: string): Text => ({
    en: `The leader comes from ${region}, which ${group} is assigned to inspect.`,
    zh: `组长来自${region}，而${group}被分配督察该地区。`,
  }),
  memberFromTarget: (person: string, region: string, group: string): Text => ({
    en: `${person} comes from ${region}, which ${group} is assigned to inspect.`,
    zh: `${person}来自${region}，而${group}被分配督察该地区。`,
  }),
  alreadyServes: (person: string, group: string): Text => ({
    en: `${person} already serves in ${group} this round.`,
    zh: `${person}本轮已在${group}任职。`,
  }),
  regionHasGroup: (region: string, group: string): Text => ({
    en: `${region} already has its group in this round: ${group}.`,
    zh: `${region}本轮已有督察组：${group}。`,
  }),
  // Visits, findings and notices.
  notUnitsOf: (region: string, units: string[]): Text => ({
    en: `Not units of ${region}: ${names(units)}.`,
    zh: `以下单位不属于${region}：${names(units)}。`,
  }),
  methodRequired: { en: 'Name at least one method the visit used.', zh: '请至少写明一种走访方式。' },
  taskCheckedOnce: { en: 'Each task is checked once per visit.', zh: '每次走访中每项任务只能核查一次。' },
  unitNotInRegion: (unit: string, region: string): Text => ({
    en: `${unit} is not a unit of ${region}, the region visited.`,
    zh: `${unit}不是所走访地区${region}的单位。`,
  }),
  deadlineBeforeIssue: { en: 'The deadline comes before the notice is issued.', zh: '整改期限早于整改通知的下发日期。' },
  issuedBeforeVisit: {
    en: 'A notice cannot be issued before the visit that found the problem.',
    zh: '整改通知不能早于发现该问题的走访下发。',
  },
  findingHasNotice: { en: 'This finding already has its notice.', zh: '该问题已下发整改通知。' },
  // Evaluations.
  noRoundToEvaluate: (year: number): Text => ({
    en: `There is no inspection round for ${year} to evaluate.`,
    zh: `${year} 年度没有可供考评的督察轮次。`,
  }),
  scoreRange: { en: 'A score is between 0 and 100.', zh: '得分须在 0 到 100 之间。' },
  shareRange: (field: string): Text => ({ en: `${field} must be between 0 and 1.`, zh: `${field} 须在 0 到 1 之间。` }),
  weightsSum: {
    en: 'The weights of daily performance, inspection and rectification must add up to 1.',
    zh: '日常工作、督察和整改三项权重之和须为 1。',
  },
  verdictOrder: {
    en: 'A verdict is worth no more than a better one: MET ≥ PARTLY_MET ≥ NOT_MET.',
    zh: '较差的核查结论分值不得高于较好的：MET ≥ PARTLY_MET ≥ NOT_MET。',
  },
  deductionRange: (field: string): Text => ({
    en: `${field} must be between 0 and 100 points.`,
    zh: `${field} 须在 0 到 100 分之间。`,
  }),
});
