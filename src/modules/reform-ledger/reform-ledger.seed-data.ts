// Reform-ledger demo data. The figures follow the article about the province's political-legal
// reform: the reform framework (8 systems, 192 tasks), the rectification ledger (7 aspects, 16
// measures), the annual plans (2020: 82 measures, 2021: 43), 40 completed led reforms (领衔抓) and
// 133 reform cases, among them the named ones. Titles and descriptions beyond the named items are
// illustrative. Everything is generated deterministically (a seeded PRNG below): every run yields
// the same data.
import { DeliverableForm, LedgerKind, TaskStatus } from './reform-ledger.enums.js';
import { demoRegions as regions, demoUnits as units } from '../unit/index.js';
import type { LedgerSeed, LedReformSeed, ReformCaseSeed, SectionSeed, TaskSeed } from './reform-ledger.seed-types.js';

// ---------------------------------------------------------------------------------------------
// Helpers

/** mulberry32: a tiny seeded PRNG, so the data is the same on every run. */
function prng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** list[i], wrapping around. */
function at<T>(list: readonly T[], i: number): T {
  const value = list[((i % list.length) + list.length) % list.length];
  if (value === undefined) throw new Error('at: empty list');
  return value;
}

function shuffled<T>(list: readonly T[], rand: (n: number) => number): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rand(i + 1);
    [out[i], out[j]] = [at(out, j), at(out, i)];
  }
  return out;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The date `days` after a YYYY-MM-DD date. */
function addDays(date: string, days: number): Date {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2020, (m ?? 1) - 1, (d ?? 1) + days, 2, 30));
}
const ymd = (date: Date) => date.toISOString().slice(0, 10);

const unitName = new Map(units.map((u) => [u.code, u.name]));
const REGION_CODES = regions.map((r) => r.code);
/** A list written as one string, items separated by 、. */
const list = (text: string) => text.split('、');

/** Statuses shuffled into a ledger's tasks, by count. */
function statusPlan(counts: Partial<Record<TaskStatus, number>>, total: number, seed: number): TaskStatus[] {
  const list = Object.values(TaskStatus).flatMap((status) => Array<TaskStatus>(counts[status] ?? 0).fill(status));
  if (list.length !== total) throw new Error(`statusPlan: ${list.length} statuses for ${total} tasks`);
  return shuffled(list, prng(seed));
}

// ---------------------------------------------------------------------------------------------
// The 8 systems of the reform framework, each with its topics and the units that may lead them.

interface SystemSpec {
  code: string;
  title: string;
  /** Framework tasks in this system (the 8 sum to 192). */
  size: number;
  leads: string[];
  /** Suffixes of regional units (`<REGION>-<suffix>`) that may lead. */
  regional: string[];
  topics: string[];
}

