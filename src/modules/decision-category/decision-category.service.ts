import type { Context } from '../../shared/context.js';
import { requireRole } from '../../shared/auth/access.js';
import { Role } from '../../shared/auth/role.js';
import { write } from '../../shared/audit/write.js';
import { DecisionCategory } from './decision-category.entity.js';
import { DecisionCategoryErrors } from './decision-category.errors.js';
import { decisionCategoryMessages } from './decision-category.messages.js';

export async function updateDecisionCategory(
  ctx: Context,
  key: string,
  changes: { name?: string | null; description?: string | null },
): Promise<string> {
  requireRole(ctx, [Role.ADMIN], decisionCategoryMessages.actions.edit);
  return write(ctx, async ({ em, audit }) => {
    const category = await em.findOne(DecisionCategory, { id: key });
    if (!category) throw DecisionCategoryErrors.notFound();
    const before = { name: category.name, description: category.description };
    category.rename(changes.name ?? category.name, changes.description ?? category.description);
    audit({
      action: 'decisionCategory.update',
      object: { typename: 'DecisionCategory', key },
      from: before,
      to: { name: category.name, description: category.description },
    });
    return key;
  });
}
