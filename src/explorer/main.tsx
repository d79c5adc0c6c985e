// The explorer page: GraphiQL with its explorer plugin, below a bar that signs a person in.
import './workers.js';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import '@graphiql/react/font/roboto.css';
import '@graphiql/react/font/fira-code.css';
import './explorer.css';
import { StrictMode, useCallback, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import type { Fetcher } from '@graphiql/toolkit';
import { examples } from './examples.js';
import { SignInBar } from './sign-in.js';
import { words } from './words.js';
import { completeOidcSignIn, forgetToken, storedToken, storeToken } from './session.js';

// The documentation explorer comes with GraphiQL; history and the query builder are plugins.
const plugins = [HISTORY_PLUGIN, explorerPlugin()];
const defaultTabs = examples.map((example) => ({ query: example.query, variables: example.variables ?? null }));

/** What the response pane says before anyone signs in: the graph answers nobody anonymous. */
const signInFirst = {
  errors: [{ message: words.signInFirst, extensions: { code: 'UNAUTHENTICATED' } }],
} as unknown as Awaited<ReturnType<Fetcher>>;

/** Sends operations to /graphql with the signed-in person's token; a token in the headers editor wins. */
function fetcherFor(token: string | null): Fetcher {
  return async (params, options) => {
    const headers = new Headers({ accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json' });
    if (token) headers.set('authorization', `Bearer ${token}`);
    for (const [name, value] of Object.entries(options?.headers ?? {})) headers.set(name, String(value));
    if (!headers.has('authorization')) return signInFirst;
    const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
    return (await response.json()) as Awaited<ReturnType<Fetcher>>;
  };
}

function Explorer() {
  const [token, setToken] = useState<string | null>(() => storedToken());
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void completeOidcSignIn().then((outcome) => {
      if (!outcome) return;
      if ('token' in outcome) {
        storeToken(outcome.token);
        setToken(outcome.token);
      } else setNotice(outcome.error);
    });
  }, []);

  const signIn = useCallback((next: string) => {
    storeToken(next);
    setNotice(null);
    setToken(next);
  }, []);
  const signOut = useCallback(() => {
    forgetToken();
    setToken(null);
  }, []);
  // A new fetcher makes GraphiQL fetch the schema again, now with (or without) the token.
  const fetcher = useMemo(() => fetcherFor(token), [token]);

  return (
    <div className="rg-explorer">
      <SignInBar token={token} notice={notice} onSignIn={signIn} onSignOut={signOut} onNotice={setNotice} />
      <div className="rg-graphiql">
        <GraphiQL fetcher={fetcher} plugins={plugins} defaultTabs={defaultTabs} shouldPersistHeaders={false} defaultEditorToolsVisibility>
          <GraphiQL.Logo>Reform Graph</GraphiQL.Logo>
        </GraphiQL>
      </div>
    </div>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Explorer />
    </StrictMode>,
  );