const SYSTEMS: SystemSpec[] = [
  {
    code: 'S1',
    title: '执法司法责任体系',
    size: 30,
    leads: ['HLJ-GY', 'HLJ-JCY', 'HLJ-GAT', 'HLJ-SFT', 'HLJ-ZFW-SUPERVISION'],
    regional: ['FY', 'JCY', 'GAJ'],
    topics: list(
      '司法责任认定和追究、法官检察官惩戒、院庭长办案、检察官办案责任清单、错案责任倒查问责、执法过错责任追究、司法人员履职保护、案件质量评查、审判团队运行、民警执法责任',
    ),
  },
  {
    code: 'S2',
    title: '执法司法权力运行监督制约体系',
    size: 26,
    leads: ['HLJ-ZFW', 'HLJ-ZFW-SUPERVISION', 'HLJ-JCY', 'HLJ-GY', 'HLJ-GAT', 'HLJ-ZFW-INSPECTION'],
    regional: ['ZFW', 'JCY', 'FY'],
    topics: list(
      '审判权力运行监督、检察权运行内部制约、侦查监督与协作配合、执法司法公开、案件流程节点监控、干预司法活动记录通报、内部人员过问案件登记、执法司法巡查、涉案财物管理、律师执业权利保障',
    ),
  },
  {
    code: 'S3',
    title: '政法机构职能体系',
    size: 22,
    leads: ['HLJ-ZFW-REFORM', 'HLJ-BB', 'HLJ-ZFW', 'HLJ-GY', 'HLJ-JCY', 'HLJ-GAT', 'HLJ-SFT', 'BDH'],
    regional: ['GAJ', 'SFJ', 'ZFW'],
    topics: list(
      '政法委员会职能配置、法院内设机构、检察院内设机构、公安机构职能优化、司法行政职能整合、农垦政法管理体制、森工林区公安管理体制、基层政法单位机构编制、跨行政区划审判、派出所警务运行',
    ),
  },
  {
    code: 'S4',
    title: '诉讼制度体系',
    size: 28,
    leads: ['HLJ-GY', 'HLJ-JCY', 'HLJ-GAT', 'HLJ-SFT'],
    regional: ['FY', 'JCY', 'GAJ'],
    topics: list(
      '案件繁简分流、认罪认罚从宽、以审判为中心的刑事诉讼、刑事案件速裁程序、证人鉴定人出庭作证、刑事案件律师辩护全覆盖、小额诉讼程序、公益诉讼检察、行政争议实质性化解、执行难综合治理',
    ),
  },
  {
    code: 'S5',
    title: '社会治理体系',
    size: 26,
    leads: ['HLJ-ZFW', 'HLJ-ZFW-STABILITY', 'HLJ-ZFW-RULE-OF-LAW', 'HLJ-GAT', 'HLJ-SFT', 'BDH'],
    regional: ['ZFW', 'GAJ', 'SFJ'],
    topics: list(
      '市域社会治理现代化、网格化服务管理、矛盾纠纷多元化解、社会治安防控、信访法治化、诉源治理、重大决策社会稳定风险评估、平安乡村建设、特殊人群服务管理、社区警务',
    ),
  },
  {
    code: 'S6',
    title: '公共法律服务体系',
    size: 20,
    leads: ['HLJ-SFT', 'HLJ-GY', 'HLJ-CZT', 'HLJ-ZFW-RULE-OF-LAW'],
    regional: ['SFJ', 'FY'],
    topics: list(
      '公共法律服务实体平台、人民调解、法律援助、律师调解、公证服务、司法鉴定管理、村（居）法律顾问、涉企法律服务、商事仲裁、法治宣传教育',
    ),
  },
  {
    code: 'S7',
    title: '政法队伍管理体系',
    size: 20,
    leads: ['HLJ-ZZB', 'HLJ-RST', 'HLJ-CZT', 'HLJ-BB', 'HLJ-ZFW-OFFICE', 'HLJ-GY', 'HLJ-JCY', 'HLJ-GAT'],
    regional: ['ZFW', 'FY', 'JCY', 'GAJ', 'SFJ'],
    topics: list(
      '政法干警招录培养、法官检察官员额管理、司法辅助人员管理、政法干警职业保障、政法干部交流轮岗、政法队伍教育整顿、政法干警绩效考核、警务辅助人员管理、政法经费保障、政法干警抚恤优待',
    ),
  },
  {
    code: 'S8',
    title: '智能化支撑体系',
    size: 20,
    leads: ['HLJ-ZFW-OFFICE', 'HLJ-GAT', 'HLJ-GY', 'HLJ-JCY', 'HLJ-SFT', 'HLJ-CZT'],
    regional: ['GAJ', 'FY', 'JCY', 'ZFW'],
    topics: list(
      '政法跨部门大数据办案、智慧法院、智慧检务、智慧警务、智慧司法行政、电子卷宗随案同步生成、政法网络安全、远程视频提讯、政法数据共享交换、移动微法院',
    ),
  },
];

/** Units that may support a task (支持配合). */
const SUPPORT_POOL = [
  'HLJ-GY',
  'HLJ-JCY',
  'HLJ-GAT',
  'HLJ-SFT',
  'HLJ-ZFW-REFORM',
  'HLJ-ZFW-RULE-OF-LAW',
  'HLJ-ZFW-SUPERVISION',
  'HLJ-ZZB',
  'HLJ-BB',
  'HLJ-CZT',
  'HLJ-RST',
];

// Title patterns, each with the deliverable form it yields.
const FRAMEWORK_PATTERNS: [(t: string) => string, DeliverableForm][] = [
  [(t) => `建立${t}工作机制`, DeliverableForm.WORK_MECHANISM],
  [(t) => `制定${t}办法`, DeliverableForm.REGULATION],
  [(t) => `出台${t}实施意见`, DeliverableForm.POLICY_DOCUMENT],
  [(t) => `开展${t}改革试点`, DeliverableForm.PILOT],
  [(t) => `建设${t}信息化平台`, DeliverableForm.INFORMATION_SYSTEM],
  [(t) => `形成${t}改革评估报告`, DeliverableForm.REPORT],
  [(t) => `完善${t}制度`, DeliverableForm.OTHER],
  [(t) => `推进${t}改革`, DeliverableForm.OTHER],
];

const PLAN_PATTERNS: [(t: string) => string, DeliverableForm][] = [
  [(t) => `制定${t}年度实施细则`, DeliverableForm.REGULATION],
  [(t) => `印发${t}年度工作要点`, DeliverableForm.POLICY_DOCUMENT],
  [(t) => `健全${t}协作配合机制`, DeliverableForm.WORK_MECHANISM],
  [(t) => `扩大${t}试点范围`, DeliverableForm.PILOT],
  [(t) => `上线运行${t}应用系统`, DeliverableForm.INFORMATION_SYSTEM],
  [(t) => `总结评估${t}推进情况`, DeliverableForm.REPORT],
  [(t) => `推动${t}在基层落地见效`, DeliverableForm.OTHER],
];

const DESCRIPTIONS: ((t: string, system: string) => string)[] = [
  (t) => `聚焦${t}中的突出问题，研究提出针对性改革举措，形成可复制、可推广的经验。`,
  (t) => `对标中央政法领域改革部署，结合我省实际细化${t}的工作要求，明确责任分工和时间节点。`,
  (t, s) => `梳理${t}现行规定和工作流程，补齐制度短板，推动${s}更加成熟定型。`,
  (t) => `坚持问题导向和目标导向，统筹推进${t}，建立任务清单和责任清单并跟踪问效。`,
];

