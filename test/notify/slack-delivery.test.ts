/**
 * Slack incoming webhooks, mocked with msw (unhandled requests are errors): routing by owner, team and defaults,
 * the Block Kit shape of every message, Japanese for a Japanese team, mrkdwn escaping of crawled text, and a 429
 * whose Retry-After is honoured.
 */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { drainDeliveries, type NotifyDeps } from '../../src/notify/delivery-worker.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { notifySettings, PUBLIC_URL, raiseTestAlert, testClock } from './notify-test-data.js';

const plainText = z.object({ type: z.literal('plain_text'), text: z.string().min(1).max(150), emoji: z.boolean().optional() }).strict();
const mrkdwn = z.object({ type: z.literal('mrkdwn'), text: z.string().min(1).max(3000) }).strict();
const button = z.object({ type: z.literal('button'), action_id: z.string().min(1), text: plainText, url: z.url().max(3000), style: z.enum(['primary', 'danger']).optional() }).strict();
const block = z.discriminatedUnion('type', [
  z.object({ type: z.literal('header'), text: plainText }).strict(),
  z.object({ type: z.literal('section'), text: mrkdwn.optional(), fields: z.array(mrkdwn.extend({ text: z.string().min(1).max(2000) })).max(10).optional() }).strict().refine((section) => section.text || section.fields, 'a section needs text or fields'),
  z.object({ type: z.literal('context'), elements: z.array(mrkdwn).min(1).max(10) }).strict(),
  z.object({ type: z.literal('actions'), elements: z.array(button).min(1).max(25) }).strict(),
]);
const slackMessage = z.object({ text: z.string().min(1), blocks: z.array(block).min(1).max(50) }).strict();
type SlackBody = z.infer<typeof slackMessage>;

const received: Array<{ readonly hook: string; readonly body: SlackBody }> = [];
let throttleOnce = false;
const mock = setupServer(
  http.post('https://hooks.slack.com/services/:team/:bot/:secret', async ({ request, params }) => {
    if (throttleOnce) {
      throttleOnce = false;
      return new HttpResponse('rate_limited', { status: 429, headers: { 'Retry-After': '30' } });
    }
    received.push({ hook: String(params['bot']), body: slackMessage.parse(await request.json()) });
    return new HttpResponse('ok', { status: 200 });
  }),
);
beforeAll(() => mock.listen({ onUnhandledRequest: 'error' }));
afterAll(() => mock.close());

const hook = (name: string) => `https://hooks.slack.com/services/T000/${name}/XXXXXXXXXXXX`;

