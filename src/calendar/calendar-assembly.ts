/**
 * The calendar of tracked accounts between two dates, from the database: each account's company's fiscal calendar
 * (year end, earnings, annual report, proxy, AGM — announced or estimated), predicted reshuffle windows, announced
 * changes that take effect in the range, and the account's budget-planning window and CRM renewal date.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { accountWindows } from '../windows/budget-windows.js';
import { announcedChangeEntries } from '../windows/announced-change-entries.js';
import { type CalendarDate, addDays, calendarDateInZone, isCalendarDate } from '../windows/calendar-date.js';
import { type FiscalCalendarEntry, fiscalCalendarForCycle, upcomingFiscalCalendar } from '../windows/fiscal-calendar.js';
import { fiscalYearEndIn } from '../windows/fiscal-year.js';
import type { DateRange } from '../windows/window-types.js';
import {
  type AccountFilter,
  type AccountRecord,
  type CompanyRecord,
  loadAccounts,
  loadAnnouncedChanges,
  loadCompanyRecords,
} from './calendar-data-loader.js';
import type { CalendarAccount, CalendarCompany, CalendarEntry } from './calendar-entry.js';
import { type CalendarSettings, budgetPoliciesFrom } from './calendar-settings.js';
import { type FiscalYearWindow, predictFiscalYearWindows } from './fiscal-year-windows.js';
import { reshuffleInputs } from './reshuffle-inputs.js';
import { SEED_ANNOUNCEMENTS } from './seed-priors.js';

export interface CalendarQuery extends AccountFilter, DateRange {}

/** Announced dates belong to the cycle whose year end precedes them by at most this many days. */
const CYCLE_REACH_DAYS = 200;

export function entryUid(...parts: readonly (string | number)[]): string {
  return `${createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 32)}@execradar`;
}

function fiscalEntries(company: CompanyRecord, range: DateRange): Array<FiscalCalendarEntry & { readonly cycleEnd: CalendarDate }> {
  const fye = company.fiscalYearEnd;
  if (!fye) return [];
  const entries: Array<FiscalCalendarEntry & { readonly cycleEnd: CalendarDate }> = [];
  const firstYear = Number(range.from.slice(0, 4)) - 1;
  const lastYear = Number(range.to.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year += 1) {
    const cycleEnd = fiscalYearEndIn(fye.fye, year);
    const inCycle = (date: CalendarDate): boolean => date > cycleEnd && date <= addDays(cycleEnd, CYCLE_REACH_DAYS);
    const earnings = company.earningsDates.find(inCycle);
    const agm = company.agmDates.find(inCycle);
    const cycle = fiscalCalendarForCycle(
      {
        fiscalYearEnd: fye.key,
        country: company.country,
        announced: { ...(earnings ? { earnings } : {}), ...(agm ? { agm } : {}) },
        past: { earnings: company.earningsDates, agm: company.agmDates },
      },
      cycleEnd,
    );
    entries.push(...cycle.filter((entry) => entry.date >= range.from && entry.date <= range.to).map((entry) => ({ ...entry, cycleEnd })));
  }
  return entries;
}

/** A prior that includes the built-in seeds says so: its announcement count is not all real disclosures. */
function withSeedNote(basis: string): string {
  return basis.replace(/\((\d+) announcements\)$/u, (_, count: string) => `(${count} announcements, ${SEED_ANNOUNCEMENTS} of them built-in seasonality while the history is thin)`);
}

function accountView(account: AccountRecord): CalendarAccount {
  return {
    id: account.id,
    name: account.name,
    arr: account.arr,
    renewalDate: account.renewalDate,
    owner: account.ownerEmail,
    segment: account.segment,
    country: account.country,
  };
}

function companyView(company: CompanyRecord): CalendarCompany {
  return {
    id: company.id,
    name: company.name,
    country: company.country,
    timeZone: company.timeZone,
    fiscalYearEnd: company.fiscalYearEnd?.key ?? null,
    fiscalYearEndSource: company.fiscalYearEnd ? `${company.fiscalYearEnd.source}, seen ${company.fiscalYearEnd.observedAt}` : null,
  };
}

