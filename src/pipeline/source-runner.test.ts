import { describe, expect, it } from 'vitest';
import { redactUrlSecrets } from './source-runner.js';

describe('redactUrlSecrets', () => {
  it('masks API keys and tokens in the query, and nothing else', () => {
    expect(redactUrlSecrets('https://api.example.jp/api/v2/documents.json?date=2027-04-01&type=2&Subscription-Key=abc123')).toBe(
      'https://api.example.jp/api/v2/documents.json?date=2027-04-01&type=2&Subscription-Key=***',
    );
    expect(redactUrlSecrets('https://x.example/feed?api_key=s3cret&page=2')).toBe('https://x.example/feed?api_key=***&page=2');
    expect(redactUrlSecrets('https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=8-K')).toBe('https://www.sec.gov/cgi-bin/browse-edgar?action=getcurrent&type=8-K');
  });
});
