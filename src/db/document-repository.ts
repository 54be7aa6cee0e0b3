/**
 * Stores fetched documents so that a re-crawl never duplicates one: the URL is the identity, the
 * content hash detects change, and the same content at another URL is recognised as already stored.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { NewDocument, StoredDocumentRef } from '../../sources/source-definition.js';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Large enough for a long 8-K or a 30-page notice; past this the text is cut, not refused. */
export const MAX_DOCUMENT_CHARS = 400_000;

export function documentContentHash(text: string): string {
  return createHash('sha256').update(text.replace(/\s+/gu, ' ').trim()).digest('hex');
}

export async function storeDocument(db: Db, sourceId: string, document: NewDocument): Promise<StoredDocumentRef> {
  const text = document.text.length > MAX_DOCUMENT_CHARS ? document.text.slice(0, MAX_DOCUMENT_CHARS) : document.text;
  const contentHash = documentContentHash(text);
  const sameContent = await db.selectFrom('documents').select(['id', 'url']).where('content_hash', '=', contentHash).executeTakeFirst();
  if (sameContent) return { documentId: sameContent.id, created: false };
  const sameUrl = await db.selectFrom('documents').select('id').where('url', '=', document.url).executeTakeFirst();
  const title = document.title ? document.title.slice(0, 1000) : null;
  // An `ok` document's error column holds its warning (text read, but perhaps not all of it).
  const error = document.warning ?? null;
  if (sameUrl) {
    // The page changed: keep one row per URL, with the new text, and have it extracted again.
    await db
      .updateTable('documents')
      .set({ text, title, content_hash: contentHash, fetched_at: new Date(), extracted_at: null, status: 'ok', error })
      .where('id', '=', sameUrl.id)
      .execute();
    return { documentId: sameUrl.id, created: true };
  }
  return insertDocumentRow(db, sourceId, document, { title, text, contentHash, status: 'ok', error });
}

/**
 * Records a document that could not be read (broken or scanned PDF, encrypted or oversized file) with the reason.
 * It has no text, so its content hash is taken over its URL: two unreadable documents never collide on the
 * unique content hash (as two empty texts would), and each is recorded with its external id, so neither is
 * downloaded again.
 */
export async function storeFailedDocument(db: Db, sourceId: string, document: Omit<NewDocument, 'text'>, reason: string): Promise<StoredDocumentRef> {
  const contentHash = documentContentHash(`failed:${document.url}`);
  return insertDocumentRow(db, sourceId, document, { title: document.title, text: '', contentHash, status: 'failed', error: reason });
}

async function insertDocumentRow(
  db: Db,
  sourceId: string,
  document: Omit<NewDocument, 'text'>,
  body: { readonly title: string | null; readonly text: string; readonly contentHash: string; readonly status: 'ok' | 'failed'; readonly error: string | null },
): Promise<StoredDocumentRef> {
  const inserted = await db
    .insertInto('documents')
    .values({
      source_id: sourceId,
      url: document.url,
      external_id: document.externalId ?? null,
      company_id: document.companyId,
      published_at: document.publishedAt ?? null,
      title: body.title,
      text: body.text,
      lang: document.lang,
      content_hash: body.contentHash,
      status: body.status,
      error: body.error,
      extracted_at: null,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { documentId: inserted.id, created: true };
  // Already stored (a re-crawl, or another worker won the race): use that row.
  const existing = await db.selectFrom('documents').select('id').where('url', '=', document.url).executeTakeFirst();
  if (existing) return { documentId: existing.id, created: false };
  const sameContent = await db.selectFrom('documents').select('id').where('content_hash', '=', body.contentHash).executeTakeFirstOrThrow();
  return { documentId: sameContent.id, created: false };
}

export async function hasDocumentWithExternalId(db: Db, sourceId: string, externalId: string): Promise<boolean> {
  const row = await db
    .selectFrom('documents')
    .select('id')
    .where('source_id', '=', sourceId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Records that the document this source stored under `externalId` also concerns `companyId` (a co-registrant
 * of a multi-party filing). Returns the document id when the link is new, null when there is no such document,
 * the company is its issuer, or the link was made before.
 */
export async function linkDocumentCompany(db: Db, sourceId: string, externalId: string, companyId: number): Promise<number | null> {
  const document = await db
    .selectFrom('documents')
    .select(['id', 'company_id'])
    .where('source_id', '=', sourceId)
    .where('external_id', '=', externalId)
    .orderBy('id')
    .executeTakeFirst();
  if (!document || document.company_id === companyId) return null;
  const inserted = await db
    .insertInto('document_companies')
    .values({ document_id: document.id, company_id: companyId })
    .onConflict((c) => c.columns(['document_id', 'company_id']).doNothing())
    .returning('document_id')
    .executeTakeFirst();
  return inserted ? document.id : null;
}
