import { createHash } from 'node:crypto';
import { badUserInput } from './errors.js';
import { BLOCK_BYTES, decryptBlock, encryptBlock, secretGeneration } from './opaque.js';
import { platformMessages } from '../i18n/platform.messages.js';

/**
 * Global IDs are opaque: one AES block, under a key from the server's ID secret, over the type,
 * the row's key and four zero bytes. IDs of consecutive rows share nothing a client can see, and
 * an ID nobody issued fails the zero check (or names no type) when decrypted: one in 2^59 would
 * pass, and then only names a row like any other ID. An ID is stable for the life of its object
 * as long as the secret stays.
 *
 *   bytes 0–3  the first four bytes of SHA-256 of the type name
 *   bytes 4–11 the key, a positive bigint, big-endian
 *   bytes 12–15 zero
 */
const TYPE_BYTES = 4;
const KEY_BYTES = 8;
const typesByTag = new Map<number, string>();
const tagsByType = new Map<string, number>();

function typeTag(typename: string): number {
  let tag = tagsByType.get(typename);
  if (tag === undefined) {
    tag = createHash('sha256').update(typename).digest().readUInt32BE(0);
    tagsByType.set(typename, tag);
  }
  return tag;
}

/** Makes IDs of a type readable: `registerNodeType` calls this for every type `node(id:)` serves. */
export function registerIdType(typename: string): void {
  const tag = typeTag(typename);
  const other = typesByTag.get(tag);
  if (other !== undefined && other !== typename) throw new Error(`The types ${other} and ${typename} share an ID tag; rename one.`);
  typesByTag.set(tag, typename);
}

// Keys are bigint ids; 18 digits always fit, so no ID can overflow the column.
const KEY = /^[1-9][0-9]{0,17}$/;

// The same rows come back request after request: an ID made under the current secret is
// remembered rather than encrypted again, up to ISSUED_MAX of them, and then memory starts over.
const ISSUED_MAX = 50_000;
const issued = new Map<string, string>();
let issuedUnder = -1;

export function toGlobalId(typename: string, key: string): string {
  if (issuedUnder !== secretGeneration()) {
    issued.clear();
    issuedUnder = secretGeneration();
  }
  const name = `${typename}:${key}`;
  const known = issued.get(name);
  if (known !== undefined) return known;
  if (!KEY.test(key)) throw new Error(`${typename} key ${key} is not a row key.`);
  const block = Buffer.alloc(BLOCK_BYTES);
  block.writeUInt32BE(typeTag(typename), 0);
  block.writeBigUInt64BE(BigInt(key), TYPE_BYTES);
  const id = encryptBlock(block).toString('base64url');
  if (issued.size >= ISSUED_MAX) issued.clear();
  issued.set(name, id);
  return id;
}

export interface DecodedId {
  typename: string;
  key: string;
}

// 16 bytes are 22 base64url characters; the last carries 2 spare bits, checked by re-encoding.
const ENCODED = /^[A-Za-z0-9_-]{22}$/;

/** The type and key of an ID this server issued, or null for anything else. */
export function decodeGlobalId(id: string): DecodedId | null {
  if (!ENCODED.test(id)) return null;
  const bytes = Buffer.from(id, 'base64url');
  if (bytes.length !== BLOCK_BYTES || bytes.toString('base64url') !== id) return null;
  const block = decryptBlock(bytes);
  if (block.readUInt32BE(TYPE_BYTES + KEY_BYTES) !== 0) return null;
  const typename = typesByTag.get(block.readUInt32BE(0));
  const key = block.readBigUInt64BE(TYPE_BYTES).toString();
  return typename !== undefined && KEY.test(key) ? { typename, key } : null;
}

/**
 * Decodes a global ID; one this server did not issue is the client's mistake: BAD_USER_INPUT,
 * never a 500. It says nothing of any object: whether an ID decodes does not depend on the rows.
 */
export function fromGlobalId(id: string, argument = 'id'): DecodedId {
  const decoded = decodeGlobalId(id);
  if (!decoded) throw badUserInput(platformMessages.invalidId(truncate(id)), argument);
  return decoded;
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
