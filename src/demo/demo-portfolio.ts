/**
 * The demo's sample portfolio: `demo/portfolio.csv` (a CRM export in ExecRadar's canonical columns, renewal dates
 * relative to the demo day) imported through the real importer, then `demo/accounts.csv` for what the CRM import
 * does not carry (segment, country, and the Japanese companies' fiscal year ends as the CRM knows them), and
 * `demo/contacts-extra.csv` for the contacts who are not key people.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { parseContactsCsv } from '../contacts/parse-contacts-csv.js';
import { storeContacts } from '../db/contact-repository.js';
import type { Database } from '../db/schema.js';
import { renderDemoTemplate } from './demo-template.js';

const accountExtraSchema = z.object({
  account_id: z.string().min(1),
  segment: z.string().min(1),
  country: z.enum(['JP', 'US']),
  fiscal_year_end: z.union([z.literal(''), z.string().regex(/^\d{2}-\d{2}$/u)]),
});

export interface DemoPortfolioSummary {
  readonly accounts: number;
  readonly contacts: number;
}

export async function loadDemoPortfolio(db: Kysely<Database>, demoDir: string, today: string): Promise<DemoPortfolioSummary> {
  const csv = renderDemoTemplate(readFileSync(join(demoDir, 'portfolio.csv'), 'utf8'), today);
  const parsed = parseContactsCsv(Buffer.from(csv, 'utf8'), 'portfolio.csv');
  if (parsed.rejected.length > 0) throw new Error(`demo portfolio: ${parsed.rejected.length} rows rejected: ${JSON.stringify(parsed.rejected[0])}`);
  const stored = await storeContacts(db, parsed.rows);
  const extras = z.array(accountExtraSchema).parse(parseCsv(readFileSync(join(demoDir, 'accounts.csv'), 'utf8'), { columns: true, skip_empty_lines: true }));
  for (const extra of extras) {
    const account = await db
      .updateTable('accounts')
      .set({ segment: extra.segment, country: extra.country })
      .where('id', '=', extra.account_id)
      .returning('company_id')
      .executeTakeFirst();
    if (!account) throw new Error(`demo accounts.csv: no account ${extra.account_id} in portfolio.csv`);
    if (account.company_id === null) continue;
    await db.updateTable('companies').set({ country: extra.country }).where('id', '=', account.company_id).execute();
    if (extra.fiscal_year_end) {
      await db
        .updateTable('companies')
        .set({ fiscal_year_end: extra.fiscal_year_end, fiscal_year_end_source: 'crm', fiscal_year_end_seen_at: new Date() })
        .where('id', '=', account.company_id)
        .where('fiscal_year_end', 'is', null)
        .execute();
    }
  }
  const contactExtras = z
    .array(z.object({ contact_id: z.string().min(1), is_key_person: z.enum(['true', 'false']) }))
    .parse(parseCsv(readFileSync(join(demoDir, 'contacts-extra.csv'), 'utf8'), { columns: true, skip_empty_lines: true }));
  for (const extra of contactExtras) {
    const updated = await db.updateTable('contacts').set({ is_key_person: extra.is_key_person === 'true' }).where('id', '=', extra.contact_id).executeTakeFirst();
    if (Number(updated.numUpdatedRows) === 0) throw new Error(`demo contacts-extra.csv: no contact ${extra.contact_id} in portfolio.csv`);
  }
  return { accounts: stored.accountsCreated + stored.accountsUpdated, contacts: stored.contactsCreated + stored.contactsUpdated };
}
