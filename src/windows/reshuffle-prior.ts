/**
 * Priors for companies with thin history: when in the fiscal year companies of the same country and fiscal year
 * end announce executive changes, learnt from the history itself.
 *
 * Seasonality is measured relative to the fiscal year end (position 0 = the day after it), so a 02-28 company and a
 * 03-31 one are compared a month apart, and groups with few announcements borrow from their country's pattern
 * (all year ends aligned on the year end), which borrows from all countries'. Counts are divided by exposure —
 * how many observed business days fell on each position — so a history with a gap (months missing from an
 * archive) or with two Decembers and one June is not mistaken for seasonality.
 */
import { isBusinessDay } from './business-day-calendar.js';
import { type CalendarDate, fromDayNumber, seasonBinOfDate, toDayNumber } from './calendar-date.js';
import { type FiscalYearEnd, fiscalPositionOfSeasonBin, fiscalYearEndKey } from './fiscal-year.js';
import { circularSmooth, normalise } from './season-kernel.js';

export interface PriorOptions {
  /**
   * Gaussian bandwidth, in days, for smoothing announcement counts over the fiscal year.
   * @default 3
   */
  readonly bandwidthDays: number;
  /**
   * Pseudo-count of announcements with which a group is pulled towards its parent's pattern
   * (a group with this many announcements is half its own, half its parent's).
   * @default 50
   */
  readonly strength: number;
  /**
   * History is taken as observed from its first to its last announcement, except for stretches of at least this
   * many days without a single announcement from any company (an archive gap, not a quiet season).
   * Ignored when `coverage` is given.
   * @default 60
   */
  readonly coverageGapDays: number;
  /** The periods the history covers, when the caller knows them (else inferred, see `coverageGapDays`). */
  readonly coverage?: readonly { readonly from: CalendarDate; readonly to: CalendarDate }[];
}

export const DEFAULT_PRIOR_OPTIONS: PriorOptions = { bandwidthDays: 3, strength: 50, coverageGapDays: 60 };

/** An announcement placed in its fiscal year. */
export interface PlacedAnnouncement {
  readonly country: string;
  readonly fye: FiscalYearEnd;
  readonly announced: CalendarDate;
}

export interface SeasonPrior {
  /** Share of announcements per fiscal position (365 entries, sum 1). */
  readonly shape: Float64Array;
  /** Who the pattern was learnt from, for basis sentences: "JP companies with a 03-31 year end". */
  readonly label: string;
  /** Announcements in the group itself (before borrowing). */
  readonly announcements: number;
}

export interface ReshufflePriors {
  /** The most specific prior available for a company of this country and year end. */
  readonly priorFor: (country: string, fye: FiscalYearEnd) => SeasonPrior;
  /** Covered periods, as day numbers `[first, last]`, inclusive. */
  readonly coverage: ReadonlyArray<readonly [number, number]>;
  /** True when `date` lies in an observed period of the history. */
  readonly isCovered: (date: CalendarDate) => boolean;
}

/** Observed periods of the history: from first to last announcement, split at long silent stretches. */
export function inferCoverage(
  dates: readonly CalendarDate[],
  gapDays: number,
): Array<readonly [number, number]> {
  const days = [...new Set(dates.map(toDayNumber))].sort((a, b) => a - b);
  const spans: Array<readonly [number, number]> = [];
  let start = days[0];
  let previous = days[0];
  for (const day of days.slice(1)) {
    if (start === undefined || previous === undefined) break;
    if (day - previous >= gapDays) {
      spans.push([start, previous]);
      start = day;
    }
    previous = day;
  }
  if (start !== undefined && previous !== undefined) spans.push([start, previous]);
  return spans;
}

