import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Clock } from '../clock.js';
import type { Context } from '../context.js';
import { sinkFor } from '../files/table.js';
import { refuseMethod, sendRefusal } from '../http.js';
import { localizedTextOf } from '../graphql/errors.js';
import { platformMessages } from '../i18n/platform.messages.js';
import type { Semaphore } from '../limits/semaphore.js';
import type { Logger } from '../logger.js';
import type { Exporter, RunGraph } from './exporter.js';
import { EXPORT_PATH, formatFits, LINK_FORMATS, readLink } from './link.js';

export interface ExportRouteDeps {
  exporters: readonly Exporter[];
  clock: Clock;
  /** The context of a request made as `username`; null when they are not an active user. */
  contextFor: (
    username: string,
    request: { acceptLanguage: string | undefined; requestId: string; log: Logger },
  ) => Promise<Context | null>;
  /** The graph, for exporters that read through it. */
  graph: RunGraph;
  /** Turns for long work: an export holds one while it streams. */
  expensive: Semaphore;
}

/** `Content-Disposition` for a name in any script: an ASCII fallback and the UTF-8 name (RFC 6266, RFC 5987). */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/**
 * `GET /exports/<link>`: the file a download link names, written as it is read (nothing of it held
 * whole), read as the user the link was made for, with the graph's visibility. A link that is
 * altered or made up is 404, one past its time 410; its user deactivated since, 403.
 */
export function exportRoute(deps: ExportRouteDeps) {
  const byName = new Map(deps.exporters.map((e) => [e.name, e]));
  return async (req: IncomingMessage, res: ServerResponse, path: string, request: { requestId: string; log: Logger }): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuseMethod(res, 'GET');
    const claims = readLink(path.slice(EXPORT_PATH.length));
    const exporter = claims && byName.get(claims.exporter);
    if (!claims || !exporter || !formatFits(exporter, claims.format)) {
      return sendRefusal(res, 404, 'NOT_FOUND', platformMessages.linkInvalid);
    }
    if (deps.clock.now().getTime() >= claims.until) return sendRefusal(res, 410, 'LINK_EXPIRED', platformMessages.linkExpired);
    const ctx = await deps.contextFor(claims.username, { acceptLanguage: req.headers['accept-language'], ...request });
    if (!ctx) return sendRefusal(res, 403, 'FORBIDDEN', platformMessages.linkUserInactive);
    // Checked again as the user is now: a row they could see when the link was made may be gone from their sight.
    try {
      await exporter.check(ctx, claims.args, deps.graph);
    } catch (error) {
      const text = localizedTextOf(error);
      const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
      if (!text || typeof code !== 'string') throw error;
      return sendRefusal(res, code === 'FORBIDDEN' ? 403 : 400, code, text);
    }
    const kept = exporter.kind === 'file' ? await exporter.open(ctx, claims.args) : undefined;
    if (kept === null) return sendRefusal(res, 404, 'NOT_FOUND', platformMessages.linkInvalid);
    res.statusCode = 200;
    res.setHeader('content-type', kept?.contentType ?? LINK_FORMATS[claims.format].contentType);
    res.setHeader('content-disposition', attachment(claims.fileName));
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    // Nothing served here runs in the browser as a page of this site, whatever its bytes.
    res.setHeader('content-security-policy', "default-src 'none'; sandbox");
    if (kept) {
      res.setHeader('content-length', String(kept.bytes.length));
      return void res.end(req.method === 'HEAD' ? undefined : kept.bytes);
    }
    if (req.method === 'HEAD') return void res.end();
    const release = await deps.expensive.acquire();
    try {
      if (exporter.kind === 'document') {
        await exporter.render(ctx, claims.args, res, deps.graph);
      } else if (exporter.kind === 'tables' && claims.format !== 'PDF' && claims.format !== 'FILE') {
        const sink = sinkFor(claims.format, res, ctx.now);
        await exporter.write(ctx, claims.args, sink, deps.graph);
        await sink.finish();
        res.end();
      }
    } catch (error) {
      // Headers are sent: the client sees a cut connection, never a file that looks complete.
      if (!res.destroyed) request.log.error({ err: error }, 'export failed');
      res.destroy();
    } finally {
      release();
    }
  };
}
