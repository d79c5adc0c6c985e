import { ActionItem } from './action-item.entity.js';
import { CoordinationIssue } from './coordination-issue.entity.js';
import { FundTransactionKind, IssueKind, ParticipantRole } from './coordination.enums.js';
import { FundObligation } from './fund-obligation.entity.js';
import { IssueParticipant } from './issue-participant.entity.js';
import { Meeting } from './meeting.entity.js';
import { formatFen } from './money.js';
import { toGlobalId } from '../../shared/graphql/global-id.js';
import { farmReclamationUnits } from '../unit/index.js';
import { existing, lookup, must, type SeedRun } from '../../shared/db/seed-kit.js';

// The pension-relation and fund transfer for 599 retirees of the 12 farm-reclamation courts and
// procuratorates, as the article tells it: met on 2021-05-27, settled and closed within a week.
// The exact amounts are illustrative (the article says "more than ¥34 million"). Plus two open
// issues with overdue action items.

const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);

export async function seedCoordination(run: SeedRun): Promise<void> {
  const { adds } = run;
  const units = lookup(run, 'units');
  const users = lookup(run, 'users');
  const em = adds.tx.em;
  const present = await existing(em, CoordinationIssue, (i) => i.title);
  const unit = (code: string) => must(units, code);
  const coordinator = must(users, 'coordinator');
  const log = (issue: CoordinationIssue, action: string, to: Record<string, unknown>, when: Date) =>
    adds.tx.audit({
      action: `coordinationIssue.${action}`,
      object: { typename: 'CoordinationIssue', key: issue.id },
      from: null,
      to,
      at: when,
    });

  const pensionTitle = '农垦法院检察院退休人员养老保险关系转移和基金划转';
  if (!present.has(pensionTitle)) {
    const issue = new CoordinationIssue({
      title: pensionTitle,
      description: '12个农垦法院、检察院599名退休人员养老保险关系由北大荒集团转入地方社会保险体系，相关社会保险基金同步划转并发放。',
      kind: IssueKind.PENSION_TRANSFER,
      leadUnit: unit('HLJ-ZFW-RULE-OF-LAW'),
      openedOn: '2021-05-20',
      targetDate: '2021-06-30',
    });
    em.persist(issue);
    await em.flush();
    log(
      issue,
      'open',
      { title: issue.title, kind: issue.kind, openedOn: issue.openedOn, targetDate: issue.targetDate, status: 'OPEN' },
      at('2021-05-20'),
    );
    issue.workRecorded();
    const participants: [string, ParticipantRole][] = [
      ['BDH', ParticipantRole.RESPONSIBLE],
      ['HLJ-RST', ParticipantRole.RESPONSIBLE],
      ['HLJ-CZT', ParticipantRole.RESPONSIBLE],
      ['HLJ-GY', ParticipantRole.SUPPORTING],
      ['HLJ-JCY', ParticipantRole.SUPPORTING],
      ...farmReclamationUnits.map((u): [string, ParticipantRole] => [u.code, ParticipantRole.INFORMED]),
    ];
    for (const [code, role] of participants) {
      const participant = new IssueParticipant(issue, unit(code), role);
      participant.addedAt = at('2021-05-21');
      em.persist(participant);
      log(issue, 'addParticipant', { unitId: toGlobalId('Unit', unit(code).id), unitName: unit(code).name, role }, at('2021-05-21'));
    }
    const meeting = new Meeting(
      {
        issue,
        heldOn: '2021-05-27',
        title: '省委政法委专题协调会议',
        minutes:
          '会议纪要：北大荒集团、省人社厅、省财政厅、省高级法院、省检察院参加。会议明确：北大荒集团于6月1日前将养老保险基金划转至省社会保险经办机构；省人社厅同步办理599名退休人员养老保险关系转移；省财政厅对资金缺口兜底保障；确保6月份养老金按时足额发放。',
        attendingUnitIds: ['BDH', 'HLJ-RST', 'HLJ-CZT', 'HLJ-GY', 'HLJ-JCY'].map((code) => unit(code).id),
        resolutions: ['北大荒集团6月1日前完成基金划转', '省人社厅办理养老保险关系转移', '省财政厅兜底保障资金缺口'],
      },
      '2021-05-27',
    );
    em.persist(meeting);
    const actions: [string, string, string][] = [
      ['完成养老保险基金划转', 'BDH', '划转凭证已报送，资金到账'],
      ['办理599名退休人员养老保险关系转移', 'HLJ-RST', '599人关系转移手续办结'],
      ['落实资金缺口兜底保障', 'HLJ-CZT', '财政补助资金已拨付'],
    ];
    const items = actions.map(
      ([description, code]) => new ActionItem({ issue, meeting, description, assignedUnit: unit(code), dueDate: '2021-06-03' }),
    );
    items.forEach((item) => em.persist(item));
    await em.flush();
    log(
      issue,
      'recordMeeting',
      { heldOn: meeting.heldOn, title: meeting.title, resolutions: meeting.resolutions },
      at('2021-05-27', '16:00'),
    );
    for (const item of items) {
      log(
        issue,
        'assignAction',
        {
          actionItemId: toGlobalId('ActionItem', item.id),
          description: item.description,
          assignedUnit: item.assignedUnit.name,
          dueDate: item.dueDate,
        },
        at('2021-05-27', '16:05'),
      );
    }

    const [pensionFund, subsidy] = [
      new FundObligation({
        issue,
        payer: unit('BDH'),
        payee: unit('HLJ-RST'),
        purpose: '基本养老保险基金划转',
        amountFen: 3_081_523_618n,
        beneficiaries: 599,
      }),
      new FundObligation({
        issue,
        payer: unit('HLJ-CZT'),
        payee: unit('HLJ-RST'),
        purpose: '财政兜底补助资金',
        amountFen: 331_262_024n,
        beneficiaries: 599,
      }),
    ];
    const obligations = [pensionFund, subsidy];
    obligations.forEach((o) => em.persist(o));
    await em.flush();
    for (const o of obligations) {
      log(
        issue,
        'createObligation',
        {
          obligationId: toGlobalId('FundObligation', o.id),
          payer: o.payer.name,
          payee: o.payee.name,
          purpose: o.purpose,
          amount: formatFen(o.amountFen),
          beneficiaries: o.beneficiaries,
        },
        at('2021-05-27', '17:00'),
      );
    }
    const moves: [FundObligation, FundTransactionKind, string, string][] = [
      [pensionFund, FundTransactionKind.TRANSFER, '2021-05-31', 'BDH-2021-0531'],
      [subsidy, FundTransactionKind.TRANSFER, '2021-06-01', 'CZT-2021-0601'],
      [pensionFund, FundTransactionKind.DISBURSEMENT, '2021-06-02', 'RST-2021-0602-A'],
      [subsidy, FundTransactionKind.DISBURSEMENT, '2021-06-02', 'RST-2021-0602-B'],
    ];
    for (const [o, kind, date, reference] of moves) {
      em.persist(o.record({ kind, amountFen: o.amountFen, occurredOn: date, reference, recordedBy: coordinator }));
      log(
        issue,
        kind === FundTransactionKind.TRANSFER ? 'transfer' : 'disburse',
        { obligationId: toGlobalId('FundObligation', o.id), kind, amount: formatFen(o.amountFen), occurredOn: date, reference },
        at(date),
      );
    }
    items.forEach((item, i) => {
      item.complete(actions[i]?.[2] ?? '已完成', coordinator, at('2021-06-02', '15:00'));
      log(
        issue,
        'completeAction',
        { actionItemId: toGlobalId('ActionItem', item.id), description: item.description, evidence: item.evidence },
        at('2021-06-02', '15:00'),
      );
    });
    issue.resolve();
    log(issue, 'resolve', { status: 'RESOLVED' }, at('2021-06-03', '09:00'));
    issue.close([]);
    log(issue, 'close', { status: 'CLOSED' }, at('2021-06-03', '10:00'));
    adds.counts.coordinationIssues = (adds.counts.coordinationIssues ?? 0) + 1;
  }

  // Two issues still open, with action items past due.
  const open: [string, IssueKind, string, [string, string, string][]][] = [
    [
      '（示例）政法专项编制调整落实',
      IssueKind.STAFFING,
      'HLJ-BB',
      [
        ['核定编制调整方案', 'HLJ-BB', '2025-12-31'],
        ['完成人员转隶', 'HLJ-ZZB', '2026-03-31'],
      ],
    ],
    ['（示例）市县两级法院办案经费保障', IssueKind.FUND_TRANSFER, 'HLJ-CZT', [['测算经费缺口', 'HLJ-CZT', '2025-10-31']]],
  ];
  for (const [title, kind, responsible, tasks] of open) {
    if (present.has(title)) continue;
    const issue = new CoordinationIssue({
      title,
      description: '（示例）跨部门协调事项。',
      kind,
      leadUnit: unit('HLJ-ZFW-RULE-OF-LAW'),
      openedOn: '2025-09-01',
      targetDate: '2026-06-30',
    });
    em.persist(issue);
    await em.flush();
    log(issue, 'open', { title, kind, status: 'OPEN' }, at('2025-09-01'));
    issue.workRecorded();
    em.persist(new IssueParticipant(issue, unit(responsible), ParticipantRole.RESPONSIBLE));
    log(issue, 'addParticipant', { unitName: unit(responsible).name, role: ParticipantRole.RESPONSIBLE }, at('2025-09-02'));
    for (const [description, code, due] of tasks) {
      const item = new ActionItem({ issue, meeting: null, description, assignedUnit: unit(code), dueDate: due });
      em.persist(item);
      await em.flush();
      log(
        issue,
        'assignAction',
        { actionItemId: toGlobalId('ActionItem', item.id), description, assignedUnit: unit(code).name, dueDate: due },
        at('2025-09-05'),
      );
    }
    adds.counts.coordinationIssues = (adds.counts.coordinationIssues ?? 0) + 1;
  }
  await em.flush();
}
