import type { DeliverableForm, LedgerKind, TaskStatus } from './reform-ledger.enums.js';

// Shapes of the reform-ledger demo data (reform-ledger.seed-data.ts). Units are named by their codes
// in src/modules/unit/unit.seed-data.ts; users by username.

export interface ProgressSeed {
  reportedOn: string; // YYYY-MM-DD
  percent: number; // 0–100
  narrative: string;
  reporter: string; // username of a demo user who is an officer of the task's lead or a supporting unit
}

export interface TaskSeed {
  code: string; // unique within its ledger
  title: string;
  description: string;
  deliverableForm: DeliverableForm;
  lead: string; // unit code
  supporting: string[]; // unit codes, never the lead
  deadline: string; // YYYY-MM-DD
  status: TaskStatus;
  /** Annual-plan measures only: the code of the REFORM_FRAMEWORK task it carries out. */
  implements?: string;
  /** Set for SUBMITTED, RETURNED and COMPLETED tasks. */
  deliverableDescription?: string;
  /** Set for RETURNED tasks. */
  returnReason?: string;
  /** Set for COMPLETED tasks: when the commission accepted the deliverable (ISO date-time). */
  completedAt?: string;
  progress?: ProgressSeed[];
}

export interface SectionSeed {
  code: string;
  title: string;
  tasks: TaskSeed[];
}

export interface LedgerSeed {
  code: string; // FRAMEWORK, RECTIFICATION, PLAN-2020, PLAN-2021
  kind: LedgerKind;
  year: number | null;
  title: string;
  sections: SectionSeed[];
}

export interface LedReformSeed {
  theme: string;
  year: number;
  /** The leader is the principal head of this unit. */
  unit: string;
  /** Linked tasks, as ledger code + task code; every one of them COMPLETED. */
  tasks: { ledger: string; task: string }[];
  completedAt: string; // ISO date-time
}

export interface GuidanceVisitSeed {
  visitedOn: string; // YYYY-MM-DD
  visitingUnit: string; // unit code
  notes: string;
}

export interface ReformCaseSeed {
  unit: string;
  title: string;
  summary: string;
  status: 'CULTIVATING' | 'SUBMITTED' | 'SELECTED' | 'NOT_SELECTED';
  /** SELECTED cases only. */
  recognition?: { level: 'PROVINCIAL' | 'NATIONAL'; by: string };
  visits?: GuidanceVisitSeed[];
}
