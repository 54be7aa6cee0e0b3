/**
 * One stored document through the rest of the pipeline: extract events and fiscal facts, match the
 * people to CRM contacts, and raise alerts — all in one transaction, so an alert exists exactly when
 * its event and match do. Idempotent: running it twice on a document changes nothing.
 */
import type { Kysely, Transaction } from 'kysely';
import { LEAVING_CHANGES, type ExtractionResult, type OfficerEvent } from '../extract/announcement.js';
import { extractAnnouncement } from '../extract/extract-announcement.js';
import { raiseAlert } from '../db/alert-repository.js';
import { storeEvent } from '../db/event-repository.js';
import { recordFiscalFact } from '../db/fiscal-fact-repository.js';
import type { AlertKind, Database } from '../db/schema.js';
import { findMatches } from '../match/find-matches.js';
import { matchLevel } from '../match/match-thresholds.js';
import type { MatchCandidate } from '../match/match-types.js';
import { calendarDateInZone, timeZoneForCountry } from '../windows/calendar-date.js';
import { loadContactDirectory, loadPortfolioDirectory, loadRelatedDirectories, type ContactRecord } from './contact-directory.js';
import { personKey } from './person-key.js';

export interface DocumentProcessingResult {
  readonly events: number;
  readonly newEvents: number;
  readonly matches: number;
  readonly alerts: number;
}

const JOINING_CHANGES: ReadonlySet<string> = new Set(['appointed', 'interim', 'nominated']);

const NOTHING: DocumentProcessingResult = { events: 0, newEvents: 0, matches: 0, alerts: 0 };

export async function processDocument(db: Kysely<Database>, documentId: number): Promise<DocumentProcessingResult> {
  const document = await db
    .selectFrom('documents')
    .leftJoin('companies', 'companies.id', 'documents.company_id')
    .select([
      'documents.id',
      'documents.url',
      'documents.title',
      'documents.text',
      'documents.lang',
      'documents.status',
      'documents.source_id',
      'documents.published_at',
      'documents.company_id',
      'companies.name as companyName',
      'companies.country',
      'companies.cik',
      'companies.ticker',
      'companies.sec_code',
      'companies.corporate_number',
    ])
    .where('documents.id', '=', documentId)
    .executeTakeFirst();
  if (!document || document.status !== 'ok') return NOTHING;
  // The announcement's own calendar day: a TDnet notice at 08:30 Tokyo time is that Tokyo day, not the UTC one.
  const zone = timeZoneForCountry(document.country ?? (document.lang === 'ja' ? 'JP' : null));
  const announced = document.published_at ? calendarDateInZone(document.published_at, zone) : null;
  const extraction: ExtractionResult = await extractAnnouncement({
    text: document.text,
    lang: document.lang === 'ja' || document.lang === 'en' ? document.lang : undefined,
    company: document.companyName,
    announced,
  });
  const companyId = document.company_id;
  const directory = companyId !== null ? await loadContactDirectory(db, { companyId }, { people: extraction.events }) : null;
  const related = extraction.events.length > 0 ? await loadRelatedDirectories(db, { issuerId: companyId, documentId }, { people: extraction.events }) : [];
  // Only someone joining can be a tracked contact who changed employer; only then is the whole portfolio searched.
  const joining = extraction.events.some((event) => JOINING_CHANGES.has(event.change));
  const portfolio = joining && document.companyName !== null ? await loadPortfolioDirectory(db) : null;

  return db.transaction().execute(async (trx) => {
    let newEvents = 0;
    let matches = 0;
    let alerts = 0;
    for (const event of extraction.events) {
      const key = personKey(event.person);
      const stored = await storeEvent(trx, { ...event, documentId, companyId, personKey: key, announcedOn: announced });
      if (stored.created) newEvents++;
      if (document.companyName === null) continue;
      const matchable = {
        company: {
          name: document.companyName,
          cik: document.cik,
          ticker: document.ticker,
          secCode: document.sec_code,
          corporateNumber: document.corporate_number,
        },
        person: event.person,
        personReading: event.personReading,
        change: event.change,
        // A job change alerts only with a second clue: the text naming the contact's account (find-matches.ts).
        documentText: document.text,
      };
      const sameCompany = directory ? [...findMatches(directory.index, matchable)] : [];
      // Officers of a subsidiary announced by its parent, or of a co-registrant of the filing: compared with that
      // company's own contacts, as its own company.
      for (const other of related) {
        const why = other.relation === 'subsidiary' ? `announced by ${document.companyName}, parent of ${other.company.name}` : `${other.company.name} is a co-registrant of this filing`;
        const found = findMatches(other.directory.index, { ...matchable, company: other.company, documentText: null })
          .filter((candidate) => candidate.kind === 'same_company')
          .map((candidate) => ({ ...candidate, reasons: [why, ...candidate.reasons] }));
        sameCompany.push(...found);
      }
      const elsewhere = portfolio && JOINING_CHANGES.has(event.change) ? findMatches(portfolio.index, matchable).filter((c) => c.kind === 'job_change') : [];
      for (const candidate of [...sameCompany, ...elsewhere]) {
        const level = matchLevel(candidate.score);
        const contact =
          directory?.records.get(candidate.contactId) ??
          related.find((other) => other.directory.records.has(candidate.contactId))?.directory.records.get(candidate.contactId) ??
          portfolio?.records.get(candidate.contactId);
        if (level === 'none' || !contact) continue;
        const decision = await trx
          .selectFrom('match_decisions')
          .select('decision')
          .where('contact_id', '=', candidate.contactId)
          .where('person_key', '=', key)
          .executeTakeFirst();
        const status = decision?.decision ?? 'new';
        const match = await trx
          .insertInto('contact_matches')
          .values({
            event_id: stored.eventId,
            contact_id: candidate.contactId,
            kind: candidate.kind,
            score: candidate.score,
            reasons: JSON.stringify(candidate.reasons),
            status,
            decided_by: decision ? 'memory' : null,
            decided_at: decision ? new Date() : null,
          })
          .onConflict((c) => c.columns(['event_id', 'contact_id']).doNothing())
          .returning('id')
          .executeTakeFirst();
        if (match) matches++;
        // A pair dismissed once never alerts again; one confirmed once alerts even from review level.
        if (status === 'dismissed' || (level !== 'alert' && status !== 'confirmed')) continue;
        const kind = alertKindFor(event, candidate);
        // The same change is often announced twice (8-K and press release, TDnet and PR TIMES): one warning.
        if (await hasRecentAlertForSameChange(trx, candidate.contactId, kind, event.change)) continue;
        const alertId = await raiseAlert(trx, {
          kind,
          dedupeKey: `${kind}:${stored.eventId}:${candidate.contactId}`,
          eventId: stored.eventId,
          contactId: candidate.contactId,
          recipient: contact.ownerEmail,
          payload: alertPayload(event, candidate, contact, { url: document.url, title: document.title, announced, companyName: document.companyName }),
        });
        if (alertId !== null) alerts++;
      }
    }
    if (companyId !== null) {
      const facts = [
        ['fiscal_year_end', extraction.fiscal.fiscalYearEnd],
        ['earnings_date', extraction.fiscal.earningsDate],
        ['agm_date', extraction.fiscal.agmDate],
      ] as const;
      for (const [kind, value] of facts) {
        if (value) await recordFiscalFact(trx, { companyId, kind, value, sourceId: document.source_id, documentId });
      }
    }
    await trx.updateTable('documents').set({ extracted_at: new Date() }).where('id', '=', documentId).execute();
    return { events: extraction.events.length, newEvents, matches, alerts };
  });
}

