import { describe, expect, it } from 'vitest';
import { listDays } from './document-list-task.js';
import { edinetUnavailableReason, maskApiKey, resolveEdinetOptions } from './edinet-options.js';

describe('EDINET options', () => {
  it('takes the key from options, else from EDINET_API_KEY, and defaults the rest', () => {
    expect(resolveEdinetOptions({ apiKey: 'opt-key' }, { EDINET_API_KEY: 'env-key' })).toEqual({
      kind: 'ok',
      options: { apiKey: 'opt-key', bodies: 'tracked', fiscalYearEnds: 'tracked', listedOnly: false, maxBackfillDays: 3660 },
    });
    expect(resolveEdinetOptions({}, { EDINET_API_KEY: ' env-key ' })).toMatchObject({ options: { apiKey: 'env-key' } });
    expect(resolveEdinetOptions({}, { EDINET_API_KEY: '' })).toMatchObject({ options: { apiKey: null } });
  });

  it('explains why a task cannot run', () => {
    expect(edinetUnavailableReason({}, 'daily', {})).toMatch(/no EDINET API key: set EDINET_API_KEY or sources\.edinet\.options\.apiKey/u);
    expect(edinetUnavailableReason({}, 'daily', { EDINET_API_KEY: 'k' })).toBeNull();
    expect(edinetUnavailableReason({ apiKey: 'k', bodies: 'some' }, 'daily', {})).toMatch(/sources\.edinet\.options\.bodies/u);
    expect(edinetUnavailableReason({ apiKey: 'k', apikey: 'typo' }, 'daily', {})).toMatch(/invalid options/u);
  });

  it('needs no key for the code list, a public download, but still refuses invalid options for it', () => {
    expect(edinetUnavailableReason({}, 'codelist', {})).toBeNull();
    expect(edinetUnavailableReason({ listedOnly: 'yes' }, 'codelist', {})).toMatch(/sources\.edinet\.options\.listedOnly/u);
  });

  it('masks the key in URLs', () => {
    expect(maskApiKey('https://api.example/documents.json?date=2027-05-20&type=2&Subscription-Key=abc123')).toBe(
      'https://api.example/documents.json?date=2027-05-20&type=2&Subscription-Key=***',
    );
    expect(maskApiKey('x?Subscription-Key=abc&type=1: failed')).toBe('x?Subscription-Key=***&type=1: failed');
  });
});

describe('days to read', () => {
  it('reads yesterday and today in Tokyo, whatever the UTC date', () => {
    expect(listDays(new Date('2027-05-19T16:30:00Z'), null, 3660)).toEqual(['2027-05-19', '2027-05-20']);
    expect(listDays(new Date('2027-05-20T14:59:00Z'), null, 3660)).toEqual(['2027-05-19', '2027-05-20']);
  });

  it('walks a backfill from since to today, bounded by maxBackfillDays', () => {
    expect(listDays(new Date('2027-03-02T03:00:00Z'), '2027-02-27', 3660)).toEqual(['2027-02-27', '2027-02-28', '2027-03-01', '2027-03-02']);
    expect(listDays(new Date('2027-05-20T03:00:00Z'), '2020-01-01', 2)).toEqual(['2027-05-18', '2027-05-19', '2027-05-20']);
    expect(listDays(new Date('2027-05-20T03:00:00Z'), '2027-06-01', 30)).toEqual([]);
  });
});