const DELIVERABLES: Record<DeliverableForm, (t: string) => string> = {
  [DeliverableForm.POLICY_DOCUMENT]: (t) => `印发《关于${t}的实施意见》。`,
  [DeliverableForm.REGULATION]: (t) => `制定出台《${t}办法（试行）》。`,
  [DeliverableForm.WORK_MECHANISM]: (t) => `建立${t}工作机制，印发工作规程并运行。`,
  [DeliverableForm.INFORMATION_SYSTEM]: (t) => `${t}相关信息系统上线运行，完成全省部署。`,
  [DeliverableForm.PILOT]: (t) => `在试点单位完成${t}改革试点，形成试点总结报告。`,
  [DeliverableForm.REPORT]: (t) => `形成《${t}改革推进情况评估报告》。`,
  [DeliverableForm.OTHER]: (t) => `完成${t}相关改革任务，报送工作总结及佐证材料。`,
};

const RETURN_REASONS = [
  '成果材料仅为征求意见稿，文件尚未正式印发，请印发后重新报送。',
  '试点总结缺少数据支撑，请补充试点成效分析后重新报送。',
  '未附支持配合单位会签意见，请补齐后重新报送。',
  '成果与任务要求不完全对应，配套制度尚未出台，请补充完善。',
];

// ---------------------------------------------------------------------------------------------
// Task generation

/** The topic of each generated task, for progress narratives. */
const topicOf = new Map<TaskSeed, string>();

interface TaskInput {
  code: string;
  topic: string;
  title: string;
  description: string;
  form: DeliverableForm;
  lead: string;
  deadline: string;
  status: TaskStatus;
  implements?: string;
}

function makeTask(input: TaskInput, rand: (n: number) => number, index: number): TaskSeed {
  const { topic, form, lead, status } = input;
  const supportCount = at([0, 1, 1, 2, 2, 2, 3, 1, 0, 2], rand(10));
  const supporting: string[] = [];
  for (const candidate of shuffled(SUPPORT_POOL, rand)) {
    if (supporting.length >= supportCount) break;
    if (candidate !== lead) supporting.push(candidate);
  }
  const task: TaskSeed = {
    code: input.code,
    title: input.title,
    description: input.description,
    deliverableForm: form,
    lead,
    supporting,
    deadline: input.deadline,
    status,
    ...(input.implements ? { implements: input.implements } : {}),
  };
  if (status === TaskStatus.SUBMITTED || status === TaskStatus.RETURNED || status === TaskStatus.COMPLETED)
    task.deliverableDescription = DELIVERABLES[form](topic);
  if (status === TaskStatus.RETURNED) task.returnReason = at(RETURN_REASONS, index);
  if (status === TaskStatus.COMPLETED) task.completedAt = addDays(input.deadline, rand(36) - 25).toISOString();
  topicOf.set(task, topic);
  return task;
}

/** How many tasks each regional unit leads so far. */
const regionalUses = new Map<string, number>();

/** A regional unit `<REGION>-<suffix>` allowed for the system, preferring the given units. */
function regionalLead(system: SystemSpec, counter: number, preferred: string[] = []): string {
  const fits = preferred.filter((code) => system.regional.some((suffix) => code.endsWith(`-${suffix}`)));
  // The least used of the preferred units that fit, so that each of them gets its share.
  const uses = (code: string) => regionalUses.get(code) ?? 0;
  const lead = fits.length > 0 ? fits.reduce((best, code) => (uses(code) < uses(best) ? code : best)) : undefined;
  const chosen = lead ?? `${at(REGION_CODES, counter * 5 + 3)}-${at(system.regional, counter)}`;
  regionalUses.set(chosen, uses(chosen) + 1);
  return chosen;
}

const FRAMEWORK_DEADLINES = [
  '2020-06-30',
  '2020-09-30',
  '2020-12-31',
  '2021-03-31',
  '2021-06-30',
  '2021-09-30',
  '2021-12-31',
  '2022-06-30',
  '2022-12-31',
];
const MONTH_ENDS = ['03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30', '12-31'];

