import { auditObjectId } from '../../src/shared/audit/write.js';
import { fromGlobalId } from '../../src/shared/graphql/global-id.js';
import type { TestApp } from './app.js';

export interface AuditRow {
  actor: string;
  action: string;
  object_id: string;
  from: Record<string, unknown> | null;
  to: Record<string, unknown> | null;
  request_id: string;
}

/** How the trail names the object with this global ID (`audit_entry.object_id`). */
export function trailIdOf(id: string): string {
  const { typename, key } = fromGlobalId(id);
  return auditObjectId(typename, key);
}

/** Audit entries about the object with this global ID, oldest first, read straight from the table. */
export async function auditOf(app: TestApp, id: string): Promise<AuditRow[]> {
  return app.orm.em.getConnection().execute<AuditRow[]>('select * from audit_entry where object_id = ? order by id', [trailIdOf(id)]);
}

export async function auditCount(app: TestApp): Promise<number> {
  const [row] = await app.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from audit_entry');
  return Number(row!.n);
}
