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
  if (sameUrl) {
    // The page changed: keep one row per URL, with the new text, and have it extracted again.
    await db
      .updateTable('documents')
      .set({ text, title, content_hash: contentHash, fetched_at: new Date(), extracted_at: null, status: 'ok', error: null })
      .where('id', '=', sameUrl.id)
      .execute();
    return { documentId: sameUrl.id, created: true };
  }
  const inserted = await db
    .insertInto('documents')
    .values({
      source_id: sourceId,
      url: document.url,
      external_id: document.externalId ?? null,
      company_id: document.companyId,
      published_at: document.publishedAt ?? null,
      title,
      text,
      lang: document.lang,
      content_hash: contentHash,
      error: null,
      extracted_at: null,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { documentId: inserted.id, created: true };
  // Lost a race with another worker storing the same document: use its row.
  const winner = await db.selectFrom('documents').select('id').where('url', '=', document.url).executeTakeFirstOrThrow();
  return { documentId: winner.id, created: false };
}

/** Records a document that could not be read (broken PDF, encrypted file) with the reason. */
export async function storeFailedDocument(db: Db, sourceId: string, document: Omit<NewDocument, 'text'>, reason: string): Promise<StoredDocumentRef> {
  const contentHash = documentContentHash(`failed:${document.url}`);
  const inserted = await db
    .insertInto('documents')
    .values({
      source_id: sourceId,
      url: document.url,
      external_id: document.externalId ?? null,
      company_id: document.companyId,
      published_at: document.publishedAt ?? null,
      title: document.title,
      text: '',
      lang: document.lang,
      content_hash: contentHash,
      status: 'failed',
      error: reason,
      extracted_at: null,
    })
    .onConflict((conflict) => conflict.doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { documentId: inserted.id, created: true };
  const existing = await db.selectFrom('documents').select('id').where('url', '=', document.url).executeTakeFirstOrThrow();
  return { documentId: existing.id, created: false };
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
