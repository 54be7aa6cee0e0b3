/** `execradar accounts unresolved`: CRM accounts no listed company could be found for, to fix in the CRM export. */
import { listUnresolvedAccounts, resolveUnresolvedAccounts } from '../db/contact-repository.js';
import { withStore } from './cli-context.js';

export async function runAccountsUnresolved(): Promise<void> {
  await withStore(async ({ store }) => {
    const linked = await resolveUnresolvedAccounts(store.db);
    if (linked > 0) process.stdout.write(`${linked} account(s) resolved by name to companies found since the import\n`);
    const rows = await listUnresolvedAccounts(store.db);
    if (rows.length === 0) {
      process.stdout.write('every account is resolved to a company\n');
      return;
    }
    process.stdout.write('account_id\taccount_name\tcontacts\t(add a ticker, cik, sec_code or corporate_number to the export)\n');
    for (const row of rows) process.stdout.write(`${row.id}\t${row.name}\t${row.contacts}\n`);
  });
}
