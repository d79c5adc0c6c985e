import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { signToken } from '../src/shared/auth/jwt.js';
import { OidcClient, oidcPublicConfig } from '../src/shared/auth/oidc.js';
import { TokenIntrospector } from '../src/shared/auth/oidc-introspection.js';
import { ViewerDocument } from './generated/graphql.js';
import { errorCodes, startApp, type TestApp } from './support/app.js';
import { authorize, publicClient, redeem, reserveIssuer, type Authorization, type TestIssuer } from './support/oidc-provider.js';

// Sign-in through an OpenID Connect issuer: the authorization-code flow with PKCE, run against a
// real provider (oidc-provider) on loopback, and its access tokens accepted on /graphql by
// introspection. A second provider stands for "another issuer".

const CLIENT = 'reform-graph';
const SECRET = 'a secret: with % and spaces';
let app: TestApp;
let idp: TestIssuer;
let stranger: TestIssuer;
let redirectUri: string;
/** Everything the app logged, and every secret the tests handed it: none may show up there. */
let logged = '';
const secrets = new Set<string>();

beforeAll(async () => {
  const reserved = await reserveIssuer();
  const other = await reserveIssuer();
  // A one-second recheck window, so revocation shows by moving the clock two seconds.
  const log = new PassThrough();
  log.on('data', (chunk: Buffer) => (logged += chunk.toString('utf8')));
  app = await startApp({ log, env: { OIDC_ISSUER: reserved.issuer, OIDC_CLIENT_ID: CLIENT, OIDC_RECHECK_SECONDS: '1' } });
  redirectUri = `${app.url}/graphql`;
  idp = await reserved.start([
    publicClient(CLIENT, redirectUri),
    publicClient('other-client', redirectUri),
    { ...publicClient('confidential', redirectUri), token_endpoint_auth_method: 'client_secret_basic', client_secret: SECRET },
  ]);
  stranger = await other.start([publicClient(CLIENT, redirectUri)]);
});

afterAll(async () => {
  await app.close();
  await idp.close();
  await stranger.close();
});

afterEach(() => app.clock.reset());

interface ExchangeAnswer {
  token?: string;
  expiresAt?: string | null;
  login?: string;
  error?: { code: string; message: string };
}

