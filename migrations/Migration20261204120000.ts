import { Migration } from '@mikro-orm/migrations';

/** How far the bucket `b` has drained since it was last charged, at the moment being charged. */
const LEAKED = `greatest(b."level" - greatest(extract(epoch from excluded."updated_at" - b."updated_at"), 0) * excluded."rate", 0)`;
const FITS = `${LEAKED} + excluded."level" <= excluded."capacity"`;

/**
 * Many rate-limit charges in one statement: `rate_bucket_charge(keys, costs, capacities, rates, at)`
 * applies the n-th charge after the ones before it, as if each had been a statement of its own, so
 * one bucket may be charged several times (an upsert alone cannot touch a row twice) and each charge
 * returns the level it left and whether it fit, by its ordinal. The arithmetic is the single
 * charge's: drain the bucket by the time passed since its last charge, then add the cost if it fits.
 *
 * The buckets are taken in key order, each one's charges in the order given: charges to different
 * buckets do not depend on each other, and two replicas' statements lock their rows in the same
 * order, so they queue behind each other instead of deadlocking.
 */
export class Migration20261204120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function rate_bucket_charge(keys text[], costs float8[], capacities float8[], rates float8[], at timestamptz)
    returns table ("ordinality" integer, "level" float8, "granted" boolean) language plpgsql as $$
    #variable_conflict use_column
    declare
      n integer;
    begin
      for n in select c.n from unnest(keys) with ordinality as c(key, n) order by c.key, c.n loop
        insert into "rate_bucket" as b ("key", "level", "capacity", "rate", "updated_at", "granted")
          values (keys[n], costs[n], capacities[n], rates[n], at, true)
        on conflict ("key") do update set
          "granted" = ${FITS},
          "level" = ${LEAKED} + case when ${FITS} then excluded."level" else 0 end,
          "capacity" = excluded."capacity",
          "rate" = excluded."rate",
          "updated_at" = greatest(b."updated_at", excluded."updated_at")
        returning n, b."level", b."granted" into "ordinality", "level", "granted";
        return next;
      end loop;
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function rate_bucket_charge(text[], float8[], float8[], float8[], timestamptz);`);
  }
}
