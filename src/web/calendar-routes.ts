/**
 * Calendar over HTTP: `GET /calendar/<owner-token>.ics` (an iCalendar feed per owner; the URL's token is the only
 * credential a calendar client can send, checked here — the auth middleware lets `/calendar/` through) and
 * `GET /api/calendar?from&to&owner&country&segment` (JSON for the dashboard, behind the API token).
 */
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Logger } from '../config/logger.js';
import { assembleCalendar } from '../calendar/calendar-assembly.js';
import { loadOwners } from '../calendar/calendar-data-loader.js';
import { calendarToIcs } from '../calendar/calendar-ics.js';
import { type CalendarSettings, DEFAULT_CALENDAR_SETTINGS } from '../calendar/calendar-settings.js';
import { ownerForCalendarToken } from '../calendar/owner-token.js';
import type { Database } from '../db/schema.js';
import { addDays, calendarDateInZone, isCalendarDate } from '../windows/calendar-date.js';

export interface CalendarRouteDeps {
  readonly db: Kysely<Database>;
  readonly token: string;
  readonly logger: Logger;
  /** The `calendar` settings; the service passes them on its web deps. @default the documented defaults */
  readonly calendar?: CalendarSettings;
  /** Injectable clock for tests. */
  readonly now?: () => Date;
}

/** The feed spans from a month back to a year ahead: what a subscribed calendar shows. */
const FEED_PAST_DAYS = 31;
const FEED_FUTURE_DAYS = 366;

export function calendarRoutes(deps: CalendarRouteDeps): Hono {
  const app = new Hono();
  const settings = (): CalendarSettings => deps.calendar ?? DEFAULT_CALENDAR_SETTINGS;
  const now = (): Date => deps.now?.() ?? new Date();

  app.get('/calendar/:file', async (c) => {
    const file = c.req.param('file');
    const token = file.endsWith('.ics') ? file.slice(0, -4) : '';
    const owner = token ? ownerForCalendarToken(token, await loadOwners(deps.db), deps.token) : null;
    if (!owner) return c.text('not found', 404);
    const today = calendarDateInZone(now(), 'UTC');
    const entries = await assembleCalendar(deps.db, settings(), { from: addDays(today, -FEED_PAST_DAYS), to: addDays(today, FEED_FUTURE_DAYS), owner }, now());
    c.header('Cache-Control', 'private, max-age=3600');
    return c.body(calendarToIcs(entries, { name: `ExecRadar — ${owner}` }), 200, { 'Content-Type': 'text/calendar; charset=utf-8' });
  });

  app.get('/api/calendar', async (c) => {
    const today = calendarDateInZone(now(), 'UTC');
    const from = c.req.query('from') ?? today;
    const to = c.req.query('to') ?? addDays(from, 90);
    if (!isCalendarDate(from) || !isCalendarDate(to) || from > to) {
      return c.json({ error: 'from and to must be YYYY-MM-DD dates with from ≤ to' }, 400);
    }
    const entries = await assembleCalendar(
      deps.db,
      settings(),
      { from, to, owner: c.req.query('owner') || undefined, country: c.req.query('country') || undefined, segment: c.req.query('segment') || undefined },
      now(),
    );
    return c.json({ from, to, entries });
  });
  return app;
}