function buildFramework(preferredRegional: string[]): LedgerSeed {
  const rand = prng(20200101);
  const total = SYSTEMS.reduce((sum, s) => sum + s.size, 0);
  // Today (2026) every task not completed or cancelled is overdue: 22 of 192 here.
  const statuses = statusPlan(
    { COMPLETED: 168, IN_PROGRESS: 8, SUBMITTED: 4, RETURNED: 4, NOT_STARTED: 4, SUSPENDED: 2, CANCELLED: 2 },
    total,
    192,
  );
  let n = 0;
  const sections = SYSTEMS.map((system, s): SectionSeed => {
    const tasks: TaskSeed[] = [];
    for (let i = 0; i < system.size; i++, n++) {
      const topic = at(system.topics, i);
      const [title, form] = at(FRAMEWORK_PATTERNS, i + s + 3 * Math.floor(i / system.topics.length));
      const task = makeTask(
        {
          code: `F-${pad(n + 1, 3)}`,
          topic,
          title: title(topic),
          description: at(DESCRIPTIONS, i + s)(topic, system.title),
          form,
          lead: n % 4 === 3 ? regionalLead(system, Math.floor(n / 4), preferredRegional) : at(system.leads, rand(system.leads.length)),
          deadline: at(FRAMEWORK_DEADLINES, rand(FRAMEWORK_DEADLINES.length)),
          status: at(statuses, n),
        },
        rand,
        n,
      );
      tasks.push(task);
    }
    return { code: system.code, title: system.title, tasks };
  });
  return {
    code: 'FRAMEWORK',
    kind: LedgerKind.REFORM_FRAMEWORK,
    year: null,
    title: '黑龙江省政法领域全面深化改革实施方案（改革框架）',
    sections,
  };
}

// The 7 aspects of rectification and their 16 measures: title, lead unit, deliverable form.
const ASPECTS: { title: string; measures: [string, string, DeliverableForm][] }[] = [
  {
    title: '改革统筹谋划方面',
    measures: [
      ['健全政法领域改革专项小组议事规则', 'HLJ-ZFW-REFORM', DeliverableForm.REGULATION],
      ['建立改革任务月调度、季通报制度', 'HLJ-ZFW-REFORM', DeliverableForm.WORK_MECHANISM],
      ['开展政法领域改革专题学习培训', 'HLJ-ZFW-OFFICE', DeliverableForm.OTHER],
    ],
  },
  {
    title: '任务落实和责任压实方面',
    measures: [
      ['制定改革任务台账化管理办法', 'HLJ-ZFW-REFORM', DeliverableForm.REGULATION],
      ['建立主要负责人领衔抓改革制度', 'HLJ-ZFW', DeliverableForm.POLICY_DOCUMENT],
      ['对滞后改革任务实行挂牌督办', 'HLJ-ZFW-INSPECTION', DeliverableForm.WORK_MECHANISM],
    ],
  },
  {
    title: '配套制度衔接方面',
    measures: [
      ['清理与改革要求不相适应的规范性文件', 'HLJ-ZFW-RULE-OF-LAW', DeliverableForm.REPORT],
      ['制定司法责任制综合配套改革实施细则', 'HLJ-GY', DeliverableForm.REGULATION],
    ],
  },
  {
    title: '基层改革推进方面',
    measures: [
      ['建立市县改革工作联系点制度', 'HLJ-ZFW-REFORM', DeliverableForm.PILOT],
      ['开展基层政法单位改革专项督察', 'HLJ-ZFW-INSPECTION', DeliverableForm.REPORT],
    ],
  },
  {
    title: '改革成效评估方面',
    measures: [
      ['制定政法领域改革成效评估指标体系', 'HLJ-ZFW-REFORM', DeliverableForm.POLICY_DOCUMENT],
      ['开展改革成效第三方评估', 'HLJ-ZFW-RULE-OF-LAW', DeliverableForm.REPORT],
    ],
  },
  {
    title: '智能化支撑方面',
    measures: [
      ['推进政法跨部门办案平台互联互通', 'HLJ-ZFW-OFFICE', DeliverableForm.INFORMATION_SYSTEM],
      ['统一政法数据共享交换标准', 'HLJ-GAT', DeliverableForm.INFORMATION_SYSTEM],
    ],
  },
  {
    title: '队伍保障方面',
    measures: [
      ['完善政法干警职业保障政策落实机制', 'HLJ-RST', DeliverableForm.WORK_MECHANISM],
      ['建立政法改革骨干人才库', 'HLJ-ZZB', DeliverableForm.OTHER],
    ],
  },
];

function buildRectification(): LedgerSeed {
  const rand = prng(20200316);
  const statuses = statusPlan({ COMPLETED: 15, IN_PROGRESS: 1 }, 16, 16);
  let n = 0;
  const sections = ASPECTS.map((aspect, a): SectionSeed => {
    const tasks = aspect.measures.map(([title, lead, form]) => {
      const topic = title.replace(/^(健全|建立|开展|制定|对|清理|推进|统一|完善)/, '');
      const task = makeTask(
        {
          code: `R-${pad(n + 1, 2)}`,
          topic,
          title,
          description: `针对${aspect.title}存在的问题，${title}，按期整改到位并建立长效机制。`,
          form,
          lead,
          deadline: `2020-${at(MONTH_ENDS, 2 + a + (n % 2))}`,
          status: at(statuses, n),
        },
        rand,
        n,
      );
      n++;
      return task;
    });
    return { code: `A${a + 1}`, title: aspect.title, tasks };
  });
  return { code: 'RECTIFICATION', kind: LedgerKind.RECTIFICATION, year: null, title: '黑龙江省政法领域改革问题整改台账', sections };
}

