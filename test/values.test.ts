import { describe, expect, it } from 'vitest';
import { timestamp } from '../src/shared/db/values.js';

// Timestamps come in two texts: a column's and a JSON column's (a relation read in its parent's
// statement). Both are read by position; the moment must be the one Date.parse reads.

/** A deterministic spread of moments, fractions of 0 to 6 digits included. */
function moments(count: number): { column: string; json: string; iso: string }[] {
  const out = [];
  let seed = 7;
  const next = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
  for (let i = 0; i < count; i++) {
    const millis = Date.UTC(1950 + next(150), next(12), 1 + next(28), next(24), next(60), next(60), next(1000));
    const iso = new Date(millis).toISOString();
    const digits = next(7);
    const micros = `${iso.slice(20, 23)}${String(next(1000)).padStart(3, '0')}`.slice(0, digits);
    const fraction = digits ? `.${micros}` : '';
    const base = iso.slice(0, 19);
    out.push({
      column: `${base.replace('T', ' ')}${fraction}+00`,
      json: `${base}${fraction}+00:00`,
      iso: `${base}${digits ? `.${micros.padEnd(3, '0').slice(0, 3)}` : '.000'}Z`,
    });
  }
  return out;
}

describe('a timestamp read from PostgreSQL', () => {
  it('is the same moment in a column’s text and in a JSON column’s', () => {
    for (const { column, json, iso } of moments(2_000)) {
      expect(timestamp(column).toISOString(), column).toBe(iso);
      expect(timestamp(json).toISOString(), json).toBe(iso);
    }
  });

  it('reads any other form as Date.parse does', () => {
    for (const text of ['2026-11-26T14:40:24.123+08:00', '2026-11-26 14:40:24+05:30', '2026-11-26T14:40:24Z', '2026-11-26 14:40:24.5-03']) {
      expect(timestamp(text).getTime(), text).toBe(Date.parse(text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')));
    }
  });
});
