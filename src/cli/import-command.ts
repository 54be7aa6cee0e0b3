/** `execradar import contacts FILE.csv`: canonical, Salesforce or HubSpot exports, UTF-8 or Shift_JIS. */
import { readFile } from 'node:fs/promises';
import { parseContactsCsv, unmappedOwnerWarnings } from '../contacts/parse-contacts-csv.js';
import { storeContacts } from '../db/contact-repository.js';
import { withStore } from './cli-context.js';

export async function runImportContacts(file: string): Promise<void> {
  const body = await readFile(file);
  await withStore(async ({ store, settings }) => {
    const parsed = parseContactsCsv(body, file, { ownerEmails: settings.contacts.ownerEmails });
    const stored = await storeContacts(store.db, parsed.rows);
    const out = process.stdout;
    out.write(`${file}: ${parsed.format} export, ${parsed.rows.length} rows accepted, ${parsed.rejected.length} rejected\n`);
    out.write(`accounts: ${stored.accountsCreated} new, ${stored.accountsUpdated} updated; contacts: ${stored.contactsCreated} new, ${stored.contactsUpdated} updated\n`);
    for (const rejected of parsed.rejected) out.write(`  line ${rejected.line}: ${rejected.reason}\n`);
    for (const warning of unmappedOwnerWarnings(parsed)) out.write(`warning: ${warning}\n`);
    if (stored.unresolvedAccounts.length > 0) {
      out.write(`${stored.unresolvedAccounts.length} account(s) not resolved to a listed company (no identifier, name unknown): see \`execradar accounts unresolved\`\n`);
    }
  });
}
