/**
 * One CRM contact row after import, validated by zod: the canonical columns in camelCase, identifiers
 * normalized, ARR as a number and the renewal date as YYYY-MM-DD. Field errors name the source column.
 */
import { z } from 'zod';
import { countryCode } from './country-code.js';

const text = z.string().trim();
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? null : value))
  .nullable();

const email = optionalText.refine((value) => value === null || z.email().safeParse(value).success, 'not a valid e-mail address');

const arr = optionalText.transform((value, ctx) => {
  if (value === null) return null;
  // "$120,000", "¥1,200,000", "120000.50", "120 000": currency signs and thousands separators are dropped.
  const cleaned = value.normalize('NFKC').replace(/^[A-Z]{3}\s*/u, '').replace(/[$€£¥円\s,]/gu, '');
  const number = /^-?\d+(?:\.\d+)?$/u.test(cleaned) ? Number(cleaned) : Number.NaN;
  if (!Number.isFinite(number) || number < 0) {
    ctx.addIssue({ code: 'custom', message: `not a non-negative number: "${value}"` });
    return z.NEVER;
  }
  return number;
});

const renewalDate = optionalText.transform((value, ctx) => {
  if (value === null) return null;
  // ISO dates, and the YYYY/MM/DD that Excel writes in Japan.
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/u.exec(value.normalize('NFKC'));
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (!match || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    ctx.addIssue({ code: 'custom', message: `not a date (YYYY-MM-DD): "${value}"` });
    return z.NEVER;
  }
  return date.toISOString().slice(0, 10);
});

const cik = optionalText.refine((value) => value === null || /^\d{1,10}$/u.test(value), 'not a CIK (up to 10 digits)');

const secCode = optionalText
  .transform((value) => (value === null ? null : value.normalize('NFKC').toUpperCase()))
  .refine((value) => value === null || /^\d[0-9A-Z]\d[0-9A-Z]0?$/u.test(value), 'not a securities code (4 characters, e.g. 7203 or 130A)')
  .transform((value) => (value !== null && value.length === 5 ? value.slice(0, 4) : value));

/** 法人番号: 13 digits whose first digit is a check digit over the other twelve. */
export function isCorporateNumber(value: string): boolean {
  if (!/^\d{13}$/u.test(value)) return false;
  const base = value.slice(1);
  let sum = 0;
  for (let n = 1; n <= 12; n += 1) sum += Number(base[12 - n]) * (n % 2 === 1 ? 1 : 2);
  return 9 - (sum % 9) === Number(value[0]);
}

const corporateNumber = optionalText
  .transform((value) => (value === null ? null : value.normalize('NFKC').replace(/[-\s]/gu, '')))
  .refine((value) => value === null || isCorporateNumber(value), 'not a corporate number (13 digits with a valid check digit)');

export const crmContactRowSchema = z.object({
  accountId: text.min(1),
  accountName: text.min(1, 'required'),
  ticker: optionalText.transform((value) => value?.toUpperCase() ?? null),
  cik,
  secCode,
  corporateNumber,
  contactId: text.min(1, 'required'),
  contactName: text.min(1, 'required'),
  contactNameReading: optionalText,
  contactNameLatin: optionalText,
  title: optionalText,
  email,
  ownerEmail: email,
  arr,
  renewalDate,
  /** The account's country as ISO alpha-2 where recognised (see country-code.ts); picks its budget policy. */
  country: optionalText.transform((value) => countryCode(value)),
  /** The account's CRM segment (e.g. "enterprise"); a configured segment policy wins over the country's. */
  segment: optionalText,
  /** The CRM id of the account's parent account: the subsidiary's officers are announced by its parent. */
  parentAccountId: optionalText,
});

export type CrmContactRow = z.infer<typeof crmContactRowSchema>;
export type CrmContactField = keyof CrmContactRow;
