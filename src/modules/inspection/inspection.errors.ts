import { CommonErrorCode, DomainError, type ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';

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

export const inspectionErrorDescriptions: ErrorCodeDescriptions<InspectionErrorCode> = {
  ROTATION_CONFLICT:
    'A group would inspect a region its leader or one of its members comes from (or its own region); the message names the group and the region.',
  ROTATION_INCOMPLETE:
    'The rotation does not cover every region exactly once with every group exactly once: a region or group is missing or repeated, or the counts differ.',
  ROTATION_NOT_ONE_CYCLE: 'The assignments form more than one cycle; the rotation must be one ring through every region.',
  NO_VALID_ROTATION: 'No ring avoids every home-region conflict of the round’s groups; the message says what stands in the way.',
  ROUND_ALREADY_ASSIGNED: 'The round already has its rotation (clear it first, while the round is PLANNING).',
  ROUND_YEAR_TAKEN: 'There is already an inspection round for this year.',
  ROUND_NOT_ACTIVE: 'Visits and findings are recorded only while the round is ACTIVE.',
  NOT_ASSIGNED_REGION: 'A group may only visit the region the rotation assigned it.',
  NO_EARLIER_VISIT: 'A return visit needs an earlier visit to the same region in the same round.',
};

export class InspectionError extends DomainError<InspectionErrorCode> {}

const input = (name: string) => ['input', name];

export const InspectionErrors = {
  invalidText: (field: string, what: string, max: number) =>
    new InspectionError(CommonErrorCode.INVALID_INPUT, `${what} must have 1–${max} characters.`, input(field)),
  invalid: (field: string, message: string) => new InspectionError(CommonErrorCode.INVALID_INPUT, message, input(field)),
  implausibleDate: (field: string, date: string) =>
    new InspectionError(CommonErrorCode.INVALID_INPUT, `${date} is not a plausible date here.`, input(field)),
  futureDate: (field: string, date: string) =>
    new InspectionError(CommonErrorCode.INVALID_INPUT, `${date} is in the future.`, input(field)),
  notFound: (what: string, field: string) => new InspectionError(CommonErrorCode.NOT_FOUND, `No ${what} has this ID.`, input(field)),
  roundStatus: (action: string, status: string) =>
    new InspectionError(CommonErrorCode.INVALID_TRANSITION, `A round that is ${status} cannot be ${action}.`, input('roundId')),
  roundYearTaken: (year: number) =>
    new InspectionError(InspectionErrorCode.ROUND_YEAR_TAKEN, `There is already an inspection round for ${year}.`, input('year')),
  roundNotActive: (status: string, field: string) =>
    new InspectionError(
      InspectionErrorCode.ROUND_NOT_ACTIVE,
      `The round is ${status}; this is recorded only while it is ACTIVE.`,
      input(field),
    ),
  alreadyAssigned: () =>
    new InspectionError(
      InspectionErrorCode.ROUND_ALREADY_ASSIGNED,
      'The round already has its rotation; clear it first (only while the round is PLANNING).',
      input('roundId'),
    ),
  rotationConflict: (message: string, field: string) => new InspectionError(InspectionErrorCode.ROTATION_CONFLICT, message, input(field)),
  rotationIncomplete: (message: string, field: string) =>
    new InspectionError(InspectionErrorCode.ROTATION_INCOMPLETE, message, input(field)),
  notOneCycle: (message: string, field: string) => new InspectionError(InspectionErrorCode.ROTATION_NOT_ONE_CYCLE, message, input(field)),
  noValidRotation: (message: string) => new InspectionError(InspectionErrorCode.NO_VALID_ROTATION, message, input('roundId')),
  notAssignedRegion: (group: string, region: string, assigned: string | null) =>
    new InspectionError(
      InspectionErrorCode.NOT_ASSIGNED_REGION,
      assigned
        ? `${group} is assigned to ${assigned}, not to ${region}.`
        : `${group} has no region assigned yet, so it cannot visit ${region}.`,
      input('regionId'),
    ),
  noEarlierVisit: (region: string, date: string) =>
    new InspectionError(
      InspectionErrorCode.NO_EARLIER_VISIT,
      `A return visit needs an earlier visit to ${region} in this round, before ${date}.`,
      input('kind'),
    ),
  noticeStatus: (action: string, status: string) =>
    new InspectionError(CommonErrorCode.INVALID_TRANSITION, `A notice that is ${status} cannot be ${action}.`, input('noticeId')),
};