export function learnReshufflePriors(
  placed: readonly PlacedAnnouncement[],
  options: PriorOptions = DEFAULT_PRIOR_OPTIONS,
): ReshufflePriors {
  const coverage = options.coverage
    ? options.coverage.map((span) => [toDayNumber(span.from), toDayNumber(span.to)] as const)
    : inferCoverage(
        placed.map((row) => row.announced),
        options.coverageGapDays,
      );
  const coveredSeasonBins = (country: string): Int32Array => {
    // Observed business days per common-year position; fiscal exposure is this array rotated.
    const bins = new Int32Array(365);
    for (const [first, last] of coverage) {
      for (let day = first; day <= last; day += 1) {
        const date = fromDayNumber(day);
        if (isBusinessDay(date, country)) {
          const bin = seasonBinOfDate(date);
          bins[bin] = (bins[bin] ?? 0) + 1;
        }
      }
    }
    return bins;
  };
  const exposureByCountry = new Map<string, Int32Array>();
  const exposureOf = (country: string): Int32Array => {
    let bins = exposureByCountry.get(country);
    if (!bins) exposureByCountry.set(country, (bins = coveredSeasonBins(country)));
    return bins;
  };

  // Counts per (country, year end) group by fiscal position.
  interface Group {
    readonly country: string;
    readonly fye: FiscalYearEnd;
    readonly counts: Float64Array;
    total: number;
  }
  const groups = new Map<string, Group>();
  for (const row of placed) {
    const key = `${row.country}|${fiscalYearEndKey(row.fye)}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { country: row.country, fye: row.fye, counts: new Float64Array(365), total: 0 }));
    const position = fiscalPositionOfSeasonBin(seasonBinOfDate(row.announced), row.fye);
    group.counts[position] = (group.counts[position] ?? 0) + 1;
    group.total += 1;
  }

  // Rate per observed business day at each fiscal position (smoothed counts over smoothed exposure).
  const rateOf = (group: Group): Float64Array => {
    const seasonExposure = exposureOf(group.country);
    const exposure = new Float64Array(365);
    for (let bin = 0; bin < 365; bin += 1) {
      exposure[fiscalPositionOfSeasonBin(bin, group.fye)] = seasonExposure[bin] ?? 0;
    }
    const counts = circularSmooth(group.counts, options.bandwidthDays);
    const smoothExposure = circularSmooth(exposure, options.bandwidthDays);
    const rate = new Float64Array(365);
    for (let position = 0; position < 365; position += 1) {
      const seen = smoothExposure[position] ?? 0;
      rate[position] = seen > 1e-9 ? (counts[position] ?? 0) / seen : 0;
    }
    return rate;
  };

  const rates = new Map([...groups].map(([key, group]) => [key, rateOf(group)] as const));
  const pooled = (keys: readonly string[]): { readonly shape: Float64Array; readonly total: number } => {
    const sum = new Float64Array(365);
    let total = 0;
    for (const key of keys) {
      const rate = rates.get(key);
      const group = groups.get(key);
      if (!rate || !group) continue;
      for (let position = 0; position < 365; position += 1) sum[position] = (sum[position] ?? 0) + (rate[position] ?? 0);
      total += group.total;
    }
    return { shape: normalise(sum), total };
  };
  const blend = (own: Float64Array, count: number, parent: Float64Array): Float64Array => {
    const mixed = new Float64Array(365);
    const weight = count / (count + options.strength);
    for (let position = 0; position < 365; position += 1) {
      mixed[position] = weight * (own[position] ?? 0) + (1 - weight) * (parent[position] ?? 0);
    }
    return mixed;
  };

  const global = pooled([...groups.keys()]);
  const globalPrior: SeasonPrior = {
    shape: global.total > 0 ? global.shape : normalise(new Float64Array(365).fill(1)),
    label: 'all companies in the history, aligned on their fiscal year ends',
    announcements: global.total,
  };
  const countryPriors = new Map<string, SeasonPrior>();
  const countryPrior = (country: string): SeasonPrior => {
    let prior = countryPriors.get(country);
    if (prior) return prior;
    const pool = pooled([...groups].filter(([, group]) => group.country === country).map(([key]) => key));
    prior =
      pool.total === 0
        ? globalPrior
        : {
            shape: blend(pool.shape, pool.total, globalPrior.shape),
            label: `${country || 'companies of unknown country'}${country ? ' companies' : ''}, all year ends aligned on the fiscal year end`,
            announcements: pool.total,
          };
    countryPriors.set(country, prior);
    return prior;
  };
  const groupPriors = new Map<string, SeasonPrior>();
  const priorFor = (country: string, fye: FiscalYearEnd): SeasonPrior => {
    const key = `${country}|${fiscalYearEndKey(fye)}`;
    let prior = groupPriors.get(key);
    if (prior) return prior;
    const parent = countryPrior(country);
    const group = groups.get(key);
    const rate = rates.get(key);
    prior =
      !group || !rate
        ? parent
        : {
            shape: blend(normalise(rate), group.total, parent.shape),
            label: `${country || 'unknown-country'} companies with a ${fiscalYearEndKey(fye)} year end`,
            announcements: group.total,
          };
    groupPriors.set(key, prior);
    return prior;
  };
  const isCovered = (date: CalendarDate): boolean => {
    const day = toDayNumber(date);
    return coverage.some(([first, last]) => day >= first && day <= last);
  };
  return { priorFor, coverage, isCovered };
}