/** An annual plan: `perSection[s]` measures in system s, implementing framework tasks `firstTask + j` of that system. */
function buildPlan(
  year: number,
  perSection: number[],
  firstTask: number,
  counts: Partial<Record<TaskStatus, number>>,
  preferredRegional: string[],
): LedgerSeed {
  const rand = prng(year * 7 + 1);
  const total = perSection.reduce((a, b) => a + b, 0);
  const statuses = statusPlan(counts, total, year);
  const prefix = `P${year % 100}`;
  let n = 0;
  let frameworkStart = 0;
  const sections = SYSTEMS.map((system, s): SectionSeed => {
    const tasks: TaskSeed[] = [];
    for (let j = 0; j < (perSection[s] ?? 0); j++, n++) {
      const taskIndex = firstTask + j;
      const topic = at(system.topics, taskIndex);
      const [title, form] = at(PLAN_PATTERNS, j + s + year);
      const lead = n % 3 === 2 ? regionalLead(system, Math.floor(n / 3), preferredRegional) : at(system.leads, rand(system.leads.length));
      const implementsCode = `F-${pad(frameworkStart + taskIndex + 1, 3)}`;
      const task = makeTask(
        {
          code: `${prefix}-${pad(n + 1, 2)}`,
          topic,
          title: title(topic),
          description: `落实改革框架任务${implementsCode}，${year}年内${at(['完成', '推动', '深化', '巩固'], j)}${topic}阶段性改革目标。`,
          form,
          lead,
          deadline: `${year}-${at(MONTH_ENDS, rand(MONTH_ENDS.length))}`,
          status: at(statuses, n),
          implements: implementsCode,
        },
        rand,
        n,
      );
      tasks.push(task);
    }
    frameworkStart += system.size;
    return { code: system.code, title: system.title, tasks };
  });
  return { code: `PLAN-${year}`, kind: LedgerKind.ANNUAL_PLAN, year, title: `黑龙江省政法领域改革${year}年度工作要点`, sections };
}

// ---------------------------------------------------------------------------------------------
// Led reforms (领衔抓): 20 in 2020, 20 in 2021. The commission's three yearly themes are led by the
// commission's own principal head (unit HLJ-ZFW): two in 2020, one in 2021 (our choice; the article
// names the themes, not how they split over the years).

const LED_REFORMS: [number, string, string][] = [
  [2020, 'HLJ-ZFW', '构建执法司法权力运行制约监督体系'],
  [2020, 'HLJ-ZFW', '推进市域社会治理现代化试点'],
  [2020, 'HLJ-GY', '深化司法责任制综合配套改革'],
  [2020, 'HLJ-JCY', '推行主副卷一并审查工作机制'],
  [2020, 'HLJ-GAT', '建设执法办案管理中心'],
  [2020, 'HLJ-SFT', '完善人民调解工作体系'],
  [2020, 'HLJ-BB', '优化政法机构职能配置'],
  [2020, 'HLJ-CZT', '健全政法经费分类保障机制'],
  [2020, 'HLJ-RST', '完善政法干警职业保障'],
  [2020, 'BDH', '推进农垦政法管理体制改革'],
  [2020, 'HRB-ZFW', '推进市域社会治理“哈尔滨模式”'],
  [2020, 'HRB-FY', '推进案件繁简分流改革'],
  [2020, 'DQ-SFJ', '打造大庆人民调解品牌'],
  [2020, 'QQHR-GAJ', '推进公安执法规范化建设'],
  [2020, 'MDJ-JCY', '推进认罪认罚从宽制度适用'],
  [2020, 'JMS-FY', '深化诉源治理改革'],
  [2020, 'JX-SFJ', '推进公共法律服务实体平台建设'],
  [2020, 'SH-ZFW', '推进网格化服务管理'],
  [2020, 'HH-FY', '推进边境地区审判工作机制创新'],
  [2020, 'YC-GAJ', '推进林区公安管理体制改革'],
  [2021, 'HLJ-ZFW', '健全政法领域改革督察落实机制'],
  [2021, 'HLJ-GY', '推进四级法院审级职能定位改革'],
  [2021, 'HLJ-JCY', '深化检察官办案责任制'],
  [2021, 'HLJ-GAT', '深化公安“放管服”改革'],
  [2021, 'HLJ-SFT', '推进公共法律服务体系建设'],
  [2021, 'HLJ-ZZB', '完善政法队伍选育管用机制'],
  [2021, 'HRB-GAJ', '推进智慧警务建设'],
  [2021, 'HRB-FY', '深化一站式多元解纷机制建设'],
  [2021, 'DQ-ZFW', '推进市域社会治理现代化'],
  [2021, 'QQHR-FY', '推进民事诉讼程序繁简分流改革试点'],
  [2021, 'MDJ-SFJ', '推进律师调解全覆盖'],
  [2021, 'JMS-JCY', '拓展公益诉讼检察'],
  [2021, 'JX-ZFW', '推进矛盾纠纷多元化解'],
  [2021, 'SYS-FY', '推进执行难综合治理'],
  [2021, 'QTH-JCY', '推进侦查监督与协作配合'],
  [2021, 'HG-GAJ', '推进派出所警务运行机制改革'],
  [2021, 'HH-SFJ', '推进法律援助便民服务'],
  [2021, 'SH-FY', '推进智慧法院建设'],
  [2021, 'DXAL-ZFW', '推进平安林区建设'],
  [2021, 'HLJ-CZT', '健全政法信息化建设经费保障机制'],
];

