import { computeYear } from './evaluation/evaluation.service.js';
import { RegionEvaluation } from './evaluation/region-evaluation.entity.js';
import { CheckVerdict, FindingSeverity, VisitKind, VisitMethod } from './inspection.enums.js';
import type { RectificationFeedback } from './notices/rectification-feedback.entity.js';
import { RectificationNotice } from './notices/rectification-notice.entity.js';
import { InspectionGroup } from './rounds/inspection-group.entity.js';
import { InspectionRound } from './rounds/inspection-round.entity.js';
import { Finding } from './visits/finding.entity.js';
import { InspectionVisit } from './visits/inspection-visit.entity.js';
import { TaskCheck } from './visits/task-check.entity.js';
import { Person, Region } from '../unit/index.js';
import { demoRegions as regionSeeds } from '../unit/index.js';
import { cycle, existing, lookup, must, type SeedRun } from '../../shared/db/seed-kit.js';

// The rotating inspections of 2020 and 2021: 13 groups a year, each led by a division-level cadre
// of the commission or a provincial political-legal unit, with 3 cadres of one region's commission
// as members; a ring over the 13 regions (2020: each region's group inspects the next region in
// the list; 2021: the region five places on); unannounced visits and return visits; 162 findings
// in all (the article's figure), each with its rectification notice, most closed, some overdue;
// and the regions' evaluations. Names, verdicts, problems and daily scores are illustrative.

