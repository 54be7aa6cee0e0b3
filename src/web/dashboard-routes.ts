/**
 * The dashboard's pages and form actions, mounted behind the token: calendar, alerts inbox (with confirm,
 * dismiss, assign, snooze), accounts and sources. State-changing forms pass the same-origin check.
 */
import { Hono, type Context } from 'hono';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { CalendarSettings } from '../calendar/calendar-settings.js';
import type { Database } from '../db/schema.js';
import { calendarDateInZone } from '../windows/calendar-date.js';
import type { SourceDefinition } from '../../sources/source-definition.js';
import { renderAccountPage, renderAccountsPage } from './account-page.js';
import { applyAlertAction, type AlertAction } from './alert-actions.js';
import { renderAlertPage, renderAlertsPage } from './alerts-page.js';
import { renderCalendarPage } from './calendar-page.js';
import { resolveViewer } from './i18n.js';
import { t } from './messages.js';
import { sameOriginForms } from './origin-check.js';
import { renderSourcesPage } from './sources-page.js';

export interface DashboardDeps {
  readonly db: Kysely<Database>;
  /** The API token (owners' .ics links are derived from it). */
  readonly token: string;
  readonly sources: readonly SourceDefinition[];
  readonly calendar?: CalendarSettings | undefined;
  /** Whether this process schedules crawls (the sources page's next run). @default true */
  readonly scheduler?: boolean | undefined;
  /** Injectable clock for tests. */
  readonly now?: (() => Date) | undefined;
}

const assignSchema = z.object({ assignee: z.union([z.literal(''), z.email()]) });
const snoozeSchema = z.object({ days: z.coerce.number().int().min(1).max(90) });

export function dashboardRoutes(deps: DashboardDeps): Hono {
  const app = new Hono();
  const now = (): Date => deps.now?.() ?? new Date();
  const today = (): string => calendarDateInZone(now(), 'UTC');
  const notFound = (c: Context) => c.html(`<!doctype html><title>404</title><p>${t(resolveViewer(c).lang, 'notFound')}</p>`, 404);

  app.use(sameOriginForms());
  app.get('/', (c) => c.redirect('/calendar', 302));
  app.get('/calendar', async (c) => c.html(await renderCalendarPage(c, deps.db, { today: today(), apiToken: deps.token, settings: deps.calendar })));
  app.get('/alerts', async (c) => c.html(await renderAlertsPage(c, deps.db)));
  app.get('/alerts/:id{[0-9]+}', async (c) => {
    const page = await renderAlertPage(c, deps.db, Number(c.req.param('id')));
    return page ? c.html(page) : notFound(c);
  });
  app.post('/alerts/:id{[0-9]+}/:action{confirm|dismiss|assign|snooze}', async (c) => {
    const form = await c.req.parseBody();
    let action: AlertAction;
    const verb = c.req.param('action');
    if (verb === 'assign') {
      const parsed = assignSchema.safeParse(form);
      if (!parsed.success) return c.text('assignee must be an e-mail address', 400);
      action = { kind: 'assign', assignee: parsed.data.assignee || null };
    } else if (verb === 'snooze') {
      const parsed = snoozeSchema.safeParse(form);
      if (!parsed.success) return c.text('days must be 1 to 90', 400);
      action = { kind: 'snooze', days: parsed.data.days };
    } else {
      action = { kind: verb === 'confirm' ? 'confirm' : 'dismiss' };
    }
    const done = await applyAlertAction(deps.db, Number(c.req.param('id')), action, now());
    if (!done) return notFound(c);
    // Back to the inbox, or to the alert's own page when acted on there (assign keeps it open).
    const back = c.req.header('referer');
    const fromDetail = back ? new URL(back).pathname === `/alerts/${c.req.param('id')}` : false;
    return c.redirect(fromDetail && verb === 'assign' ? `/alerts/${c.req.param('id')}` : '/alerts', 303);
  });
  app.get('/accounts', async (c) => c.html(await renderAccountsPage(c, deps.db)));
  app.get('/accounts/:id', async (c) => {
    const page = await renderAccountPage(c, deps.db, c.req.param('id'), today(), deps.calendar);
    return page ? c.html(page) : notFound(c);
  });
  app.get('/sources', async (c) => c.html(await renderSourcesPage(c, deps.db, { registry: deps.sources, scheduler: deps.scheduler, now: now() })));
  return app;
}
