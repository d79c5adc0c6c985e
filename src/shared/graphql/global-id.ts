import { badUserInput } from './errors.js';
import { platformMessages } from '../i18n/platform.messages.js';

/**
 * Global IDs are opaque to clients: base64url of `<Type>:<key>`. Clients must not parse them;
 * the server decodes them to find both the type and the row.
 */
export function toGlobalId(typename: string, key: string): string {
  return Buffer.from(`${typename}:${key}`, 'utf8').toString('base64url');
}

export interface DecodedId {
  typename: string;
  key: string;
}

const ENCODED = /^[A-Za-z0-9_-]{4,120}$/;
// Keys are bigint ids; 18 digits always fit, so no ID a client makes up can overflow the column.
const DECODED = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,17})$/;

/** Decodes a global ID; a malformed one is the client's mistake: BAD_USER_INPUT, never a 500. */
export function fromGlobalId(id: string, argument = 'id'): DecodedId {
  const match = ENCODED.test(id) ? DECODED.exec(Buffer.from(id, 'base64url').toString('utf8')) : null;
  const [, typename, key] = match ?? [];
  if (!typename || !key) throw badUserInput(platformMessages.invalidId(truncate(id)), argument);
  return { typename, key };
}

/** Decodes an ID that must name an object of one type (e.g. a unit for `parentId`). */
export function keyOf(id: string, typename: string, argument = 'id'): string {
  const decoded = fromGlobalId(id, argument);
  if (decoded.typename !== typename) {
    throw badUserInput(platformMessages.idOfOtherType(truncate(id), decoded.typename, typename), argument);
  }
  return decoded.key;
}

/** Like `keyOf` for an optional reference: undefined stays undefined (unchanged), null stays null (cleared). */
export function optionalKeyOf(id: string | null | undefined, typename: string, argument: string): string | null | undefined {
  return id == null ? id : keyOf(id, typename, argument);
}

function truncate(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}