const LEADER_UNITS = [
  'HLJ-ZFW',
  'HLJ-ZFW',
  'HLJ-ZFW-INSPECTION',
  'HLJ-ZFW-INSPECTION',
  'HLJ-ZFW-SUPERVISION',
  'HLJ-ZFW-REFORM',
  'HLJ-ZFW-STABILITY',
  'HLJ-GY',
  'HLJ-GY',
  'HLJ-JCY',
  'HLJ-JCY',
  'HLJ-GAT',
  'HLJ-SFT',
];
const SURNAMES = ['韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '于', '蒋', '蔡', '余', '杜', '叶', '程', '苏', '魏'];
const GIVEN = ['明远', '振宇', '书平', '晓光', '立伟', '春雷', '建华', '海燕', '国强', '丽娜', '志刚', '文静', '忠诚', '雪松'];
const cadreName = (i: number) => `${cycle(SURNAMES, i)}${cycle(GIVEN, i * 3 + Math.floor(i / SURNAMES.length))}`;

const PROBLEMS = [
  '改革任务推进滞后，未按时限完成阶段性目标',
  '配套制度未及时出台，改革举措落地不实',
  '台账记录不完整，进展情况与实际不符',
  '责任分工不明确，牵头单位统筹不力',
  '基层知晓率低，宣传解读不到位',
  '数据平台未互联互通，信息共享不畅',
  '整改措施流于形式，问题反弹回潮',
  '执法办案流程不规范，监督制约机制未落实',
];
const SEVERITIES = [
  FindingSeverity.MINOR,
  FindingSeverity.MINOR,
  FindingSeverity.SERIOUS,
  FindingSeverity.MINOR,
  FindingSeverity.SERIOUS,
  FindingSeverity.MINOR,
  FindingSeverity.CRITICAL,
  FindingSeverity.MINOR,
  FindingSeverity.SERIOUS,
  FindingSeverity.MINOR,
];
const VERDICTS = [
  CheckVerdict.MET,
  CheckVerdict.MET,
  CheckVerdict.PARTLY_MET,
  CheckVerdict.MET,
  CheckVerdict.NOT_MET,
  CheckVerdict.PARTLY_MET,
];
const UNIT_SUFFIXES = ['ZFW', 'FY', 'JCY', 'GAJ', 'SFJ'];

interface RoundPlan {
  year: number;
  /** The ring: the group of the region at i inspects the region `step` places on. */
  step: number;
  findings: number;
  visitsFrom: string;
  returnsFrom: string;
  /** Visits that found problems get this many days for the feedback. */
  days: number;
}

const PLANS: RoundPlan[] = [
  { year: 2020, step: 1, findings: 88, visitsFrom: '2020-10-12', returnsFrom: '2020-11-16', days: 30 },
  { year: 2021, step: 5, findings: 74, visitsFrom: '2021-09-13', returnsFrom: '2021-10-18', days: 30 },
];

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function seedInspections(run: SeedRun): Promise<void> {
  const { adds } = run;
  const units = lookup(run, 'units');
  const users = lookup(run, 'users');
  const tasks = lookup(run, 'tasks');
  const em = adds.tx.em;
  const present = await existing(em, InspectionRound, (r) => String(r.year));
  const plans = PLANS.filter((p) => !present.has(String(p.year)));
  if (plans.length === 0) return;

  const regions = await existing(em, Region, (r) => r.code);
  const ring = regionSeeds.map((r) => must(regions, r.code));
  const people = await existing(em, Person, (p) => `${p.unit.code}/${p.name}`);
  const person = (unitCode: string, name: string, title: string) => {
    const key = `${unitCode}/${name}`;
    const found = people.get(key);
    if (found) return found;
    const created = new Person({ name, title, unit: must(units, unitCode) });
    people.set(key, created);
    adds.add(created, 'Person', { unit: unitCode, name, title }, 'people');
    return created;
  };
  const leaders = LEADER_UNITS.map((code, i) => person(code, cadreName(i), i < 2 ? '督察专员（一级巡视员）' : '处长'));
  const members = ring.map((region, r) => [0, 1, 2].map((k) => person(`${region.code}-ZFW`, cadreName(20 + r * 3 + k), '干部')));
  const inspector = must(users, 'inspector');
  const officer = must(users, 'officer');
  await adds.flush();

  let random = 20201;
  const next = () => (random = (random * 1103515245 + 12345) % 2147483648) / 2147483648;

  for (const plan of plans) {
    const round = new InspectionRound({ year: plan.year, title: `${plan.year}年度政法领域全面深化改革推磨式督察` });
    adds.add(round, 'InspectionRound', { year: round.year, title: round.title }, 'inspectionRounds');
    const groups = ring.map((home, i) => {
      const group = new InspectionGroup({
        round,
        ordinal: i + 1,
        name: null,
        leader: cycle(leaders, i),
        leaderIsProvincial: true,
        leaderHomeRegion: null,
        homeRegion: home,
      });
      adds.add(
        group,
        'InspectionGroup',
        {
          year: plan.year,
          name: group.name,
          leader: cycle(leaders, i).name,
          homeRegion: home.name,
          members: cycle(members, i).map((m) => m.name),
        },
        'inspectionGroups',
      );
      return group;
    });
    await adds.flush();
    const formed = new Date(`${plan.year}-08-20T09:00:00+08:00`);
    groups.forEach((group, i) => {
      for (const member of cycle(members, i)) em.persist(group.admit(member, group.homeRegion, formed));
      group.assignedRegion = cycle(ring, i + plan.step);
    });
    round.rotationAssigned(new Date(`${plan.year}-09-01T09:00:00+08:00`));
    round.start(`${plan.year}-09-10`);

    // One unannounced visit per group; every third group comes back for a return visit.
    const planTasks = [...tasks.entries()].filter(([key]) => key.startsWith(`PLAN-${plan.year}/`)).map(([, task]) => task);
    const visits: InspectionVisit[] = [];
    const end = `${plan.year}-12-31`;
    groups.forEach((group, i) => {
      const region = cycle(ring, i + plan.step);
      const unitsVisited = UNIT_SUFFIXES.slice(0, 3).map((s) => must(units, `${region.code}-${s}`));
      visits.push(
        new InspectionVisit(
          {
            group,
            region,
            visitedOn: addDays(plan.visitsFrom, i),
            kind: VisitKind.UNANNOUNCED,
            methods: [VisitMethod.DOCUMENTS, VisitMethod.DATA, VisitMethod.INTERVIEWS, VisitMethod.SITE],
            units: unitsVisited,
            summary: `（示例）${group.name}不发通知、不打招呼、不听汇报、不用陪同接待，直奔基层、直插现场，督察${region.name}改革任务落实情况。`,
            recordedBy: inspector,
            visitedBefore: false,
          },
          end,
        ),
      );
      if (i % 3 === 0)
        visits.push(
          new InspectionVisit(
            {
              group,
              region,
              visitedOn: addDays(plan.returnsFrom, i),
              kind: VisitKind.RETURN_VISIT,
              methods: [VisitMethod.SITE, VisitMethod.INTERVIEWS],
              units: unitsVisited.slice(0, 1),
              summary: `（示例）${group.name}杀回马枪，复查${region.name}问题整改情况。`,
              recordedBy: inspector,
              visitedBefore: true,
            },
            end,
          ),
        );
    });
    const checks = visits.flatMap((visit, v) =>
      [0, 1, 2, 3].map((k) => {
        const pick = () => cycle(VERDICTS, Math.floor(next() * VERDICTS.length));
        return new TaskCheck({
          visit,
          task: cycle(planTasks, v * 4 + k),
          quantity: pick(),
          results: pick(),
          quality: pick(),
          notes: '（示例）查阅资料、调取数据、个别访谈、实地查看',
        });
      }),
    );
    for (const visit of visits) {
      const checked = checks
        .filter((c) => c.visit === visit)
        .map((c) => ({ task: c.task.code, quantity: c.quantity, results: c.results, quality: c.quality }));
      adds.add(
        visit,
        'InspectionVisit',
        { visitedOn: visit.visitedOn, kind: visit.kind, region: visit.region.name, checks: checked },
        'inspectionVisits',
      );
    }
    em.persist(checks);
    await adds.flush();

    // The findings spread over the visits, each on a task the visit checked.
    const findings = Array.from({ length: plan.findings }, (_, f) => {
      const visit = cycle(visits, f);
      const checked = checks.filter((c) => c.visit === visit);
      return new Finding({
        visit,
        task: cycle(checked, f).task,
        unit: must(units, `${visit.region.code}-${cycle(UNIT_SUFFIXES, f)}`),
        description: `（示例）${cycle(PROBLEMS, f)}`,
        severity: cycle(SEVERITIES, f),
        recordedBy: inspector,
      });
    });
    for (const finding of findings)
      adds.add(finding, 'InspectionFinding', { severity: finding.severity, foundOn: finding.foundOn }, 'inspectionFindings');
    await adds.flush();

    findings.forEach((finding, f) => {
      const issuedOn = addDays(finding.foundOn, 3);
      const notice = new RectificationNotice(
        {
          finding,
          issuedOn,
          deadline: addDays(issuedOn, plan.days),
          requirements: '（示例）深入剖析问题根源，立行立改，限期反馈整改情况。',
        },
        issuedOn,
      );
      const given: RectificationFeedback[] = [];
      const feedback = (daysAfterIssue: number) => {
        const entry = notice.submitFeedback(
          {
            rootCauseAnalysis: '（示例）思想认识不到位，工作统筹不够，责任传导层层递减。',
            measuresTaken: '（示例）制定整改方案，明确责任人和时限，建立长效机制。',
            evidence: '（示例）整改报告、制度文件、现场照片',
          },
          officer,
          addDays(issuedOn, daysAfterIssue),
        );
        given.push(entry);
        return entry;
      };
      // Most close on time, some late; the 2021 round keeps some open in every other status, the
      // ones still with the unit past their deadline.
      const fate = plan.year === 2021 ? f % 12 : f % 12 < 2 ? 11 : 0;
      if (!(fate === 9 && Math.floor(f / 12) % 2 === 0)) notice.startRectifying();
      if (fate === 9) {
        // Never acknowledged (NOTIFIED), or still rectifying.
      } else if (fate === 10) {
        feedback(20);
        notice.reopen('（示例）整改不彻底，根源剖析不深');
        if (Math.floor(f / 12) % 2 === 0) notice.startRectifying();
      } else if (fate === 8) {
        feedback(25);
      } else {
        const entry = feedback(fate === 11 ? plan.days + 12 : 10 + (f % 15));
        notice.verify('（示例）经实地核查，整改到位', inspector, new Date(`${addDays(entry.submittedOn, 5)}T10:00:00+08:00`));
        if (fate !== 7) notice.close(addDays(entry.submittedOn, 7), entry.submittedOn);
      }
      adds.add(
        notice,
        'RectificationNotice',
        { issuedOn, deadline: notice.deadline, status: notice.status, feedbackSubmittedOn: given.map((g) => g.submittedOn) },
        'rectificationNotices',
      );
      em.persist(given);
    });
    round.close(`${plan.year}-12-20`);
    await adds.flush();

    regionSeeds.forEach((seed, r) => {
      const evaluation = new RegionEvaluation(must(regions, seed.code), plan.year);
      evaluation.setDailyScore(78 + ((r * 7 + plan.year) % 17) + (r % 4) * 0.25, '（示例）日常工作考核');
      adds.add(
        evaluation,
        'RegionEvaluation',
        { year: plan.year, region: seed.name, dailyScore: evaluation.dailyScore },
        'regionEvaluations',
      );
    });
    await adds.flush();
    await computeYear(adds.tx, plan.year);
  }
}