/** Everything in the range for the accounts the filter selects, by start date. */
export async function assembleCalendar(
  db: Kysely<Database>,
  settings: CalendarSettings,
  query: CalendarQuery,
  now: Date = new Date(),
): Promise<CalendarEntry[]> {
  if (!isCalendarDate(query.from) || !isCalendarDate(query.to) || query.from > query.to) {
    throw new RangeError(`calendar: from/to must be YYYY-MM-DD with from ≤ to, got ${query.from}..${query.to}`);
  }
  const range: DateRange = { from: query.from, to: query.to };
  const [accounts, records] = await Promise.all([loadAccounts(db, query), loadCompanyRecords(db)]);
  const tracked = [...new Set(accounts.map((account) => account.companyId).filter((id): id is number => id !== null && records.has(id)))];

  const inputs = reshuffleInputs(records, tracked, {
    minAnnouncements: settings.seedPriors.minAnnouncements,
    today: calendarDateInZone(now, 'UTC'),
  });
  const windowsByCompany = new Map<number, FiscalYearWindow[]>();
  const seeded = new Map(inputs.companies.map((company) => [company.companyId, inputs.seededGroups.includes(`${company.country ?? ''}|${company.fiscalYearEnd ?? ''}`)] as const));
  for (const window of predictFiscalYearWindows(inputs.history, inputs.companies, range, { prior: { coverage: inputs.coverage } })) {
    if (window.confidence < settings.windows.minConfidence) continue;
    const id = Number(window.companyId);
    const basis = seeded.get(window.companyId) ? withSeedNote(window.basis) : window.basis;
    windowsByCompany.set(id, [...(windowsByCompany.get(id) ?? []), { ...window, basis }]);
  }

  const trackedRecords = new Map(tracked.map((id) => [id, records.get(id)!] as const));
  const changes = (await loadAnnouncedChanges(db, trackedRecords)).map((change) => {
    if (change.effective !== 'agm') return change;
    const company = trackedRecords.get(Number(change.companyId));
    const fye = company?.fiscalYearEnd;
    if (!company || !fye) return change;
    const agm = upcomingFiscalCalendar(
      { fiscalYearEnd: fye.key, country: company.country, past: { earnings: company.earningsDates, agm: company.agmDates } },
      change.announced,
    ).find((entry) => entry.kind === 'agm');
    const announcedAgm = company.agmDates.find((date) => date >= change.announced);
    return { ...change, agm: announcedAgm ? { date: announcedAgm, status: 'announced' as const } : agm ? { date: agm.date, status: agm.status } : null };
  });
  const fixed = announcedChangeEntries(changes, range);
  const policies = budgetPoliciesFrom(settings);

  const entries: CalendarEntry[] = [];
  for (const account of accounts) {
    const view = accountView(account);
    const company = account.companyId === null ? undefined : records.get(account.companyId);
    const companyInfo = company ? companyView(company) : null;
    const base = { account: view, company: companyInfo };
    if (company) {
      for (const entry of fiscalEntries(company, range)) {
        entries.push({
          ...base,
          uid: entryUid(entry.kind, account.id, company.id, entry.cycleEnd),
          kind: entry.kind,
          start: entry.date,
          end: entry.date,
          status: entry.status,
          confidence: null,
          basis: entry.basis,
          evidenceUrl: null,
        });
      }
      for (const window of windowsByCompany.get(company.id) ?? []) {
        entries.push({
          ...base,
          uid: entryUid('reshuffle', account.id, window.key),
          kind: 'reshuffle-window',
          start: window.start,
          end: window.end,
          status: 'predicted',
          confidence: window.confidence,
          basis: window.basis,
          evidenceUrl: null,
        });
      }
      for (const change of fixed.filter((entry) => entry.companyId === String(company.id))) {
        entries.push({
          ...base,
          uid: entryUid('change', account.id, change.date, change.evidenceUrl ?? '', change.basis),
          kind: 'announced-change',
          start: change.date,
          end: change.date,
          status: change.dateStatus,
          confidence: null,
          basis: change.basis,
          evidenceUrl: change.evidenceUrl,
        });
      }
    }
    const budgetAccount = {
      accountId: account.id,
      fiscalYearEnd: company?.fiscalYearEnd?.key ?? null,
      country: account.country ?? company?.country ?? null,
      segment: account.segment,
      renewalDate: account.renewalDate,
    };
    for (const window of accountWindows(budgetAccount, range, policies)) {
      entries.push({
        ...base,
        uid: window.kind === 'renewal' ? entryUid('renewal', account.id) : entryUid('budget', account.id, window.end),
        kind: window.kind,
        start: window.start,
        end: window.end,
        status: window.kind === 'renewal' ? 'announced' : 'estimated',
        confidence: null,
        basis: window.basis,
        evidenceUrl: null,
      });
    }
  }
  return entries.sort(
    (a, b) => a.start.localeCompare(b.start) || a.account.name.localeCompare(b.account.name) || a.kind.localeCompare(b.kind) || a.end.localeCompare(b.end),
  );
}
