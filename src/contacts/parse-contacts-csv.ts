/**
 * Parses a CRM contacts CSV (canonical, Salesforce or HubSpot export; UTF-8, UTF-16 or Shift_JIS) into
 * validated rows. Pure: no database. Bad rows are reported with their line number and the column at fault;
 * valid rows are kept. A file whose header matches no known format is a whole-file error (ContactCsvError).
 */
import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { companyNameKey } from '../match/company-name.js';
import { crmContactRowSchema, type CrmContactField, type CrmContactRow } from './contact-row.js';
import { decodeCsv, type CsvEncoding } from './csv-decoding.js';
import { columnPositions, detectFormat, type CrmFormatKind, type SourceField } from './crm-formats.js';

export interface RejectedRow {
  /** 1-based line in the file where the row starts. */
  readonly line: number;
  readonly reason: string;
}

/** A "Contact Owner" written as a person's name that `ownerEmails` does not map: those rows get no owner. */
export interface UnmappedOwner {
  readonly name: string;
  /** 1-based lines of the rows that name this owner. */
  readonly lines: readonly number[];
}

export interface ContactImport {
  readonly format: CrmFormatKind;
  readonly encoding: CsvEncoding;
  readonly rows: readonly CrmContactRow[];
  readonly rejected: readonly RejectedRow[];
  /** Owner names without an e-mail address (accepted rows, stored without an owner), by first appearance. */
  readonly unmappedOwners: readonly UnmappedOwner[];
}

export interface ParseContactsOptions {
  /**
   * Owner name → e-mail address, for exports whose owner column holds a person's name (Salesforce "Contact
   * Owner", HubSpot "Contact owner"). Names are compared ignoring case, width and spacing.
   * @default {} (settings: `contacts.ownerEmails`)
   */
  readonly ownerEmails?: Readonly<Record<string, string>>;
}

/** The file cannot be imported at all (unknown layout, no header); the user must fix the file, retrying won't help. */
export class ContactCsvError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ContactCsvError';
  }
}

interface CsvRecord {
  readonly record: string[];
  readonly raw: string;
  readonly info: { readonly lines: number };
}

/** A stable account id for exports without one: the same normalized company name always gives the same id. */
export function deriveAccountId(accountName: string): string {
  const key = companyNameKey(accountName) || accountName.trim().toLowerCase();
  return `acct-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

function composeName(first: string, last: string): string {
  // Japanese names are written family name first.
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(last + first)) return [last, first].filter(Boolean).join(' ');
  return [first, last].filter(Boolean).join(' ');
}

const ownerKey = (name: string): string => name.normalize('NFKC').replace(/\s+/gu, ' ').trim().toLowerCase();

/** One line per unmapped owner name, for import reports (CLI and web). */
export function unmappedOwnerWarnings(result: Pick<ContactImport, 'unmappedOwners'>): string[] {
  return result.unmappedOwners.map(({ name, lines }) => {
    const shown = lines.length > 10 ? `${lines.slice(0, 10).join(', ')}, …` : lines.join(', ');
    return `owner "${name}" is not an e-mail address and has no entry in contacts.ownerEmails: ${lines.length} row(s) stored without an owner (line ${shown})`;
  });
}

export function parseContactsCsv(input: Buffer, fileName: string, options: ParseContactsOptions = {}): ContactImport {
  const ownerEmails = new Map(Object.entries(options.ownerEmails ?? {}).map(([name, email]) => [ownerKey(name), email] as const));
  const { text, encoding } = decodeCsv(input);
  const firstLine = text.slice(0, text.search(/\r?\n|$/u));
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: CsvRecord[];
  try {
    records = parse(text, { delimiter, info: true, raw: true, relax_column_count: true, skip_empty_lines: true, bom: true }) as CsvRecord[];
  } catch (error) {
    throw new ContactCsvError(`${fileName}: not a readable CSV file (${(error as Error).message})`, { cause: error });
  }
  const header = records[0];
  if (!header) throw new ContactCsvError(`${fileName}: the file is empty`);
  const headers = header.record.map((cell) => cell.trim());
  const format = detectFormat(headers);
  if (!format) {
    throw new ContactCsvError(
      `${fileName}: unrecognised header (${headers.slice(0, 8).join(', ')}…): expected the canonical columns ` +
        '(account_name, contact_id, contact_name, …), a Salesforce contact export (Contact ID, Account Name, …) or a HubSpot export (Record ID, …)',
    );
  }
  const positions = columnPositions(format, headers);
  const headerOf = (field: CrmContactField): string => {
    const at = positions.get(field as SourceField);
    return at === undefined ? field : headers[at]!;
  };
  const rows: CrmContactRow[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  const unmapped = new Map<string, { name: string; lines: number[] }>();

  for (const { record, raw, info } of records.slice(1)) {
    const line = info.lines - (raw.replace(/\r?\n$/u, '').match(/\n/gu)?.length ?? 0);
    const cell = (field: SourceField): string => {
      const at = positions.get(field);
      return at === undefined ? '' : (record[at] ?? '').trim();
    };
    if (record.every((value) => value.trim() === '')) continue;
    const accountName = cell('accountName');
    const ownerName = cell('ownerName');
    const owner = cell('ownerEmail') || (ownerName.includes('@') ? ownerName : ownerName ? ownerEmails.get(ownerKey(ownerName)) ?? '' : '');
    const unmappedOwner = owner === '' && ownerName !== '' ? ownerName : null;
    const candidate: Record<CrmContactField, string> = {
      accountId: cell('accountId') || (accountName ? deriveAccountId(accountName) : ''),
      accountName,
      ticker: cell('ticker'),
      cik: cell('cik'),
      secCode: cell('secCode'),
      corporateNumber: cell('corporateNumber'),
      contactId: cell('contactId'),
      contactName: cell('contactName') || composeName(cell('firstName'), cell('lastName')),
      contactNameReading: cell('contactNameReading'),
      contactNameLatin: cell('contactNameLatin'),
      title: cell('title'),
      email: cell('email'),
      ownerEmail: owner,
      arr: cell('arr'),
      renewalDate: cell('renewalDate'),
      country: cell('country'),
      segment: cell('segment'),
      parentAccountId: cell('parentAccountId'),
    };
    const parsed = crmContactRowSchema.safeParse(candidate);
    if (!parsed.success) {
      const issues = parsed.error.issues.filter((issue) => !(issue.path[0] === 'accountId' && !accountName)); // reported as account name
      const problems = issues.map((issue) => {
        const field = issue.path[0] as CrmContactField;
        const column = field === 'contactName' && format.kind !== 'canonical' ? 'First Name/Last Name' : headerOf(field);
        return `${column}: ${issue.message === 'Too small: expected string to have >=1 characters' ? 'required' : issue.message}`;
      });
      rejected.push({ line, reason: problems.join('; ') });
      continue;
    }
    const firstLine = seen.get(parsed.data.contactId);
    if (firstLine !== undefined) {
      rejected.push({ line, reason: `${headerOf('contactId')}: duplicate id ${parsed.data.contactId} (first on line ${firstLine})` });
      continue;
    }
    seen.set(parsed.data.contactId, line);
    rows.push(parsed.data);
    if (unmappedOwner) {
      const entry = unmapped.get(ownerKey(unmappedOwner)) ?? { name: unmappedOwner, lines: [] };
      entry.lines.push(line);
      unmapped.set(ownerKey(unmappedOwner), entry);
    }
  }
  return { format: format.kind, encoding, rows, rejected, unmappedOwners: [...unmapped.values()] };
}
