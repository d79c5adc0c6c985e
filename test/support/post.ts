import type { TestApp } from './app.js';

/** What /graphql answered to a request written by hand: its status and its JSON body. */
export interface PostAnswer {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; locations?: unknown[]; extensions?: Record<string, unknown> }[];
  };
}

/**
 * Posts a request body as written (a document's text, a `documentId`, extensions…) to /graphql as
 * the demo user `as`, in `language` if given: for what the typed documents of `app.gql` cannot say.
 */
export async function post(app: TestApp, body: Record<string, unknown>, as: string, language?: string): Promise<PostAnswer> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await app.token(as)}`,
      ...(language ? { 'accept-language': language } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as PostAnswer['body'] };
}
