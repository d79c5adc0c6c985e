import { randomUUID } from 'node:crypto';
import type { EntityManager, Knex, MikroORM } from '@mikro-orm/postgresql';
import { modules } from './modules/index.js';
import type { VerifyToken } from './shared/auth/jwt.js';
import type { ViewerCache } from './shared/auth/viewer-cache.js';
import type { Clock } from './shared/clock.js';
import type { Semaphore } from './shared/limits/semaphore.js';
import type { Context, Loaders } from './shared/context.js';
import { LoaderCache } from './shared/db/loader.js';
import { unauthenticated } from './shared/graphql/errors.js';
import { pickLanguage } from './shared/i18n/language.js';
import { platformMessages } from './shared/i18n/platform.messages.js';
import { requestScope, type Logger } from './shared/logger.js';
import type { AppModule } from './shared/module.js';
import { todayIn } from './shared/time.js';

export type { Context } from './shared/context.js';

/**
 * Every module's loaders, fresh for each request: `ctx.loaders[module.name]`, each module's made when
 * the request first asks for them (most requests touch two or three modules of a dozen). Installed
 * on `into`, replacing whatever it held: after a write, the same object serves fresh loaders.
 */
export function createLoaders(db: Knex, of: readonly AppModule[] = modules, into: Record<string, unknown> = {}): Loaders {
  const cache = new LoaderCache();
  const loaders = into as unknown as Loaders;
  for (const m of of) {
    const make = m.loaders;
    if (!make) continue;
    let made: object | undefined;
    // An accessor kept for the request (not replaced by a value), so the object keeps its shape.
    // Each module's loaders may prime another's (a relation read in its parent's statement), made on first use too.
    Object.defineProperty(into, m.name, { configurable: true, enumerable: true, get: () => (made ??= make(db, cache, loaders)) });
  }
  return loaders;
}

/** Whether `login` names an active user: the same lookup a request's viewer goes through. */
export async function isActiveLogin(orm: MikroORM, login: string): Promise<boolean> {
  const user = await createLoaders(orm.em.fork().getKnex()).user.byUsername.load(login);
  return user?.active === true;
}

/** A user's account as the viewer lookup reads it. */
export type Account = NonNullable<Awaited<ReturnType<Loaders['user']['byUsername']['load']>>>;

/** A copy of the same class: what one request holds is never another's object. */
const copyOf = (account: Account): Account => Object.assign(Object.create(Object.getPrototypeOf(account) as object) as Account, account);

/** The token's user: from `viewers` while their entry is fresh, else read (and kept when active). */
async function viewerAccount(viewers: ViewerCache<Account>, loaders: Loaders, subject: string, now: number): Promise<Account | null> {
  const kept = viewers.get(subject, now);
  if (kept) {
    const account = copyOf(kept);
    loaders.user.byUsername.prime(subject, account);
    return account;
  }
  const readAt = viewers.mark();
  const account = await loaders.user.byUsername.load(subject);
  if (account?.active) viewers.set(subject, copyOf(account), now, readAt);
  return account;
}

export interface ContextDeps {
  orm: MikroORM;
  verifyToken: VerifyToken;
  viewers: ViewerCache<Account>;
  timeZone: string;
  clock: Clock;
  expensive: Semaphore;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/** Where a request's forked unit of work is kept, shared by every copy Apollo makes of its context. */
const FORK = Symbol('fork');
interface Forking {
  [FORK]: { orm: MikroORM; em?: EntityManager };
}

/**
 * The prototype of every context: `em`, the request's own unit of work, is forked when first used,
 * which only a request that writes does. It lives here because Apollo copies a context's own
 * properties (reading a getter of its own would fork on every request).
 */
const contextPrototype = Object.defineProperty({}, 'em', {
  get(this: Forking) {
    const fork = this[FORK];
    return (fork.em ??= fork.orm.em.fork());
  },
});

/** Builds the context of one request; anonymous or invalid credentials end it with UNAUTHENTICATED. */
export async function createContext(
  deps: ContextDeps,
  request: { authorization: string | undefined; acceptLanguage?: string | undefined; requestId: string | undefined; log: Logger },
): Promise<Context> {
  const requestId = request.requestId ?? randomUUID();
  const token = request.authorization ? BEARER.exec(request.authorization)?.[1] : undefined;
  if (!token) throw unauthenticated();
  const now = deps.clock.now();
  let subject: string;
  try {
    ({ subject } = await deps.verifyToken(token, now));
  } catch (error) {
    request.log.info({ reason: (error as Error).message }, 'token refused');
    throw unauthenticated(platformMessages.tokenInvalid);
  }
  const context = await contextOfSubject(deps, subject, now, { ...request, requestId });
  if (!context) throw unauthenticated(platformMessages.noActiveUser);
  return context;
}

/**
 * The context of a request made as the user `subject` names (a verified token's subject, or the
 * user a download link was made for); null when that is no active user.
 */
export async function contextOfSubject(
  deps: ContextDeps,
  subject: string,
  now: Date,
  request: { acceptLanguage?: string | undefined; requestId: string; log: Logger },
): Promise<Context | null> {
  const { requestId } = request;
  // Reads go through knex, the same for every request.
  const db = deps.orm.em.getKnex();
  const loaders = createLoaders(db);
  const viewer = await viewerAccount(deps.viewers, loaders, subject, now.getTime());
  if (!viewer?.active) return null;
  loaders.user.byKey.prime(viewer.key, viewer);
  // The user's saved language wins over the request's; the error formatting reads it from the scope.
  const language = pickLanguage(viewer.language, request.acceptLanguage);
  const scope = requestScope.getStore();
  if (scope) scope.language = language;
  const context: Omit<Context, 'em'> & Forking = {
    [FORK]: { orm: deps.orm },
    requestId,
    viewer: {
      key: viewer.key,
      username: viewer.username,
      displayName: viewer.displayName,
      unitKey: viewer.unitKey,
      personKey: viewer.personKey,
      grants: viewer.grants,
      language: viewer.language,
    },
    db,
    loaders,
    log: request.log,
    now,
    today: todayIn(deps.timeZone, now),
    timeZone: deps.timeZone,
    language,
    expensive: deps.expensive,
    // In place: Apollo hands resolvers a shallow copy of this object, which shares `loaders`.
    refreshLoaders: () => {
      createLoaders(db, modules, loaders as unknown as Record<string, unknown>);
      // The write may have been to an account: the next request of anyone reads theirs afresh.
      deps.viewers.forgetAll();
    },
  };
  return Object.assign(Object.create(contextPrototype) as Context, context);
}
