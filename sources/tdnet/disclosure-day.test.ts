import { describe, expect, it } from 'vitest';
import { addDays, daysFrom, listPageUrl, publishedAt, tokyoDay } from './disclosure-day.js';

describe('TDnet days', () => {
  it('counts days in Tokyo time', () => {
    expect(tokyoDay(new Date('2026-05-13T14:59:59Z'))).toBe('2026-05-13');
    expect(tokyoDay(new Date('2026-05-13T15:00:00Z'))).toBe('2026-05-14');
  });

  it('walks days across month ends and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysFrom('2026-04-29', '2026-05-02')).toEqual(['2026-04-29', '2026-04-30', '2026-05-01', '2026-05-02']);
    expect(daysFrom('2026-05-03', '2026-05-02')).toEqual([]);
  });

  it('builds list-page URLs with or without a trailing slash on the base', () => {
    expect(listPageUrl('https://www.release.tdnet.info/inbs', '2026-05-14', 2)).toBe('https://www.release.tdnet.info/inbs/I_list_002_20260514.html');
    expect(listPageUrl('http://127.0.0.1:9/inbs/', '2026-05-14', 1)).toBe('http://127.0.0.1:9/inbs/I_list_001_20260514.html');
  });

  it('dates a row in Tokyo time and invents nothing when the time is missing', () => {
    expect(new Date(publishedAt('2026-05-14', '8:30')!).toISOString()).toBe('2026-05-13T23:30:00.000Z');
    expect(publishedAt('2026-05-14', '１５:００')).toBe('2026-05-14T15:00:00+09:00');
    expect(publishedAt('2026-05-14', '')).toBeNull();
  });
});
