/**
 * Fiscal facts (fiscal year end, earnings date, AGM date) with the source and day they were seen.
 * A fiscal year end also updates the company row: the most recent observation wins, its source kept.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database, FiscalFactKind } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

export async function recordFiscalFact(
  db: Db,
  fact: { readonly companyId: number; readonly kind: FiscalFactKind; readonly value: string; readonly sourceId: string; readonly documentId?: number | null },
  now = new Date(),
): Promise<void> {
  await db
    .insertInto('fiscal_facts')
    .values({ company_id: fact.companyId, kind: fact.kind, value: fact.value, source_id: fact.sourceId, document_id: fact.documentId ?? null, observed_at: now })
    .onConflict((c) => c.columns(['company_id', 'kind', 'value', 'source_id']).doUpdateSet({ observed_at: now }))
    .execute();
  if (fact.kind !== 'fiscal_year_end') return;
  await db
    .updateTable('companies')
    .set({ fiscal_year_end: fact.value, fiscal_year_end_source: fact.sourceId, fiscal_year_end_seen_at: now, updated_at: now })
    .where('id', '=', fact.companyId)
    .where((eb) => eb.or([eb('fiscal_year_end_seen_at', 'is', null), eb('fiscal_year_end_seen_at', '<=', now)]))
    .execute();
}
