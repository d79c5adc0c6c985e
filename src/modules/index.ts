import type { AppModule } from '../shared/module.js';
import { coordinationModule } from './coordination/index.js';
import { decisionCategoryModule } from './decision-category/index.js';
import { evidenceModule } from './evidence/index.js';
import { inspectionModule } from './inspection/index.js';
import { ledReformModule } from './led-reform/index.js';
import { reformCaseModule } from './reform-case/index.js';
import { reformLedgerModule } from './reform-ledger/index.js';
import { riskAssessmentModule } from './risk-assessment/index.js';
import { unitModule } from './unit/index.js';
import { userModule } from './user/index.js';

/**
 * Every module of the graph, the one list the platform builds from (entities, schema, loaders, error
 * codes, demo data). A module comes after those whose demo data it refers to.
 */
export const modules: readonly AppModule[] = [
  unitModule,
  userModule,
  evidenceModule,
  decisionCategoryModule,
  reformLedgerModule,
  ledReformModule,
  reformCaseModule,
  riskAssessmentModule,
  coordinationModule,
  inspectionModule,
];
