import type { Knex } from '@mikro-orm/postgresql';

/** A leaky bucket: it holds `capacity` points and drains `restorePerSecond` of them every second. */
export interface BucketRule {
  capacity: number;
  restorePerSecond: number;
}

/** A charge to make: `cost` points to the bucket `key`. */
export interface BucketCharge {
  key: string;
  cost: number;
  rule: BucketRule;
}

/** What charging a bucket came to. */
export interface Charge {
  key: string;
  granted: boolean;
  /** Points left in the bucket after this charge (or after the refusal, which charges nothing). */
  remaining: number;
  /** Whole seconds until the same charge would fit; 0 when granted. */
  retryAfterSeconds: number;
}

/**
 * Charges each bucket its cost, in one statement, one charge after another in the order given, so
 * a bucket may be charged several times (migrations/Migration20261204120000.ts): each row atomic
 * under concurrency (the charge locks it), so any number of replicas share one budget. The time is
 * the server's clock; a replica whose clock is behind drains nothing and never moves `updated_at`
 * back. A cost beyond a bucket's capacity is charged as the whole bucket, so the largest query
 * allowed still runs, on a full bucket.
 */
export async function chargeBuckets(db: Knex, charges: readonly BucketCharge[], at: Date): Promise<Charge[]> {
  const charged = charges.map((c) => ({ ...c, cost: Math.min(Math.max(c.cost, 0), c.rule.capacity) }));
  const result = await db.raw<{ rows: { ordinality: number; level: number; granted: boolean }[] }>(
    'select "ordinality", "level", "granted" from rate_bucket_charge(?::text[], ?::float8[], ?::float8[], ?::float8[], ?::timestamptz)',
    [
      charged.map((c) => c.key),
      charged.map((c) => c.cost),
      charged.map((c) => c.rule.capacity),
      charged.map((c) => c.rule.restorePerSecond),
      at.toISOString(),
    ],
  );
  const rows = new Map(result.rows.map((r) => [r.ordinality, r]));
  return charged.map((c, i) => {
    const row = rows.get(i + 1);
    if (!row) throw new Error(`rate bucket ${c.key} was not charged`);
    const remaining = Math.max(Math.floor(c.rule.capacity - row.level), 0);
    if (row.granted) return { key: c.key, granted: true, remaining, retryAfterSeconds: 0 };
    const excess = row.level + c.cost - c.rule.capacity;
    return { key: c.key, granted: false, remaining, retryAfterSeconds: Math.max(Math.ceil(excess / c.rule.restorePerSecond), 1) };
  });
}
