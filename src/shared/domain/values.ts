// Checks of plain values that every module's entities make, each module throwing its own error.

/** Text trimmed, non-empty and at most `max` characters; otherwise the module's error. */
export function requireText(value: string, max: number, invalid: () => Error): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) throw invalid();
  return trimmed;
}

/** Dates here fall in this century; anything else is a typing mistake. */
export function isPlausibleDate(date: string): boolean {
  return date >= '2000-01-01' && date <= '2100-12-31';
}
