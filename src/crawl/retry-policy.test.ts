import { describe, expect, it } from 'vitest';
import { RetryableError, ThrottledError } from './crawl-errors.js';
import { backoffDelay, nextRetryDelay, parseRetryAfter, resolveRetryOptions } from './retry-policy.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');

  it('reads delay-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
    expect(parseRetryAfter('Mon, 02 Mar 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('returns undefined for missing or junk values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
    expect(parseRetryAfter('1.5', now)).toBeUndefined();
  });
});

describe('backoff', () => {
  const options = resolveRetryOptions({ maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 });

  it('doubles per failure, jitters within [half, full], and caps', () => {
    expect(backoffDelay(1, options, () => 0)).toBe(50);
    expect(backoffDelay(1, options, () => 1)).toBe(100);
    expect(backoffDelay(3, options, () => 0)).toBe(200);
    expect(backoffDelay(3, options, () => 1)).toBe(400);
    expect(backoffDelay(10, options, () => 1)).toBe(1000);
  });

  it('waits at least Retry-After, and stops when attempts run out or Retry-After exceeds the cap', () => {
    const throttled = new ThrottledError('https://a.test/', '429', { retryAfterMs: 700 });
    expect(nextRetryDelay(throttled, 1, options, () => 0)).toBe(700);
    expect(nextRetryDelay(new RetryableError('https://a.test/', '500'), 2, options, () => 1)).toBe(200);
    expect(nextRetryDelay(new RetryableError('https://a.test/', '500'), 5, options)).toBeNull();
    expect(nextRetryDelay(new ThrottledError('https://a.test/', '429', { retryAfterMs: 5000 }), 1, options)).toBeNull();
  });

  it('defaults to three attempts and never fewer than one', () => {
    expect(resolveRetryOptions()).toEqual({ maxAttempts: 3, baseDelayMs: 1000, maxDelayMs: 60_000 });
    expect(resolveRetryOptions({ maxAttempts: 0 }).maxAttempts).toBe(1);
  });
});
