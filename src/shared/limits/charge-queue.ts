import type { Knex } from '@mikro-orm/postgresql';
import type { Clock } from '../clock.js';
import { chargeBuckets, type BucketCharge, type Charge } from './rate-limit.js';

/** The most charges one statement carries; any more wait for the next. */
export const MAX_CHARGES_PER_STATEMENT = 200;

/** What a charge came to, and the moment it was charged at. */
export interface Charged {
  charge: Charge;
  at: Date;
}

interface Waiting {
  charge: BucketCharge;
  resolve: (charged: Charged) => void;
  reject: (error: unknown) => void;
}

/**
 * One process's charges, sent as few statements as it takes: a charge goes at once when no charge
 * statement is in flight; while one is, further charges wait, and when it returns they all go
 * together in the next (up to `MAX_CHARGES_PER_STATEMENT`), applied in the order they came, so each
 * comes to what it would have alone. A burst of requests thus costs about one charge statement per
 * round trip instead of one per request, and a lone request waits for nothing. A statement that
 * fails fails every charge it carried, as that charge's own statement would have.
 */
export class ChargeQueue {
  private readonly waiting: Waiting[] = [];
  private inFlight = false;

  constructor(
    private readonly db: Knex,
    private readonly clock: Clock,
  ) {}

  charge(charge: BucketCharge): Promise<Charged> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ charge, resolve, reject });
      if (!this.inFlight) this.send();
    });
  }

  private send(): void {
    const batch = this.waiting.splice(0, MAX_CHARGES_PER_STATEMENT);
    const at = this.clock.now();
    this.inFlight = true;
    const sent = chargeBuckets(
      this.db,
      batch.map((w) => w.charge),
      at,
    );
    const next = () => {
      this.inFlight = false;
      if (this.waiting.length > 0) this.send();
    };
    void sent.then(
      (charges) => {
        next();
        charges.forEach((charge, i) => batch[i]?.resolve({ charge, at }));
      },
      (error: unknown) => {
        next();
        for (const w of batch) w.reject(error);
      },
    );
  }
}
