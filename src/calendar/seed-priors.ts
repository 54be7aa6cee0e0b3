/**
 * Seed priors: the built-in seasonality of executive-change announcements by country, used while the database
 * holds too little history to learn it.
 *
 * The predictor (src/windows/) learns its priors only from the history it is given; with no history at all its
 * prior is flat, so a company without own announcements would get the first 60 business days of its fiscal year —
 * a meaningless window. A fresh install has exactly that. The seeds below are pseudo-announcements placed by
 * documented market practice, relative to the fiscal year end, and added per (country, year end) group only while
 * the group has fewer real announcements than `calendar.seedPriors.minAnnouncements`; real history then takes over.
 *
 * They are dated in a fiscal year of the early 1990s with their own coverage period, so they shape the priors but
 * never count as an observed year in a window's basis ("announced 2 of the last 3 observed years").
 */
import {
  type CalendarDate,
  formatCalendarDate,
  monthDayOfSeasonBin,
} from '../windows/calendar-date.js';
import { type FiscalYearEnd, fiscalYearEndKey, seasonBinOfFiscalPosition } from '../windows/fiscal-year.js';
import type { HistoryRow } from '../windows/window-types.js';

/** A stretch of the fiscal year (days after the year end; negative = before it) and its share of a year's changes. */
interface SeedSegment {
  readonly fromDay: number;
  readonly toDay: number;
  readonly share: number;
}

/**
 * JP: 役員人事 for the new fiscal year are announced in the ten weeks before the year end (January–March for a
 * March year end, effective on the first day of the new year); director candidates for the AGM are announced
 * with the annual results about 35–60 days after it (May); representative directors change at the board meeting
 * after the AGM, about three months after the year end (late June).
 * US: board nominations and retirements cluster in proxy season, 30–110 days after the year end; officer changes
 * (8-K Item 5.02) otherwise arrive all year round.
 * Elsewhere: as the US, the most common pattern of an annual meeting some months after the year end.
 */
const SEED_SHAPES: Readonly<Record<string, readonly SeedSegment[]>> = {
  JP: [
    { fromDay: -70, toDay: -1, share: 0.55 },
    { fromDay: 35, toDay: 60, share: 0.3 },
    { fromDay: 80, toDay: 92, share: 0.15 },
  ],
  US: [
    { fromDay: 30, toDay: 110, share: 0.5 },
    { fromDay: 111, toDay: 394, share: 0.5 },
  ],
};
const DEFAULT_SHAPE = SEED_SHAPES['US'] ?? [];

/** Pseudo-announcements per seeded group: few enough that real history outweighs them quickly. */
export const SEED_ANNOUNCEMENTS = 40;

/** The seeds' own observed period: one common-year span far outside any basis look-back. */
export const SEED_COVERAGE = { from: '1993-06-01', to: '1994-05-31' } as const;

/** The date inside SEED_COVERAGE whose season position is `bin`. */
function seedDate(bin: number): CalendarDate {
  const { month, day } = monthDayOfSeasonBin(bin);
  const year = month >= 6 ? 1993 : 1994;
  return formatCalendarDate(year, month, day);
}

/** Seed history rows for one country and year end (company ids `seed:<country>:<MM-DD>`). */
export function seedHistory(country: string, fye: FiscalYearEnd, count = SEED_ANNOUNCEMENTS): HistoryRow[] {
  const shape = SEED_SHAPES[country.toUpperCase()] ?? DEFAULT_SHAPE;
  const key = fiscalYearEndKey(fye);
  const rows: HistoryRow[] = [];
  for (const segment of shape) {
    const n = Math.max(1, Math.round(segment.share * count));
    const length = segment.toDay - segment.fromDay + 1;
    for (let index = 0; index < n; index += 1) {
      const daysAfter = segment.fromDay + Math.floor(((index + 0.5) * length) / n);
      // Fiscal position 0 is the day after the year end.
      const position = (((daysAfter - 1) % 365) + 365) % 365;
      rows.push({
        companyId: `seed:${country.toUpperCase() || '*'}:${key}`,
        country: country.toUpperCase() || null,
        fiscalYearEnd: key,
        announced: seedDate(seasonBinOfFiscalPosition(position, fye)),
      });
    }
  }
  return rows;
}

/** True for the pseudo-companies above (never shown, never predicted for). */
export function isSeedCompany(companyId: string): boolean {
  return companyId.startsWith('seed:');
}

