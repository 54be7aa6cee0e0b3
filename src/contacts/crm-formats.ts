/**
 * The CSV layouts we import, recognised from the header row: the canonical ExecRadar columns, Salesforce's
 * contact export and HubSpot's contact export. Each maps its headers onto CrmContactRow fields; headers are
 * compared case-insensitively with spaces, underscores and punctuation ignored.
 */
import type { CrmContactField } from './contact-row.js';

export type CrmFormatKind = 'canonical' | 'salesforce' | 'hubspot';

/** Source fields: the row fields plus the name parts that exports split. */
export type SourceField = Exclude<CrmContactField, 'contactName'> | 'contactName' | 'firstName' | 'lastName' | 'ownerName';

export interface CrmFormat {
  readonly kind: CrmFormatKind;
  /** Headers (normalized) that must be present for the format to be recognised: one of each inner list. */
  readonly required: readonly (readonly string[])[];
  /** Field → accepted headers (normalized), first match wins. */
  readonly columns: Readonly<Partial<Record<SourceField, readonly string[]>>>;
}

export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[\s_\-.()（）:：]+/gu, '');
}

const READING = ['contactnamereading', 'namereading', 'reading', 'furigana', 'phoneticname', 'フリガナ', 'ふりがな', 'よみ', 'ヨミ'];
const LATIN = ['contactnamelatin', 'namelatin', 'latinname', 'romanname', 'ローマ字'];
const IDS = {
  ticker: ['ticker', 'tickersymbol'],
  cik: ['cik'],
  secCode: ['seccode', 'securitiescode', '証券コード'],
  corporateNumber: ['corporatenumber', '法人番号'],
} as const;

export const CRM_FORMATS: readonly CrmFormat[] = [
  {
    kind: 'canonical',
    required: [['accountname'], ['contactid'], ['contactname']],
    columns: {
      accountId: ['accountid'],
      accountName: ['accountname'],
      ...IDS,
      contactId: ['contactid'],
      contactName: ['contactname'],
      contactNameReading: ['contactnamereading'],
      contactNameLatin: ['contactnamelatin'],
      title: ['title'],
      email: ['email'],
      ownerEmail: ['owneremail'],
      arr: ['arr'],
      renewalDate: ['renewaldate'],
      country: ['country'],
      segment: ['segment'],
      parentAccountId: ['parentaccountid'],
    },
  },
  {
    kind: 'salesforce',
    // The report export ("Contact ID", "Account Name") or Data Loader's API names ("Id", "Account.Name", "LastName").
    required: [['contactid', 'id'], ['accountname'], ['lastname', 'fullname']],
    columns: {
      accountId: ['accountid'],
      accountName: ['accountname'],
      ...IDS,
      contactId: ['contactid', 'id'],
      contactName: ['fullname', 'name'],
      firstName: ['firstname'],
      lastName: ['lastname'],
      contactNameReading: READING,
      contactNameLatin: LATIN,
      title: ['title'],
      email: ['email'],
      ownerEmail: ['contactowneremail', 'owneremail'],
      ownerName: ['contactowner', 'owner', 'ownername'],
      arr: ['arr', 'annualrecurringrevenue'],
      renewalDate: ['renewaldate'],
      country: ['billingcountry', 'accountbillingcountry', 'mailingcountry', 'country'],
      segment: ['segment', 'accountsegment'],
      parentAccountId: ['parentaccountid', 'accountparentaccountid', 'parentid'],
    },
  },
  {
    kind: 'hubspot',
    required: [['recordid']],
    columns: {
      accountId: ['associatedcompanyid', 'companyid', 'associatedcompanyidsprimary'],
      accountName: ['companyname', 'associatedcompany', 'associatedcompanyprimary', 'company'],
      ...IDS,
      contactId: ['recordid'],
      contactName: ['fullname', 'name'],
      firstName: ['firstname'],
      lastName: ['lastname'],
      contactNameReading: READING,
      contactNameLatin: LATIN,
      title: ['jobtitle', 'title'],
      email: ['email'],
      ownerEmail: ['contactowneremail', 'owneremail'],
      ownerName: ['contactowner', 'hubspotowner'],
      arr: ['arr', 'annualrecurringrevenue'],
      renewalDate: ['renewaldate', 'contractrenewaldate'],
      country: ['country/region', 'country'],
      segment: ['segment'],
      parentAccountId: ['parentcompanyid', 'parentcompany'],
    },
  },
];

/** The first format whose required headers are present (canonical first, HubSpot last), or null. */
export function detectFormat(headers: readonly string[]): CrmFormat | null {
  const present = new Set(headers.map(normalizeHeader));
  return CRM_FORMATS.find((format) => format.required.every((anyOf) => anyOf.some((header) => present.has(header)))) ?? null;
}

/** Field → column position for a recognised header row. */
export function columnPositions(format: CrmFormat, headers: readonly string[]): Map<SourceField, number> {
  const normalized = headers.map(normalizeHeader);
  const positions = new Map<SourceField, number>();
  for (const [field, aliases] of Object.entries(format.columns) as [SourceField, readonly string[]][]) {
    for (const alias of aliases) {
      const at = normalized.indexOf(alias);
      if (at >= 0) {
        positions.set(field, at);
        break;
      }
    }
  }
  return positions;
}
