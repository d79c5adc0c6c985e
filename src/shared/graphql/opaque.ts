import { createCipheriv, createDecipheriv, createHmac, timingSafeEqual, type Cipher, type Decipher } from 'node:crypto';

/**
 * What a client sees of keys and positions: global IDs and cursors, encrypted with keys derived
 * from the server's ID secret (`id_secret`, src/shared/db/id-secret.ts), so that they can be
 * neither read nor made up. The secret lives in the database, so every replica and every restart
 * makes the same IDs.
 */
interface Keys {
  /** One AES-256 block per global ID: a pseudo-random permutation of 16 bytes. */
  encryptBlock: Cipher;
  decryptBlock: Decipher;
  /** Cursors: AES-256-CTR under a synthetic IV, the HMAC of the text (SIV), which also authenticates it. */
  sealKey: Buffer;
  tagKey: Buffer;
}

let keys: Keys | undefined;
let installed: Buffer | undefined;
let generation = 0;

/** Changes whenever another secret is taken: what was made under the last one is stale. */
export function secretGeneration(): number {
  return generation;
}

const MIN_SECRET_BYTES = 32;

/**
 * Takes the secret every global ID and cursor is made with; the same secret again changes nothing.
 * One per process, as a process serves one database.
 */
export function useIdSecret(secret: Buffer): void {
  if (secret.length < MIN_SECRET_BYTES) throw new Error(`The ID secret must have at least ${MIN_SECRET_BYTES} bytes.`);
  if (installed?.equals(secret)) return;
  const derive = (purpose: string) => createHmac('sha256', secret).update(`reform-graph ${purpose}`).digest();
  const blockKey = derive('global id');
  // ECB over exactly one block is the block cipher itself; one cipher object serves every call.
  const encryptBlock = createCipheriv('aes-256-ecb', blockKey, null).setAutoPadding(false);
  const decryptBlock = createDecipheriv('aes-256-ecb', blockKey, null).setAutoPadding(false);
  keys = { encryptBlock, decryptBlock, sealKey: derive('cursor key'), tagKey: derive('cursor tag') };
  installed = Buffer.from(secret);
  generation++;
}

function current(): Keys {
  if (!keys) throw new Error('Global IDs are made with the ID secret, which is not loaded yet (useIdSecret).');
  return keys;
}

export const BLOCK_BYTES = 16;

export function encryptBlock(block: Buffer): Buffer {
  return current().encryptBlock.update(block);
}

export function decryptBlock(block: Buffer): Buffer {
  return current().decryptBlock.update(block);
}

const TAG_BYTES = 16;

function tagOf(plain: Buffer): Buffer {
  return createHmac('sha256', current().tagKey).update(plain).digest().subarray(0, TAG_BYTES);
}

function ctr(iv: Buffer, data: Buffer): Buffer {
  const cipher = createCipheriv('aes-256-ctr', current().sealKey, iv);
  return Buffer.concat([cipher.update(data), cipher.final()]);
}

/** Encrypts and authenticates `plain`; the same text always seals to the same string. */
export function seal(plain: Buffer): string {
  const tag = tagOf(plain);
  return Buffer.concat([tag, ctr(tag, plain)]).toString('base64url');
}

const SEALED = /^[A-Za-z0-9_-]+$/;

/** The text `seal` sealed, or null for anything it did not make (altered, truncated, made up). */
export function unseal(text: string): Buffer | null {
  if (!SEALED.test(text)) return null;
  const bytes = Buffer.from(text, 'base64url');
  if (bytes.length < TAG_BYTES || bytes.toString('base64url') !== text) return null;
  const tag = bytes.subarray(0, TAG_BYTES);
  const plain = ctr(tag, bytes.subarray(TAG_BYTES));
  return timingSafeEqual(tag, tagOf(plain)) ? plain : null;
}
