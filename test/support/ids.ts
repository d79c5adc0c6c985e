import { fromGlobalId, toGlobalId } from '../../src/shared/graphql/global-id.js';
import { seal } from '../../src/shared/graphql/opaque.js';
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

/**
 * The ID the server gives the row of this type and key, e.g. a made-up one for a row that does not
 * exist. The app under test runs in this process and has loaded its ID secret (`startApp`).
 */
export function idOf(typename: string, key: string | number): string {
  return toGlobalId(typename, String(key));
}

/** The row key behind an ID the server gave. */
export function keyOfId(id: string): string {
  return fromGlobalId(id).key;
}

/** A cursor of these values sealed with the server's secret, as only a bug or a leaked secret could make one. */
export function sealedCursor(values: unknown[]): string {
  return seal(Buffer.from(JSON.stringify(values)));
}
