/**
 * Outputs: the iCalendar text read back by an independent parser (node-ical), the per-owner HTTP feed and its
 * token check, and the JSON API behind the API token — on both databases.
 */
import ical, { type VEvent } from 'node-ical';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assembleCalendar } from '../../src/calendar/calendar-assembly.js';
import { calendarToIcs } from '../../src/calendar/calendar-ics.js';
import { DEFAULT_CALENDAR_SETTINGS } from '../../src/calendar/calendar-settings.js';
import { ownerCalendarToken, ownerForCalendarToken } from '../../src/calendar/owner-token.js';
import { silentLogger } from '../../src/config/logger.js';
import { createWebApp } from '../../src/web/app.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { CSM_A, CSM_B, type Portfolio, seedPortfolio } from './calendar-fixtures.js';

const NOW = new Date('2026-01-10T03:00:00Z');
const API_TOKEN = 'calendar-test-token-0123456789';

const events = (text: string): VEvent[] =>
  Object.values(ical.sync.parseICS(text)).filter((component): component is VEvent => component?.type === 'VEVENT');

describe.each(testDatabaseKinds())('calendar outputs on %s', (kind) => {
  let database: TestDatabase;
  let portfolio: Portfolio;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    portfolio = await seedPortfolio(database.db);
  });
  afterEach(async () => {
    await database.close();
  });

  it('writes iCalendar that an independent parser reads back event for event, all-day and with stable UIDs', async () => {
    const entries = await assembleCalendar(database.db, DEFAULT_CALENDAR_SETTINGS, { from: '2026-01-01', to: '2026-12-31' }, NOW);
    const text = calendarToIcs(entries, { stamp: NOW });
    expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
    const parsed = events(text);
    expect(parsed).toHaveLength(entries.length);
    const byUid = new Map(parsed.map((event) => [event.uid, event] as const));
    for (const entry of entries) {
      const event = byUid.get(entry.uid);
      expect(event, entry.uid).toBeDefined();
      if (!event) continue;
      expect(event.datetype).toBe('date');
      // All-day: DTEND is the day after the last day (node-ical gives date-only values as local midnight).
      const start = new Date(event.start.getFullYear(), event.start.getMonth(), event.start.getDate());
      expect(`${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}-${String(start.getDate()).padStart(2, '0')}`).toBe(entry.start);
      expect(event.end && Math.round((event.end.getTime() - event.start.getTime()) / 86_400_000)).toBe(
        Math.round((Date.UTC(+entry.end.slice(0, 4), +entry.end.slice(5, 7) - 1, +entry.end.slice(8)) - Date.UTC(+entry.start.slice(0, 4), +entry.start.slice(5, 7) - 1, +entry.start.slice(8))) / 86_400_000) + 1,
      );
    }
    const change = entries.find((entry) => entry.kind === 'announced-change');
    const changeEvent = change ? byUid.get(change.uid) : undefined;
    // node-ical keeps the property's VALUE=URI parameter: { params, val }.
    const url: unknown = changeEvent?.url;
    expect(typeof url === 'object' && url !== null && 'val' in url ? url.val : url).toBe(portfolio.cfoChangeUrl);
    expect(String(changeEvent?.summary)).toBe('Executive change takes effect: Northwind Analytics');
    const window = entries.find((entry) => entry.kind === 'reshuffle-window' && entry.account.id === 'ACC-KIT');
    const description = String((window && byUid.get(window.uid)?.description) ?? '');
    expect(description).toContain('announced 4 of the last 4 observed years');
    expect(description).toContain('ARR 120000');
    expect(description).toContain('renewal 2026-09-30');
    // The same entries written again give the same UIDs.
    const again = calendarToIcs(await assembleCalendar(database.db, DEFAULT_CALENDAR_SETTINGS, { from: '2026-01-01', to: '2026-12-31' }, NOW), { stamp: NOW });
    expect(events(again).map((event) => event.uid).sort()).toEqual([...byUid.keys()].sort());
  });

  it('serves each owner their feed at /calendar/<token>.ics and refuses a wrong or another key’s token', async () => {
    const app = createWebApp({ db: database.db, token: API_TOKEN, logger: silentLogger, version: 'test', now: () => NOW });
    const response = await app.request(`/calendar/${ownerCalendarToken(CSM_B, API_TOKEN)}.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/u);
    const feed = events(await response.text());
    expect(feed.length).toBeGreaterThan(0);
    const summaries = feed.map((event) => String(event.summary));
    expect(summaries.some((summary) => summary.endsWith('Usagi Chemical'))).toBe(true);
    expect(summaries.some((summary) => summary.endsWith('Kitsune Kogyo'))).toBe(false);

    const wrong = ownerCalendarToken(CSM_B, API_TOKEN).replace(/^./u, (c) => (c === 'A' ? 'B' : 'A'));
    expect((await app.request(`/calendar/${wrong}.ics`)).status).toBe(404);
    expect((await app.request(`/calendar/${ownerCalendarToken(CSM_B, 'another-api-token-000000')}.ics`)).status).toBe(404);
    expect((await app.request(`/calendar/${ownerCalendarToken('nobody@vendor.example', API_TOKEN)}.ics`)).status).toBe(404);
    expect((await app.request(`/calendar/${ownerCalendarToken(CSM_B, API_TOKEN)}`)).status).toBe(404);
    expect(ownerForCalendarToken(ownerCalendarToken(' Aiko.CSM@vendor.example ', API_TOKEN), [CSM_B, CSM_A], API_TOKEN)).toBe(CSM_A);
  });

  it('answers GET /api/calendar with filtered entries behind the API token', async () => {
    const app = createWebApp({ db: database.db, token: API_TOKEN, logger: silentLogger, version: 'test', now: () => NOW });
    expect((await app.request('/api/calendar?from=2026-01-01&to=2026-12-31')).status).toBe(401);
    const auth = { headers: { authorization: `Bearer ${API_TOKEN}` } };
    const response = await app.request('/api/calendar?from=2026-01-01&to=2026-12-31&country=US', auth);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { entries: Array<{ account: { id: string; arr: number }; kind: string; evidenceUrl: string | null }> };
    expect(new Set(body.entries.map((entry) => entry.account.id))).toEqual(new Set(['ACC-NWA']));
    expect(body.entries.find((entry) => entry.kind === 'announced-change')?.evidenceUrl).toBe(portfolio.cfoChangeUrl);
    expect(body.entries[0]?.account.arr).toBe(250000);
    expect((await app.request('/api/calendar?from=2026-13-01&to=2026-12-31', auth)).status).toBe(400);
  });
});
