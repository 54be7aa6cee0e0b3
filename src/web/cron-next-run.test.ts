import { describe, expect, it } from 'vitest';
import { nextCronRun } from './cron-next-run.js';

describe('nextCronRun', () => {
  const at = (iso: string) => new Date(iso);
  it('finds the next minute of a step inside hours on weekdays', () => {
    // Friday 10:59 UTC → the window closed; next is Monday 00:00.
    expect(nextCronRun('*/2 0-10 * * 1-5', at('2026-12-04T10:59:30Z'))?.toISOString()).toBe('2026-12-07T00:00:00.000Z');
    expect(nextCronRun('*/2 0-10 * * 1-5', at('2026-12-03T03:01:00Z'))?.toISOString()).toBe('2026-12-03T03:02:00.000Z');
  });
  it('is strictly after the given instant, and rolls over days', () => {
    expect(nextCronRun('17 6 * * *', at('2026-12-03T06:17:00Z'))?.toISOString()).toBe('2026-12-04T06:17:00.000Z');
    expect(nextCronRun('* * * * *', at('2026-12-31T23:59:10Z'))?.toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
  it('treats restricted day-of-month and day-of-week as either one, like cron', () => {
    // 2026-12-05 is a Saturday; the 15th is a Tuesday.
    expect(nextCronRun('0 9 15 * 6', at('2026-12-03T00:00:00Z'))?.toISOString()).toBe('2026-12-05T09:00:00.000Z');
  });
  it('gives null for an expression it cannot read', () => {
    expect(nextCronRun('not a cron', at('2026-12-03T00:00:00Z'))).toBeNull();
  });
});
