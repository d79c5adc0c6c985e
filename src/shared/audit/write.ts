import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context.js';
import { noteCommitted, refuseIfExpired } from '../limits/deadline.js';
import { AuditEntry } from './audit-entry.entity.js';

/**
 * How the trail names an entry's object: `<Type>:<key>` in base64url, as it always has. Not the
 * object's global ID, which depends on the ID secret: the trail is append-only and must not.
 */
export function auditObjectId(typename: string, key: string): string {
  return Buffer.from(`${typename}:${key}`, 'utf8').toString('base64url');
}

/** The type of an entry's object. */
export function auditObjectType(objectId: string): string {
  return Buffer.from(objectId, 'base64url').toString('utf8').split(':')[0] ?? '';
}

export interface AuditRecord {
  action: string;
  object: { typename: string; key: string };
  from: Record<string, unknown> | null;
  to: Record<string, unknown> | null;
  /** When it happened, where that is not now (the demo data's history). */
  at?: Date;
}

/** Who writes outside a request (the seeder): `system` and a run id. */
export interface WriteScope {
  em: EntityManager;
  requestId: string;
  actor: string;
}

export interface Write {
  em: EntityManager;
  audit: (record: AuditRecord) => void;
}

/**
 * The only way to write: one transaction holding the change and its audit entries. A DomainError
 * (or any error) rolls back both; a write that records no audit entry is a bug and is refused.
 */
export async function write<T>(scope: WriteScope | Context, body: (tx: Write) => Promise<T>): Promise<T> {
  const actor = 'viewer' in scope ? scope.viewer.username : scope.actor;
  const result = await scope.em.transactional(
    async (em) => {
      let audited = 0;
      const result = await body({
        em,
        audit: ({ action, object, from, to, at }) => {
          const entry = new AuditEntry({
            actor,
            action,
            objectId: auditObjectId(object.typename, object.key),
            from,
            to,
            requestId: scope.requestId,
          });
          if (at) entry.createdAt = at;
          em.persist(entry);
          audited++;
        },
      });
      if (audited === 0) throw new Error('A write must record at least one audit entry.');
      await em.flush();
      refuseIfExpired();
      return result;
    },
    // A clean identity map: the checks read the database as the transaction (and its locks) see
    // it, never an object an earlier write of the same request left in memory.
    { clear: true },
  );
  noteCommitted();
  // What this request read before the write is out of date now (lists, totals, counts).
  if ('refreshLoaders' in scope) scope.refreshLoaders();
  return result;
}
