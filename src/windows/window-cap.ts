/**
 * The hard limit on window days: at most `capDays` days per company within any `spanDays` consecutive days
 * (60 in 365 by default). A predictor that covers the whole year tells a CS leader nothing, so the limit is enforced
 * while days are chosen (best days first) and checked again on the windows produced.
 */
import { type CalendarDate, fromDayNumber, toDayNumber } from './calendar-date.js';

export interface WindowCap {
  /** @default 60 */
  readonly capDays: number;
  /** @default 365 */
  readonly spanDays: number;
}

export const DEFAULT_WINDOW_CAP: WindowCap = { capDays: 60, spanDays: 365 };

/** Range-add / range-max segment tree over window start offsets; keeps the greedy choice O(log n) per day. */
class MaxTree {
  readonly #size: number;
  readonly #max: Float64Array;
  readonly #add: Float64Array;

  constructor(length: number) {
    let size = 1;
    while (size < length) size *= 2;
    this.#size = size;
    this.#max = new Float64Array(2 * size);
    this.#add = new Float64Array(2 * size);
  }

  addRange(from: number, to: number, value: number): void {
    this.#update(1, 0, this.#size - 1, from, to, value);
  }

  maxRange(from: number, to: number): number {
    return this.#query(1, 0, this.#size - 1, from, to);
  }

  #update(node: number, lo: number, hi: number, from: number, to: number, value: number): void {
    if (to < lo || hi < from) return;
    if (from <= lo && hi <= to) {
      this.#max[node] = (this.#max[node] ?? 0) + value;
      this.#add[node] = (this.#add[node] ?? 0) + value;
      return;
    }
    const mid = (lo + hi) >> 1;
    this.#update(2 * node, lo, mid, from, to, value);
    this.#update(2 * node + 1, mid + 1, hi, from, to, value);
    this.#max[node] = Math.max(this.#max[2 * node] ?? 0, this.#max[2 * node + 1] ?? 0) + (this.#add[node] ?? 0);
  }

  #query(node: number, lo: number, hi: number, from: number, to: number): number {
    if (to < lo || hi < from) return -Infinity;
    if (from <= lo && hi <= to) return this.#max[node] ?? 0;
    const mid = (lo + hi) >> 1;
    const best = Math.max(this.#query(2 * node, lo, mid, from, to), this.#query(2 * node + 1, mid + 1, hi, from, to));
    return best + (this.#add[node] ?? 0);
  }
}

/**
 * Chooses the days (offsets 0…scores.length-1 from the range start) with the highest positive scores such that no
 * `spanDays` consecutive days hold more than `capDays` chosen ones. Greedy by score, earlier day first on ties.
 * Returns the chosen offsets in ascending order.
 */
export function selectDaysUnderCap(scores: ArrayLike<number>, cap: WindowCap = DEFAULT_WINDOW_CAP): number[] {
  const order: number[] = [];
  for (let index = 0; index < scores.length; index += 1) if ((scores[index] ?? 0) > 0) order.push(index);
  order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
  if (scores.length <= cap.spanDays) return order.slice(0, cap.capDays).sort((a, b) => a - b);
  // Window starting at offset s covers offsets s … s+span-1; only starts within the range matter, because days
  // outside it are never chosen (a window reaching before the range start holds no more than one starting at 0).
  const tree = new MaxTree(scores.length);
  const chosen: number[] = [];
  for (const day of order) {
    const firstStart = Math.max(0, day - cap.spanDays + 1);
    if (tree.maxRange(firstStart, day) >= cap.capDays) continue;
    tree.addRange(firstStart, day, 1);
    chosen.push(day);
  }
  return chosen.sort((a, b) => a - b);
}

/** The largest number of distinct days that `windows` cover within any `spanDays` consecutive days. */
export function maxDaysInAnySpan(
  windows: readonly { readonly start: CalendarDate; readonly end: CalendarDate }[],
  spanDays = DEFAULT_WINDOW_CAP.spanDays,
): number {
  const days = new Set<number>();
  for (const window of windows) {
    for (let day = toDayNumber(window.start); day <= toDayNumber(window.end); day += 1) days.add(day);
  }
  const sorted = [...days].sort((a, b) => a - b);
  let best = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi += 1) {
    while ((sorted[hi] ?? 0) - (sorted[lo] ?? 0) >= spanDays) lo += 1;
    best = Math.max(best, hi - lo + 1);
  }
  return best;
}

/** Throws when a company's windows break the cap: a last guard so no output can ever exceed it. */
export function assertWithinCap(
  companyId: string,
  windows: readonly { readonly start: CalendarDate; readonly end: CalendarDate }[],
  cap: WindowCap = DEFAULT_WINDOW_CAP,
): void {
  const most = maxDaysInAnySpan(windows, cap.spanDays);
  if (most > cap.capDays) {
    throw new Error(`windows for ${companyId} cover ${most} days within ${cap.spanDays} (cap ${cap.capDays})`);
  }
}

/** Groups sorted day offsets into runs of consecutive days: `[startOffset, endOffset]` pairs. */
export function runsOfDays(offsets: readonly number[]): Array<readonly [number, number]> {
  const runs: Array<readonly [number, number]> = [];
  let start: number | undefined;
  let previous: number | undefined;
  for (const offset of offsets) {
    if (start === undefined || previous === undefined || offset !== previous + 1) {
      if (start !== undefined && previous !== undefined) runs.push([start, previous]);
      start = offset;
    }
    previous = offset;
  }
  if (start !== undefined && previous !== undefined) runs.push([start, previous]);
  return runs;
}

/** The calendar date `offset` days after `from`. */
export function dateAtOffset(from: CalendarDate, offset: number): CalendarDate {
  return fromDayNumber(toDayNumber(from) + offset);
}
