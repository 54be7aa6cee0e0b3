/** Routing levels: owner over team over defaults, case-insensitive owners, e-mail off without SMTP, webhooks always. */
import { describe, expect, it } from 'vitest';
import { instantAlertTargets, resolveOwnerRoute, slackTargetNamed } from './notify-routing.js';
import { notifySettingsSchema } from './notify-settings.js';

const settings = notifySettingsSchema.parse({
  email: { from: 'radar@example.test', smtp: { host: 'smtp.example.test' } },
  defaults: { language: 'en', digest: 'instant', email: 'owner', slack: { webhookUrl: 'https://hooks.slack.com/services/T/B/default' } },
  teams: {
    japan: { members: ['Ito@Example.test', 'mori@example.test'], language: 'ja', digest: 'daily', email: ['jp-cs@example.test'] },
    quiet: { members: ['hush@example.test'], slack: false },
  },
  owners: { 'MORI@example.test': { digest: 'instant', slack: { webhookUrl: 'https://hooks.slack.com/services/T/B/mori' } }, 'ops@example.test': { team: 'quiet', email: false } },
  webhooks: [
    { name: 'crm', url: 'https://crm.example.test/hooks', secret: '0123456789abcdef0', events: ['alert'] },
    { name: 'bi', url: 'https://bi.example.test/hooks', secret: '0123456789abcdef1', events: ['digest'] },
  ],
});

describe('resolveOwnerRoute', () => {
  it('takes each field from the nearest level that sets it', () => {
    expect(resolveOwnerRoute(settings, 'ito@example.test')).toEqual({ language: 'ja', digest: 'daily', emails: ['jp-cs@example.test'], slack: 'defaults' });
    expect(resolveOwnerRoute(settings, 'Mori@Example.Test')).toEqual({ language: 'ja', digest: 'instant', emails: ['jp-cs@example.test'], slack: 'owner:mori@example.test' });
    expect(resolveOwnerRoute(settings, 'ops@example.test')).toEqual({ language: 'en', digest: 'instant', emails: [], slack: null });
    expect(resolveOwnerRoute(settings, 'new@example.test')).toEqual({ language: 'en', digest: 'instant', emails: ['new@example.test'], slack: 'defaults' });
    expect(resolveOwnerRoute(settings, null)).toEqual({ language: 'en', digest: 'instant', emails: [], slack: 'defaults' });
  });

  it('sends no e-mail while SMTP is not configured', () => {
    const noSmtp = notifySettingsSchema.parse({});
    expect(resolveOwnerRoute(noSmtp, 'a@example.test').emails).toEqual([]);
    expect(instantAlertTargets(noSmtp, 'a@example.test').targets).toEqual([]);
  });
});

describe('instantAlertTargets', () => {
  it('holds back owner channels in daily mode but still feeds alert webhooks', () => {
    expect(instantAlertTargets(settings, 'ito@example.test').targets).toEqual([{ channel: 'webhook', target: 'crm', language: 'ja' }]);
    expect(instantAlertTargets(settings, 'mori@example.test').targets).toEqual([
      { channel: 'email', target: 'jp-cs@example.test', language: 'ja' },
      { channel: 'slack', target: 'owner:mori@example.test', language: 'ja' },
      { channel: 'webhook', target: 'crm', language: 'ja' },
    ]);
  });

  it('resolves Slack route names against the current configuration', () => {
    expect(slackTargetNamed(settings, 'owner:mori@example.test')?.webhookUrl).toBe('https://hooks.slack.com/services/T/B/mori');
    expect(slackTargetNamed(settings, 'defaults')?.webhookUrl).toBe('https://hooks.slack.com/services/T/B/default');
    expect(slackTargetNamed(settings, 'team:quiet')).toBeNull();
    expect(slackTargetNamed(settings, 'team:gone')).toBeNull();
  });
});

describe('notifySettingsSchema', () => {
  it('names the bad key', () => {
    const result = notifySettingsSchema.safeParse({ owners: { 'a@example.test': { langauge: 'ja' } }, webhooks: [{ name: 'x', url: 'https://x.example', secret: 'short' }] });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toContain('owners.a@example.test');
    expect(paths).toContain('webhooks.0.secret');
  });
});
