import type { Knex } from '@mikro-orm/postgresql';
import { LoaderCache } from './shared/db/loader.js';
import { decisionCategoryLoaders } from './modules/decision-category/decision-category.loaders.js';
import { unitLoaders } from './modules/unit/unit.loaders.js';
import { userLoaders } from './modules/user/user.loaders.js';
import { reformLedgerLoaders } from './modules/reform-ledger/reform-ledger.loaders.js';
import { ledReformLoaders } from './modules/led-reform/led-reform.loaders.js';
import { reformCaseLoaders } from './modules/reform-case/reform-case.loaders.js';
import { riskAssessmentLoaders } from './modules/risk-assessment/risk-assessment.loaders.js';
import { coordinationLoaders } from './modules/coordination/coordination.loaders.js';
import { inspectionLoaders } from './modules/inspection/inspection.loaders.js';

/** Every module's loaders, created afresh for each request. */
export function createLoaders(db: Knex) {
  const cache = new LoaderCache();
  return {
    unit: unitLoaders(db, cache),
    user: userLoaders(db),
    decisionCategory: decisionCategoryLoaders(db),
    reformLedger: reformLedgerLoaders(db, cache),
    ledReform: ledReformLoaders(db, cache),
    reformCase: reformCaseLoaders(db),
    riskAssessment: riskAssessmentLoaders(db),
    coordination: coordinationLoaders(db, cache),
    inspection: inspectionLoaders(db, cache),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
