/**
 * The review list and the match memory: a CSM's confirm or dismiss is kept per (contact, person key),
 * so a dismissed pair never alerts again, whatever document names the person next.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface ReviewItem {
  readonly matchId: number;
  readonly score: number;
  readonly reasons: readonly string[];
  readonly person: string;
  readonly change: string;
  readonly evidence: string;
  readonly documentUrl: string;
  readonly contactId: string;
  readonly contactName: string;
  readonly accountName: string;
}

export async function listMatchesForReview(db: Kysely<Database>, options: { readonly minScore?: number; readonly maxScore?: number } = {}): Promise<ReviewItem[]> {
  const rows = await db
    .selectFrom('contact_matches as m')
    .innerJoin('officer_events as e', 'e.id', 'm.event_id')
    .innerJoin('documents as d', 'd.id', 'e.document_id')
    .innerJoin('contacts as c', 'c.id', 'm.contact_id')
    .innerJoin('accounts as a', 'a.id', 'c.account_id')
    .select(['m.id', 'm.score', 'm.reasons', 'e.person', 'e.change', 'e.evidence', 'd.url', 'c.id as contactId', 'c.name as contactName', 'a.name as accountName'])
    .where('m.status', '=', 'new')
    .where('m.score', '>=', options.minScore ?? 0)
    .where('m.score', '<', options.maxScore ?? 1.01)
    .orderBy('m.score', 'desc')
    .orderBy('m.id')
    .execute();
  return rows.map((row) => ({
    matchId: row.id,
    score: row.score,
    reasons: row.reasons,
    person: row.person,
    change: row.change,
    evidence: row.evidence,
    documentUrl: row.url,
    contactId: row.contactId,
    contactName: row.contactName,
    accountName: row.accountName,
  }));
}

/** Records the decision on a match and remembers it for the pair; returns the match's document id. */
export async function decideMatch(
  db: Kysely<Database>,
  matchId: number,
  decision: 'confirmed' | 'dismissed',
  decidedBy: string,
): Promise<{ readonly documentId: number }> {
  return db.transaction().execute(async (trx) => {
    const match = await trx
      .selectFrom('contact_matches as m')
      .innerJoin('officer_events as e', 'e.id', 'm.event_id')
      .select(['m.id', 'm.contact_id', 'm.event_id', 'e.person_key', 'e.company_id', 'e.document_id'])
      .where('m.id', '=', matchId)
      .executeTakeFirst();
    if (!match) throw new Error(`no match #${matchId}`);
    const now = new Date();
    await trx.updateTable('contact_matches').set({ status: decision, decided_by: decidedBy, decided_at: now }).where('id', '=', matchId).execute();
    await trx
      .insertInto('match_decisions')
      .values({ contact_id: match.contact_id, person_key: match.person_key, company_id: match.company_id, decision, decided_by: decidedBy, decided_at: now })
      .onConflict((c) => c.columns(['contact_id', 'person_key']).doUpdateSet({ decision, decided_by: decidedBy, decided_at: now }))
      .execute();
    if (decision === 'dismissed') {
      await trx.updateTable('alerts').set({ status: 'dismissed' }).where('event_id', '=', match.event_id).where('contact_id', '=', match.contact_id).execute();
    }
    return { documentId: match.document_id };
  });
}
