import { CommonErrorCode, DomainError } from '../../shared/errors/domain-error.js';
import { platformMessages } from '../../shared/i18n/platform.messages.js';
import type { Text } from '../../shared/i18n/text.js';
import { inspectionMessages as M } from './inspection.messages.js';

export enum InspectionErrorCode {
  ROTATION_CONFLICT = 'ROTATION_CONFLICT',
  ROTATION_INCOMPLETE = 'ROTATION_INCOMPLETE',
  ROTATION_NOT_ONE_CYCLE = 'ROTATION_NOT_ONE_CYCLE',
  NO_VALID_ROTATION = 'NO_VALID_ROTATION',
  ROUND_ALREADY_ASSIGNED = 'ROUND_ALREADY_ASSIGNED',
  ROUND_YEAR_TAKEN = 'ROUND_YEAR_TAKEN',
  ROUND_NOT_ACTIVE = 'ROUND_NOT_ACTIVE',
  NOT_ASSIGNED_REGION = 'NOT_ASSIGNED_REGION',
  NO_EARLIER_VISIT = 'NO_EARLIER_VISIT',
}

export class InspectionError extends DomainError<InspectionErrorCode> {}

const input = (name: string) => ['input', name];

/** A text the module keeps, as the messages name it. */
export type InspectionLabel = keyof typeof M.labels;
/** A move of a round, as its status messages name it. */
export type RoundMove = keyof typeof M.roundMoves;
/** A move of a rectification notice, as its status messages name it. */
export type NoticeMove = keyof typeof M.noticeMoves;

export const InspectionErrors = {
  invalidText: (field: string, what: InspectionLabel, max: number) =>
    new InspectionError(CommonErrorCode.INVALID_INPUT, platformMessages.textLength(M.labels[what], max), input(field)),
  invalid: (field: string, message: Text) => new InspectionError(CommonErrorCode.INVALID_INPUT, message, input(field)),
  implausibleDate: (field: string, date: string) =>
    new InspectionError(CommonErrorCode.INVALID_INPUT, platformMessages.implausibleDate(date), input(field)),
  futureDate: (field: string, date: string) =>
    new InspectionError(CommonErrorCode.INVALID_INPUT, platformMessages.futureDate(date), input(field)),
  notFound: (what: keyof typeof M.nouns, field: string) =>
    new InspectionError(CommonErrorCode.NOT_FOUND, platformMessages.notFound(M.nouns[what]), input(field)),
  roundStatus: (move: RoundMove, status: string) =>
    new InspectionError(CommonErrorCode.INVALID_TRANSITION, M.roundStatus(M.roundMoves[move], status), input('roundId')),
  roundYearTaken: (year: number) => new InspectionError(InspectionErrorCode.ROUND_YEAR_TAKEN, M.roundYearTaken(year), input('year')),
  roundNotActive: (status: string, field: string) =>
    new InspectionError(InspectionErrorCode.ROUND_NOT_ACTIVE, M.roundNotActive(status), input(field)),
  alreadyAssigned: () => new InspectionError(InspectionErrorCode.ROUND_ALREADY_ASSIGNED, M.alreadyAssigned, input('roundId')),
  rotationConflict: (message: Text, field: string) => new InspectionError(InspectionErrorCode.ROTATION_CONFLICT, message, input(field)),
  rotationIncomplete: (message: Text, field: string) => new InspectionError(InspectionErrorCode.ROTATION_INCOMPLETE, message, input(field)),
  notOneCycle: (message: Text, field: string) => new InspectionError(InspectionErrorCode.ROTATION_NOT_ONE_CYCLE, message, input(field)),
  noValidRotation: (message: Text) => new InspectionError(InspectionErrorCode.NO_VALID_ROTATION, message, input('roundId')),
  notAssignedRegion: (group: string, region: string, assigned: string | null) =>
    new InspectionError(
      InspectionErrorCode.NOT_ASSIGNED_REGION,
      assigned ? M.notAssignedRegion(group, region, assigned) : M.noRegionYet(group, region),
      input('regionId'),
    ),
  noEarlierVisit: (region: string, date: string) =>
    new InspectionError(InspectionErrorCode.NO_EARLIER_VISIT, M.noEarlierVisit(region, date), input('kind')),
  noticeStatus: (move: NoticeMove, status: string) =>
    new InspectionError(CommonErrorCode.INVALID_TRANSITION, M.noticeStatus(M.noticeMoves[move], status), input('noticeId')),
};