const SAME_CHANGE_WINDOW_DAYS = 45;

async function hasRecentAlertForSameChange(db: Transaction<Database>, contactId: string, kind: AlertKind, change: string): Promise<boolean> {
  const since = new Date(Date.now() - SAME_CHANGE_WINDOW_DAYS * 86_400_000);
  const row = await db
    .selectFrom('alerts')
    .innerJoin('officer_events', 'officer_events.id', 'alerts.event_id')
    .select('alerts.id')
    .where('alerts.contact_id', '=', contactId)
    .where('alerts.kind', '=', kind)
    .where('officer_events.change', '=', change)
    .where('alerts.created_at', '>=', since)
    .executeTakeFirst();
  return row !== undefined;
}

function alertKindFor(event: OfficerEvent, candidate: MatchCandidate): AlertKind {
  if (candidate.kind === 'job_change') return 'contact_joined_elsewhere';
  return LEAVING_CHANGES.has(event.change) ? 'contact_leaving' : 'contact_moving';
}

/** Everything a CSM needs to trust the alert in five seconds, frozen at the time it was raised. */
function alertPayload(
  event: OfficerEvent,
  candidate: MatchCandidate,
  contact: ContactRecord,
  document: { readonly url: string; readonly title: string | null; readonly announced: string | null; readonly companyName: string },
): Record<string, unknown> {
  return {
    person: event.person,
    personReading: event.personReading,
    change: event.change,
    roleBefore: event.roleBefore,
    roleAfter: event.roleAfter,
    effective: event.effective,
    evidence: event.evidence,
    confidence: event.confidence,
    documentUrl: document.url,
    documentTitle: document.title,
    announced: document.announced,
    company: document.companyName,
    contact: { id: contact.contactId, name: contact.name, title: contact.title },
    account: { id: contact.accountId, name: contact.accountName, arr: contact.arr, renewalDate: contact.renewalDate },
    match: { score: candidate.score, reasons: candidate.reasons, kind: candidate.kind },
  };
}
