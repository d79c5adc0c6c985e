import { evidenceOn } from '../evidence/index.js';
import { OpinionCollection } from './opinion-collection.entity.js';
import { requireAssessor } from './risk-assessment.locks.js';
import { OpinionCollectionType } from './risk-assessment.types.js';

/** An opinion collection's evidence (questionnaires, hearing records): the assessors of the matter's assessing unit. */
export const OpinionEvidenceResolver = evidenceOn(OpinionCollectionType, 'OpinionCollection', {
  async mayAttach(ctx, em, key) {
    const collection = await em.findOneOrFail(OpinionCollection, { id: key }, { populate: ['assessment.decision'] });
    requireAssessor(ctx, collection.assessment.decision);
  },
});
