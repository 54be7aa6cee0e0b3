import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDateInZone,
  daysBetween,
  isCalendarDate,
  monthDayOfSeasonBin,
  seasonBinOfDate,
  weekday,
} from './calendar-date.js';

describe('calendar dates', () => {
  it('knows leap years and rejects impossible dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2100-02-29')).toBe(false);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
  });

  it('adds days and months without time-zone drift', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addMonths('2025-05-31', -3)).toBe('2025-02-28');
    expect(addMonths('2024-05-31', -3)).toBe('2024-02-29');
    expect(addMonths('2025-06-30', -4, true)).toBe('2025-02-28');
    expect(addMonths('2025-02-28', 1, true)).toBe('2025-03-31');
    expect(addMonths('2025-02-28', 1)).toBe('2025-03-28');
    expect(weekday('2025-02-11')).toBe(2);
  });

  it('gives Feb 29 the season position of Feb 28, and maps positions back', () => {
    expect(seasonBinOfDate('2024-02-29')).toBe(seasonBinOfDate('2025-02-28'));
    expect(seasonBinOfDate('2024-03-01')).toBe(seasonBinOfDate('2025-03-01'));
    expect(seasonBinOfDate('2024-12-31')).toBe(364);
    expect(monthDayOfSeasonBin(seasonBinOfDate('2025-06-27'))).toEqual({ month: 6, day: 27 });
  });

  it('dates an instant in the company’s zone: a Tokyo filing just after midnight is the next day', () => {
    const instant = new Date('2025-02-14T15:30:00Z');
    expect(calendarDateInZone(instant, 'Asia/Tokyo')).toBe('2025-02-15');
    expect(calendarDateInZone(instant, 'America/New_York')).toBe('2025-02-14');
  });
});
