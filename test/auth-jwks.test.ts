import http from 'node:http';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewerDocument } from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';

// Tokens from an identity provider, verified against its published key set (JWT_JWKS_URL).

let app: TestApp;
let jwks: http.Server;
let providerKey: CryptoKey;
let strangerKey: CryptoKey;

beforeAll(async () => {
  const provider = await generateKeyPair('RS256');
  providerKey = provider.privateKey;
  strangerKey = (await generateKeyPair('RS256')).privateKey;
  const publicJwk = { ...(await exportJWK(provider.publicKey)), kid: 'provider-1', alg: 'RS256', use: 'sig' };
  jwks = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [publicJwk] }));
  });
  await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
  const { port } = jwks.address() as { port: number };
  app = await startApp({ env: { JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`, JWT_SECRET: '' } });
});

afterAll(async () => {
  await app.close();
  jwks.close();
});

const sign = (key: CryptoKey | Uint8Array, alg = 'RS256') =>
  new SignJWT({})
    .setProtectedHeader({ alg, kid: 'provider-1' })
    .setSubject('coordinator')
    .setIssuer('reform-graph')
    .setAudience('reform-graph')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(key);

describe('JWKS verification', () => {
  it('accepts a token signed by the provider’s key', async () => {
    const data = await app.ok(ViewerDocument, {}, { token: await sign(providerKey) });
    expect(data.viewer.login).toBe('coordinator');
  });

  it('refuses a token signed by any other key, or an HS256 token using the public key as secret', async () => {
    expect(errorCodes(await app.gql(ViewerDocument, {}, { token: await sign(strangerKey) }))).toEqual(['UNAUTHENTICATED']);
    const hs = await sign(new TextEncoder().encode('x'.repeat(48)), 'HS256');
    expect(errorCodes(await app.gql(ViewerDocument, {}, { token: hs }))).toEqual(['UNAUTHENTICATED']);
  });
});
