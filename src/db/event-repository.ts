/** Officer events as extracted from a document: one row per (document, person, change), never twice. */
import type { Kysely, Transaction } from 'kysely';
import type { OfficerEvent } from '../extract/announcement.js';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/u;

export async function storeEvent(
  db: Db,
  event: OfficerEvent & { readonly documentId: number; readonly companyId: number | null; readonly personKey: string; readonly announcedOn: string | null },
): Promise<{ readonly eventId: number; readonly created: boolean }> {
  const inserted = await db
    .insertInto('officer_events')
    .values({
      document_id: event.documentId,
      company_id: event.companyId,
      person: event.person,
      person_key: event.personKey,
      person_reading: event.personReading,
      change: event.change,
      role_before: event.roleBefore,
      role_after: event.roleAfter,
      effective: event.effective,
      effective_date: event.effective && FULL_DATE.test(event.effective) ? event.effective : null,
      announced_on: event.announcedOn,
      evidence: event.evidence,
      confidence: event.confidence,
    })
    .onConflict((c) => c.columns(['document_id', 'person_key', 'change']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { eventId: inserted.id, created: true };
  const existing = await db
    .selectFrom('officer_events')
    .select('id')
    .where('document_id', '=', event.documentId)
    .where('person_key', '=', event.personKey)
    .where('change', '=', event.change)
    .executeTakeFirstOrThrow();
  return { eventId: existing.id, created: false };
}
