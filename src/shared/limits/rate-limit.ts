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

/** How far the bucket `b` has drained since it was last charged, at the moment being charged. */
const LEAKED = `greatest(b."level" - greatest(extract(epoch from excluded."updated_at" - b."updated_at"), 0) * excluded."rate", 0)`;
const FITS = `${LEAKED} + excluded."level" <= excluded."capacity"`;

/**
 * One statement for every bucket a request is charged to, each row atomic under concurrency (the
 * upsert locks it), so any number of replicas share one budget: drain the bucket by the time passed
 * since its last charge, then add the cost if it fits. Each bucket decides on its own. The time is
 * the server's clock; a replica whose clock is behind drains nothing and never moves `updated_at` back.
 */
const charge = (rows: number) => `
insert into "rate_bucket" as b ("key", "level", "capacity", "rate", "updated_at", "granted")
values ${Array.from({ length: rows }, () => '(?, cast(? as float8), cast(? as float8), cast(? as float8), cast(? as timestamptz), true)').join(', ')}
on conflict ("key") do update set
  "granted" = ${FITS},
  "level" = ${LEAKED} + case when ${FITS} then excluded."level" else 0 end,
  "capacity" = excluded."capacity",
  "rate" = excluded."rate",
  "updated_at" = greatest(b."updated_at", excluded."updated_at")
returning "key", "level", "granted"`;

/**
 * Charges each bucket its cost, in one round trip. A cost beyond a bucket's capacity is charged as
 * the whole bucket, so the largest query allowed still runs, on a full bucket.
 */
export async function chargeBuckets(db: Knex, charges: readonly BucketCharge[], at: Date): Promise<Charge[]> {
  const charged = charges.map((c) => ({ ...c, cost: Math.min(Math.max(c.cost, 0), c.rule.capacity) }));
  const result = await db.raw<{ rows: { key: string; level: number; granted: boolean }[] }>(
    charge(charges.length),
    charged.flatMap((c) => [c.key, c.cost, c.rule.capacity, c.rule.restorePerSecond, at.toISOString()]),
  );
  return charged.map((c) => {
    const row = result.rows.find((r) => r.key === c.key);
    if (!row) throw new Error(`rate bucket ${c.key} was not charged`);
    const remaining = Math.max(Math.floor(c.rule.capacity - row.level), 0);
    if (row.granted) return { key: c.key, granted: true, remaining, retryAfterSeconds: 0 };
    const excess = row.level + c.cost - c.rule.capacity;
    return { key: c.key, granted: false, remaining, retryAfterSeconds: Math.max(Math.ceil(excess / c.rule.restorePerSecond), 1) };
  });
}
