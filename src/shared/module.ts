import type { EntityClass } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/postgresql';
import type { LoaderCache } from './db/loader.js';
import type { Loaders } from './context.js';
import type { ErrorCodeDescriptions } from './errors/domain-error.js';
import type { SeedStep } from './db/seed-kit.js';
import type { Exporter } from './exports/exporter.js';
import type { Messages } from './i18n/text.js';

/**
 * What a module shows the platform: the one export of its `index.ts`. The platform builds the ORM
 * configuration, the schema, the request's loaders, the `UserErrorCode` enum and the demo data
 * from the list of these in `src/modules/index.ts`, and from nothing else.
 */
export interface AppModule {
  /** Also the module's key in `ctx.loaders`. */
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: EntityClass<any>[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: Function[];
  /** The module's loaders for one request; they appear as `ctx.loaders[name]`, and see every module's as `all`. */
  loaders?: (db: Knex, cache: LoaderCache, all: Loaders) => object;
  /** The codes its payloads' `userErrors` may carry, each described in both languages (from its catalogue). */
  errorCodes?: ErrorCodeDescriptions<string>;
  /** Its message catalogue (`<module>.messages.ts`): every sentence it shows a person, in both languages. */
  messages?: Messages;
  /** The lists it lets people download as files (`/exports/…`, src/shared/exports/). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  exporters?: Exporter<any>[];
  /** Adds the module's demo data; steps run in the order of the module list. */
  seed?: SeedStep;
}

/** Declares a module (typed, so a misspelt part fails to compile). */
export function defineModule<M extends AppModule>(module: M): M {
  return module;
}