/** What the explorer does on its return from the issuer. */
async function exchange(body: Partial<Authorization> | string, headers: Record<string, string> = {}) {
  if (typeof body !== 'string') for (const secret of [body.code, body.codeVerifier]) if (secret) secrets.add(secret);
  const response = await fetch(`${app.url}/auth/oidc/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as ExchangeAnswer };
}

const signIn = async (login: string) => {
  const answer = await exchange(await authorize(idp.issuer, CLIENT, redirectUri, login));
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as { token: string; expiresAt: string; login: string };
};

const viewerWith = (token: string) => {
  secrets.add(token);
  return app.gql(ViewerDocument, {}, { token });
};

describe('signing in through the issuer', () => {
  it('redeems a code with its PKCE verifier and the access token it returns works on /graphql', async () => {
    const answer = await signIn('officer');
    expect(answer.login).toBe('officer');
    expect(Date.parse(answer.expiresAt) - Date.now()).toBeGreaterThan(500_000);
    const response = await viewerWith(answer.token);
    expect(response.errors).toBeUndefined();
    expect(response.data?.viewer.login).toBe('officer');
  });

  it('refuses a wrong verifier, a wrong nonce and a code used twice, naming what failed', async () => {
    const authorization = await authorize(idp.issuer, CLIENT, redirectUri, 'officer');
    const wrongVerifier = await exchange({ ...authorization, codeVerifier: 'x'.repeat(43) });
    expect(wrongVerifier.status).toBe(401);
    expect(wrongVerifier.body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/invalid_grant/) });
    expect(JSON.stringify(wrongVerifier.body)).not.toContain(authorization.code);

    const other = await authorize(idp.issuer, CLIENT, redirectUri, 'officer');
    const wrongNonce = await exchange({ ...other, nonce: 'not-the-one-sent' });
    expect(wrongNonce.status).toBe(401);
    expect(wrongNonce.body.error?.message).toMatch(/nonce/);
    // The code was spent by that attempt.
    expect((await exchange(other)).status).toBe(401);
  });

  it('says why in the language the page asks for; the code stays the same', async () => {
    const authorization = await authorize(idp.issuer, CLIENT, redirectUri, 'officer');
    const zh = await exchange({ ...authorization, nonce: 'not-the-one-sent' }, { 'accept-language': 'zh-CN' });
    expect(zh.status).toBe(401);
    expect(zh.body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/^ID 令牌未通过校验：.*nonce/) });
    const malformed = await exchange({ code: 'c' }, { 'accept-language': 'zh-CN,en;q=0.5' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: 'BAD_REQUEST', message: 'codeVerifier 必须是非空字符串。' });
  });

  it('refuses an expired ID token (the server clock past its exp)', async () => {
    const authorization = await authorize(idp.issuer, CLIENT, redirectUri, 'officer');
    app.clock.set(new Date(Date.now() + 3_600_000));
    const answer = await exchange(authorization);
    expect(answer.status).toBe(401);
    expect(answer.body.error?.message).toMatch(/ID token was refused.*exp/);
  });

  it('refuses a code issued to another client, or by another issuer', async () => {
    const forOther = await exchange(await authorize(idp.issuer, 'other-client', redirectUri, 'officer'));
    expect(forOther.status).toBe(401);
    expect(forOther.body.error?.code).toBe('UNAUTHENTICATED');
    const fromStranger = await exchange(await authorize(stranger.issuer, CLIENT, redirectUri, 'officer'));
    expect(fromStranger.status).toBe(401);
  });

  it('refuses a subject that names no user here', async () => {
    const answer = await exchange(await authorize(idp.issuer, CLIENT, redirectUri, 'nobody'));
    expect(answer.status).toBe(401);
    expect(answer.body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/"nobody".*no active user/) });
    // And that person's access token, taken straight from the issuer, gets nothing on /graphql.
    const token = await redeem(idp.issuer, CLIENT, await authorize(idp.issuer, CLIENT, redirectUri, 'nobody'));
    expect(errorCodes(await viewerWith(token))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers malformed requests with 400 and a code, and only to its own pages', async () => {
    expect(await exchange('{')).toMatchObject({ status: 400, body: { error: { code: 'BAD_REQUEST' } } });
    expect(await exchange({ code: 'c', codeVerifier: 'short', redirectUri, nonce: 'n' })).toMatchObject({
      status: 400,
      body: { error: { code: 'BAD_REQUEST', message: expect.stringMatching(/codeVerifier/) } },
    });
    expect(await exchange({ code: 'c', redirectUri })).toMatchObject({ status: 400, body: { error: { message: /codeVerifier/ } } });
    const foreign = await exchange({ code: 'c' }, { origin: 'https://elsewhere.example.org' });
    expect(foreign.status).toBe(403);
    const form = await fetch(`${app.url}/auth/oidc/token`, { method: 'POST', body: 'code=c' });
    expect(form.status).toBe(415);
    const get = await fetch(`${app.url}/auth/oidc/token`);
    expect(get.status).toBe(405);
  });
});

describe('the issuer’s access tokens on /graphql', () => {
  it('refuses a token issued to another client, though the issuer says it is active', async () => {
    const token = await redeem(idp.issuer, 'other-client', await authorize(idp.issuer, 'other-client', redirectUri, 'officer'));
    const introspection = await fetch(`${idp.issuer}/token/introspection`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, client_id: CLIENT }).toString(),
    });
    expect(await introspection.json()).toMatchObject({ active: true, client_id: 'other-client', sub: 'officer' });
    expect(errorCodes(await viewerWith(token))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a token from another issuer', async () => {
    const token = await redeem(stranger.issuer, CLIENT, await authorize(stranger.issuer, CLIENT, redirectUri, 'officer'));
    expect(errorCodes(await viewerWith(token))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a token once the server clock is past its expiry, even one checked a moment before', async () => {
    const { token } = await signIn('officer');
    app.clock.set(new Date());
    expect((await viewerWith(token)).data?.viewer.login).toBe('officer');
    app.clock.set(new Date(Date.now() + 601_000));
    expect(errorCodes(await viewerWith(token))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a revoked token from the first request after the recheck window', async () => {
    const { token } = await signIn('officer');
    const start = Date.now();
    app.clock.set(new Date(start));
    expect((await viewerWith(token)).data?.viewer.login).toBe('officer');
    const revoked = await fetch(`${idp.issuer}/token/revocation`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token, client_id: CLIENT }).toString(),
    });
    expect(revoked.status).toBe(200);
    // Within the window the positive answer stands, without asking the issuer again ...
    const asked = idp.requests.length;
    expect((await viewerWith(token)).data?.viewer.login).toBe('officer');
    expect(idp.requests.length).toBe(asked);
    // ... and once it has passed the issuer is asked again and says no.
    app.clock.set(new Date(start + 1_500));
    expect(errorCodes(await viewerWith(token))).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps at most as many positive answers as it is allowed', async () => {
    const introspector = new TokenIntrospector(new OidcClient(app.config.oidc!), 2);
    const tokens = [(await signIn('officer')).token, (await signIn('admin')).token, (await signIn('coordinator')).token];
    const now = new Date();
    expect(await Promise.all(tokens.map((token) => introspector.subjectOf(token, now)))).toEqual(['officer', 'admin', 'coordinator']);
    expect(introspector.size).toBe(2);
  });

  it('asks the issuer about an unknown bearer once in a while, not at every request, and never about garbage', async () => {
    let asked = 0;
    class CountingClient extends OidcClient {
      override post(url: string, form: Record<string, string>) {
        asked++;
        return super.post(url, form);
      }
    }
    const introspector = new TokenIntrospector(new CountingClient(app.config.oidc!));
    const now = new Date();
    await expect(introspector.subjectOf('x', now)).rejects.toThrow(/no token/);
    await expect(introspector.subjectOf('a'.repeat(5000), now)).rejects.toThrow(/no token/);
    expect(asked).toBe(0);
    const unknown = 'AnUnknownOpaqueTokenOfTheRightShape0123456789';
    await expect(introspector.subjectOf(unknown, now)).rejects.toThrow(/not active/);
    await expect(introspector.subjectOf(unknown, new Date(now.getTime() + 29_000))).rejects.toThrow(/a moment ago/);
    expect(asked).toBe(1);
    await expect(introspector.subjectOf(unknown, new Date(now.getTime() + 31_000))).rejects.toThrow(/not active/);
    expect(asked).toBe(2);
  });

  it('refuses the token of a session whose grant the issuer has ended', async () => {
    const { token } = await signIn('officer');
    const start = Date.now();
    app.clock.set(new Date(start));
    expect((await viewerWith(token)).data?.viewer.login).toBe('officer');
    const introspected = await idp.provider.AccessToken.find(token);
    const grant = await idp.provider.Grant.find(introspected!.grantId);
    await grant!.destroy();
    app.clock.set(new Date(start + 1_500));
    expect(errorCodes(await viewerWith(token))).toEqual(['UNAUTHENTICATED']);
  });

  it('still accepts the server’s own tokens, and refuses an expired own token without asking the issuer', async () => {
    const introspections = () => idp.requests.filter((path) => path === '/token/introspection').length;
    const before = introspections();
    expect((await app.ok(ViewerDocument, {}, { as: 'coordinator' })).viewer.login).toBe('coordinator');
    expect(errorCodes(await viewerWith(await signToken(app.config.jwt, 'coordinator', '-1m')))).toEqual(['UNAUTHENTICATED']);
    expect(introspections()).toBe(before);
    expect(errorCodes(await viewerWith('not-a-token-anyone-issued'))).toEqual(['UNAUTHENTICATED']);
    expect(introspections()).toBe(before + 1);
  });
});

describe('a confidential client', () => {
  const configured = (clientSecret: string) => new OidcClient({ ...app.config.oidc!, clientId: 'confidential', clientSecret });

  it('authenticates with client_secret_basic to redeem a code and to introspect', async () => {
    const client = configured(SECRET);
    const signedIn = await client.exchangeCode(await authorize(idp.issuer, 'confidential', redirectUri, 'admin'), new Date());
    expect(signedIn.subject).toBe('admin');
    secrets.add(signedIn.accessToken);
    expect(await new TokenIntrospector(client).subjectOf(signedIn.accessToken, new Date())).toBe('admin');
  });

  it('says the server is misconfigured, not the person, when the issuer refuses its secret', async () => {
    const authorization = await authorize(idp.issuer, 'confidential', redirectUri, 'admin');
    await expect(configured('wrong').exchangeCode(authorization, new Date())).rejects.toMatchObject({
      status: 502,
      code: 'IDP_UNAVAILABLE',
      message: expect.stringMatching(/OIDC_CLIENT_SECRET/),
    });
  });
});

describe('the log', () => {
  it('tells sign-ins and refusals but never holds a token, a code or a verifier', async () => {
    await new Promise((resolve) => setImmediate(resolve));
    expect(logged).toMatch(/signed in through OIDC/);
    expect(logged).toMatch(/OIDC sign-in refused/);
    expect(logged).toMatch(/token refused/);
    expect([...secrets].filter((s) => s.length >= 20).length).toBeGreaterThan(10);
    // Short made-up values ("c") are left out: they would match anywhere.
    for (const secret of [...secrets].filter((s) => s.length >= 20)) expect(logged).not.toContain(secret);
  });
});

describe('an issuer that cannot be reached', () => {
  let offline: TestApp;
  beforeAll(async () => {
    const reserved = await reserveIssuer();
    // Started and closed at once: its port now refuses connections.
    const never = await reserved.start([]);
    await never.close();
    offline = await startApp({ env: { OIDC_ISSUER: reserved.issuer, OIDC_CLIENT_ID: CLIENT } });
  });
  afterAll(() => offline.close());

  it('does not stop the server or its own tokens; sign-in answers 503 and the explorer gets no oidc block', async () => {
    expect((await offline.ok(ViewerDocument, {}, { as: 'officer' })).viewer.login).toBe('officer');
    const answer = await fetch(`${offline.url}/auth/oidc/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'c', codeVerifier: 'v'.repeat(43), redirectUri: `${offline.url}/graphql`, nonce: 'n' }),
    });
    expect(answer.status).toBe(503);
    expect(await answer.json()).toMatchObject({ error: { code: 'IDP_UNAVAILABLE' } });
    expect(errorCodes(await offline.gql(ViewerDocument, {}, { token: 'opaque-token-from-somewhere' }))).toEqual(['UNAUTHENTICATED']);
    expect(await oidcPublicConfig(new OidcClient(offline.config.oidc!))).toBeNull();
  });
});

