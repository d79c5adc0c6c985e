/** One entry of an `Accept-*` header: its value (lower-cased) and its quality (1 when none is given). */
export interface Weighted {
  value: string;
  q: number;
}

const ENTRY = /^\s*([^\s;,]+)\s*(?:;\s*q\s*=\s*([01](?:\.\d{0,3})?))?\s*$/i;

/**
 * The entries of an `Accept-Language` or `Accept-Encoding` header in the order given, with their
 * quality values (RFC 9110 §12.4.2); a malformed entry is left out. Only the first 500 characters
 * are read: a header is no place for more.
 */
export function qualityList(header: string | undefined): Weighted[] {
  return (header ?? '')
    .slice(0, 500)
    .split(',')
    .flatMap((part) => {
      const match = ENTRY.exec(part);
      return match?.[1] ? [{ value: match[1].toLowerCase(), q: match[2] === undefined ? 1 : Number(match[2]) }] : [];
    });
}

/** The acceptable entries (quality above 0), the most wanted first; ties keep their order. */
export function ranked(header: string | undefined): Weighted[] {
  return qualityList(header)
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
}
