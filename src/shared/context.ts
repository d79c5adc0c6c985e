import type { EntityManager, Knex } from '@mikro-orm/postgresql';
import type { Role } from './auth/role.js';
import type { Language } from './i18n/language.js';
import type { Semaphore } from './limits/semaphore.js';
import type { Logger } from './logger.js';

/** A role held, for one unit (unit-bound roles) or province-wide (`unitKey` null). */
export interface Grant {
  role: Role;
  unitKey: string | null;
}

/** The signed-in user, as every resolver and service sees them. */
export interface Viewer {
  key: string;
  username: string;
  displayName: string;
  /** The unit they work for. */
  unitKey: string | null;
  /** The cadre they are, if linked. */
  personKey: string | null;
  /** The roles they hold, each for its unit or province-wide: what `hasRole` and `holdsRole` ask. */
  grants: Grant[];
  /** Their saved language, if any. */
  language: Language | null;
}

/**
 * The request's loaders, one entry per module (`ctx.loaders.unit`, `ctx.loaders.coordination`…).
 * Each module adds its own entry to this interface from its loaders file, so the platform knows no
 * module by name.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

export interface Context {
  requestId: string;
  viewer: Viewer;
  /** This request's own EntityManager (a fork): writes go through it, inside `write()`. */
  em: EntityManager;
  /** Query builder on the same connection pool: reads fetch plain rows through it. */
  db: Knex;
  /** Fresh per request, so no cached row outlives the request that read it. */
  loaders: Loaders;
  /** Drops every cached row: after a write, what the request reads next comes from the database. */
  refreshLoaders: () => void;
  log: Logger;
  /** The moment the request began, from the server's clock: every rule asks this, never `new Date()`. */
  now: Date;
  /** Today in the province (YYYY-MM-DD), fixed for the request: `overdue` and its filter agree. */
  today: string;
  /** The province's time zone, for turning moments into its dates. */
  timeZone: string;
  /** The language of the messages this request reads (`Accept-Language`, or the user's saved preference). */
  language: Language;
  /** The process's turns for expensive resolvers (`@UseMiddleware(Expensive)`), shared by every request. */
  expensive: Semaphore;
}
