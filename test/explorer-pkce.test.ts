import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { authorizationUrl, challengeOf, randomToken } from '../src/explorer/pkce.js';
import { sha256 } from '../src/explorer/sha256.js';

// The explorer's PKCE pieces, without a browser: the bundled SHA-256 (for hosts without
// crypto.subtle) agrees with Node's, and the challenge is RFC 7636's.

describe('the bundled SHA-256', () => {
  it('agrees with node:crypto on every length around the block boundaries and on random data', () => {
    for (const length of [0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000, 100_000]) {
      const data = randomBytes(length);
      expect(Buffer.from(sha256(data)).toString('hex'), `${length} bytes`).toBe(createHash('sha256').update(data).digest('hex'));
    }
    expect(Buffer.from(sha256(new TextEncoder().encode('abc'))).toString('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe('PKCE', () => {
  it('gives RFC 7636’s challenge (appendix B) with and without crypto.subtle', async () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    const expected = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
    expect(await challengeOf(verifier, undefined)).toBe(expected);
    expect(await challengeOf(verifier, crypto.subtle)).toBe(expected);
  });

  it('makes 43-character random verifiers and an authorization URL with every parameter', () => {
    const token = randomToken((bytes) => crypto.getRandomValues(bytes));
    expect(token).toMatch(/^[\w-]{43}$/);
    const url = new URL(
      authorizationUrl(
        {
          issuer: 'https://idp.example',
          clientId: 'c',
          authorizationEndpoint: 'https://idp.example/auth?tenant=1',
          scope: 'openid profile',
        },
        { redirectUri: 'http://127.0.0.1:4000/graphql', state: 's', nonce: 'n', challenge: 'x' },
      ),
    );
    expect(Object.fromEntries(url.searchParams)).toEqual({
      tenant: '1',
      response_type: 'code',
      client_id: 'c',
      redirect_uri: 'http://127.0.0.1:4000/graphql',
      scope: 'openid profile',
      state: 's',
      nonce: 'n',
      code_challenge: 'x',
      code_challenge_method: 'S256',
    });
  });
});
