import { defineModule } from '../../shared/module.js';
import { seedReformCases } from './reform-case.seed.js';
import { GuidanceVisit } from './guidance-visit.entity.js';
import { ReformCase } from './reform-case.entity.js';
import { reformCaseLoaders } from './reform-case.loaders.js';
import { reformCaseMessages } from './reform-case.messages.js';
import { GuidanceVisitResolver } from './guidance-visit.resolver.js';
import { ReformCaseResolver } from './reform-case.resolver.js';

/** Reform cases units cultivate (改革案例), their selection and guidance visits. */
export const reformCaseModule = defineModule({
  name: 'reformCase',
  entities: [ReformCase, GuidanceVisit],
  resolvers: [ReformCaseResolver, GuidanceVisitResolver],
  loaders: reformCaseLoaders,
  messages: reformCaseMessages,
  seed: seedReformCases,
});
