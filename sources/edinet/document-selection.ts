/**
 * Which entries of a day's document list ExecRadar keeps: 臨時報告書 filed for a change of representative
 * director (docTypeCode 180, clause 第19条第2項第9号 of the corporate disclosure ordinance), and 有価証券報告書
 * (docTypeCode 120) for the fiscal year end their period states. Withdrawn filings and investment funds
 * (whose fiscal years are the fund's, not the asset manager's) are left out.
 */
import { normalizeSecCode } from '../../src/match/company-identity.js';
import { fiscalYearEndKey, parseFiscalYearEnd } from '../../src/windows/fiscal-year.js';
import type { CompanyIdentity, TrackedCompany } from '../source-definition.js';
import type { DocumentListEntry } from './document-list-schema.js';
import { hasClause, REPRESENTATIVE_DIRECTOR_CHANGE_CLAUSE } from './report-reason.js';

export const EXTRAORDINARY_REPORT = '180';
export const ANNUAL_SECURITIES_REPORT = '120';
/** 企業内容等の開示に関する内閣府令: the ordinance whose 第19条 the clause refers to. */
export const CORPORATE_DISCLOSURE_ORDINANCE = '010';

const isLive = (entry: DocumentListEntry): boolean => (entry.withdrawalStatus ?? '0') === '0';

export function isRepresentativeDirectorChangeReport(entry: DocumentListEntry): boolean {
  return (
    entry.docTypeCode === EXTRAORDINARY_REPORT &&
    entry.ordinanceCode === CORPORATE_DISCLOSURE_ORDINANCE &&
    isLive(entry) &&
    hasClause(entry.currentReportReason, REPRESENTATIVE_DIRECTOR_CHANGE_CLAUSE)
  );
}

/**
 * The fiscal year end (`MM-DD`) an annual securities report states through its period end, or null.
 * A February period end is the month's last day whatever the year: `2024-02-29` gives `02-28`, the
 * convention of `src/windows/fiscal-year.ts` (02-28 stands for "last day of February").
 */
export function annualReportFiscalYearEnd(entry: DocumentListEntry): string | null {
  if (entry.docTypeCode !== ANNUAL_SECURITIES_REPORT || entry.fundCode || !isLive(entry)) return null;
  if (entry.ordinanceCode !== CORPORATE_DISCLOSURE_ORDINANCE) return null;
  const match = /^\d{4}-(\d{2}-\d{2})$/u.exec(entry.periodEnd ?? '');
  const parsed = match ? parseFiscalYearEnd(match[1]) : null;
  return parsed ? fiscalYearEndKey(parsed) : null;
}

/** The filer's identifiers as the list gives them (secCode is the five-character form, e.g. `72030`). */
export function filerIdentity(entry: DocumentListEntry): CompanyIdentity {
  const name = entry.filerName?.trim() || null;
  return {
    name,
    nameJa: name,
    country: 'JP',
    edinetCode: entry.edinetCode,
    secCode: entry.secCode,
    corporateNumber: entry.JCN,
  };
}

/** The tracked company that filed this entry, by EDINET code, 法人番号 or securities code. */
export function trackedFiler(entry: DocumentListEntry, tracked: readonly TrackedCompany[]): TrackedCompany | null {
  const edinetCode = entry.edinetCode?.trim().toUpperCase() || null;
  const corporateNumber = entry.JCN?.replace(/\D/gu, '') || null;
  const secCode = normalizeSecCode(entry.secCode);
  return (
    tracked.find(
      (company) =>
        (edinetCode !== null && company.edinetCode === edinetCode) ||
        (corporateNumber !== null && company.corporateNumber === corporateNumber) ||
        (secCode !== null && company.secCode === secCode),
    ) ?? null
  );
}

/** `2027-05-20 09:00` (Japan time, as EDINET states it) → an ISO timestamp with its +09:00 offset. */
export function submittedAt(entry: DocumentListEntry): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(?::(\d{2}))?$/u.exec(entry.submitDateTime?.trim() ?? '');
  return match ? `${match[1]}T${match[2]}:${match[3] ?? '00'}+09:00` : null;
}

export interface DaySelection {
  readonly representativeChanges: readonly DocumentListEntry[];
  readonly annualReports: ReadonlyArray<{ readonly entry: DocumentListEntry; readonly fiscalYearEnd: string }>;
}

export function selectDocuments(entries: readonly DocumentListEntry[]): DaySelection {
  const representativeChanges = entries.filter(isRepresentativeDirectorChangeReport);
  const annualReports = entries.flatMap((entry) => {
    const fiscalYearEnd = annualReportFiscalYearEnd(entry);
    return fiscalYearEnd ? [{ entry, fiscalYearEnd }] : [];
  });
  return { representativeChanges, annualReports };
}
