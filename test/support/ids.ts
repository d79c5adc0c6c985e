import { LedgersDocument, UnitByCodeDocument } from '../generated/graphql.js';
import type { TestApp } from './app.js';

/** The ID of the unit with this code. */
export async function unitId(app: TestApp, code: string): Promise<string> {
  const { unit } = await app.ok(UnitByCodeDocument, { code });
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

/** The ledgers by code, with their sections by code. */
export async function ledgersByCode(app: TestApp): Promise<Map<string, { id: string; sections: Map<string, string> }>> {
  const { ledgers } = await app.ok(LedgersDocument, {});
  return new Map(ledgers!.nodes.map((l) => [l.code, { id: l.id, sections: new Map(l.sections.map((s) => [s.code, s.id])) }]));
}
