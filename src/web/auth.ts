/**
 * No token, no data: every route but /health and /login needs the token, as `Authorization: Bearer`
 * or the HttpOnly, SameSite=Strict session cookie the login form sets (Secure behind HTTPS).
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { tokensEqual } from './api-token.js';

export const SESSION_COOKIE = 'execradar_session';
const PUBLIC_PATHS = new Set(['/health', '/login', '/static/app.css']);

export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    if (PUBLIC_PATHS.has(c.req.path) || c.req.path.startsWith('/calendar/') /* .ics: per-owner token */) return next();
    const header = c.req.header('authorization');
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
    const given = bearer ?? getCookie(c, SESSION_COOKIE) ?? null;
    if (given !== null && tokensEqual(given, token)) return next();
    if (c.req.path.startsWith('/api/') || c.req.header('accept')?.includes('application/json')) {
      return c.json({ error: 'unauthorized: send Authorization: Bearer <token>' }, 401);
    }
    return c.redirect(`/login?next=${encodeURIComponent(c.req.path)}`, 302);
  };
}

export function startSession(c: Parameters<MiddlewareHandler>[0], token: string): void {
  const secure = new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', secure, path: '/', maxAge: 60 * 60 * 12 });
}
