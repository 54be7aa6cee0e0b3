/**
 * Reshuffle windows: when each company is likely to announce its next executive change.
 *
 * Per company, a density over the fiscal year mixes (1) its own past announcements, each a Gaussian bump at its
 * position in the fiscal year, weighted by recency, and (2) the prior of its country and fiscal-year-end group
 * (see reshuffle-prior.ts), which decides alone when the company has no history. The best days of the range —
 * business days only by default, since nothing is filed on a closed day — are chosen under the hard cap (60 days
 * in any 365), and runs of consecutive chosen days become windows.
 */
import { isBusinessDay } from './business-day-calendar.js';
import {
  type CalendarDate,
  daysBetween,
  fromDayNumber,
  isCalendarDate,
  seasonBinOfDate,
  toDayNumber,
} from './calendar-date.js';
import { type CompanyProfile, groupHistoryByCompany, resolveCompanyProfiles } from './company-profile.js';
import { fiscalPosition, fiscalPositionOfSeasonBin, parseFiscalYearEnd } from './fiscal-year.js';
import { type NearbyAnnouncement, observedYears, ownHistoryBasis, peerPriorBasis } from './reshuffle-basis.js';
import {
  DEFAULT_PRIOR_OPTIONS,
  type PlacedAnnouncement,
  type PriorOptions,
  type ReshufflePriors,
  type SeasonPrior,
  learnReshufflePriors,
} from './reshuffle-prior.js';
import { circularDistance, gaussianKernel } from './season-kernel.js';
import { DEFAULT_WINDOW_CAP, type WindowCap, assertWithinCap, runsOfDays, selectDaysUnderCap } from './window-cap.js';
import type { CompanyRow, DateRange, HistoryRow, PredictedWindow } from './window-types.js';

export interface ReshufflePredictorOptions {
  /** @default { capDays: 60, spanDays: 365 } */
  readonly cap: WindowCap;
  /**
   * Spread, in days, of the bump each own past announcement puts on the same season in later years.
   * @default 5
   */
  readonly ownBandwidthDays: number;
  /**
   * Age at which an own announcement counts half (recency weighting; habits change with management).
   * @default 730
   */
  readonly halfLifeDays: number;
  /**
   * How many own announcements the peer prior is worth: small, so that even one own announcement outweighs it
   * near its date, while the prior still fills the rest of the allowance.
   * @default 0.5
   */
  readonly priorWeight: number;
  /**
   * Spend window days on the country's business days only (filing systems are closed on weekends and holidays).
   * Set false for contiguous calendar windows.
   * @default true
   */
  readonly businessDaysOnly: boolean;
  /**
   * Country assumed for companies whose country neither the companies list nor their own history gives
   * (COMPANIES.csv has no country column). null → the most common country in the history, which is usually one
   * market's disclosure archive.
   * @default null
   */
  readonly defaultCountry: string | null;
  /** Prior learning (see `PriorOptions`). */
  readonly prior: PriorOptions;
}

export const DEFAULT_RESHUFFLE_OPTIONS: ReshufflePredictorOptions = {
  cap: DEFAULT_WINDOW_CAP,
  ownBandwidthDays: 5,
  halfLifeDays: 730,
  priorWeight: 0.5,
  businessDaysOnly: true,
  defaultCountry: null,
  prior: DEFAULT_PRIOR_OPTIONS,
};

export type ReshufflePredictorOverrides = Partial<Omit<ReshufflePredictorOptions, 'prior'>> & {
  readonly prior?: Partial<PriorOptions>;
};

/** An own announcement placed in its fiscal year, with its recency weight. */
interface OwnPoint extends NearbyAnnouncement {
  readonly position: number;
  readonly weight: number;
}

/** Days of the range (and of the year from its start, for confidence) with what the scoring needs per day. */
interface DayTable {
  readonly from: CalendarDate;
  readonly length: number;
  readonly seasonBins: Int16Array;
  readonly businessByCountry: (country: string) => Uint8Array;
}

