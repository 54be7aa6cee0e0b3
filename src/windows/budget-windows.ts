/**
 * Budget / upsell windows per account: the period in which the customer plans next fiscal year's budget, and the
 * contract renewal date from the CRM. Budget periods follow documented defaults per country, overridable per
 * country and per segment (a segment policy wins over a country one).
 */
import { type CalendarDate, addDays, addMonths, formatMonthDay, parseCalendarDate } from './calendar-date.js';
import { fiscalYearEndIn, fiscalYearEndKey, parseFiscalYearEnd } from './fiscal-year.js';
import type { DateRange } from './window-types.js';

/** A budget-planning period, in whole months before the fiscal year end (the next fiscal year starts the day after). */
export interface BudgetPolicy {
  /** The window opens the day after the same day this many months before the year end. */
  readonly startMonthsBeforeFye: number;
  /** The window closes this many months before the year end (0 = on the year end). */
  readonly endMonthsBeforeFye: number;
  /** Why, for the basis sentence. */
  readonly note: string;
}

export interface BudgetPolicies {
  readonly byCountry: Readonly<Record<string, BudgetPolicy>>;
  /** CRM segment (e.g. "enterprise") → policy; wins over the country's. */
  readonly bySegment: Readonly<Record<string, BudgetPolicy>>;
  readonly fallback: BudgetPolicy;
}

/**
 * Defaults. JP: budgets for the year starting April are drafted and approved in the three months before the year
 * end (予算編成, January–March for a March year end). US: planning runs from about four months before the year end
 * and is locked about a month before it (September–November for a calendar year). Elsewhere: as the US.
 * No segment defaults: add them in the settings (e.g. `enterprise: { startMonthsBeforeFye: 6, endMonthsBeforeFye: 2 }`).
 */
export const DEFAULT_BUDGET_POLICIES: BudgetPolicies = {
  byCountry: {
    JP: { startMonthsBeforeFye: 3, endMonthsBeforeFye: 0, note: 'JP budgets are set in the 3 months before the year end' },
    US: { startMonthsBeforeFye: 4, endMonthsBeforeFye: 1, note: 'US budgets are planned 4 to 1 months before the year end' },
  },
  bySegment: {},
  fallback: { startMonthsBeforeFye: 4, endMonthsBeforeFye: 1, note: 'budgets are usually planned 4 to 1 months before the year end' },
};

export interface BudgetAccount {
  readonly accountId: string;
  readonly fiscalYearEnd: string | null;
  readonly country?: string | null;
  readonly segment?: string | null;
  /** Contract renewal date from the CRM. */
  readonly renewalDate?: CalendarDate | null;
}

export interface AccountWindow {
  readonly kind: 'budget-planning' | 'renewal';
  readonly accountId: string;
  /** Inclusive. */
  readonly start: CalendarDate;
  /** Inclusive. */
  readonly end: CalendarDate;
  readonly basis: string;
}

/** A segment's policy; CRM segments are free text ("Enterprise", "enterprise"), so case and spacing are ignored. */
function segmentPolicy(policies: BudgetPolicies, segment: string): BudgetPolicy | undefined {
  const exact = policies.bySegment[segment];
  if (exact) return exact;
  const key = (value: string): string => value.normalize('NFKC').trim().toLowerCase();
  return Object.entries(policies.bySegment).find(([name]) => key(name) === key(segment))?.[1];
}

export function budgetPolicyFor(account: BudgetAccount, policies: BudgetPolicies = DEFAULT_BUDGET_POLICIES): BudgetPolicy {
  const segment = account.segment ? segmentPolicy(policies, account.segment) : undefined;
  const country = account.country ? policies.byCountry[account.country.toUpperCase()] : undefined;
  return segment ?? country ?? policies.fallback;
}

/**
 * Budget-planning windows (one per fiscal year end whose window meets `range`) and the renewal date when it falls
 * in `range`, in date order. An account without a known fiscal year end gets only its renewal entry.
 */
export function accountWindows(
  account: BudgetAccount,
  range: DateRange,
  policies: BudgetPolicies = DEFAULT_BUDGET_POLICIES,
): readonly AccountWindow[] {
  const from = parseCalendarDate(range.from);
  const to = parseCalendarDate(range.to);
  if (!from || !to) throw new RangeError(`range must be two YYYY-MM-DD dates, got ${range.from}..${range.to}`);
  const windows: AccountWindow[] = [];
  const fye = parseFiscalYearEnd(account.fiscalYearEnd);
  if (fye) {
    const policy = budgetPolicyFor(account, policies);
    // Year ends up to a year after the range can have windows that start inside it.
    for (let year = from.year; year <= to.year + 1; year += 1) {
      const yearEnd = fiscalYearEndIn(fye, year);
      const start = addDays(addMonths(yearEnd, -policy.startMonthsBeforeFye, fye.monthEnd), 1);
      const end = policy.endMonthsBeforeFye === 0 ? yearEnd : addMonths(yearEnd, -policy.endMonthsBeforeFye, fye.monthEnd);
      if (end < range.from || start > range.to || end < start) continue;
      windows.push({
        kind: 'budget-planning',
        accountId: account.accountId,
        start,
        end,
        basis: `budget for the fiscal year starting ${formatMonthDay(addDays(yearEnd, 1))} ${addDays(yearEnd, 1).slice(0, 4)} (year end ${fiscalYearEndKey(fye)}); ${policy.note}`,
      });
    }
  }
  const renewal = account.renewalDate;
  if (renewal && parseCalendarDate(renewal) && renewal >= range.from && renewal <= range.to) {
    windows.push({ kind: 'renewal', accountId: account.accountId, start: renewal, end: renewal, basis: 'contract renewal date from the CRM' });
  }
  return windows.sort((a, b) => a.start.localeCompare(b.start) || a.kind.localeCompare(b.kind));
}
