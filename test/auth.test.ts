import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewerDocument } from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

async function tokenWith(claims: {
  sub?: string;
  exp?: number | string;
  iss?: string;
  aud?: string;
  secret?: Uint8Array;
}): Promise<string> {
  const { jwt } = app.config;
  const secret = claims.secret ?? (jwt.key.kind === 'secret' ? jwt.key.secret : new Uint8Array());
  let token = new SignJWT({})
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuedAt()
    .setIssuer(claims.iss ?? jwt.issuer)
    .setAudience(claims.aud ?? jwt.audience);
  if (claims.sub !== undefined) token = token.setSubject(claims.sub);
  if (claims.exp !== undefined) token = token.setExpirationTime(claims.exp);
  return token.sign(secret);
}

describe('authentication', () => {
  it('refuses an anonymous request with UNAUTHENTICATED and no data', async () => {
    const response = await app.gql(ViewerDocument, {}, { as: null });
    expect(response.status).toBe(401);
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
  });

  it.each([
    ['an expired token', () => tokenWith({ sub: 'admin', exp: Math.floor(Date.now() / 1000) - 60 })],
    ['a token signed with another secret', () => tokenWith({ sub: 'admin', exp: '1h', secret: new TextEncoder().encode('x'.repeat(40)) })],
    ['a token without expiry', () => tokenWith({ sub: 'admin' })],
    ['a token for another audience', () => tokenWith({ sub: 'admin', exp: '1h', aud: 'someone-else' })],
    ['a token from another issuer', () => tokenWith({ sub: 'admin', exp: '1h', iss: 'someone-else' })],
    ['a token naming no user', () => tokenWith({ sub: 'nobody', exp: '1h' })],
    ['a malformed token', async () => 'not-a-jwt'],
  ])('refuses %s with UNAUTHENTICATED', async (_, make) => {
    const response = await app.gql(ViewerDocument, {}, { token: await make() });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.data ?? null).toBeNull();
  });

  it('accepts a valid token and returns the signed-in user as viewer', async () => {
    const data = await app.ok(ViewerDocument, {}, { as: 'officer' });
    expect(data.viewer).toMatchObject({ login: 'officer', roles: ['UNIT_OFFICER'], unit: { code: 'HRB-FY' } });
  });

  it('issues tokens for every demo user that the server accepts', async () => {
    for (const username of ['admin', 'staff', 'officer', 'assessor', 'reviewer', 'decider', 'coordinator', 'inspector', 'viewer']) {
      const data = await app.ok(ViewerDocument, {}, { as: username });
      expect(data.viewer.login).toBe(username);
    }
  });
});
