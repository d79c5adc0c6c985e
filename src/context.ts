import { randomUUID } from 'node:crypto';
import type { EntityManager, Knex, MikroORM } from '@mikro-orm/postgresql';
import type { Role } from './shared/auth/role.js';
import type { VerifyToken } from './shared/auth/jwt.js';
import { unauthenticated } from './shared/graphql/errors.js';
import type { Logger } from './shared/logger.js';
import { createLoaders, type Loaders } from './loaders.js';
import { todayIn } from './shared/time.js';

/** The signed-in user, as every resolver and service sees them. */
export interface Viewer {
  key: string;
  username: string;
  displayName: string;
  unitKey: string | null;
  roles: Role[];
}

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
  /** Today in the province (YYYY-MM-DD), fixed for the request: `isOverdue` and its filter agree. */
  today: string;
  /** The province's time zone, for turning moments into its dates. */
  timeZone: string;
}

export interface ContextDeps {
  orm: MikroORM;
  verifyToken: VerifyToken;
  timeZone: string;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/** Builds the context of one request; anonymous or invalid credentials end it with UNAUTHENTICATED. */
export async function createContext(
  deps: ContextDeps,
  request: { authorization: string | undefined; requestId: string | undefined; log: Logger },
): Promise<Context> {
  const requestId = request.requestId ?? randomUUID();
  const token = request.authorization ? BEARER.exec(request.authorization)?.[1] : undefined;
  if (!token) throw unauthenticated();
  let subject: string;
  try {
    ({ subject } = await deps.verifyToken(token));
  } catch (error) {
    request.log.info({ reason: (error as Error).message }, 'token refused');
    throw unauthenticated('The token is invalid or has expired.');
  }
  const em = deps.orm.em.fork();
  const db = em.getKnex();
  const loaders = createLoaders(db);
  const viewer = await loaders.user.byUsername.load(subject);
  if (!viewer?.active) throw unauthenticated('The token names no active user.');
  loaders.user.byKey.prime(viewer.key, viewer);
  return {
    requestId,
    viewer: { key: viewer.key, username: viewer.username, displayName: viewer.displayName, unitKey: viewer.unitKey, roles: viewer.roles },
    em,
    db,
    loaders,
    log: request.log,
    today: todayIn(deps.timeZone),
    timeZone: deps.timeZone,
    // In place: Apollo hands resolvers a shallow copy of this object, which shares `loaders`.
    refreshLoaders: () => {
      Object.assign(loaders, createLoaders(db));
    },
  };
}
