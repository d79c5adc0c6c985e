import { expect } from 'vitest';

/** A whole successful response body: its data and the cost every response reports (src/shared/graphql/complexity.ts). */
export function answered(data: unknown): unknown {
  return { data, extensions: { cost: expect.objectContaining({ requested: expect.any(Number), actual: expect.any(Number) }) } };
}
