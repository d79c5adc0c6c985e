// Who is signed in, in this tab: the token lives in sessionStorage (gone when the tab closes), is
// sent only as `Authorization: Bearer` by the explorer's fetcher, and never goes into a URL or into
// GraphiQL's own storage.
import { words } from './words.js';
import { authorizationUrl, challengeOf, randomToken, type OidcPublicConfig } from './pkce.js';

const TOKEN = 'reform-graph:token';
const PENDING = 'reform-graph:oidc';

export interface AuthConfig {
  demoUsers: boolean;
  oidc: OidcPublicConfig | null;
}

export interface DemoUser {
  login: string;
  displayName: string;
  roles: string[];
}

export interface Viewer {
  login: string;
  displayName: string;
}

export const storedToken = (): string | null => sessionStorage.getItem(TOKEN);
export const storeToken = (token: string): void => sessionStorage.setItem(TOKEN, token);
export const forgetToken = (): void => sessionStorage.removeItem(TOKEN);

/** The message of a `{ error: { code, message } }` answer (or the graph's `{ errors: [...] }`), or the status line. */
async function failure(response: Response): Promise<Error> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string }; errors?: { message?: string }[] };
    if (body.error?.message) return new Error(`${body.error.message} (${body.error.code ?? response.status})`);
    if (body.errors?.[0]?.message) return new Error(body.errors[0].message);
  } catch {
    // Not JSON: the status says enough.
  }
  return new Error(`${response.status} ${response.statusText}`);
}

async function json<T>(path: string, init?: RequestInit): Promise<T> {
  const headers = new Headers(init?.headers);
  headers.set('accept', 'application/json');
  const response = await fetch(path, { ...init, headers });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

export const authConfig = (): Promise<AuthConfig> => json('/auth/config');
export const demoUsers = (): Promise<DemoUser[]> => json<{ users: DemoUser[] }>('/auth/demo-users').then((body) => body.users);

export async function demoToken(login: string): Promise<string> {
  const body = await json<{ token: string }>('/auth/demo-token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login }),
  });
  return body.token;
}

/** Who the token signs in, or why it does not. */
export async function viewerOf(token: string): Promise<Viewer> {
  const body = await json<{ data?: { viewer: Viewer } | null; errors?: { message: string }[] }>('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ viewer { login displayName } }' }),
  }).catch((error: unknown) => ({ data: null, errors: [{ message: (error as Error).message }] }));
  if (!body.data?.viewer) throw new Error(body.errors?.[0]?.message ?? words.notAccepted);
  return body.data.viewer;
}

/** The redirect URI registered at the identity provider: this page, without any query. */
const redirectUri = () => `${location.origin}/graphql`;

/** Leaves for the identity provider's sign-in page; it sends the browser back to /graphql?code&state. */
export async function startOidcSignIn(oidc: OidcPublicConfig): Promise<void> {
  const random = (bytes: Uint8Array) => crypto.getRandomValues(bytes);
  const pending = { verifier: randomToken(random), state: randomToken(random), nonce: randomToken(random) };
  // crypto.subtle exists only in secure contexts; plain-http intranet hosts get the bundled SHA-256.
  const challenge = await challengeOf(pending.verifier, typeof crypto.subtle === 'undefined' ? undefined : crypto.subtle);
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  location.assign(authorizationUrl(oidc, { redirectUri: redirectUri(), state: pending.state, nonce: pending.nonce, challenge }));
}

/**
 * On the way back from the identity provider (?code&state, or ?error): checks the state, trades the
 * code for a token at our own server, and takes the code out of the address bar. Null when the page
 * was opened normally.
 */
export async function completeOidcSignIn(): Promise<{ token: string } | { error: string } | null> {
  const params = new URLSearchParams(location.search);
  const code = params.get('code');
  const error = params.get('error');
  if (!code && !error) return null;
  const pendingText = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  history.replaceState(null, '', '/graphql');
  if (error) return { error: words.idpRefused(params.get('error_description') ?? error) };
  const pending = pendingText ? (JSON.parse(pendingText) as { verifier: string; state: string; nonce: string }) : null;
  if (pending?.state !== params.get('state')) return { error: words.stateMismatch };
  try {
    const body = await json<{ token: string }>('/auth/oidc/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, codeVerifier: pending.verifier, redirectUri: redirectUri(), nonce: pending.nonce }),
    });
    return { token: body.token };
  } catch (failed) {
    return { error: (failed as Error).message };
  }
}
