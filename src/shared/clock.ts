/** Where "now" comes from. The server has one; tests set it to move time instead of editing rows. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands where it is put (tests, demo data with a fixed "today"). */
export class SettableClock implements Clock {
  private fixed: Date | null = null;

  constructor(start?: Date | string) {
    if (start !== undefined) this.set(start);
  }

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Stops the clock at this moment; a date alone means noon UTC of that day (the same date in China). */
  set(moment: Date | string): void {
    this.fixed = typeof moment === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(moment) ? `${moment}T04:00:00Z` : moment) : moment;
  }

  /** Moves a stopped clock on by whole days. */
  advanceDays(days: number): void {
    this.fixed = new Date(this.now().getTime() + days * 86_400_000);
  }

  /** Back to real time. */
  reset(): void {
    this.fixed = null;
  }
}
