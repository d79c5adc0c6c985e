import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../../shared/context.js';
import { requireRole } from '../../../shared/auth/access.js';
import { write } from '../../../shared/audit/write.js';
import { InspectionErrors } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';
import type { Text } from '../../../shared/i18n/text.js';
import { ROUND_RUNNERS } from '../inspection.roles.js';
import { InspectionRound } from './inspection-round.entity.js';

export async function lockRound(em: EntityManager, key: string, field = 'roundId'): Promise<InspectionRound> {
  const round = await em.findOne(InspectionRound, { id: key }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!round) throw InspectionErrors.notFound('inspection round', field);
  return round;
}

export const roundObject = (key: string) => ({ typename: 'InspectionRound', key });

export async function createInspectionRound(ctx: Context, fields: { year: number; title: string }): Promise<string> {
  requireRole(ctx, ROUND_RUNNERS, M.actions.createRounds);
  try {
    return await write(ctx, async ({ em, audit }) => {
      const round = new InspectionRound(fields);
      if (await em.findOne(InspectionRound, { year: round.year })) throw InspectionErrors.roundYearTaken(round.year);
      em.persist(round);
      await em.flush();
      audit({ action: 'inspectionRound.create', object: roundObject(round.id), from: null, to: { year: round.year, title: round.title } });
      return round.id;
    });
  } catch (error) {
    // Two rounds for one year created at the same instant: the unique index decides.
    if (error instanceof UniqueConstraintViolationException) throw InspectionErrors.roundYearTaken(fields.year);
    throw error;
  }
}

export async function startInspectionRound(ctx: Context, roundKey: string): Promise<string> {
  return moveRound(ctx, roundKey, 'start', M.actions.startRounds, (round) => round.start(ctx.today));
}

export async function closeInspectionRound(ctx: Context, roundKey: string): Promise<string> {
  return moveRound(ctx, roundKey, 'close', M.actions.closeRounds, (round) => round.close(ctx.today));
}

async function moveRound(
  ctx: Context,
  roundKey: string,
  action: string,
  deed: Text,
  move: (round: InspectionRound) => void,
): Promise<string> {
  requireRole(ctx, ROUND_RUNNERS, deed);
  return write(ctx, async ({ em, audit }) => {
    const round = await lockRound(em, roundKey);
    const from = round.status;
    move(round);
    audit({ action: `inspectionRound.${action}`, object: roundObject(roundKey), from: { status: from }, to: { status: round.status } });
    return roundKey;
  });
}
