/**
 * The inbox's actions over HTTP, as the browser's forms send them (session cookie + Origin): dismiss goes into the
 * match memory (`match_decisions`) and closes the alert, confirm likewise, assign and snooze change the alert;
 * a cross-site post with the same cookie is refused. Also the language choice (Accept-Language, ?lang=).
 */
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import { createWebApp } from '../../src/web/app.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';

const TOKEN = 'actions-test-token-0123456789';
const ORIGIN = 'http://dash.example:3000';
const NOW = new Date('2027-03-10T03:00:00Z');

async function seed(db: TestDatabase['db']): Promise<{ alertIds: number[] }> {
  const company = await db.insertInto('companies').values({ name: 'Contoso Ltd', normalized_name: 'contoso', country: 'US' }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('accounts').values({ id: 'ACC-1', name: 'Contoso Ltd', company_id: company.id, owner_email: 'csm@ourco.example', arr: 50000 }).execute();
  await db.insertInto('sources').values({ id: 'sec-edgar', name: 'SEC' }).execute();
  const alertIds: number[] = [];
  for (const [index, person] of ['Ada Quill', 'Bo Rennet', 'Cy Tamsin', 'Di Oakes'].entries()) {
    await db.insertInto('contacts').values({ id: `C-${index}`, account_id: 'ACC-1', name: person, owner_email: 'csm@ourco.example' }).execute();
    const document = await db
      .insertInto('documents')
      .values({ source_id: 'sec-edgar', url: `https://www.sec.gov/doc-${index}.htm`, company_id: company.id, text: `${person} resigned.`, content_hash: `h${index}`, title: `8-K ${index}` })
      .returning('id')
      .executeTakeFirstOrThrow();
    const event = await db
      .insertInto('officer_events')
      .values({ document_id: document.id, company_id: company.id, person, person_key: person.toLowerCase(), change: 'departed', evidence: `${person} resigned.`, confidence: 0.9, announced_on: '2027-03-01' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('contact_matches').values({ event_id: event.id, contact_id: `C-${index}`, score: 0.95, reasons: '[]' }).execute();
    const alert = await db
      .insertInto('alerts')
      .values({ kind: 'contact_leaving', event_id: event.id, contact_id: `C-${index}`, dedupe_key: `k${index}`, idempotency_key: `i${index}`, recipient: 'csm@ourco.example', payload: JSON.stringify({ person, evidence: `${person} resigned.`, announced: '2027-03-01' }) })
      .returning('id')
      .executeTakeFirstOrThrow();
    alertIds.push(alert.id);
  }
  return { alertIds };
}

describe.each(testDatabaseKinds())('alert actions on %s', (kind) => {
  let database: TestDatabase;
  let app: Hono;
  let alertIds: number[];
  let cookie: string;
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    ({ alertIds } = await seed(database.db));
    app = createWebApp({ db: database.db, token: TOKEN, logger: silentLogger, version: 'test', sources: [], now: () => NOW });
    const login = await app.request(`${ORIGIN}/login?token=${TOKEN}`);
    expect(login.status).toBe(303);
    cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(login.headers.get('set-cookie')).toMatch(/HttpOnly/iu);
    expect(login.headers.get('set-cookie')).toMatch(/SameSite=Strict/iu);
  });
  afterEach(async () => {
    await database.close();
  });

  const post = (path: string, body: Record<string, string> = {}, origin: string | null = ORIGIN) =>
    app.request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', host: 'dash.example:3000', ...(origin ? { origin } : {}) },
      body: new URLSearchParams(body).toString(),
    });
  const openIds = async () => (await database.db.selectFrom('alerts').select('id').where('status', '=', 'open').orderBy('id').execute()).map((row) => row.id);

  it('dismisses into the match memory and confirms likewise', async () => {
    const [first, second] = alertIds as [number, number];
    const dismissed = await post(`/alerts/${first}/dismiss`);
    expect(dismissed.status).toBe(303);
    expect(dismissed.headers.get('location')).toBe('/alerts');
    const memory = await database.db.selectFrom('match_decisions').selectAll().execute();
    expect(memory).toMatchObject([{ contact_id: 'C-0', person_key: 'ada quill', decision: 'dismissed', decided_by: 'dashboard' }]);
    expect((await database.db.selectFrom('contact_matches').select('status').where('contact_id', '=', 'C-0').executeTakeFirstOrThrow()).status).toBe('dismissed');

    expect((await post(`/alerts/${second}/confirm`)).status).toBe(303);
    const decisions = await database.db.selectFrom('match_decisions').select(['contact_id', 'decision']).orderBy('contact_id').execute();
    expect(decisions).toEqual([
      { contact_id: 'C-0', decision: 'dismissed' },
      { contact_id: 'C-1', decision: 'confirmed' },
    ]);
    expect(await openIds()).toEqual(alertIds.slice(2));
    const inbox = await (await app.request(`${ORIGIN}/alerts`, { headers: { cookie } })).text();
    expect(inbox).not.toContain('Ada Quill');
    expect(inbox).toContain('Cy Tamsin');
  });

  it('assigns and snoozes; a snoozed alert leaves the inbox until its time', async () => {
    const [, , third, fourth] = alertIds as [number, number, number, number];
    expect((await post(`/alerts/${third}/assign`, { assignee: 'lead@ourco.example' })).status).toBe(303);
    expect((await post(`/alerts/${third}/assign`, { assignee: 'not an e-mail' })).status).toBe(400);
    expect((await database.db.selectFrom('alerts').select('assigned_to').where('id', '=', third).executeTakeFirstOrThrow()).assigned_to).toBe('lead@ourco.example');

    expect((await post(`/alerts/${fourth}/snooze`, { days: '7' })).status).toBe(303);
    const snoozed = await database.db.selectFrom('alerts').select(['status', 'snoozed_until']).where('id', '=', fourth).executeTakeFirstOrThrow();
    expect(snoozed.status).toBe('snoozed');
    expect(snoozed.snoozed_until?.toISOString()).toBe('2027-03-17T03:00:00.000Z');
    const inbox = await (await app.request(`${ORIGIN}/alerts`, { headers: { cookie } })).text();
    expect(inbox).not.toContain('Di Oakes');
    expect(inbox).toContain('lead@ourco.example');
    expect((await post(`/alerts/${fourth}/snooze`, { days: '365' })).status).toBe(400);
    // The owner filter: an alert shows for its recipient and for whoever it is assigned to.
    const forLead = await (await app.request(`${ORIGIN}/alerts?owner=lead%40ourco.example`, { headers: { cookie } })).text();
    expect(forLead).toContain('Cy Tamsin');
    expect(forLead).not.toContain('Ada Quill');
    const forNobody = await (await app.request(`${ORIGIN}/alerts?owner=nobody%40ourco.example`, { headers: { cookie } })).text();
    expect(forNobody).not.toContain('Cy Tamsin');
    expect((await post('/alerts/999999/dismiss')).status).toBe(404);
  });

  it('refuses a cross-site post carrying the session cookie', async () => {
    const [first] = alertIds as [number];
    expect((await post(`/alerts/${first}/dismiss`, {}, 'https://evil.example')).status).toBe(403);
    expect((await post(`/alerts/${first}/dismiss`, {}, null)).status).toBe(403);
    expect((await post(`/alerts/${first}/dismiss`, {}, 'null')).status).toBe(403);
    expect(await openIds()).toEqual(alertIds);
    expect(await database.db.selectFrom('match_decisions').selectAll().execute()).toEqual([]);
  });

  it('speaks the browser’s language, or the one chosen, and formats dates in its locale', async () => {
    const ja = await (await app.request(`${ORIGIN}/alerts/${alertIds[0]}`, { headers: { cookie, 'accept-language': 'ja-JP,ja;q=0.9,en;q=0.5' } })).text();
    expect(ja).toContain('<html lang="ja">');
    expect(ja).toContain('却下（別人）');
    expect(ja).toContain('2027年3月1日');
    const gb = await (await app.request(`${ORIGIN}/alerts/${alertIds[0]}`, { headers: { cookie, 'accept-language': 'en-GB' } })).text();
    expect(gb).toContain('Dismiss (not this person)');
    const chosen = await app.request(`${ORIGIN}/alerts?lang=ja`, { headers: { cookie, 'accept-language': 'en-US' } });
    expect(await chosen.text()).toContain('未対応のアラート');
    expect(chosen.headers.get('set-cookie')).toMatch(/execradar_lang=ja/u);
  });
});
