/**
 * The HTTP face of the service: health, login, the JSON API and the server-rendered pages, behind
 * the token and strict security headers (a CSP without inline script).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Kysely } from 'kysely';
import type { Logger } from '../config/logger.js';
import { projectRoot } from '../config/project-root.js';
import type { ContactSettings } from '../contacts/contact-settings.js';
import { parseContactsCsv, unmappedOwnerWarnings } from '../contacts/parse-contacts-csv.js';
import { listOpenAlerts } from '../db/alert-repository.js';
import { storeContacts } from '../db/contact-repository.js';
import type { Database } from '../db/schema.js';
import { SOURCES } from '../../sources/index.js';
import type { SourceDefinition } from '../../sources/source-definition.js';
import { tokensEqual } from './api-token.js';
import { calendarRoutes } from './calendar-routes.js';
import type { CalendarSettings } from '../calendar/calendar-settings.js';
import { requireToken, startSession } from './auth.js';
import { dashboardRoutes } from './dashboard-routes.js';
import { renderLoginPage, safeNext } from './login-page.js';

export interface WebAppDeps {
  readonly db: Kysely<Database>;
  readonly token: string;
  readonly logger: Logger;
  readonly version: string;
  /** Queues a run of a source's task now (the service's job queue); absent in tests of pages only. */
  readonly enqueueCrawl?: (sourceId: string, task: string) => Promise<void>;
  /** The `calendar` settings for /api/calendar and the .ics feeds. @default the documented defaults */
  readonly calendar?: CalendarSettings;
  /** The source registry the sources page describes. @default SOURCES */
  readonly sources?: readonly SourceDefinition[];
  /** Whether this process runs the scheduler (the sources page shows next runs only then). @default true */
  readonly scheduler?: boolean;
  /** The `contacts` settings applied to uploads (owner names → e-mail addresses). @default none */
  readonly contacts?: ContactSettings;
  /** Injectable clock for tests of the pages. */
  readonly now?: () => Date;
}

const stylesheet = readFileSync(join(projectRoot(), 'src', 'web', 'static', 'app.css'), 'utf8');

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
      // same-origin, not no-referrer: with no-referrer browsers send `Origin: null` on form posts, which the
      // same-origin check must refuse; crawled links still get no referrer (they are cross-origin).
      referrerPolicy: 'same-origin',
    }),
  );
  app.get('/health', async (c) => {
    await deps.db.selectFrom('sources').select('id').limit(1).execute();
    return c.json({ status: 'ok', version: deps.version });
  });
  app.get('/static/app.css', (c) => {
    c.header('Cache-Control', 'public, max-age=3600');
    return c.body(stylesheet, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });
  app.get('/login', (c) => {
    // A sign-in link (`/login?token=…`, as `execradar demo` prints) opens a session and drops the token from the URL.
    const token = c.req.query('token');
    if (token === undefined) return c.html(renderLoginPage(c, { failed: false }));
    if (!tokensEqual(token, deps.token)) return c.html(renderLoginPage(c, { failed: true }), 401);
    startSession(c, deps.token);
    return c.redirect(safeNext(c.req.query('next')), 303);
  });
  app.post('/login', async (c) => {
    const form = await c.req.parseBody();
    const given = typeof form['token'] === 'string' ? form['token'] : '';
    if (!tokensEqual(given, deps.token)) return c.html(renderLoginPage(c, { failed: true, next: form['next'] }), 401);
    startSession(c, deps.token);
    return c.redirect(safeNext(form['next']), 303);
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
    const parsed = parseContactsCsv(body, name, { ownerEmails: deps.contacts?.ownerEmails ?? {} });
    const stored = await storeContacts(deps.db, parsed.rows);
    deps.logger.info({ format: parsed.format, accepted: parsed.rows.length, rejected: parsed.rejected.length }, 'contacts imported over HTTP');
    return c.json({ format: parsed.format, accepted: parsed.rows.length, rejected: parsed.rejected, warnings: unmappedOwnerWarnings(parsed), ...stored });
  });
  app.route('/', dashboardRoutes({ db: deps.db, token: deps.token, sources: deps.sources ?? SOURCES, calendar: deps.calendar, scheduler: deps.scheduler, now: deps.now }));
  return app;
}

export { safeHref } from './safe-href.js';
