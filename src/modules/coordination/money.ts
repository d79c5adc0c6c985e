import { CoordinationErrors } from './coordination.errors.js';

// Money is held as integer fen (分) in bigint end to end: parsed from the client's decimal string,
// stored in a bigint column, summed in SQL, and formatted back. No float ever touches it.

const DECIMAL = /^([+-]?)(\d{1,16})(?:\.(\d+))?$/;

/** Yuan as the client wrote it ("1234.50") to fen; zero, negative or more than 2 decimals is INVALID_AMOUNT. */
export function parseYuan(text: string, field = 'amount'): bigint {
  const match = DECIMAL.exec(text.trim());
  if (!match) throw CoordinationErrors.invalidAmount(text, field);
  const [, sign = '', whole = '0', fraction = ''] = match;
  if (fraction.length > 2) throw CoordinationErrors.invalidAmount(text, field);
  const fen = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  if (sign === '-' || fen === 0n) throw CoordinationErrors.invalidAmount(text, field);
  return fen;
}

/** Fen to yuan with exactly two places: 3400000012n → "34000000.12". */
export function formatFen(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}
