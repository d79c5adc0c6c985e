import type { TestApp } from './app.js';

export interface AuditRow {
  actor: string;
  action: string;
  object_id: string;
  from: Record<string, unknown> | null;
  to: Record<string, unknown> | null;
  request_id: string;
}

/** Audit entries about one object, oldest first, read straight from the table. */
export async function auditOf(app: TestApp, objectId: string): Promise<AuditRow[]> {
  return app.orm.em.getConnection().execute<AuditRow[]>('select * from audit_entry where object_id = ? order by id', [objectId]);
}

export async function auditCount(app: TestApp): Promise<number> {
  const [row] = await app.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from audit_entry');
  return Number(row!.n);
}
