/** The sign-in page: one token field; the same shell and stylesheet as the dashboard, no script. */
import type { Context } from 'hono';
import { html } from 'hono/html';
import { resolveViewer } from './i18n.js';
import { t } from './messages.js';
import type { Markup } from './page-layout.js';

/** Only a local path is followed after sign-in (never `//host` or a full URL). */
export function safeNext(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

/** `next` is where to go after signing in: from the query on GET, from the form on a failed POST. */
export function renderLoginPage(c: Context, options: { readonly failed: boolean; readonly next?: unknown }): Markup {
  const viewer = resolveViewer(c);
  return html`<!doctype html>
<html lang="${viewer.lang}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ExecRadar — ${t(viewer.lang, 'signIn')}</title><link rel="stylesheet" href="/static/app.css"></head>
<body class="login"><main><h1>ExecRadar</h1>
${options.failed ? html`<p class="warning" role="alert">${t(viewer.lang, 'wrongToken')}</p>` : ''}
<form method="post" action="/login"><input type="hidden" name="next" value="${safeNext(options.next ?? c.req.query('next'))}">
<label>${t(viewer.lang, 'token')} <input type="password" name="token" autocomplete="current-password" required></label> <button type="submit" class="primary">${t(viewer.lang, 'signIn')}</button></form></main></body></html>`;
}
