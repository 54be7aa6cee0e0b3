/**
 * Cross-site request forgery guard for the dashboard's forms: a state-changing request carried by the session
 * cookie must come from this origin (Origin, else Referer, naming our Host). The cookie is SameSite=Strict as
 * well; requests with `Authorization: Bearer` are API calls a browser never sends by itself, so they pass.
 */
import type { MiddlewareHandler } from 'hono';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sameOriginForms(): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || c.req.header('authorization')?.startsWith('Bearer ')) return next();
    const host = c.req.header('host');
    const claimed = c.req.header('origin') ?? c.req.header('referer');
    let sameOrigin = false;
    if (host && claimed && claimed !== 'null') {
      try {
        sameOrigin = new URL(claimed).host === host;
      } catch {
        sameOrigin = false;
      }
    }
    if (!sameOrigin) return c.text('cross-site request refused', 403);
    return next();
  };
}
