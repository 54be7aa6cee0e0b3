/**
 * Round trip of the Japanese development texts through a real office suite: each text becomes an HTML page,
 * LibreOffice exports it to PDF in a temporary directory (never committed: the texts are third-party), and
 * extractPdfText must give the lines back.
 *
 * Needs `soffice` (Debian: libreoffice-writer-nogui fonts-noto-cjk fonts-ipafont); without it the suite fails.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { foldCjkRadicals } from '../../src/pdf/normalize-pdf-text.js';
import { extractPdfText } from '../../src/pdf/pdf-text.js';
import type { PdfTextResult } from '../../src/pdf/pdf-text.js';

const run = promisify(execFile);
const DEV_SET = fileURLToPath(new URL('../../../shared/eval/ja-dev.jsonl', import.meta.url));
const INSTALL_HINT =
  'apt-get install -y --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk fonts-ipafont';

const docSchema = z.object({ id: z.string(), lang: z.string(), text: z.string() });
type Doc = z.infer<typeof docSchema>;

function loadDocs(): Doc[] {
  if (!existsSync(DEV_SET)) {
    throw new Error(`${DEV_SET} is missing: the shared suite reads ../shared/eval/ beside the project checkout`);
  }
  return readFileSync(DEV_SET, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => docSchema.parse(JSON.parse(l)))
    .filter((d) => d.lang === 'ja');
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function toHtml(doc: Doc): string {
  const paragraphs = sourceLines(doc).map((l) => `<p>${escapeHtml(l)}</p>`);
  return [
    '<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8">',
    '<style>body { font-family: "IPAMincho"; font-size: 10.5pt; }</style></head><body>',
    ...paragraphs,
    '</body></html>',
  ].join('\n');
}

const sourceLines = (doc: Doc): string[] =>
  doc.text
    .split('\n')
    .map((l) => l.replace(/\t/g, ' ').trim())
    .filter((l) => l !== '');

/** What the comparison ignores: width forms (NFKC), radicals, and every kind of space. */
const compact = (s: string): string => foldCjkRadicals(s).normalize('NFKC').replace(/\s+/gu, '');

/** Lines this short fit on one PDF line, so they must come back as a line of their own. */
const ONE_LINE_CHARS = 20;

let workDir = '';
const docs = loadDocs();
const results = new Map<string, PdfTextResult>();

beforeAll(async () => {
  try {
    await run('soffice', ['--version'], { timeout: 60_000 });
  } catch (error) {
    throw new Error(`LibreOffice (soffice) is needed for the PDF round trip: ${INSTALL_HINT} (${String(error)})`);
  }
  workDir = await mkdtemp(join(tmpdir(), 'execradar-pdf-roundtrip-'));
  const htmlFiles: string[] = [];
  for (const doc of docs) {
    const file = join(workDir, `${doc.id}.html`);
    await writeFile(file, toHtml(doc));
    htmlFiles.push(file);
  }
  await run(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(workDir, 'lo-profile')).href}`,
      '--headless',
      '--infilter=HTML (StarWriter)',
      '--convert-to',
      'pdf:writer_pdf_Export',
      '--outdir',
      workDir,
      ...htmlFiles,
    ],
    { timeout: 240_000 },
  );
  for (const doc of docs) {
    const bytes = new Uint8Array(await readFile(join(workDir, `${doc.id}.pdf`)));
    results.set(doc.id, await extractPdfText(bytes));
  }
}, 300_000);

afterAll(async () => {
  if (workDir !== '') await rm(workDir, { recursive: true, force: true });
});

describe('PDF round trip of the Japanese development texts (LibreOffice → pdf.js)', () => {
  it('has Japanese texts to convert', () => {
    expect(docs.length).toBeGreaterThanOrEqual(5);
  });

  it.each(docs.map((d) => [d.id, d] as const))('%s: every line comes back, short lines as lines', (_id, doc) => {
    const result = results.get(doc.id);
    if (result?.kind !== 'ok') throw new Error(`extraction failed: ${JSON.stringify(result)}`);
    const text = compact(result.text);
    const missing = sourceLines(doc).filter((l) => !text.includes(compact(l)));
    expect(missing).toEqual([]);
    const outputLines = new Set(result.text.split('\n').map(compact));
    const shortLines = sourceLines(doc).filter((l) => l.length <= ONE_LINE_CHARS);
    expect(shortLines.filter((l) => !outputLines.has(compact(l)))).toEqual([]);
  });
});
