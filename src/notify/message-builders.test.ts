/** Alert and nudge messages without a database: language, dates, escaping, links only for http(s). */
import { describe, expect, it } from 'vitest';
import { alertView } from './alert-view.js';
import { alertEmail } from './email-message.js';
import { formatEffective, formatInstant, localeFor } from './notify-i18n.js';
import { alertSlackMessage } from './slack-message.js';

const base = { id: 7, recipient: 'a@example.test', idempotency_key: 'k'.repeat(32), created_at: new Date('2027-03-02T00:00:00Z') };

describe('message builders', () => {
  it('formats effective values per language, calendar days without shifting', () => {
    expect(formatEffective('ja', '2027-04-01')).toBe('2027年4月1日');
    expect(formatEffective('en', '2027-04-01')).toBe('Apr 1, 2027');
    expect(formatEffective('ja', '2027-06')).toBe('2027年6月');
    expect(formatEffective('en', 'agm')).toBe('at the annual general meeting');
    expect(formatEffective('ja', null)).toBe('記載なし');
    expect(formatInstant(localeFor('ja'), new Date('2027-03-07T23:30:00Z'))).toBe('2027年3月8日 08:30 JST');
    expect(formatInstant(localeFor('en', 'UTC'), new Date('2027-03-07T23:30:00Z'))).toBe('Mar 7, 2027, 23:30 UTC');
  });

  it('never links a javascript: URL from crawled data', () => {
    const view = alertView({ ...base, kind: 'contact_leaving', payload: { person: 'Eve', documentUrl: 'javascript:alert(1)', documentTitle: 'x' } }, 'https://radar.example.test/');
    expect(view.dashboardUrl).toBe('https://radar.example.test/alerts/7');
    const slack = JSON.stringify(alertSlackMessage(view, localeFor('en')));
    expect(slack).not.toContain('javascript:');
    expect(alertEmail(view, localeFor('en')).html).not.toContain('javascript:');
  });

  it('renders a calendar nudge (window, playbook, key people) instead of a person', () => {
    const view = alertView(
      {
        ...base,
        kind: 'reshuffle_nudge',
        payload: {
          company: 'Kestrel Foods KK',
          account: { id: 'a1', name: 'Kestrel', arr: 900000, renewalDate: '2027-06-30' },
          window: { kind: 'reshuffle', start: '2027-04-01', end: '2027-04-15', confidence: 0.7, basis: 'announced in early April 3 of the last 3 years' },
          evidence: 'announced in early April 3 of the last 3 years',
          keyPeople: [{ name: 'Aki Sato', title: 'CIO' }],
          playbook: ['Book a 1:1 with Aki Sato (CIO) to learn of coming changes early.'],
        },
      },
      'https://radar.example.test',
    );
    const mail = alertEmail(view, localeFor('ja'));
    expect(mail.subject).toBe('[ExecRadar] 人事異動の時期：Kestrel Foods KK');
    expect(mail.text).toContain('期間: 2027年4月1日 – 2027年4月15日');
    expect(mail.text).toContain('主要な担当者: Aki Sato (CIO)');
    expect(mail.text).toContain('- Book a 1:1 with Aki Sato (CIO)');
    const slack = alertSlackMessage(view, localeFor('en'));
    expect(slack.text).toBe('Reshuffle window ahead: Kestrel Foods KK');
    expect(JSON.stringify(slack.blocks)).toContain('*Window*\\nApr 1, 2027 – Apr 15, 2027');
    expect(JSON.stringify(slack.blocks)).toContain('*Suggested next steps*');
  });
});
