import type { GraphQLResponse } from './app.js';

// What the model-based tests share: how many sequences a run tries, days as the server counts
// them, and the one code a step ended with.

/** Sequences per state machine: MODEL_RUNS (1,000 for a full run), a modest count by default so CI stays quick. */
export function modelRuns(): number {
  return Number(process.env.MODEL_RUNS ?? 15);
}

/** Time for a run of `modelRuns()` sequences and the shrinking of a failing one, on a busy machine. */
export function modelTimeout(): number {
  return 120_000 + modelRuns() * 4_000;
}

/** `date` (YYYY-MM-DD) moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * How a mutation ended: the code of its top-level error, else of its first user error, else null
 * (it was applied). Refusals are compared by `extensions.code` and `userErrors[].code` alone.
 */
export function outcome(response: GraphQLResponse<unknown>, payload: string): string | null {
  const top = response.errors?.[0]?.extensions?.code;
  if (typeof top === 'string') return top;
  const data = response.data as Record<string, { userErrors?: { code: string }[] } | null> | null | undefined;
  return data?.[payload]?.userErrors?.[0]?.code ?? null;
}
