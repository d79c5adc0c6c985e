import type { ErrorCodeDescriptions } from '../../shared/errors/domain-error.js';
import { defineModule } from '../../shared/module.js';
import type { LedReformErrorCode } from './led-reform.errors.js';
import { seedLedReforms } from './led-reform.seed.js';
import { LedReformTask } from './led-reform-task.entity.js';
import { LedReform } from './led-reform.entity.js';
import { ledReformCodes, ledReformMessages } from './led-reform.messages.js';
import { ledReformLoaders } from './led-reform.loaders.js';
import { LedReformResolver } from './led-reform.resolver.js';

/** Reforms a unit's principal head leads personally (领衔抓). */
export const ledReformModule = defineModule({
  name: 'ledReform',
  entities: [LedReform, LedReformTask],
  resolvers: [LedReformResolver],
  loaders: ledReformLoaders,
  errorCodes: ledReformCodes satisfies ErrorCodeDescriptions<LedReformErrorCode>,
  messages: ledReformMessages,
  seed: seedLedReforms,
});
