import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { acceptsGzip, sendRefusal } from '../shared/http.js';
import { DEFAULT_LANGUAGE } from '../shared/i18n/language.js';
import { platformMessages } from '../shared/i18n/platform.messages.js';
import { textIn } from '../shared/i18n/text.js';
import { requestScope } from '../shared/logger.js';

/** dist/explorer/, as src/cli/build-explorer.mjs writes it; the same path from src/web/ and dist/web/. */
const explorerDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/explorer');
/** Where the page loads its scripts, styles, fonts and workers from. */
export const ASSET_PREFIX = '/explorer/';

/**
 * The page may load and call nothing but this server: no CDN, no telemetry. Monaco and React set
 * inline styles, hence 'unsafe-inline' for styles only; no script is inline and nothing is eval'd.
 */
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

interface Manifest {
  script: string;
  styles: string[];
}

/** Read at each page request, so that a rebuild while the server runs is picked up. */
async function manifest(): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(path.join(explorerDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(built: Manifest): string {
  const styles = built.styles.map((file) => `<link rel="stylesheet" href="${ASSET_PREFIX}${escape(file)}">`).join('\n    ');
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>Reform Graph · 接口浏览器 · GraphQL explorer</title>
    <link rel="icon" href="data:,">
    ${styles}
    <script type="module" src="${ASSET_PREFIX}${escape(built.script)}"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>接口浏览器需要 JavaScript；GraphQL 接口本身在 /graphql 接受 POST 请求。The explorer needs JavaScript. The graph itself answers POST requests at /graphql.</noscript>
  </body>
</html>
`;
}

function protect(res: ServerResponse): void {
  res.setHeader('content-security-policy', EXPLORER_CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}

/** Whether a GET to /graphql comes from a browser navigating there (it asks for HTML). */
export function wantsPage(req: IncomingMessage): boolean {
  return req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
}

/** The explorer page, whatever the query (the OIDC redirect brings ?code&state). */
export async function sendExplorerPage(enabled: boolean, res: ServerResponse): Promise<void> {
  if (!enabled) {
    return sendRefusal(res, 404, 'NOT_FOUND', platformMessages.explorer.off);
  }
  const built = await manifest();
  protect(res);
  res.setHeader('cache-control', 'no-cache');
  if (!built) {
    res.statusCode = 503;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end(`${textIn(platformMessages.explorer.notBuilt, requestScope.getStore()?.language ?? DEFAULT_LANGUAGE)}\n`);
    return;
  }
  res.statusCode = 200;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.end(page(built));
}

/** A file of the bundle; names carry a hash of their content, so each may be cached for good. */
export async function sendExplorerAsset(enabled: boolean, name: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const type = CONTENT_TYPES[path.extname(name)];
  if (!enabled || !type || !ASSET_NAME.test(name)) return sendRefusal(res, 404, 'NOT_FOUND', platformMessages.explorer.noFile);
  const file = path.join(explorerDir, name);
  // The build wrote a gzipped copy of each script, style sheet and TrueType font beside it.
  const gzipped = acceptsGzip(req.headers['accept-encoding']) ? await readFile(`${file}.gz`).catch(() => undefined) : undefined;
  let body: Buffer;
  try {
    body = gzipped ?? (await readFile(file));
  } catch {
    return sendRefusal(res, 404, 'NOT_FOUND', platformMessages.explorer.noFile);
  }
  protect(res);
  res.statusCode = 200;
  res.setHeader('content-type', type);
  res.setHeader('vary', 'accept-encoding');
  if (gzipped) res.setHeader('content-encoding', 'gzip');
  res.setHeader('cache-control', 'public, max-age=31536000, immutable');
  res.end(body);
}
