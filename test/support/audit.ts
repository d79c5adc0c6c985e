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

/** Audit entries about the object with this global ID, oldest first, read straight from the table. */
export async function auditOf(app: TestApp, id: string): Promise<AuditRow[]> {
  const { typename, key } = fromGlobalId(id);
  return app.orm.em
    .getConnection()
    .execute<AuditRow[]>('select * from audit_entry where object_id = ? order by id', [auditObjectId(typename, key)]);
}

export async function auditCount(app: TestApp): Promise<number> {
  const [row] = await app.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from audit_entry');
  return Number(row!.n);
}
