import type { Knex } from '@mikro-orm/postgresql';

/** A leaky bucket: it holds `capacity` points and drains `restorePerSecond` of them every second. */
export interface BucketRule {
  capacity: number;
  restorePerSecond: number;
}

/** What charging a bucket came to. */
export interface Charge {
  granted: boolean;
  /** Points left in the bucket after this charge (or after the refusal, which charges nothing). */
  remaining: number;
  /** Whole seconds until the same charge would fit; 0 when granted. */
  retryAfterSeconds: number;
}

/** How far the bucket `b` has drained since it was last charged, at the moment being charged. */
const LEAKED = `greatest(b."level" - greatest(extract(epoch from excluded."updated_at" - b."updated_at"), 0) * :rate, 0)`;

/**
 * One statement, atomic under concurrency (the upsert locks the bucket's row), so any number of
 * replicas share one budget: drain the bucket by the time passed since its last charge, then add
 * the cost if it fits. The time is the server's clock; a replica whose clock is behind drains
 * nothing and never moves `updated_at` back.
 */
const CHARGE = `
insert into "rate_bucket" as b ("key", "level", "updated_at", "granted")
values (:key, cast(:cost as float8), cast(:at as timestamptz), true)
on conflict ("key") do update set
  "granted" = ${LEAKED} + excluded."level" <= :capacity,
  "level" = ${LEAKED} + case when ${LEAKED} + excluded."level" <= :capacity then excluded."level" else 0 end,
  "updated_at" = greatest(b."updated_at", excluded."updated_at")
returning "level", "granted"`;

/**
 * Charges `cost` points to the bucket `key`. A cost beyond the bucket's capacity is charged as the
 * whole bucket, so the largest query allowed still runs, on a full bucket.
 */
export async function chargeBucket(db: Knex, key: string, cost: number, rule: BucketRule, at: Date): Promise<Charge> {
  const charged = Math.min(Math.max(cost, 0), rule.capacity);
  const result = await db.raw<{ rows: { level: number; granted: boolean }[] }>(CHARGE, {
    key,
    cost: charged,
    at: at.toISOString(),
    rate: rule.restorePerSecond,
    capacity: rule.capacity,
  });
  const row = result.rows[0];
  if (!row) throw new Error(`rate bucket ${key} was not charged`);
  const remaining = Math.max(Math.floor(rule.capacity - row.level), 0);
  if (row.granted) return { granted: true, remaining, retryAfterSeconds: 0 };
  const excess = row.level + charged - rule.capacity;
  return { granted: false, remaining, retryAfterSeconds: Math.max(Math.ceil(excess / rule.restorePerSecond), 1) };
}
