/**
 * Resolves once `condition` holds, asking again as soon as each answer is in; fails after
 * `timeoutMs`. For waiting on an event another connection or process causes, never on time.
 */
export async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}.`);
  }
}
