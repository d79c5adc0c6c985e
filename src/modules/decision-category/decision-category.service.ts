import type { Context } from '../../context.js';
import { requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { DecisionCategory } from './decision-category.entity.js';
import { DecisionCategoryErrors } from './decision-category.errors.js';
import type { UpdateDecisionCategoryInput } from './decision-category.inputs.js';

export async function updateDecisionCategory(ctx: Context, input: UpdateDecisionCategoryInput): Promise<string> {
  requireRole(ctx, [Role.ADMIN], 'edit decision categories');
  const key = keyOf(input.id, 'DecisionCategory', 'input.id');
  return write(ctx, async ({ em, audit }) => {
    const category = await em.findOne(DecisionCategory, { id: key });
    if (!category) throw DecisionCategoryErrors.notFound();
    const before = { name: category.name, description: category.description };
    category.rename(input.name ?? category.name, input.description ?? category.description);
    audit({
      action: 'decisionCategory.update',
      object: { typename: 'DecisionCategory', key },
      from: before,
      to: { name: category.name, description: category.description },
    });
    return key;
  });
}
