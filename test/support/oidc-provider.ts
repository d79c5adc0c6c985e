import { createHash, randomBytes } from 'node:crypto';
import http from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type ClientMetadata } from 'oidc-provider';

// A real OpenID Connect provider on loopback, and a person signing in through its built-in
// (development) login and consent forms, driven over HTTP like a browser would.

export interface TestIssuer {
  issuer: string;
  provider: Provider;
  /** The path of every request the issuer has had, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Binds a port first: the app needs the issuer's URL, the issuer needs the app's redirect URI. */
export async function reserveIssuer(): Promise<{ issuer: string; start(clients: ClientMetadata[]): Promise<TestIssuer> }> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    issuer,
    async start(clients) {
      const { privateKey } = await generateKeyPair('RS256', { extractable: true });
      const provider = new Provider(issuer, {
        clients,
        jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' }] },
        cookies: { keys: [randomBytes(16).toString('hex')] },
        findAccount: (_ctx, id) => ({ accountId: id, claims: () => ({ sub: id }) }),
        pkce: { required: () => true },
        ttl: { AccessToken: 600, IdToken: 600, Interaction: 600, Session: 600, Grant: 600 },
        features: {
          devInteractions: { enabled: true },
          // Any client may introspect any token here, so that the app's own audience check is what refuses.
          introspection: { enabled: true, allowedPolicy: () => true },
          revocation: { enabled: true, allowedPolicy: (_ctx, client, token) => token.clientId === client.clientId },
        },
      });
      const requests: string[] = [];
      server.on('request', (req: http.IncomingMessage) => requests.push((req.url ?? '').split('?')[0]!));
      const handle = provider.callback();
      server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => void handle(req, res));
      return { issuer, provider, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
    },
  };
}

/** A public client that may only use the code flow with PKCE. */
export const publicClient = (clientId: string, redirectUri: string): ClientMetadata => ({
  client_id: clientId,
  token_endpoint_auth_method: 'none',
  redirect_uris: [redirectUri],
  grant_types: ['authorization_code'],
  response_types: ['code'],
});

export interface Authorization {
  code: string;
  codeVerifier: string;
  redirectUri: string;
  nonce: string;
}

/** Cookies by name, as a browser keeps them for one host (paths are ignored: one flow at a time). */
class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = [pair!.slice(0, pair!.indexOf('=')).trim(), pair!.slice(pair!.indexOf('=') + 1).trim()];
      const expired = attributes.some((a) => /^\s*expires=/i.test(a) && Date.parse(a.split('=')[1]!) < Date.now());
      if (expired || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/**
 * Signs `login` in at the issuer as `clientId`: authorization request with PKCE (S256), state and
 * nonce, the login form, the consent form, and the redirect back, whose code is returned with the
 * verifier and nonce (what the explorer posts to /auth/oidc/token).
 */
export async function authorize(issuer: string, clientId: string, redirectUri: string, login: string): Promise<Authorization> {
  const codeVerifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const nonce = randomBytes(16).toString('base64url');
  const url = new URL(`${issuer}/auth`);
  url.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    scope: 'openid profile',
    redirect_uri: redirectUri,
    code_challenge: createHash('sha256').update(codeVerifier).digest('base64url'),
    code_challenge_method: 'S256',
    state,
    nonce,
  }).toString();
  const jar = new CookieJar();
  let next: { url: string; form?: URLSearchParams } = { url: url.href };
  for (let step = 0; step < 12; step++) {
    const response = await fetch(next.url, {
      redirect: 'manual',
      ...(next.form
        ? {
            method: 'POST',
            body: next.form.toString(),
            headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
          }
        : { headers: { cookie: jar.header() } }),
    });
    jar.take(response);
    const location = response.headers.get('location');
    if (location) {
      const target = new URL(location, next.url);
      if (target.href.startsWith(redirectUri)) {
        const error = target.searchParams.get('error');
        if (error) throw new Error(`The issuer refused: ${error} ${target.searchParams.get('error_description') ?? ''}`);
        if (target.searchParams.get('state') !== state) throw new Error('The state came back changed.');
        return { code: target.searchParams.get('code')!, codeVerifier, redirectUri, nonce };
      }
      next = { url: target.href };
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action || !prompt)
      throw new Error(`Unexpected page from the issuer (${response.status}): ${html.slice(0, 300)}`);
    const form = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
    next = {
      url: new URL(action.replace(/&amp;/g, '&'), next.url).href,
      form,
    };
  }
  throw new Error('The sign-in did not come back to the redirect URI.');
}

/** Redeems a code at the issuer directly, as a public client (what another application would do). */
export async function redeem(issuer: string, clientId: string, authorization: Authorization): Promise<string> {
  const response = await fetch(`${issuer}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: clientId,
      code: authorization.code,
      redirect_uri: authorization.redirectUri,
      code_verifier: authorization.codeVerifier,
    }).toString(),
  });
  const body = (await response.json()) as { access_token?: string };
  if (!body.access_token) throw new Error(`No access token: ${JSON.stringify(body)}`);
  return body.access_token;
}
