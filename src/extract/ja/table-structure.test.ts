import { describe, expect, it } from 'vitest';
import { mapText } from './mapped-text.js';
import { endsTable, linesOf, readHeader, tokensOf } from './table-structure.js';

// The extractor reads folded text (NFKC: full-width digits and spaces become ASCII).
const folded = (text: string): string => mapText(text).text;

describe('readHeader', () => {
  it.each([
    ['氏名 新役職 旧役職', ['name', 'new', 'old']],
    ['新役職　　氏　名　　現役職', ['new', 'name', 'old']],
    ['氏名\t新担当\t旧担当', ['name', 'new', 'old']],
    ['氏名 役職（新） 役職（旧）', ['name', 'new', 'old']],
    ['氏名 現役職 退任後の役職', ['name', 'old', 'new']],
    ['氏名 生年月日 新役職', ['name', 'other', 'new']],
  ])('%s', (line, columns) => {
    expect(readHeader(linesOf(folded(line)), 0)?.columns).toEqual(columns);
  });

  it('reads a stacked header whose 氏名 cell is broken over two lines', () => {
    const header = readHeader(linesOf(folded('新役職\n氏\n名\n現役職\n専務執行役員\n久我 遼')), 0);
    expect(header).toEqual({ columns: ['new', 'name', 'old'], lines: 4 });
  });

  it('reads a header written one cell per line', () => {
    expect(readHeader(linesOf('新役職\n氏名\n現役職\n取締役'), 0)).toEqual({ columns: ['new', 'name', 'old'], lines: 3 });
  });

  it('ignores tables that say nothing about a change (役職 氏名 略歴)', () => {
    expect(readHeader(linesOf('役職名 氏名 生年月日 略歴'), 0)).toBeNull();
  });
});

describe('endsTable', () => {
  it('ends at a numbered heading, 以上, a note or a paragraph', () => {
    const lines = linesOf(folded('山田 太郎 社長 専務\n３．異動予定日\n以上\n（注）社外取締役です\n当社は、本日開催の取締役会において、下記のとおり決議いたしましたので、お知らせいたします。'));
    expect([0, 1, 2, 3, 4].map((k) => endsTable(lines, k))).toEqual([false, true, true, true, true]);
  });
});

describe('tokensOf', () => {
  it('keeps a reading apart from the name and glues notes and 兼 to their cell', () => {
    const [line] = linesOf(folded('田中 誠（たなか まこと） 取締役 兼 CFO 執行役員(営業担当)'));
    const tokens = line ? tokensOf(line, 0).map((t) => t.text) : [];
    expect(tokens).toEqual(['田中', '誠', '(たなか まこと)', '取締役 兼 CFO', '執行役員(営業担当)']);
  });
});

describe('tokensOf with a foreign name', () => {
  it('keeps the Latin spelling after a katakana name apart, but glues a Latin note to a title', () => {
    const [line] = linesOf(folded('マリア・ゴンザレス（Maria Gonzalez） 社外取締役 執行役員(Chief Data Officer)'));
    const tokens = line ? tokensOf(line, 0).map((t) => t.text) : [];
    expect(tokens).toEqual(['マリア・ゴンザレス', '(Maria Gonzalez)', '社外取締役', '執行役員(Chief Data Officer)']);
  });
});