describe.each(testDatabaseKinds())('Slack delivery on %s', (kind) => {
  let database: TestDatabase;
  const clock = testClock('2027-03-02T01:00:00Z');
  beforeEach(async () => {
    database = await createTestDatabase(kind);
    received.length = 0;
  });
  afterEach(() => database.close());

  const settings = notifySettings({
    defaults: { language: 'en', email: false, slack: { webhookUrl: hook('BDEFAULT') } },
    teams: { enterprise: { members: ['aoki@example.test'], language: 'ja', slack: { webhookUrl: hook('BENTERPRISE'), channel: '#cs-enterprise' } } },
    owners: {
      'Bell@Example.test': { slack: { webhookUrl: hook('BBELL'), mention: 'U024BE7LH' } },
      'quiet@example.test': { slack: false },
    },
  });
  const deps = (): NotifyDeps => ({ db: database.db, settings, publicUrl: PUBLIC_URL, now: clock.now, random: () => 0, windows: null });
  const textOf = (body: SlackBody): string => JSON.stringify(body.blocks);

  it('routes by owner, team and defaults, in Block Kit, in the right language', async () => {
    const aoki = await raiseTestAlert(database.db, { key: 's-aoki', owner: 'aoki@example.test', person: '青木 花子', company: '株式会社ひかり物流', arr: 2_500_000, renewal: '2027-05-31' });
    const bell = await raiseTestAlert(database.db, { key: 's-bell', owner: 'bell@example.test', evidence: 'Dana Whitfield resigned. <!channel> <https://evil.example|click> & more' });
    const carol = await raiseTestAlert(database.db, { key: 's-carol', owner: 'carol@example.test' });
    const quiet = await raiseTestAlert(database.db, { key: 's-quiet', owner: 'quiet@example.test' });
    const orphan = await raiseTestAlert(database.db, { key: 's-orphan', owner: null });
    const result = await drainDeliveries(deps());
    expect(result).toMatchObject({ planned: 4, skipped: 1, sent: 4, failed: 0 });
    expect(received.map((message) => message.hook).sort()).toEqual(['BBELL', 'BDEFAULT', 'BDEFAULT', 'BENTERPRISE']);

    const ja = received.find((message) => message.hook === 'BENTERPRISE')!.body;
    expect(ja.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: '担当窓口の退任：青木 花子（株式会社ひかり物流）', emoji: true } });
    expect(textOf(ja)).toContain('*発効日*\\n2027年4月1日');
    expect(textOf(ja)).toContain('*ARR*\\n2,500,000');
    expect(textOf(ja)).toContain('*契約更新日*\\n2027年5月31日');
    const actions = ja.blocks.find((candidate) => candidate.type === 'actions') as { elements: Array<{ url: string; action_id: string }> };
    expect(actions.elements.map((element) => [element.action_id, element.url])).toEqual([
      ['open_alert', `${PUBLIC_URL}/alerts/${aoki}`],
      ['open_source', 'https://disclosures.example.test/8k-0001.htm'],
    ]);

    const en = received.find((message) => message.hook === 'BBELL')!.body;
    expect(en.blocks[1]).toEqual({ type: 'section', text: { type: 'mrkdwn', text: '<@U024BE7LH>' } });
    const evidence = en.blocks.find((candidate) => candidate.type === 'section' && candidate.text?.text.startsWith('*Evidence*')) as { text: { text: string } };
    expect(evidence.text.text).toBe('*Evidence*\n>Dana Whitfield resigned. &lt;!channel&gt; &lt;https://evil.example|click&gt; &amp; more');
    expect(textOf(en)).toContain('*Effective*\\nApr 1, 2027');
    expect(textOf(en)).toContain(`${PUBLIC_URL}/alerts/${bell}`);
    expect(textOf(en)).toContain('<https://disclosures.example.test/8k-0001.htm|Form 8-K Item 5.02>');

    const defaults = received.filter((message) => message.hook === 'BDEFAULT').map((message) => textOf(message.body));
    expect(defaults.some((text) => text.includes(`/alerts/${carol}"`))).toBe(true);
    expect(defaults.some((text) => text.includes(`/alerts/${orphan}"`))).toBe(true);

    const statuses = await database.db.selectFrom('alerts').select(['id', 'delivery_status', 'last_error']).orderBy('id').execute();
    expect(statuses.find((row) => row.id === quiet)).toMatchObject({ delivery_status: 'skipped', last_error: 'no route configured for this owner' });
    expect(statuses.filter((row) => row.delivery_status === 'sent')).toHaveLength(4);
  });

  it('waits for the Retry-After of a 429 before posting again', async () => {
    await raiseTestAlert(database.db, { key: 's-429', owner: 'carol@example.test' });
    throttleOnce = true;
    await drainDeliveries(deps());
    const [waiting] = await database.db.selectFrom('alert_deliveries').selectAll().execute();
    expect(waiting).toMatchObject({ status: 'pending', attempts: 1 });
    expect(waiting!.next_attempt_at.getTime() - clock.now().getTime()).toBe(30_000);
    clock.advance(29_000);
    await drainDeliveries(deps());
    expect(received).toHaveLength(0);
    clock.advance(1_000);
    await drainDeliveries(deps());
    expect(received).toHaveLength(1);
  });
});
