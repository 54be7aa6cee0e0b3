/**
 * The session cookie the sign-in sets: HttpOnly and SameSite=Strict always, Secure when the request came over
 * HTTPS (the URL's scheme, or `X-Forwarded-Proto: https` from a TLS-terminating proxy) and not over plain HTTP;
 * the login form with the right token opens a session that the data routes accept, with a wrong one it is refused.
 */
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import { createWebApp } from '../../src/web/app.js';
import { SESSION_COOKIE } from '../../src/web/auth.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const TOKEN = 'login-test-token-0123456789abcdef';
const HOST = 'radar.example.test';

/** The attributes of the session cookie a response sets, lower-cased; null when it sets none. */
function sessionCookie(response: Response): { readonly value: string; readonly attributes: Map<string, string> } | null {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  if (!header) return null;
  const [pair, ...rest] = header.split(';').map((part) => part.trim());
  const attributes = new Map(rest.map((part) => [part.split('=')[0]!.toLowerCase(), part.split('=')[1] ?? ''] as const));
  return { value: pair!.slice(SESSION_COOKIE.length + 1), attributes };
}

describe('sign-in and the session cookie', () => {
  let database: TestDatabase;
  let app: Hono;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    app = createWebApp({ db: database.db, token: TOKEN, logger: silentLogger, version: 'test', sources: [] });
  });
  afterAll(async () => {
    await database.close();
  });

  const signInLink = (base: string, headers: Record<string, string> = {}) => app.request(`${base}/login?token=${TOKEN}`, { headers });
  const postLogin = (form: Record<string, string>, base = `http://${HOST}`, headers: Record<string, string> = {}) =>
    app.request(`${base}/login`, { method: 'POST', body: new URLSearchParams(form), headers });

  it('marks the cookie Secure when the request came over HTTPS', async () => {
    for (const response of [await signInLink(`https://${HOST}`), await signInLink(`http://${HOST}`, { 'x-forwarded-proto': 'https' }), await postLogin({ token: TOKEN }, `https://${HOST}`)]) {
      expect(response.status).toBe(303);
      const cookie = sessionCookie(response);
      expect(cookie?.attributes.has('secure')).toBe(true);
      expect(cookie?.attributes.has('httponly')).toBe(true);
      expect(cookie?.attributes.get('samesite')).toBe('Strict');
    }
  });

  it('leaves Secure off over plain HTTP (a browser would drop a Secure cookie there)', async () => {
    for (const response of [await signInLink(`http://${HOST}`), await signInLink(`http://${HOST}`, { 'x-forwarded-proto': 'http' }), await postLogin({ token: TOKEN })]) {
      expect(response.status).toBe(303);
      const cookie = sessionCookie(response);
      expect(cookie).not.toBeNull();
      expect(cookie!.attributes.has('secure')).toBe(false);
      expect(cookie!.attributes.has('httponly')).toBe(true);
    }
  });

  it('POST /login with the right token sets an HttpOnly, SameSite=Strict session that the data routes accept', async () => {
    const response = await postLogin({ token: TOKEN, next: '/alerts' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/alerts');
    const cookie = sessionCookie(response)!;
    expect(cookie.attributes.has('httponly')).toBe(true);
    expect(cookie.attributes.get('samesite')).toBe('Strict');
    expect(cookie.attributes.get('path')).toBe('/');
    expect(Number(cookie.attributes.get('max-age'))).toBeGreaterThan(0);
    const withSession = await app.request(`http://${HOST}/api/alerts`, { headers: { cookie: `${SESSION_COOKIE}=${cookie.value}` } });
    expect(withSession.status).toBe(200);
    expect(await withSession.json()).toEqual({ alerts: [] });
    // Only a local path is followed after sign-in.
    expect((await postLogin({ token: TOKEN, next: '//elsewhere.example/steal' })).headers.get('location')).toBe('/');
  });

  it('POST /login with a wrong or missing token is refused: 401, the form again, no cookie', async () => {
    const forms: Record<string, string>[] = [{ token: 'login-test-token-0123456789abcdeX' }, { token: `${TOKEN}0` }, { token: '' }, {}];
    for (const form of forms) {
      const response = await postLogin({ ...form, next: '/alerts' });
      expect(response.status).toBe(401);
      expect(sessionCookie(response)).toBeNull();
      const page = await response.text();
      expect(page).toContain('Wrong token.');
      expect(page).toContain('<form method="post" action="/login">');
      // The next try still goes where the user was headed.
      expect(page).toContain('<input type="hidden" name="next" value="/alerts">');
    }
    const forged = await app.request(`http://${HOST}/api/alerts`, { headers: { cookie: `${SESSION_COOKIE}=not-the-token` } });
    expect(forged.status).toBe(401);
  });
});
