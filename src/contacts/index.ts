export { crmContactRowSchema, isCorporateNumber, type CrmContactRow } from './contact-row.js';
export { decodeCsv, type CsvEncoding } from './csv-decoding.js';
export { detectFormat, type CrmFormatKind } from './crm-formats.js';
export { ContactCsvError, deriveAccountId, parseContactsCsv, type ContactImport, type RejectedRow } from './parse-contacts-csv.js';
