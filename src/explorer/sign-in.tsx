// The bar above GraphiQL: who is signed in and a sign-out, or the ways to sign in that this server
// offers (demo users outside production, the organisation's identity provider, a pasted token).
import { useEffect, useState, type SyntheticEvent } from 'react';
import { words } from './words.js';
import { authConfig, demoToken, demoUsers, startOidcSignIn, viewerOf, type AuthConfig, type DemoUser, type Viewer } from './session.js';

interface Props {
  token: string | null;
  notice: string | null;
  onSignIn: (token: string) => void;
  onSignOut: () => void;
  onNotice: (message: string | null) => void;
}

export function SignInBar({ token, notice, onSignIn, onSignOut, onNotice }: Props) {
  const [config, setConfig] = useState<AuthConfig | null>(null);
  const [users, setUsers] = useState<DemoUser[]>([]);
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [pasted, setPasted] = useState('');

  useEffect(() => {
    authConfig()
      .then((loaded) => {
        setConfig(loaded);
        if (loaded.demoUsers) return demoUsers().then(setUsers);
      })
      .catch((error: unknown) => onNotice(words.optionsFailed((error as Error).message)));
  }, [onNotice]);

  useEffect(() => {
    setViewer(null);
    if (!token) return;
    viewerOf(token)
      .then(setViewer)
      .catch((error: unknown) => {
        onNotice(words.signedOut((error as Error).message));
        onSignOut();
      });
  }, [token, onNotice, onSignOut]);

  const signInAs = (login: string) => {
    demoToken(login)
      .then(onSignIn)
      .catch((error: unknown) => onNotice((error as Error).message));
  };
  const usePasted = (event: SyntheticEvent) => {
    event.preventDefault();
    const value = pasted.trim().replace(/^Bearer\s+/i, '');
    setPasted('');
    if (value) onSignIn(value);
  };

  const oidc = config?.oidc;
  return (
    <header className="rg-bar" aria-label={words.bar}>
      <strong className="rg-title">Reform Graph</strong>
      {token ? (
        <span className="rg-signed-in" data-testid="signed-in">
          {viewer ? (
            <>
              {words.signedInAs} <b>{viewer.displayName}</b> ({viewer.login})
            </>
          ) : (
            words.checking
          )}
          <button type="button" onClick={onSignOut}>
            {words.signOut}
          </button>
        </span>
      ) : (
        <>
          {oidc && (
            <button type="button" className="rg-primary" onClick={() => void startOidcSignIn(oidc)}>
              {words.organisation}
            </button>
          )}
          {users.length > 0 && (
            <span className="rg-demo-users" aria-label={words.demoUsers}>
              {words.demoUsers}
              {users.map((user) => (
                <button
                  key={user.login}
                  type="button"
                  data-login={user.login}
                  title={user.roles.join(', ')}
                  onClick={() => signInAs(user.login)}
                >
                  {user.displayName} ({user.login})
                </button>
              ))}
            </span>
          )}
          <form className="rg-paste" onSubmit={usePasted}>
            <input
              type="password"
              autoComplete="off"
              placeholder={words.pastePlaceholder}
              aria-label={words.pasteLabel}
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
            />
            <button type="submit">{words.useToken}</button>
          </form>
        </>
      )}
      {notice && (
        <span className="rg-notice" role="alert">
          {notice}
        </span>
      )}
    </header>
  );
}
