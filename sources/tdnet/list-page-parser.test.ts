import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/crawl/decode-body.js';
import { parseTdnetListPage } from './list-page-parser.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'sources', 'tdnet');
const BASE = 'https://www.release.tdnet.info/inbs/';
const read = (name: string) => decodeBody(readFileSync(join(fixtures, name)), 'text/html').text;

describe('parseTdnetListPage', () => {
  it('reads the hundred rows of a full page and the pager of the day', () => {
    const page = parseTdnetListPage(read('I_list_001_20260514.html'), `${BASE}I_list_001_20260514.html`);
    expect(page.isListPage).toBe(true);
    expect(page.rows).toHaveLength(100);
    expect(page.pageNumbers).toEqual([2]);
    const hokushin = page.rows.find((row) => row.code === '3Z8B0' && row.title.startsWith('役員人事'));
    expect(hokushin).toEqual({
      time: '15:20',
      code: '3Z8B0',
      companyName: '北辰ＨＤ',
      title: '役員人事に関するお知らせ',
      pdfUrl: `${BASE}140120260514500101.pdf`,
      xbrlUrl: null,
      place: '東',
      history: '',
    });
    const withXbrl = page.rows.find((row) => row.title.includes('決算短信') && row.code === '3Z8B0');
    expect(withXbrl?.xbrlUrl).toBe(`${BASE}081220260514500102.zip`);
  });

  it('is not thrown by reordered classes and whitespace inside cells', () => {
    const page = parseTdnetListPage(read('I_list_002_20260514.html'), `${BASE}I_list_002_20260514.html`);
    expect(page.rows).toHaveLength(24);
    expect(page.pageNumbers).toEqual([1]);
    const minato = page.rows.find((row) => row.code === '7Z9A0');
    expect(minato).toMatchObject({ companyName: 'ミナト精機', title: '代表取締役の異動に関するお知らせ', pdfUrl: `${BASE}140120260514500201.pdf` });
    expect(minato?.time).toMatch(/^\d{2}:\d{2}$/u);
  });

  it('reads a Shift_JIS page once decoded (CP932 extension characters included)', () => {
    const page = parseTdnetListPage(read('I_list_001_20260513.html'), `${BASE}I_list_001_20260513.html`);
    expect(page.rows.map((row) => row.companyName)).toContain('㈱はるかぜ製作所');
    expect(page.rows[0]).toMatchObject({ code: '6Z5C0', title: '2026年3月期 決算発表予定日に関するお知らせ', time: '15:30' });
    expect(page.pageNumbers).toEqual([]);
  });

  it('tells an empty day from a page that is not a list', () => {
    const empty = parseTdnetListPage(read('I_list_001_20260512.html'), `${BASE}I_list_001_20260512.html`);
    expect(empty).toEqual({ isListPage: true, rows: [], pageNumbers: [] });
    const other = parseTdnetListPage('<html><body><h1>メンテナンス中</h1></body></html>', `${BASE}I_list_001_20260512.html`);
    expect(other.isListPage).toBe(false);
  });

  it('ignores pager links of other days and rows without a code', () => {
    const html = `<div onclick="pagerLink('I_list_003_20260101.html')"></div><a href="I_list_002_20260514.html">2</a>
      <table id="main-list-table"><tr><th class="kjTime">時刻</th><th class="kjCode">コード</th></tr>
      <tr><td class="kjTitle kjX">x</td></tr></table>`;
    const page = parseTdnetListPage(html, `${BASE}I_list_001_20260514.html`);
    expect(page.pageNumbers).toEqual([2]);
    expect(page.rows).toEqual([]);
  });
});
