import { describe, expect, it } from 'vitest';
import {
  businessDayOnOrAfter,
  businessDayOnOrBefore,
  isBusinessDay,
  japaneseHolidays,
  usFederalHolidays,
} from './business-day-calendar.js';

describe('business days', () => {
  it('knows Japanese holidays, substitutes and the year-end closure', () => {
    const holidays = japaneseHolidays(2025);
    for (const day of ['2025-01-13', '2025-02-11', '2025-02-24', '2025-03-20', '2025-05-06', '2025-07-21', '2025-09-15', '2025-09-23', '2025-10-13', '2025-11-24']) {
      expect(holidays.has(day)).toBe(true);
    }
    expect(japaneseHolidays(2026).has('2026-09-22')).toBe(true); // citizens' holiday between Sep 21 and Sep 23
    expect(isBusinessDay('2024-12-27', 'JP')).toBe(true);
    expect(isBusinessDay('2024-12-30', 'JP')).toBe(false);
    expect(isBusinessDay('2025-01-03', 'JP')).toBe(false);
    expect(isBusinessDay('2025-01-06', 'JP')).toBe(true);
  });

  it('knows US federal holidays with observance', () => {
    expect(usFederalHolidays(2026).has('2026-07-03')).toBe(true); // July 4 is a Saturday
    expect(usFederalHolidays(2025).has('2025-11-27')).toBe(true);
    expect(isBusinessDay('2025-02-11', 'US')).toBe(true);
    expect(isBusinessDay('2025-02-11', 'JP')).toBe(false);
    expect(isBusinessDay('2025-02-15', 'FR')).toBe(false);
  });

  it('moves dates onto business days', () => {
    expect(businessDayOnOrBefore('2025-05-06', 'JP')).toBe('2025-05-02');
    expect(businessDayOnOrAfter('2025-05-03', 'JP')).toBe('2025-05-07');
  });
});
