import { describe, expect, it } from 'vitest';
import { NoticeStatus, RoundStatus, VisitKind, VisitMethod } from '../src/modules/inspection/inspection.enums.js';
import { isOnTime, isOverdue } from '../src/modules/inspection/notices/notice-rules.js';
import { RectificationNotice } from '../src/modules/inspection/notices/rectification-notice.entity.js';
import { InspectionGroup } from '../src/modules/inspection/rounds/inspection-group.entity.js';
import { InspectionRound } from '../src/modules/inspection/rounds/inspection-round.entity.js';
import type { Finding } from '../src/modules/inspection/visits/finding.entity.js';
import { InspectionVisit } from '../src/modules/inspection/visits/inspection-visit.entity.js';
import type { Person, Region, Unit } from '../src/modules/unit/index.js';
import type { User } from '../src/modules/user/index.js';
import { NOTICE_MOVES_ALLOWED, type NoticeMove } from './support/inspection.js';

// The inspections' rules on their entities, without a database: a round's status moves, joining a
// group, a visit's checks, and a rectification notice's lifecycle, overdue rule and on-time closure.
// Time is always given: nothing here reads the wall clock.

/** The code a rule refuses with, or null when it lets the call through. */
function refusal(call: () => unknown): string | null {
  try {
    call();
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

const region = (id: string, name = `R${id}`) => ({ id, name }) as unknown as Region;
const person = (name: string) => ({ id: name, name }) as unknown as Person;
const user = { id: '7' } as unknown as User;
const NOW = new Date('2026-11-21T04:00:00Z');

describe('an inspection round', () => {
  const planned = () => new InspectionRound({ year: 2026, title: '2026年度督察' });

  it('refuses an implausible year or an empty title', () => {
    expect(refusal(() => new InspectionRound({ year: 1999, title: 'x' }))).toBe('INVALID_INPUT');
    expect(refusal(() => new InspectionRound({ year: 2026, title: '  ' }))).toBe('INVALID_INPUT');
  });

  it('takes its rotation once, at the time given, and only while PLANNING', () => {
    const round = planned();
    expect(round.hasRotation).toBe(false);
    round.rotationAssigned(NOW);
    expect(round.rotationAssignedAt).toEqual(NOW);
    expect(refusal(() => round.rotationAssigned(NOW))).toBe('ROUND_ALREADY_ASSIGNED');
    expect(refusal(() => round.requireOpenForGroups())).toBe('ROUND_ALREADY_ASSIGNED');
    round.rotationCleared();
    expect(round.rotationAssignedAt).toBeNull();
    expect(refusal(() => round.rotationCleared())).toBe('INVALID_INPUT');
    expect(refusal(() => round.requireOpenForGroups())).toBeNull();
  });

  it('starts only with a rotation, closes only when ACTIVE, on the days given', () => {
    const round = planned();
    expect(refusal(() => round.start('2026-09-10'))).toBe('ROTATION_INCOMPLETE');
    expect(refusal(() => round.close('2026-09-10'))).toBe('INVALID_TRANSITION');
    expect(refusal(() => round.requireActive('groupId'))).toBe('ROUND_NOT_ACTIVE');
    round.rotationAssigned(NOW);
    round.start('2026-09-10');
    expect(round).toMatchObject({ status: RoundStatus.ACTIVE, startedOn: '2026-09-10', closedOn: null });
    expect(refusal(() => round.requireActive('groupId'))).toBeNull();
    // Once ACTIVE the ring is fixed and the round cannot start again.
    expect(refusal(() => round.rotationCleared())).toBe('INVALID_TRANSITION');
    expect(refusal(() => round.start('2026-09-11'))).toBe('INVALID_TRANSITION');
    round.close('2026-12-20');
    expect(round).toMatchObject({ status: RoundStatus.CLOSED, closedOn: '2026-12-20' });
    expect(refusal(() => round.close('2026-12-21'))).toBe('INVALID_TRANSITION');
    expect(refusal(() => round.requireActive('visitId'))).toBe('ROUND_NOT_ACTIVE');
  });
});

describe('an inspection group', () => {
  const groupOf = (round: InspectionRound) =>
    new InspectionGroup({
      round,
      ordinal: 12,
      name: null,
      leader: person('韩明远'),
      leaderIsProvincial: true,
      leaderHomeRegion: null,
      homeRegion: region('1', '哈尔滨'),
    });

  it('is named by its number and led by a provincial cadre', () => {
    const group = groupOf(new InspectionRound({ year: 2026, title: 't' }));
    expect(group.name).toBe('第十二督察组');
    expect(refusal(() => group.describe({ name: null, leader: person('x'), leaderIsProvincial: false, leaderHomeRegion: null }))).toBe(
      'INVALID_INPUT',
    );
  });

  it('admits a cadre at the time given, but not one from the region it is assigned to inspect', () => {
    const group = groupOf(new InspectionRound({ year: 2026, title: 't' }));
    group.assignedRegion = region('2', '齐齐哈尔');
    const member = group.admit(person('冯振宇'), region('3'), NOW);
    expect(member.addedAt).toEqual(NOW);
    expect(member.group).toBe(group);
    expect(group.admit(person('邓书平'), null, NOW).homeRegion).toBeNull();
    expect(refusal(() => group.admit(person('曹晓光'), region('2', '齐齐哈尔'), NOW))).toBe('ROTATION_CONFLICT');
    // The leader may not come from there either.
    expect(
      refusal(() => group.describe({ name: null, leader: person('y'), leaderIsProvincial: true, leaderHomeRegion: region('2') })),
    ).toBe('ROTATION_CONFLICT');
  });

  it('admits no one once the round is ACTIVE', () => {
    const round = new InspectionRound({ year: 2026, title: 't' });
    const group = groupOf(round);
    round.rotationAssigned(NOW);
    round.start('2026-09-10');
    expect(refusal(() => group.admit(person('彭立伟'), null, NOW))).toBe('INVALID_TRANSITION');
  });
});

describe('an inspection visit', () => {
  const target = region('2', '齐齐哈尔');
  const activeGroup = () => {
    const round = new InspectionRound({ year: 2026, title: 't' });
    const group = new InspectionGroup({
      round,
      ordinal: 1,
      name: null,
      leader: person('l'),
      leaderIsProvincial: true,
      leaderHomeRegion: null,
      homeRegion: region('1'),
    });
    group.assignedRegion = target;
    round.rotationAssigned(NOW);
    round.start('2026-09-10');
    return group;
  };
  const unit = (id: string, of: Region) => ({ id, name: `U${id}`, region: of }) as unknown as Unit;
  const visit = (props: Partial<ConstructorParameters<typeof InspectionVisit>[0]>, today = '2026-11-21') =>
    new InspectionVisit(
      {
        group: activeGroup(),
        region: target,
        visitedOn: '2026-11-21',
        kind: VisitKind.UNANNOUNCED,
        methods: [VisitMethod.SITE],
        units: [unit('10', target)],
        summary: '',
        recordedBy: null,
        visitedBefore: false,
        ...props,
      },
      today,
    );

  it('is dated by today at the latest, goes to the assigned region only, and sees only its units', () => {
    expect(visit({}).unitIds).toEqual(['10']);
    expect(refusal(() => visit({ visitedOn: '2026-11-22' }))).toBe('INVALID_INPUT');
    expect(refusal(() => visit({ visitedOn: '2026-11-22' }, '2026-11-22'))).toBeNull();
    expect(refusal(() => visit({ region: region('5') }))).toBe('NOT_ASSIGNED_REGION');
    expect(refusal(() => visit({ units: [unit('10', target), unit('11', region('5'))] }))).toBe('INVALID_INPUT');
    expect(refusal(() => visit({ methods: [] }))).toBe('INVALID_INPUT');
  });

  it('comes back (杀回马枪) only after an earlier visit', () => {
    expect(refusal(() => visit({ kind: VisitKind.RETURN_VISIT }))).toBe('NO_EARLIER_VISIT');
    expect(visit({ kind: VisitKind.RETURN_VISIT, visitedBefore: true }).kind).toBe(VisitKind.RETURN_VISIT);
  });
});

describe('a rectification notice', () => {
  const finding = { foundOn: '2026-11-02', unit: { id: '3' } } as unknown as Finding;
  const issue = (deadline = '2026-11-25', today = '2026-11-21', issuedOn = '2026-11-14') =>
    new RectificationNotice({ finding, issuedOn, deadline, requirements: '限期反馈' }, today);
  const feedback = { rootCauseAnalysis: '责任不清', measuresTaken: '出台细则', evidence: '文件' };

  it('is issued no later than today, after the finding, with a deadline not before it', () => {
    expect(issue().status).toBe(NoticeStatus.NOTIFIED);
    expect(refusal(() => issue('2026-11-25', '2026-11-13'))).toBe('INVALID_INPUT');
    expect(refusal(() => issue('2026-11-13'))).toBe('INVALID_INPUT');
    expect(refusal(() => issue('2026-11-25', '2026-11-21', '2026-11-01'))).toBe('INVALID_INPUT');
    expect(issue().unit).toBe(finding.unit);
  });

  /** Each move, as the entity names it, with what it needs. */
  const moves: Record<NoticeMove, (n: RectificationNotice) => unknown> = {
    start: (n: RectificationNotice) => n.startRectifying(),
    submit: (n: RectificationNotice) => n.submitFeedback(feedback, user, '2026-11-24'),
    verify: (n: RectificationNotice) => n.verify('核查属实', user, NOW),
    close: (n: RectificationNotice) => n.close('2026-11-27', '2026-11-24'),
    reopen: (n: RectificationNotice) => n.reopen('根源剖析不深'),
  };
  /** A fresh notice brought to `status` by allowed moves. */
  const at = (status: NoticeStatus): RectificationNotice => {
    const notice = issue();
    const path: Record<NoticeStatus, NoticeMove[]> = {
      NOTIFIED: [],
      RECTIFYING: ['start'],
      FEEDBACK_SUBMITTED: ['start', 'submit'],
      VERIFIED: ['start', 'submit', 'verify'],
      CLOSED: ['start', 'submit', 'verify', 'close'],
      REOPENED: ['start', 'submit', 'reopen'],
    };
    for (const move of path[status]) moves[move](notice);
    expect(notice.status).toBe(status);
    return notice;
  };

  it('moves NOTIFIED → RECTIFYING → FEEDBACK_SUBMITTED → VERIFIED → CLOSED, and refuses every other move', () => {
    for (const status of Object.values(NoticeStatus))
      for (const move of Object.keys(moves) as NoticeMove[]) {
        const notice = at(status);
        const code = refusal(() => moves[move](notice));
        expect(code, `${move} from ${status}`).toBe(NOTICE_MOVES_ALLOWED[status]!.includes(move) ? null : 'INVALID_TRANSITION');
        if (code) expect(notice.status, `${move} from ${status} leaves it as it was`).toBe(status);
      }
  });

  it('takes feedback dated today, verifies at the time given, and reopens with a reason', () => {
    const notice = at(NoticeStatus.RECTIFYING);
    const given = notice.submitFeedback(feedback, user, '2026-11-24');
    expect(given).toMatchObject({ notice, submittedOn: '2026-11-24', submittedBy: user, ...feedback });
    expect(refusal(() => notice.reopen('  '))).toBe('INVALID_INPUT');
    // The status speaks first, as for every move: a notice that cannot be reopened says so whatever the reason.
    expect(refusal(() => at(NoticeStatus.VERIFIED).reopen('  '))).toBe('INVALID_TRANSITION');
    expect(notice.status).toBe(NoticeStatus.FEEDBACK_SUBMITTED);
    notice.reopen('根源剖析不深');
    expect(notice).toMatchObject({ status: NoticeStatus.REOPENED, reopenCount: 1, reopenReason: '根源剖析不深' });
    notice.startRectifying();
    notice.submitFeedback(feedback, user, '2026-11-26');
    notice.verify('  ', user, NOW);
    expect(notice).toMatchObject({ status: NoticeStatus.VERIFIED, verificationNote: null, verifiedBy: user, verifiedAt: NOW });
  });

  it('is overdue from the day after its deadline while the unit owes feedback, and only then', () => {
    const notice = issue('2026-11-25');
    expect(notice.isOverdue('2026-11-25')).toBe(false);
    expect(notice.isOverdue('2026-11-26')).toBe(true);
    for (const status of Object.values(NoticeStatus)) {
      const owed = [NoticeStatus.NOTIFIED, NoticeStatus.RECTIFYING, NoticeStatus.REOPENED].includes(status);
      expect(at(status).isOverdue('2026-11-26'), status).toBe(owed);
      expect(isOverdue({ deadline: '2026-11-25', status }, '2026-11-26'), status).toBe(owed);
      expect(isOverdue({ deadline: '2026-11-25', status }, '2026-11-25'), status).toBe(false);
    }
  });

  it('closes on time when the accepted feedback came in by the deadline, late otherwise', () => {
    expect(isOnTime('2026-11-25', '2026-11-25')).toBe(true);
    expect(isOnTime('2026-11-25', '2026-11-26')).toBe(false);
    const onTime = at(NoticeStatus.VERIFIED);
    onTime.close('2026-12-01', '2026-11-25');
    expect(onTime).toMatchObject({ status: NoticeStatus.CLOSED, closedOn: '2026-12-01', closedOnTime: true });
    const late = at(NoticeStatus.VERIFIED);
    late.close('2026-12-01', '2026-11-26');
    expect(late).toMatchObject({ status: NoticeStatus.CLOSED, closedOnTime: false });
  });
});
