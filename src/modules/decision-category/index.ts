import { defineModule } from '../../shared/module.js';
import { seedDecisionCategories } from './decision-category.seed.js';
import { DecisionCategory } from './decision-category.entity.js';
import { decisionCategoryLoaders } from './decision-category.loaders.js';
import { decisionCategoryMessages } from './decision-category.messages.js';
import { DecisionCategoryResolver } from './decision-category.resolver.js';

/** The 11 categories of major matters that need a risk assessment before a decision. */
export const decisionCategoryModule = defineModule({
  name: 'decisionCategory',
  entities: [DecisionCategory],
  resolvers: [DecisionCategoryResolver],
  loaders: decisionCategoryLoaders,
  messages: decisionCategoryMessages,
  seed: seedDecisionCategories,
});

export { DecisionCategory };
export { DecisionCategoryType } from './decision-category.types.js';
export { categoryJson } from './decision-category.read.js';