/** Regional units heading led reforms (bar HRB-FY, which gets its tasks below): they lead the regional tasks. */
const regionalOfYear = (year?: number) =>
  LED_REFORMS.filter(
    ([y, unit]) => (year === undefined || y === year) && /^[A-Z]+-(ZFW|FY|JCY|GAJ|SFJ)$/.test(unit) && unit !== 'HRB-FY',
  ).map(([, unit]) => unit);

// ---------------------------------------------------------------------------------------------
// The ledgers

const framework = buildFramework(regionalOfYear());
const rectification = buildRectification();
const plan2020 = buildPlan(
  2020,
  [11, 11, 10, 10, 10, 10, 10, 10],
  0,
  { COMPLETED: 76, IN_PROGRESS: 2, SUBMITTED: 1, RETURNED: 1, SUSPENDED: 1, CANCELLED: 1 },
  regionalOfYear(2020),
);
const plan2021 = buildPlan(
  2021,
  [6, 6, 6, 5, 5, 5, 5, 5],
  11,
  { COMPLETED: 37, IN_PROGRESS: 2, SUBMITTED: 1, RETURNED: 1, NOT_STARTED: 1, CANCELLED: 1 },
  regionalOfYear(2021),
);

export const ledgers: LedgerSeed[] = [framework, rectification, plan2020, plan2021];

// The demo user `officer` belongs to the Harbin intermediate court (HRB-FY): give that court tasks
// to lead (preferably in the court-related systems S1, S4, S8) and tasks to support.
const HRB_FY = 'HRB-FY';
const tasksOf = (ledger: LedgerSeed, preferred: string[] = []) => {
  const all = ledger.sections.flatMap((section) => section.tasks.map((task) => ({ section: section.code, task })));
  return [...all.filter((t) => preferred.includes(t.section)), ...all.filter((t) => !preferred.includes(t.section))].map((t) => t.task);
};
function assignHrbFy(ledger: LedgerSeed, role: 'lead' | 'supporting', wanted: [TaskStatus, number][]) {
  const candidates = tasksOf(ledger, ['S1', 'S4', 'S8', 'A3']).filter(
    (task) => task.lead !== HRB_FY && !task.supporting.includes(HRB_FY) && !task.lead.startsWith('HRB-'),
  );
  for (const [status, count] of wanted) {
    // Every third candidate, so the court's tasks spread over the ledger.
    const matching = candidates.filter((task) => task.status === status);
    const picked = [...matching.filter((_, i) => i % 3 === 1), ...matching.filter((_, i) => i % 3 !== 1)].slice(0, count);
    for (const task of picked) {
      if (role === 'lead') {
        task.lead = HRB_FY;
      } else {
        task.supporting = [...task.supporting.slice(0, 2), HRB_FY];
      }
    }
  }
}
assignHrbFy(framework, 'lead', [
  [TaskStatus.IN_PROGRESS, 2],
  [TaskStatus.RETURNED, 1],
  [TaskStatus.COMPLETED, 3],
]);
assignHrbFy(framework, 'supporting', [
  [TaskStatus.COMPLETED, 2],
  [TaskStatus.IN_PROGRESS, 1],
]);
assignHrbFy(plan2020, 'lead', [[TaskStatus.COMPLETED, 1]]);
assignHrbFy(plan2021, 'lead', [[TaskStatus.IN_PROGRESS, 1]]);
assignHrbFy(plan2021, 'supporting', [[TaskStatus.COMPLETED, 1]]);
assignHrbFy(rectification, 'supporting', [[TaskStatus.COMPLETED, 1]]);

// Progress reports, by the officer of HRB-FY, on the tasks the court leads or supports.
const LEAD_NARRATIVES: ((t: string) => string)[] = [
  (t) => `已成立工作专班，完成${t}现状调研，起草工作方案。`,
  (t) => `${t}相关制度草案已征求院内各部门意见，正在修改完善。`,
  (t) => `${t}相关成果已经院党组会审议通过，按程序报送省委政法委。`,
];
const SUPPORT_NARRATIVES: ((t: string) => string)[] = [
  (t) => `作为配合单位，已按牵头单位要求报送${t}相关基础数据和意见建议。`,
  (t) => `配合牵头单位完成${t}在我院的试点运行，报送运行情况。`,
];
for (const ledger of ledgers) {
  for (const task of tasksOf(ledger)) {
    const leads = task.lead === HRB_FY;
    if (!leads && !task.supporting.includes(HRB_FY)) continue;
    const topic = topicOf.get(task) ?? task.title;
    const anchor = task.completedAt && task.completedAt.slice(0, 10) < task.deadline ? task.completedAt.slice(0, 10) : task.deadline;
    const percents = !leads
      ? task.status === TaskStatus.COMPLETED
        ? [50, 100]
        : [40]
      : task.status === TaskStatus.COMPLETED
        ? [30, 70, 100]
        : task.status === TaskStatus.RETURNED
          ? [50, 90]
          : [35, 60];
    const narratives = leads ? LEAD_NARRATIVES : SUPPORT_NARRATIVES;
    task.progress = percents.map((percent, i) => ({
      reportedOn: ymd(addDays(anchor, -25 * (percents.length - i) - 5)),
      percent,
      narrative: at(narratives, i)(topic),
      reporter: 'officer',
    }));
  }
}

