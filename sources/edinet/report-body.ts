/**
 * The text of a filed report from its document package (`documents/{docID}?type=1`): a ZIP whose
 * `XBRL/PublicDoc/` folder holds the report as inline-XBRL pages — `0000000_header_…` (the cover) and
 * `0101010_honbun_…` (the body) — named so that sorting them gives the reading order. EDINET answers a
 * missing document with a JSON body instead of a ZIP (HTTP 200); that is returned as a reason, not text.
 */
import { htmlToText } from '../../src/extract/html-text.js';
import { parseDocumentListBody } from './document-list-schema.js';
import { looksLikeZip, readZipFiles, ZipFormatError } from './zip-reader.js';

export type ReportBody =
  | { readonly kind: 'text'; readonly text: string; readonly pages: readonly string[] }
  | { readonly kind: 'unavailable'; readonly reason: string };

const PUBLIC_PAGE = /^(?:.*\/)?XBRL\/PublicDoc\/[^/]+\.(?:x?html?)$/iu;

/** Upper bound on the uncompressed size of one page: a 臨時報告書 page is a few tens of kilobytes. */
const MAX_PAGE_BYTES = 8 * 1024 * 1024;

export function reportBodyFromPackage(bytes: Uint8Array): ReportBody {
  if (!looksLikeZip(bytes)) {
    const head = Buffer.from(bytes.subarray(0, 2000)).toString('utf8');
    const error = parseDocumentListBody(head.trimStart().startsWith('{') ? Buffer.from(bytes).toString('utf8') : head);
    if (error.kind === 'api_error' || error.kind === 'auth_error') return { kind: 'unavailable', reason: `EDINET answered status ${error.status} (${error.message}) instead of a ZIP` };
    return { kind: 'unavailable', reason: `not a ZIP package; the body starts ${JSON.stringify(head.slice(0, 40))}` };
  }
  let files: Array<{ readonly name: string; readonly content: Buffer }>;
  try {
    files = readZipFiles(bytes, { filter: (name) => PUBLIC_PAGE.test(name), maxEntryBytes: MAX_PAGE_BYTES });
  } catch (error) {
    if (error instanceof ZipFormatError) return { kind: 'unavailable', reason: `unreadable ZIP package: ${error.message}` };
    throw error;
  }
  if (files.length === 0) return { kind: 'unavailable', reason: 'the package has no XBRL/PublicDoc pages' };
  const pages = files
    .sort((a, b) => baseName(a.name).localeCompare(baseName(b.name)))
    .map((file) => htmlToText(file.content.toString('utf8')).trim())
    .filter(Boolean);
  if (pages.length === 0) return { kind: 'unavailable', reason: 'the package pages hold no text' };
  return { kind: 'text', text: pages.join('\n\n'), pages: files.map((file) => baseName(file.name)) };
}

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
