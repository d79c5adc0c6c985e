import type fc from 'fast-check';
import { expect } from 'vitest';
import type { GraphQLResponse } from './app.js';

// What the model-based tests share: how many sequences a run drives, and what a mutation answered.

/** Sequences per state machine: `MODEL_RUNS` (1,000 for a full run); CI keeps the default small. */
export function modelRuns(fallback = 15): number {
  const runs = Number(process.env.MODEL_RUNS ?? fallback);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`MODEL_RUNS must be a positive integer, not ${process.env.MODEL_RUNS}`);
  return runs;
}

/** Time for a run of `modelRuns()` sequences and the shrinking of a failing one, on a busy machine. */
export function modelTimeout(): number {
  return 120_000 + modelRuns() * 4_000;
}

/**
 * fast-check's parameters for `runs` sequences. A failure prints its seed and path; run again with
 * `MODEL_SEED` and `MODEL_PATH` set to them to replay exactly that shrunk sequence.
 */
export function modelParameters(runs: number): { numRuns: number; seed?: number; path?: string } {
  const { MODEL_SEED: seed, MODEL_PATH: path } = process.env;
  return { numRuns: runs, ...(seed ? { seed: Number(seed) } : {}), ...(path ? { path } : {}) };
}

/**
 * What a mutation answered: 'OK', the code of its top-level error (FORBIDDEN, BAD_USER_INPUT, …) or
 * of its first user error. A 500 or an unexpected failure is never an answer the model may expect.
 */
export function answerOf(response: GraphQLResponse<Record<string, unknown>>, field: string): string {
  expect(response.status, JSON.stringify(response.errors)).toBeLessThan(500);
  const top = response.errors?.[0]?.extensions?.code;
  expect(top, JSON.stringify(response.errors)).not.toBe('INTERNAL_SERVER_ERROR');
  if (typeof top === 'string') return top;
  const payload = response.data?.[field] as { userErrors: { code: string }[] } | undefined;
  expect(payload, `no ${field} payload`).toBeDefined();
  return payload!.userErrors[0]?.code ?? 'OK';
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

/** The id of the object a mutation that went through hands back in `payload[field][object]`. */
export function idIn(response: GraphQLResponse<Record<string, unknown>>, field: string, object: string): string {
  const payload = response.data?.[field] as Record<string, { id: string } | null> | undefined;
  const id = payload?.[object]?.id;
  if (!id) throw new Error(`${field} handed back no ${object}`);
  return id;
}

/** The day `days` after `date` (YYYY-MM-DD). */
export function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * One step of a model-based test: a mutation by one of the test's actors. The model says what the
 * step must answer now ('OK' or a refusal's code); the step is sent, its answer compared, the model
 * moved on when it went through, and the graph compared with the model after every step.
 */
export abstract class ModelStep<M extends object, A, N extends string> implements fc.AsyncCommand<M, object> {
  constructor(readonly actor: N) {}
  abstract readonly field: string;
  check(_m: Readonly<M>): boolean {
    return true;
  }
  /** The model's answer to this step now; 'OK' when the rules let it through. */
  abstract expected(m: M, actor: A): string;
  abstract send(m: M): Promise<GraphQLResponse<Record<string, unknown>>>;
  /** The model after the step went through. */
  abstract apply(m: M, actor: A, response: GraphQLResponse<Record<string, unknown>>): void;
  abstract describe(): string;
  /** The actor named `name`, as the test defines its actors. */
  protected abstract actorNamed(name: N): A;
  /** Compares the graph with the model after a step. */
  protected abstract compare(m: M): Promise<void>;
  /** The answer to expect: `expected`, unless the test's rules answer first (e.g. an object the caller may not see). */
  protected answer(m: M, actor: A): string {
    return this.expected(m, actor);
  }

  /** What every step that goes through does to the model besides its own `apply`. */
  protected wentThrough(_m: M): void {}

  async run(m: M): Promise<void> {
    const actor = this.actorNamed(this.actor);
    const expected = this.answer(m, actor);
    const response = await this.send(m);
    expect(answerOf(response, this.field), `${this.toString()} answered`).toBe(expected);
    if (expected === 'OK') {
      this.wentThrough(m);
      this.apply(m, actor, response);
    }
    await this.compare(m);
  }

  toString(): string {
    return `${this.describe()} as ${this.actor}`;
  }
}