// ---------------------------------------------------------------------------------------------
// Led reforms: each links 1–4 COMPLETED tasks completed in (or just after) its year, preferably led
// by its unit, else supported by it, else led by a unit of the same line (the commission's
// divisions, the regional unit's provincial counterpart), else any such task of that year's plan.

const allTasks = ledgers.flatMap((ledger) => tasksOf(ledger).map((task) => ({ ledger: ledger.code, task })));
const usedTasks = new Set<TaskSeed>();

export const ledReforms: LedReformSeed[] = LED_REFORMS.map(([year, unit, theme], k): LedReformSeed => {
  const parent = units.find((u) => u.code === unit)?.parent;
  const inWindow = ({ ledger, task }: { ledger: string; task: TaskSeed }) =>
    task.status === TaskStatus.COMPLETED &&
    !usedTasks.has(task) &&
    (ledger === `PLAN-${year}` || ledger === 'FRAMEWORK' || (ledger === 'RECTIFICATION' && year === 2020)) &&
    (task.completedAt ?? '') >= `${year}-03-01` &&
    (task.completedAt ?? '') < `${year + 1}-02-15`;
  const tiers = [
    (t: TaskSeed) => t.lead === unit,
    (t: TaskSeed) => t.supporting.includes(unit),
    (t: TaskSeed) => t.lead.startsWith(`${unit}-`) || (parent !== undefined && t.lead === parent),
  ];
  const want = 1 + (k % 4);
  const linked: { ledger: string; task: TaskSeed }[] = [];
  for (const [t, tier] of tiers.entries()) {
    if (t === 2 && linked.length > 0) break;
    for (const entry of allTasks) if (linked.length < want && inWindow(entry) && tier(entry.task)) linked.push(entry);
  }
  if (linked.length === 0) {
    const fallback = allTasks.find((entry) => entry.ledger === `PLAN-${year}` && inWindow(entry));
    if (fallback) linked.push(fallback);
  }
  for (const { task } of linked) usedTasks.add(task);
  const latest = linked.reduce((max, { task }) => ((task.completedAt ?? '') > max ? (task.completedAt ?? '') : max), `${year}-06-30`);
  return {
    theme,
    year,
    unit,
    tasks: linked.map(({ ledger, task }) => ({ ledger, task: task.code })),
    completedAt: addDays(latest.slice(0, 10), 3 + (k % 8)).toISOString(),
  };
});

// ---------------------------------------------------------------------------------------------
// Reform cases (改革案例): the four named in the article, and 129 illustrative ones.

const COMMISSION = '中共黑龙江省委政法委员会';

const namedCases: ReformCaseSeed[] = [
  {
    unit: 'HLJ-GY',
    title: '黑龙江省高级人民法院全面落实司法责任制的系列举措',
    summary:
      '省法院制定院庭长权力清单和监督管理办法，推行审判团队化运行和类案检索制度，健全法官惩戒和错案责任追究机制，推动“让审理者裁判、由裁判者负责”落到实处。',
    status: 'SELECTED',
    recognition: { level: 'PROVINCIAL', by: COMMISSION },
  },
  {
    unit: 'HLJ-JCY',
    title: '黑龙江省人民检察院推行主副卷一并审查机制',
    summary: '在审查逮捕、审查起诉环节将侦查机关的主卷与副卷一并调取审查，及时发现和纠正侦查活动中的违法问题，强化对侦查权的监督制约。',
    status: 'SELECTED',
    recognition: { level: 'NATIONAL', by: '最高人民检察院' },
  },
  {
    unit: 'HLJ-GAT',
    title: '黑龙江省公安厅建设195个执法办案管理中心',
    summary:
      '全省公安机关建成195个执法办案管理中心，实行涉案人员统一看管、涉案财物集中管理、案件全流程监督，推动执法办案集约化、规范化、智能化。',
    status: 'SELECTED',
    recognition: { level: 'PROVINCIAL', by: COMMISSION },
    visits: [
      {
        visitedOn: '2020-10-22',
        visitingUnit: 'HLJ-ZFW',
        notes: '实地察看执法办案管理中心运行情况，要求进一步完善涉案财物管理和案件全流程监督，总结提炼可推广的经验。',
      },
    ],
  },
  {
    unit: 'DQ-SFJ',
    title: '大庆市人民调解工作模式',
    summary: '大庆市构建覆盖市、县、乡、村四级的人民调解组织网络，发展行业性专业性调解组织，推动矛盾纠纷就地化解、源头化解。',
    status: 'SELECTED',
    recognition: { level: 'PROVINCIAL', by: COMMISSION },
    visits: [
      {
        visitedOn: '2020-08-18',
        visitingUnit: 'HLJ-ZFW-REFORM',
        notes: '调研大庆市人民调解工作，指导梳理调解组织网络建设和诉调对接做法，提出培育为全省改革案例的具体建议。',
      },
    ],
  },
];

