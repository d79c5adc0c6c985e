import { evidenceOn } from '../../evidence/index.js';
import { requireResponsibleOfficer } from './notice.service.js';
import { RectificationFeedback } from './rectification-feedback.entity.js';
import { RectificationFeedbackType } from './notices.types.js';

/** What shows a rectification done: officers of the unit that must rectify, as when they answer the notice. */
export const FeedbackEvidenceResolver = evidenceOn(RectificationFeedbackType, 'RectificationFeedback', {
  async mayAttach(ctx, em, key) {
    const feedback = await em.findOneOrFail(RectificationFeedback, { id: key }, { populate: ['notice'] });
    requireResponsibleOfficer(ctx, feedback.notice);
  },
});