describe('the explorer’s view of the issuer', () => {
  it('names the issuer, the client, the authorization endpoint and the scope; null without OIDC', async () => {
    expect(await oidcPublicConfig(new OidcClient(app.config.oidc!))).toEqual({
      issuer: idp.issuer,
      clientId: CLIENT,
      authorizationEndpoint: `${idp.issuer}/auth`,
      scope: 'openid profile',
    });
    expect(await oidcPublicConfig(undefined)).toBeNull();
  });
});

describe('OIDC configuration', () => {
  const base = { NODE_ENV: 'test', JWT_SECRET: 'x'.repeat(40) };
  it('is off by default and takes both issuer and client, with defaults for the rest', () => {
    expect(loadConfig(base).oidc).toBeUndefined();
    expect(loadConfig({ ...base, OIDC_ISSUER: 'https://login.example.org', OIDC_CLIENT_ID: 'rg' }).oidc).toEqual({
      issuer: 'https://login.example.org',
      clientId: 'rg',
      clientSecret: undefined,
      scope: 'openid profile',
      recheckSeconds: 10,
    });
  });

  it('reports every problem clearly', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig({ ...base, ...env });
        return '';
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        return (error as Error).message;
      }
    };
    expect(problems({ OIDC_ISSUER: 'https://login.example.org' })).toMatch(/OIDC_ISSUER and OIDC_CLIENT_ID go together/);
    expect(problems({ OIDC_CLIENT_SECRET: 's' })).toMatch(/OIDC_CLIENT_SECRET is set but/);
    const many = problems({ OIDC_ISSUER: 'login', OIDC_CLIENT_ID: 'rg', OIDC_SCOPE: 'profile', OIDC_RECHECK_SECONDS: '-1' });
    expect(many).toMatch(/OIDC_ISSUER must be a URL/);
    expect(many).toMatch(/OIDC_SCOPE must include openid/);
    expect(many).toMatch(/OIDC_RECHECK_SECONDS must be a whole number/);
    expect(
      problems({
        NODE_ENV: 'production',
        OIDC_ISSUER: 'http://login.example.org',
        OIDC_CLIENT_ID: 'rg',
        CORS_ORIGINS: 'https://a.example.org',
      }),
    ).toMatch(/https:\/\/ URL in production/);
  });
});