function dayTable(from: CalendarDate, length: number, businessDaysOnly: boolean): DayTable {
  const start = toDayNumber(from);
  const seasonBins = new Int16Array(length);
  for (let offset = 0; offset < length; offset += 1) seasonBins[offset] = seasonBinOfDate(fromDayNumber(start + offset));
  const cache = new Map<string, Uint8Array>();
  const businessByCountry = (country: string): Uint8Array => {
    let flags = cache.get(country);
    if (!flags) {
      flags = new Uint8Array(length);
      for (let offset = 0; offset < length; offset += 1) {
        flags[offset] = !businessDaysOnly || isBusinessDay(fromDayNumber(start + offset), country) ? 1 : 0;
      }
      cache.set(country, flags);
    }
    return flags;
  };
  return { from, length, seasonBins, businessByCountry };
}

function companyDensity(prior: SeasonPrior, own: readonly OwnPoint[], options: ReshufflePredictorOptions): Float64Array {
  const density = new Float64Array(365);
  let totalWeight = options.priorWeight;
  for (let position = 0; position < 365; position += 1) density[position] = options.priorWeight * (prior.shape[position] ?? 0);
  const { weights, reach } = gaussianKernel(options.ownBandwidthDays);
  for (const point of own) {
    totalWeight += point.weight;
    for (let offset = -reach; offset <= reach; offset += 1) {
      const position = (((point.position + offset) % 365) + 365) % 365;
      density[position] = (density[position] ?? 0) + point.weight * (weights[offset + reach] ?? 0);
    }
  }
  return totalWeight > 0 ? density.map((value) => value / totalWeight) : density;
}

/** Scores of each day of a table: the density at the day's fiscal position, 0 on closed days. */
function dayScores(table: DayTable, profile: CompanyProfile, density: Float64Array): Float64Array {
  const business = table.businessByCountry(profile.country);
  const scores = new Float64Array(table.length);
  for (let offset = 0; offset < table.length; offset += 1) {
    if (!business[offset]) continue;
    scores[offset] = density[fiscalPositionOfSeasonBin(table.seasonBins[offset] ?? 0, profile.fye)] ?? 0;
  }
  return scores;
}

function sum(values: Float64Array, from: number, to: number): number {
  let total = 0;
  for (let index = from; index <= to; index += 1) total += values[index] ?? 0;
  return total;
}

/** The offset of the highest score in `from..to` (the earliest on a tie). */
function peakOffset(values: Float64Array, from: number, to: number): number {
  let best = from;
  for (let index = from + 1; index <= to; index += 1) if ((values[index] ?? 0) > (values[best] ?? 0)) best = index;
  return best;
}

/** Merges runs separated only by closed days into episodes, which share one basis sentence. */
function episodesOf(
  runs: ReadonlyArray<readonly [number, number]>,
  business: Uint8Array,
): Array<Array<readonly [number, number]>> {
  const episodes: Array<Array<readonly [number, number]>> = [];
  for (const run of runs) {
    const current = episodes[episodes.length - 1];
    const previous = current?.[current.length - 1];
    let onlyClosedBetween = previous !== undefined;
    if (previous) {
      for (let offset = previous[1] + 1; offset < run[0]; offset += 1) if (business[offset]) onlyClosedBetween = false;
    }
    if (current && onlyClosedBetween) current.push(run);
    else episodes.push([run]);
  }
  return episodes;
}

function predictCompany(
  profile: CompanyProfile,
  own: readonly OwnPoint[],
  priors: ReshufflePriors,
  range: DateRange,
  table: DayTable,
  year: DayTable,
  options: ReshufflePredictorOptions,
): PredictedWindow[] {
  const prior = priors.priorFor(profile.country, profile.fye);
  const density = companyDensity(prior, own, options);
  const scores = dayScores(table, profile, density);
  const chosen = selectDaysUnderCap(scores, options.cap);
  const annualMass = sum(dayScores(year, profile, density), 0, year.length - 1);
  const priorAnnualMass = sum(dayScores(year, profile, prior.shape), 0, year.length - 1);
  let priorScores: Float64Array | undefined;
  const business = table.businessByCountry(profile.country);
  const windows: PredictedWindow[] = [];
  const date = (offset: number): CalendarDate => fromDayNumber(toDayNumber(range.from) + offset);
  for (const episode of episodesOf(runsOfDays(chosen), business)) {
    const first = episode[0]?.[0] ?? 0;
    const last = episode[episode.length - 1]?.[1] ?? first;
    const positions = new Set<number>();
    for (let offset = first; offset <= last; offset += 1) positions.add(fiscalPosition(date(offset), profile.fye));
    const reach = 2 * options.ownBandwidthDays;
    const nearby = own.filter((point) => [...positions].some((position) => circularDistance(position, point.position) <= reach));
    let basis: string;
    if (nearby.length) {
      const middle = date(Math.floor((first + last) / 2));
      basis = ownHistoryBasis(nearby, observedYears(middle, range.from, priors.isCovered), profile.fye);
    } else {
      // The prior's share over the same business days, as a share of its year.
      priorScores ??= dayScores(table, profile, prior.shape);
      basis = peerPriorBasis({
        share: priorAnnualMass > 0 ? sum(priorScores, first, last) / priorAnnualMass : 0,
        label: prior.label,
        announcements: prior.announcements,
        start: date(first),
        end: date(last),
        hasOwnHistory: own.length > 0,
        fyeAssumed: profile.fyeSource === 'assumed',
      });
    }
    const peak = date(peakOffset(scores, first, last));
    for (const [start, end] of episode) {
      windows.push({
        companyId: profile.companyId,
        start: date(start),
        end: date(end),
        confidence: annualMass > 0 ? Math.round((sum(scores, start, end) / annualMass) * 1000) / 1000 : 0,
        basis,
        peak,
      });
    }
  }
  assertWithinCap(profile.companyId, windows, options.cap);
  return windows;
}

