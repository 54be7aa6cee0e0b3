export { crmContactRowSchema, isCorporateNumber, type CrmContactRow } from './contact-row.js';
export { decodeCsv, type CsvEncoding } from './csv-decoding.js';
export { detectFormat, type CrmFormatKind } from './crm-formats.js';
export { countryCode } from './country-code.js';
export { contactSettingsSchema, type ContactSettings } from './contact-settings.js';
export {
  ContactCsvError,
  deriveAccountId,
  parseContactsCsv,
  unmappedOwnerWarnings,
  type ContactImport,
  type ParseContactsOptions,
  type RejectedRow,
  type UnmappedOwner,
} from './parse-contacts-csv.js';
