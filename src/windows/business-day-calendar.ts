/**
 * Which days a disclosure can be filed on, per country: weekends, public holidays and the filing systems' closures.
 *
 * EDINET and TDnet accept no filings on Japanese weekends, national holidays or the year-end closure (Dec 29 – Jan 3);
 * EDGAR is closed on US federal holidays. A window day on which nothing can be filed cannot be hit, so the
 * predictor spends its 60-day allowance on business days only. Countries without a table here get weekends only.
 */
import {
  type CalendarDate,
  formatCalendarDate,
  fromDayNumber,
  parseCalendarDate,
  toDayNumber,
  weekday,
} from './calendar-date.js';

/** The n-th given weekday (0 = Sunday) of a month; n = -1 for the last one. */
function nthWeekday(year: number, month: number, dayOfWeek: number, n: number): CalendarDate {
  if (n > 0) {
    const first = formatCalendarDate(year, month, 1);
    const offset = (dayOfWeek - weekday(first) + 7) % 7;
    return fromDayNumber(toDayNumber(first) + offset + 7 * (n - 1));
  }
  const nextFirst = month === 12 ? formatCalendarDate(year + 1, 1, 1) : formatCalendarDate(year, month + 1, 1);
  const last = toDayNumber(nextFirst) - 1;
  return fromDayNumber(last - ((weekday(fromDayNumber(last)) - dayOfWeek + 7) % 7));
}

/** Equinox day in March / September for 1980–2099 (the formula the Cabinet Office's announcements follow). */
function equinoxDay(year: number, base: number): number {
  return Math.floor(base + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4));
}

/** Japanese national holidays of a year (Act on National Holidays, rules in force since 2020, plus 2019–2021 moves). */
export function japaneseHolidays(year: number): ReadonlySet<CalendarDate> {
  const d = (month: number, day: number): CalendarDate => formatCalendarDate(year, month, day);
  const named: CalendarDate[] = [
    d(1, 1),
    nthWeekday(year, 1, 1, 2), // Coming of Age Day
    d(2, 11),
    d(3, equinoxDay(year, 20.8431)),
    d(4, 29),
    d(5, 3),
    d(5, 4),
    d(5, 5),
    nthWeekday(year, 9, 1, 3), // Respect for the Aged Day
    d(9, equinoxDay(year, 23.2488)),
    d(11, 3),
    d(11, 23),
  ];
  if (year >= 2020) named.push(d(2, 23));
  else if (year <= 2018) named.push(d(12, 23));
  if (year === 2019) named.push(d(4, 30), d(5, 1), d(5, 2), d(10, 22));
  // Marine Day, Sports Day and Mountain Day moved for the Olympics in 2020 and 2021.
  if (year === 2020) named.push(d(7, 23), d(7, 24), d(8, 10));
  else if (year === 2021) named.push(d(7, 22), d(7, 23), d(8, 8));
  else {
    named.push(nthWeekday(year, 7, 1, 3), nthWeekday(year, 10, 1, 2));
    if (year >= 2016) named.push(d(8, 11));
  }
  const holidays = new Set(named);
  // Substitute holiday: a holiday on a Sunday moves to the next day that is not already a holiday.
  for (const holiday of named) {
    if (weekday(holiday) !== 0) continue;
    let next = toDayNumber(holiday) + 1;
    while (holidays.has(fromDayNumber(next))) next += 1;
    holidays.add(fromDayNumber(next));
  }
  // Citizens' holiday: a weekday squeezed between two holidays is a holiday too.
  for (const holiday of [...holidays]) {
    const between = fromDayNumber(toDayNumber(holiday) + 1);
    const after = fromDayNumber(toDayNumber(holiday) + 2);
    if (!holidays.has(between) && holidays.has(after) && weekday(between) !== 0) holidays.add(between);
  }
  return holidays;
}

/** US federal holidays (EDGAR closures), with the Saturday→Friday / Sunday→Monday observance rule. */
export function usFederalHolidays(year: number): ReadonlySet<CalendarDate> {
  const observed = (month: number, day: number): CalendarDate => {
    const date = formatCalendarDate(year, month, day);
    const dow = weekday(date);
    return dow === 6 ? fromDayNumber(toDayNumber(date) - 1) : dow === 0 ? fromDayNumber(toDayNumber(date) + 1) : date;
  };
  const holidays = [
    observed(1, 1),
    nthWeekday(year, 1, 1, 3), // Martin Luther King Jr. Day
    nthWeekday(year, 2, 1, 3), // Washington's Birthday
    nthWeekday(year, 5, 1, -1), // Memorial Day
    observed(7, 4),
    nthWeekday(year, 9, 1, 1), // Labor Day
    nthWeekday(year, 10, 1, 2), // Columbus Day
    observed(11, 11),
    nthWeekday(year, 11, 4, 4), // Thanksgiving
    observed(12, 25),
  ];
  if (year >= 2021) holidays.push(observed(6, 19));
  return new Set(holidays);
}

const holidayCache = new Map<string, ReadonlySet<CalendarDate>>();

function holidaysOf(country: string, year: number): ReadonlySet<CalendarDate> {
  const key = `${country}:${year}`;
  let holidays = holidayCache.get(key);
  if (!holidays) {
    holidays = country === 'JP' ? japaneseHolidays(year) : country === 'US' ? usFederalHolidays(year) : new Set();
    holidayCache.set(key, holidays);
  }
  return holidays;
}

/** True when a filing system of `country` (ISO 3166 alpha-2; unknown → weekends only) is open on `date`. */
export function isBusinessDay(date: CalendarDate, country: string | null | undefined): boolean {
  const dow = weekday(date);
  if (dow === 0 || dow === 6) return false;
  const code = (country ?? '').toUpperCase();
  const parsed = parseCalendarDate(date);
  if (!parsed) return false;
  if (code === 'JP') {
    // Year-end closure of government offices and the filing systems.
    if ((parsed.month === 12 && parsed.day >= 29) || (parsed.month === 1 && parsed.day <= 3)) return false;
  }
  return !holidaysOf(code, parsed.year).has(date);
}

/** The latest business day on or before `date`. */
export function businessDayOnOrBefore(date: CalendarDate, country: string | null | undefined): CalendarDate {
  let day = toDayNumber(date);
  while (!isBusinessDay(fromDayNumber(day), country)) day -= 1;
  return fromDayNumber(day);
}

/** The earliest business day on or after `date`. */
export function businessDayOnOrAfter(date: CalendarDate, country: string | null | undefined): CalendarDate {
  let day = toDayNumber(date);
  while (!isBusinessDay(fromDayNumber(day), country)) day += 1;
  return fromDayNumber(day);
}
