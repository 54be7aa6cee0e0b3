/** The receiver's check: timestamps within tolerance, constant-time compare, rotation lists. */
import { describe, expect, it } from 'vitest';
import { signWebhook, verifyWebhookSignature } from './webhook-signature.js';

describe('verifyWebhookSignature', () => {
  it('verifyWebhookSignature accepts rotation lists and rejects future, malformed and missing values', () => {
    const body = '{"a":1}';
    const now = 1_800_000_000;
    const good = signWebhook('whsec_test_0123456789abcdef', now, body);
    expect(verifyWebhookSignature('whsec_test_0123456789abcdef', String(now), body, good, { nowSeconds: now })).toEqual({ ok: true });
    expect(verifyWebhookSignature('whsec_test_0123456789abcdef', String(now), body, `v1=${'0'.repeat(64)}, ${good}`, { nowSeconds: now + 299 })).toEqual({ ok: true });
    expect(verifyWebhookSignature('whsec_test_0123456789abcdef', String(now), body, good, { nowSeconds: now + 301 })).toEqual({ ok: false, reason: 'too-old' });
    expect(verifyWebhookSignature('whsec_test_0123456789abcdef', String(now + 600), body, signWebhook('whsec_test_0123456789abcdef', now + 600, body), { nowSeconds: now })).toEqual({ ok: false, reason: 'in-future' });
    expect(verifyWebhookSignature('whsec_test_0123456789abcdef', '17e8', body, good, { nowSeconds: now })).toEqual({ ok: false, reason: 'bad-timestamp' });
    expect(verifyWebhookSignature('another-secret-0123456789', String(now), body, good, { nowSeconds: now })).toEqual({ ok: false, reason: 'mismatch' });
    expect(verifyWebhookSignature('whsec_test_0123456789abcdef', null, body, good)).toEqual({ ok: false, reason: 'missing' });
  });

});
