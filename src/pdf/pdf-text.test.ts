import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPdfText } from './pdf-text.js';
import type { PdfTextResult } from './pdf-text.js';

// Fixtures: fictional TDnet-style notices exported by LibreOffice (scripts/make-test-pdfs.sh).
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/pdf/${name}`, import.meta.url)));

function okText(result: PdfTextResult): string {
  if (result.kind !== 'ok') throw new Error(`expected text, got failed: ${result.reason}`);
  return result.text;
}

const lines = (text: string): string[] => text.split('\n');

// The same notices from other producers: Chromium with IPA fonts (CID TrueType, Identity-H, as Word writes them) and
// Chromium with Noto CJK (Type 3 fonts whose text maps 長/月/人 to CJK radical code points).
const REPRESENTATIVE_CHANGE = ['representative-director-change.pdf', 'chromium-ipa-representative-director-change.pdf'];
const OFFICER_APPOINTMENTS = ['officer-appointments.pdf', 'chromium-noto-officer-appointments.pdf'];

describe('extractPdfText on TDnet-style notices from LibreOffice and Chromium', () => {
  it.each(REPRESENTATIVE_CHANGE)('%s: 代表取締役の異動 heading, dates, old-form kanji, reading, table rows', async (name) => {
    const result = await extractPdfText(fixture(name));
    const text = okText(result);
    expect(result).toMatchObject({ pages: 1, truncated: false });
    expect(lines(text)).toContain('代表取締役の異動に関するお知らせ');
    expect(lines(text)).toContain('2026年5月14日');
    // 髙 and 﨑 are kept as written, never folded to 高 / 崎.
    expect(text).toContain('髙橋 健太(たかはし けんた)');
    expect(text).toContain('代表取締役社長 山﨑 正道');
    expect(text).not.toContain('高橋');
    // Table rows in the header's cell order, wrapped cells joined, cells separated by a tab.
    expect(lines(text)).toContain('氏名\t新役職\t旧役職');
    expect(lines(text)).toContain('髙橋 健太\t代表取締役社長 社長執行役員\t取締役常務執行役員 生産本部長');
    // A reading on its own line inside the name cell stays with the name.
    expect(lines(text)).toContain('山﨑 正道 (やまざき まさみち)\t取締役会長\t代表取締役社長 社長執行役員');
    expect(lines(text)).toContain('2026年6月25日(第78回定時株主総会終結の時をもって)');
  });

  it.each(REPRESENTATIVE_CHANGE)('%s: joins a paragraph wrapped over three lines into one line', async (name) => {
    const text = okText(await extractPdfText(fixture(name)));
    const paragraph = lines(text).find((l) => l.startsWith('当社は、'));
    expect(paragraph).toBe(
      '当社は、2026年5月14日開催の取締役会において、下記のとおり代表取締役の異動について内定いたしましたので、' +
        'お知らせいたします。なお、本異動は2026年6月25日開催予定の第78回定時株主総会及びその後の取締役会において' +
        '正式に決定する予定です。',
    );
  });

  it.each(OFFICER_APPOINTMENTS)('%s: 役員人事 with several tables, a wrapped cell, 𠮷 and 和暦 dates', async (name) => {
    const result = await extractPdfText(fixture(name));
    const text = okText(result);
    expect(result).toMatchObject({ pages: 2, truncated: false });
    expect(lines(text)).toContain('役員人事に関するお知らせ');
    expect(lines(text)).toContain('令和8年5月20日');
    expect(text).toContain('令和8年6月26日開催予定の第41回定時株主総会において');
    const rows = lines(text).filter((l) => l.includes('\t'));
    expect(rows.filter((r) => r === '新役職\t旧役職\t氏名')).toHaveLength(3);
    expect(rows).toContain(
      '取締役常務執行役員 経営企画本部長 兼 サステナビリティ推進室長\t常務執行役員 経営企画本部長\t𠮷田 さくら',
    );
    expect(rows).toContain('社外取締役\t―\tアンナ・ベルク');
    expect(rows).toContain('顧問\t取締役副社長執行役員\t德永 修一');
    expect(rows).toContain('常務執行役員CFO 財務本部長\t執行役員 財務部長\t桑原 直樹');
    expect(rows).toContain('執行役員DX推進部長\tDX推進部長\t髙木 ひかり');
    // Section headings after a table are not swallowed by it.
    expect(lines(text)).toContain('(2)退任予定取締役');
    expect(lines(text)).toContain('2.執行役員の異動(2026年4月1日付)');
    expect(text).toContain('𠮷田 さくら(よしだ さくら)');
  });

  it('folds the radical code points of Chromium/Noto output back to ideographs', async () => {
    const bytes = fixture('chromium-noto-officer-appointments.pdf');
    // The fixture really has the quirk: pdf.js's own text carries ⻑ (U+2ED1) for 長.
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    const raw = (await (await doc.getPage(1)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    await doc.destroy();
    expect(raw).toContain('\u2ed1');
    const text = okText(await extractPdfText(bytes));
    expect(text).not.toMatch(/[\u2e80-\u2fdf]/u);
    expect(text).toContain('代表取締役社長 渡邊 大地');
  });

  it('decodes Shift_JIS text in a non-embedded MS-Mincho through the Adobe-Japan1 CMaps', async () => {
    const text = okText(await extractPdfText(fixture('cid-nonembedded-90ms-rksj.pdf')));
    expect(lines(text)).toEqual([
      '代表取締役の異動に関するお知らせ',
      '当社は、2026年5月14日開催の取締役会において、代表取締役の異動を決議いたしました。',
      '新任代表取締役社長 大鳥居 悠真(おおとりい ゆうま)',
    ]);
  });

  it('reads a 決算発表予定日 notice', async () => {
    const text = okText(await extractPdfText(fixture('earnings-date.pdf')));
    expect(lines(text)).toContain('2026年3月期 決算発表予定日に関するお知らせ');
    // TDnet's (役職名)/(氏名) cover block is not mistaken for an officer table.
    expect(lines(text)).toContain('代表者名 (役職名)代表取締役社長 (氏名)栗林 誠');
    expect(lines(text)).toContain('決算発表予定日\t2026年5月13日(水)15時00分');
    expect(lines(text)).toContain('定時株主総会開催予定日\t2026年6月24日(水)');
    expect(text).toContain('2026年3月期(2025年4月1日~2026年3月31日)');
  });

  it('keeps a 40-row table that runs onto a second page as one block of rows, in the HTML source’s order', async () => {
    const html = readFileSync(new URL('../../test/fixtures/pdf/src/executive-officers.html', import.meta.url), 'utf8');
    const expected = [...html.matchAll(/<tr><td>(.*?)<\/td><td>(.*?)<\/td><td>(.*?)<\/td><\/tr>/gu)].map((m) =>
      m.slice(1).map((cell) => cell.replace(/<br>/gu, ' ')).join('\t'),
    );
    expect(expected).toHaveLength(40);
    const result = await extractPdfText(fixture('executive-officers.pdf'));
    const all = lines(okText(result));
    expect(result).toMatchObject({ pages: 2 });
    const header = all.indexOf('新役職\t旧役職\t氏名');
    expect(all.slice(header + 1, header + 41)).toEqual(expected);
    expect(all[header + 41]).toBe('2.その他');
    expect(all.filter((l) => l === '新役職\t旧役職\t氏名')).toHaveLength(1);
  });

  it('stops at maxPages and says the text is truncated', async () => {
    const result = await extractPdfText(fixture('officer-appointments.pdf'), { maxPages: 1 });
    const text = okText(result);
    expect(result).toMatchObject({ pages: 1, truncated: true });
    expect(text).toContain('役員人事に関するお知らせ');
    expect(text).not.toContain('新任取締役候補の略歴');
  });

  it('leaves the caller’s bytes intact (pdf.js empties the buffer it is given)', async () => {
    const bytes = fixture('earnings-date.pdf');
    const before = bytes.byteLength;
    await extractPdfText(bytes);
    expect(bytes.byteLength).toBe(before);
    expect(okText(await extractPdfText(bytes))).toContain('決算発表予定日');
  });
});

describe('extractPdfText failures are values, not exceptions', () => {
  it('reports a PDF that needs a user password as encrypted', async () => {
    expect(await extractPdfText(fixture('encrypted-user.pdf'))).toEqual({ kind: 'failed', reason: 'encrypted' });
  });

  it('opens a PDF with only an owner password', async () => {
    const text = okText(await extractPdfText(fixture('encrypted-owner.pdf')));
    expect(lines(text)).toContain('代表取締役の異動に関するお知らせ');
  });

  it('reports a truncated PDF and a non-PDF as invalid', async () => {
    const truncated = await extractPdfText(fixture('truncated.pdf'));
    expect(truncated.kind).toBe('failed');
    expect(truncated.kind === 'failed' && truncated.reason).toMatch(/^invalid: /);
    const html = await extractPdfText(new TextEncoder().encode('<html><body>not a pdf</body></html>'));
    expect(html.kind === 'failed' && html.reason).toMatch(/^invalid: /);
  });

  // Page images of our own notices placed by LibreOffice (test/fixtures/sources/tdnet/make-scanned-pdfs.sh).
  it.each([
    ['scanned-officer-appointments.pdf', '(letters and digits: 0 on 1 page)'],
    ['scanned-representative-director-change.pdf', '(letters and digits: 1 on 1 page)'], // only the typed "- 1 -"
  ])('fails a scanned PDF (%s) as having no text layer instead of returning empty text', async (name, detail) => {
    const bytes = new Uint8Array(readFileSync(new URL(`../../test/fixtures/sources/tdnet/${name}`, import.meta.url)));
    expect(await extractPdfText(bytes)).toEqual({ kind: 'failed', reason: `no-text: no text layer: scanned PDF? ${detail}` });
  });

  it('keeps a short notice with a text layer, and the per-page minimum is an option', async () => {
    const bytes = fixture('earnings-date.pdf');
    expect((await extractPdfText(bytes)).kind).toBe('ok');
    const strict = await extractPdfText(bytes, { minCharsPerPage: 100_000 });
    expect(strict.kind === 'failed' && strict.reason).toMatch(/^no-text: no text layer: scanned PDF\? \(letters and digits: \d+ on 1 page\)$/u);
  });

  it('refuses empty and oversized input before parsing', async () => {
    expect(await extractPdfText(new Uint8Array())).toEqual({ kind: 'failed', reason: 'empty' });
    const bytes = fixture('earnings-date.pdf');
    const result = await extractPdfText(bytes, { maxBytes: 1000 });
    expect(result).toEqual({ kind: 'failed', reason: `too-large: ${bytes.byteLength} bytes > 1000` });
  });
});
