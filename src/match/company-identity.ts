/**
 * Is the issuer of an announcement the company of a CRM account? Identifiers decide first (CIK, 法人番号,
 * 証券コード, ticker): an equal identifier makes it the same company, a different one of the same kind makes it a
 * different company whatever the names say. Without identifiers the normalized names decide, equal or one a
 * shortened form of the other ("Coppervale" / "Coppervale Mining & Metals Corp.").
 */
import { companyNameKey, isShortFormOf } from './company-name.js';

export interface CompanyIdentifiers {
  readonly name: string;
  readonly ticker?: string | null | undefined;
  readonly cik?: string | null | undefined;
  readonly secCode?: string | null | undefined;
  readonly corporateNumber?: string | null | undefined;
}

/** Normalized identifiers and name key of one company, computed once per account or event. */
export interface CompanyKey {
  readonly nameKey: string;
  /** `nameKey` without spaces: "J.P. Morgan" and "JPMorgan" meet here. */
  readonly compactName: string;
  readonly cik: string | null;
  readonly ticker: string | null;
  /** Japanese securities code (4 characters), also taken from a ticker written "7203" or "7203.T". */
  readonly secCode: string | null;
  readonly corporateNumber: string | null;
}

export type CompanyRelation =
  | { readonly kind: 'same'; readonly strength: number; readonly reason: string }
  | { readonly kind: 'different'; readonly reason: string }
  | { readonly kind: 'unknown' };

const JP_CODE = /^\d[0-9A-Z]\d[0-9A-Z]$/u;

export function normalizeCik(value: string | null | undefined): string | null {
  const digits = value?.replace(/\D/gu, '') ?? '';
  return digits ? digits.replace(/^0+(?=\d)/u, '') : null;
}

export function normalizeSecCode(value: string | null | undefined): string | null {
  const code = value?.normalize('NFKC').trim().toUpperCase() ?? '';
  // The five-digit form carries a trailing check digit 0 (72030 = 7203).
  const four = /^\d[0-9A-Z]\d[0-9A-Z]0$/u.test(code) ? code.slice(0, 4) : code;
  return JP_CODE.test(four) ? four : null;
}

export function normalizeTicker(value: string | null | undefined): string | null {
  const ticker = value?.normalize('NFKC').trim().toUpperCase().replace(/^(?:NYSE|NASDAQ|TYO|TSE|JP|US):/u, '') ?? '';
  return ticker || null;
}

export function companyKey(company: CompanyIdentifiers): CompanyKey {
  const ticker = normalizeTicker(company.ticker);
  const tickerAsCode = ticker ? normalizeSecCode(ticker.replace(/\.(?:T|JP|TYO)$/u, '')) : null;
  const corporate = company.corporateNumber?.replace(/\D/gu, '') ?? '';
  const nameKey = companyNameKey(company.name);
  return {
    nameKey,
    compactName: nameKey.replace(/ /gu, ''),
    cik: normalizeCik(company.cik),
    ticker,
    secCode: normalizeSecCode(company.secCode) ?? tickerAsCode,
    corporateNumber: corporate.length === 13 ? corporate : null,
  };
}

const IDENTIFIERS = [
  ['corporateNumber', '法人番号 (corporate number)'],
  ['cik', 'CIK'],
  ['secCode', '証券コード (securities code)'],
  ['ticker', 'ticker'],
] as const;

export function compareCompanies(event: CompanyKey, account: CompanyKey): CompanyRelation {
  let conflict: string | null = null;
  for (const [field, label] of IDENTIFIERS) {
    const a = event[field];
    const b = account[field];
    if (!a || !b) continue;
    if (a === b) return { kind: 'same', strength: 1, reason: `same company by ${label} ${a}` };
    // A Tokyo code (7267) and a US symbol (HMC) can be one company listed twice: only like with like conflicts.
    if (field === 'ticker' && JP_CODE.test(a.replace(/\.T$/u, '')) !== JP_CODE.test(b.replace(/\.T$/u, ''))) continue;
    conflict ??= `different company: ${label} ${a} ≠ ${b}`;
  }
  if (conflict) return { kind: 'different', reason: conflict };
  if (!event.nameKey || !account.nameKey) return { kind: 'unknown' };
  if (event.compactName === account.compactName) {
    return { kind: 'same', strength: 0.98, reason: `same company by normalized name "${account.nameKey}"` };
  }
  const [short, long] = event.nameKey.length < account.nameKey.length ? [event.nameKey, account.nameKey] : [account.nameKey, event.nameKey];
  if (isShortFormOf(short, long)) {
    return { kind: 'same', strength: 0.95, reason: `same company: "${short}" is a short form of "${long}"` };
  }
  return { kind: 'unknown' };
}