// Illustrative case topics by unit line (the code's suffix), each ending in 的实践 / 的探索 / 的做法.
const CASE_TOPICS: Record<string, string[]> = {
  ZFW: list(
    '推进市域社会治理现代化试点、构建“一站式”矛盾纠纷调处化解中心、推行网格化服务管理、建立重大决策社会稳定风险评估机制、推进平安乡村建设、开展执法司法专项巡查、推进综治中心规范化建设、构建“党建+网格+大数据”社会治理模式、推行政法改革任务清单化管理',
  ),
  FY: list(
    '推行“分调裁审”机制、深化审判团队改革、建设一站式诉讼服务中心、推进民商事案件繁简分流、完善院庭长阅核监管机制、推进执行指挥中心实体化运行、开展小额诉讼程序改革试点、推行电子卷宗随案同步生成、构建“法官进网格”诉源治理格局',
  ),
  JCY: list(
    '推行认罪认罚从宽制度、开展公益诉讼检察、建立侦查监督与协作配合办公室、推行捕诉一体办案机制、开展检察听证、推进羁押必要性审查、建立检察官业绩考评体系、开展涉案企业合规改革试点、推进未成年人检察一体化',
  ),
  GAJ: list(
    '推进执法办案场所规范化建设、推行“一站式”警务服务、推进派出所“两队一室”警务运行机制改革、建设智慧警务平台、推行涉案财物集中管理、开展受案立案制度改革、推进警务辅助人员管理改革、推行户政业务“最多跑一次”、建立刑事案件“两统一”审核机制',
  ),
  SFJ: list(
    '建设公共法律服务中心、推行“枫桥式”司法所建设、推进律师调解全覆盖、开展公证“最多跑一次”改革、建立法律援助值班律师工作机制、推进村（居）法律顾问全覆盖、构建行业性专业性人民调解组织、推行社区矫正智慧化管理、开展“法治体检”服务民营企业',
  ),
};
const LINE_OF: Record<string, string> = { 'HLJ-ZFW': 'ZFW', 'HLJ-GY': 'FY', 'HLJ-JCY': 'JCY', 'HLJ-GAT': 'GAJ', 'HLJ-SFT': 'SFJ' };
const CASE_UNITS = [...Object.keys(LINE_OF), ...REGION_CODES.flatMap((r) => ['ZFW', 'FY', 'JCY', 'GAJ', 'SFJ'].map((s) => `${r}-${s}`))];
const CASE_SUFFIXES = ['的实践', '的探索', '的做法'];
const CASE_SUMMARIES: ((unit: string, topic: string) => string)[] = [
  (u, t) => `${u}立足本地实际${t}，形成了制度化、可复制的工作经验。`,
  (u, t) => `${u}以问题为导向${t}，办案质效和群众满意度明显提升。`,
  (u, t) => `${u}${t}，建立配套制度和工作流程，改革成效初步显现。`,
];

const caseRand = prng(133);
const caseStatuses = shuffled(
  [
    ...Array<ReformCaseSeed['status']>(36).fill('CULTIVATING'),
    ...Array<ReformCaseSeed['status']>(44).fill('SUBMITTED'),
    ...Array<ReformCaseSeed['status']>(32).fill('SELECTED'),
    ...Array<ReformCaseSeed['status']>(17).fill('NOT_SELECTED'),
  ],
  caseRand,
);
let selected = 0;
let visitedHrbFy = false;
const illustrativeCases = caseStatuses.map((status, i): ReformCaseSeed => {
  const unit = at(CASE_UNITS, i * 11);
  const line = LINE_OF[unit] ?? unit.slice(unit.lastIndexOf('-') + 1);
  const topic = at(CASE_TOPICS[line] ?? [], Math.floor(i / 2) + (i % 2) * 4);
  const name = unitName.get(unit) ?? unit;
  const reformCase: ReformCaseSeed = {
    unit,
    title: `${name}${topic}${at(CASE_SUFFIXES, i)}`,
    summary: at(CASE_SUMMARIES, i)(name, topic),
    status,
  };
  if (status === 'SELECTED')
    reformCase.recognition = selected++ % 10 === 4 ? { level: 'NATIONAL', by: '中央政法委员会' } : { level: 'PROVINCIAL', by: COMMISSION };
  if (unit === HRB_FY && !visitedHrbFy && status !== 'NOT_SELECTED') {
    visitedHrbFy = true;
    reformCase.visits = [
      {
        visitedOn: '2021-05-12',
        visitingUnit: 'HLJ-ZFW-REFORM',
        notes: '到哈尔滨市中级人民法院调研改革案例培育情况，建议补充改革前后办案数据对比，进一步提炼制度成果。',
      },
    ];
  }
  return reformCase;
});

export const reformCases: ReformCaseSeed[] = [...namedCases, ...illustrativeCases];
