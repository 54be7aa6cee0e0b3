/** Turns an imported CRM row into what the matcher needs (the lead's database rows can use the same mapping). */
import type { CrmContactRow } from '../contacts/contact-row.js';
import type { MatchableContact } from './match-types.js';

export function matchableFromCrmRow(row: CrmContactRow): MatchableContact {
  return {
    contactId: row.contactId,
    accountName: row.accountName,
    ticker: row.ticker,
    cik: row.cik,
    secCode: row.secCode,
    corporateNumber: row.corporateNumber,
    name: row.contactName,
    nameReading: row.contactNameReading,
    nameLatin: row.contactNameLatin,
    email: row.email,
  };
}
