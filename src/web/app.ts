/**
 * The HTTP face of the service: health, login, the JSON API and the server-rendered pages, behind
 * the token and strict security headers (a CSP without inline script).
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import { secureHeaders } from 'hono/secure-headers';
import type { Kysely } from 'kysely';
import type { Logger } from '../config/logger.js';
import { parseContactsCsv } from '../contacts/parse-contacts-csv.js';
import { listOpenAlerts } from '../db/alert-repository.js';
import { storeContacts } from '../db/contact-repository.js';
import type { Database } from '../db/schema.js';
import { SOURCES } from '../../sources/index.js';
import { tokensEqual } from './api-token.js';
import { calendarRoutes } from './calendar-routes.js';
import type { CalendarSettings } from '../calendar/calendar-settings.js';
import { requireToken, startSession } from './auth.js';

export interface WebAppDeps {
  readonly db: Kysely<Database>;
  readonly token: string;
  readonly logger: Logger;
  readonly version: string;
  /** Queues a run of a source's task now (the service's job queue); absent in tests of pages only. */
  readonly enqueueCrawl?: (sourceId: string, task: string) => Promise<void>;
  /** The `calendar` settings for /api/calendar and the .ics feeds. @default the documented defaults */
  readonly calendar?: CalendarSettings;
}

export function createWebApp(deps: WebAppDeps): Hono {
  const app = new Hono();
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
      referrerPolicy: 'no-referrer',
    }),
  );
  app.get('/health', async (c) => {
    await deps.db.selectFrom('sources').select('id').limit(1).execute();
    return c.json({ status: 'ok', version: deps.version });
  });
  app.get('/login', (c) =>
    c.html(html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ExecRadar — sign in</title></head>
<body><main><h1>ExecRadar</h1><form method="post" action="/login"><input type="hidden" name="next" value="${c.req.query('next') ?? '/'}">
<label>Token <input type="password" name="token" autocomplete="current-password" required></label> <button type="submit">Sign in</button></form></main></body></html>`),
  );
  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const given = typeof form['token'] === 'string' ? form['token'] : '';
    if (!tokensEqual(given, deps.token)) return c.text('wrong token', 401);
    startSession(c, deps.token);
    const next = typeof form['next'] === 'string' && form['next'].startsWith('/') && !form['next'].startsWith('//') ? form['next'] : '/';
    return c.redirect(next, 303);
  });
  app.use(requireToken(deps.token));

  app.route('/', calendarRoutes(deps)); // /calendar/<owner-token>.ics (own token check) and /api/calendar
  app.get('/api/alerts', async (c) => c.json({ alerts: await listOpenAlerts(deps.db, { owner: c.req.query('owner') }) }));
  app.get('/api/sources', async (c) => {
    const sources = await deps.db.selectFrom('sources').selectAll().orderBy('id').execute();
    return c.json({ sources });
  });
  app.post('/api/sources/:id/run', async (c) => {
    if (!deps.enqueueCrawl) return c.json({ error: 'no job queue in this process' }, 503);
    const sourceId = c.req.param('id');
    const source = SOURCES.find((candidate) => candidate.id === sourceId);
    if (!source) return c.json({ error: `unknown source "${sourceId}"` }, 404);
    const task = c.req.query('task') ?? Object.keys(source.schedules)[0]!;
    if (!(task in source.schedules)) return c.json({ error: `source ${sourceId} has no task "${task}"` }, 400);
    await deps.enqueueCrawl(sourceId, task);
    return c.json({ queued: { sourceId, task } }, 202);
  });
  app.post('/api/contacts/import', bodyLimit({ maxSize: 50 * 1024 * 1024 }), async (c) => {
    const body = Buffer.from(await c.req.arrayBuffer());
    const name = c.req.query('filename') ?? 'upload.csv';
    const parsed = parseContactsCsv(body, name);
    const stored = await storeContacts(deps.db, parsed.rows);
    deps.logger.info({ format: parsed.format, accepted: parsed.rows.length, rejected: parsed.rejected.length }, 'contacts imported over HTTP');
    return c.json({ format: parsed.format, accepted: parsed.rows.length, rejected: parsed.rejected, ...stored });
  });
  app.get('/', (c) => c.redirect('/alerts', 302));
  app.get('/alerts', async (c) => {
    const alerts = await listOpenAlerts(deps.db);
    return c.html(html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>ExecRadar — alerts</title></head>
<body><main><h1>Open alerts</h1>${alerts.length === 0 ? html`<p>No open alerts.</p>` : ''}<ul>
${alerts.map((alert) => {
  const p = alert.payload as { person?: string; change?: string; evidence?: string; documentUrl?: string; company?: string };
  return html`<li><strong>${p.person ?? ''}</strong> (${p.company ?? ''}) — ${p.change ?? ''}<blockquote>${p.evidence ?? ''}</blockquote><a href="${safeHref(p.documentUrl)}" rel="noopener noreferrer">source</a></li>`;
})}</ul></main></body></html>`);
  });
  return app;
}

/** Only http(s) links from crawled data are rendered as links. */
export function safeHref(url: string | undefined): string {
  if (!url) return '#';
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : '#';
  } catch {
    return '#';
  }
}