function mostCommonCountry(history: readonly HistoryRow[]): string | null {
  const counts = new Map<string, number>();
  for (const row of history) if (row.country) counts.set(row.country.toUpperCase(), (counts.get(row.country.toUpperCase()) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function withDefaults(overrides: ReshufflePredictorOverrides | undefined): ReshufflePredictorOptions {
  return {
    ...DEFAULT_RESHUFFLE_OPTIONS,
    ...overrides,
    prior: { ...DEFAULT_RESHUFFLE_OPTIONS.prior, ...overrides?.prior },
  };
}

/**
 * Predicts reshuffle windows inside `range` for every company of `companies`, from `history` (past announcements;
 * companies appearing only in the history still inform the priors). Windows are returned per company in the order
 * of `companies`, by start date; dates are inclusive. No company's windows cover more than `cap.capDays` days in
 * any `cap.spanDays` consecutive days.
 */
export function predictReshuffleWindows(
  history: readonly HistoryRow[],
  companies: readonly CompanyRow[],
  range: DateRange,
  overrides?: ReshufflePredictorOverrides,
): readonly PredictedWindow[] {
  if (!isCalendarDate(range.from) || !isCalendarDate(range.to)) {
    throw new RangeError(`range must be two YYYY-MM-DD dates, got ${range.from}..${range.to}`);
  }
  const length = daysBetween(range.from, range.to) + 1;
  if (length < 1) throw new RangeError(`range ends before it starts: ${range.from}..${range.to}`);
  const options = withDefaults(overrides);
  const byCompany = groupHistoryByCompany(history);
  const profiles = resolveCompanyProfiles(companies, byCompany, options.defaultCountry ?? mostCommonCountry(history));

  const placed: PlacedAnnouncement[] = [];
  for (const row of history) {
    const profile = profiles.get(row.companyId);
    const fye = parseFiscalYearEnd(row.fiscalYearEnd) ?? (profile?.fyeSource === 'assumed' ? null : profile?.fye);
    if (!fye) continue;
    placed.push({ country: (row.country ?? profile?.country ?? '').toUpperCase(), fye, announced: row.announced });
  }
  const priors = learnReshufflePriors(placed, options.prior);
  const table = dayTable(range.from, length, options.businessDaysOnly);
  const year = dayTable(range.from, 365, options.businessDaysOnly);
  const fromDay = toDayNumber(range.from);

  const windows: PredictedWindow[] = [];
  for (const company of companies) {
    const profile = profiles.get(company.companyId);
    if (!profile) continue;
    const own = (byCompany.get(company.companyId) ?? []).map((row): OwnPoint => {
      // Positions are taken against the year end the company had then, and kept against the current one.
      const fye = parseFiscalYearEnd(row.fiscalYearEnd) ?? profile.fye;
      const age = Math.max(0, fromDay - toDayNumber(row.announced));
      return {
        announced: row.announced,
        fye,
        position: fiscalPosition(row.announced, fye),
        weight: 0.5 ** (age / options.halfLifeDays),
      };
    });
    windows.push(...predictCompany(profile, own, priors, range, table, year, options));
  }
  return windows;
}
