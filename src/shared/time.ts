const formatters = new Map<string, Intl.DateTimeFormat>();
/** The last day worked out per time zone, and the minute it holds for: a day changes only on a minute. */
const lastDay = new Map<string, { minute: number; day: string }>();

/** Today's date (YYYY-MM-DD) in the given time zone, at the given moment. */
export function todayIn(timeZone: string, now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  const last = lastDay.get(timeZone);
  if (last?.minute === minute) return last.day;
  let format = formatters.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, format);
  }
  const day = format.format(now);
  lastDay.set(timeZone, { minute, day });
  return day;
}
