import { describe, expect, it } from 'vitest';
import { layoutPage } from './page-layout.js';
import type { TextRun } from './text-run.js';

// Synthetic pages in the shapes other producers write (Word, Chromium): the geometry is what matters here.
const SIZE = 10;
let order = 0;
function run(text: string, x: number, y: number, width = text.length * SIZE): TextRun {
  return { text, x, y, width, size: SIZE, order: order++ };
}

describe('layoutPage tables', () => {
  it('rebuilds rows from stream order when wrapped cells scatter the visual lines', () => {
    order = 0;
    const runs = [
      run('新役職', 90, 700), run('旧役職', 260, 700), run('氏名', 430, 700),
      // Row 1: the first cell wraps over two lines, the name is centred vertically between them.
      run('取締役専務執行役員', 52, 680), run('営業本部長', 52, 668),
      run('常務執行役員', 222, 680),
      run('髙橋 健太', 392, 674),
      // Row 2: one line.
      run('取締役', 52, 650), run('執行役員', 222, 650), run('佐々木 蒼', 392, 650),
      run('(注)記載の役職は就任予定日現在のものです。', 40, 620),
    ];
    expect(layoutPage(runs).text.split('\n')).toEqual([
      '新役職\t旧役職\t氏名',
      '取締役専務執行役員 営業本部長\t常務執行役員\t髙橋 健太',
      '取締役\t執行役員\t佐々木 蒼',
      '(注)記載の役職は就任予定日現在のものです。',
    ]);
  });

  it('joins a cell line wrapped because it was full without a space, and keeps empty cells', () => {
    order = 0;
    const runs = [
      run('氏名', 70, 700), run('新役職', 200, 700), run('旧役職', 380, 700),
      run('西園寺 玲', 52, 680),
      // Fills its cell up to the next column (whose cells start at 342) and wraps.
      run('執行役員経営企画部長兼サステ', 182, 680, 145), run('ナビリティ推進室長', 182, 668),
      run('大河内 湊', 52, 650), run('社外取締役', 182, 650), run('取締役', 342, 650),
      // No old role: the third cell stays empty.
      run('早乙女 渚', 52, 630), run('執行役員', 182, 630),
    ];
    expect(layoutPage(runs).text.split('\n')).toEqual([
      '氏名\t新役職\t旧役職',
      '西園寺 玲\t執行役員経営企画部長兼サステナビリティ推進室長\t',
      '大河内 湊\t社外取締役\t取締役',
      '早乙女 渚\t執行役員\t',
    ]);
  });

  it('recognises a spaced-out header (氏　　名) and puts a glyph from a fallback font back in place', () => {
    order = 0;
    const runs = [
      run('氏', 60, 700), run('名', 90, 700), run('新', 230, 700), run('旧', 400, 700),
      // 𠮷 comes from another font and is written after the rest of its cell.
      run('田 大地', 62, 680, 60), run('𠮷', 52, 680), run('代表取締役社長', 182, 680), run('取締役副社長', 352, 680),
    ];
    expect(layoutPage(runs).text.split('\n')).toEqual(['氏名\t新\t旧', '𠮷田 大地\t代表取締役社長\t取締役副社長']);
  });

  it('ends a table at a numbered heading even when it fits in the first column', () => {
    order = 0;
    const runs = [
      run('新役職', 90, 700), run('氏名', 300, 700),
      run('監査役', 52, 680), run('小鳥遊 凛', 262, 680),
      run('(2)退任予定監査役', 40, 660),
      run('新役職', 90, 640), run('氏名', 300, 640),
      run('顧問', 52, 620), run('一ノ瀬 隼', 262, 620),
    ];
    expect(layoutPage(runs).text.split('\n')).toEqual([
      '新役職\t氏名',
      '監査役\t小鳥遊 凛',
      '(2)退任予定監査役',
      '新役職\t氏名',
      '顧問\t一ノ瀬 隼',
    ]);
  });
});

describe('layoutPage text', () => {
  it('joins full paragraph lines, keeps short lines, list items and right-aligned blocks apart', () => {
    order = 0;
    const runs = [
      run('2026年5月1日', 440, 800),
      run('会社名 株式会社架空商事', 380, 785),
      run('当社は本日開催の取締役会において、下記のとおり代表取締役の異動を決議いたしましたのでお知らせ', 40, 760, 500),
      run('いたします。', 40, 748),
      run('1.異動の内容', 40, 730),
      run('代表取締役社長 ジョン・スミス', 40, 715, 150), run('(John Smith)', 195, 715, 60),
    ];
    expect(layoutPage(runs).text.split('\n')).toEqual([
      '2026年5月1日',
      '会社名 株式会社架空商事',
      '当社は本日開催の取締役会において、下記のとおり代表取締役の異動を決議いたしましたのでお知らせいたします。',
      '1.異動の内容',
      '代表取締役社長 ジョン・スミス (John Smith)',
    ]);
  });

  it('separates a label from its value by a tab when they are far apart', () => {
    order = 0;
    const runs = [run('決算発表予定日', 60, 700), run('2026年5月13日', 260, 700), run('決算期', 60, 685), run('3月31日', 260, 685)];
    expect(layoutPage(runs).text.split('\n')).toEqual(['決算発表予定日\t2026年5月13日', '決算期\t3月31日']);
  });
});

describe('layoutPage tables over a page break', () => {
  it('leaves a table open past a page number and continues it on the next page without a header', () => {
    order = 0;
    const page1 = layoutPage([
      run('氏名', 70, 700), run('新役職', 230, 700),
      run('綾瀬 晴', 52, 680), run('執行役員', 212, 680),
      run('- 1 -', 280, 40),
    ]);
    expect(page1.openTable).not.toBeNull();
    order = 0;
    const page2 = layoutPage(
      [run('琴平 陸', 52, 780), run('常務執行役員', 212, 780), run('以上', 500, 740)],
      page1.openTable,
    );
    expect(page2.continuesTable).toBe(true);
    expect(page2.text.split('\n')).toEqual(['琴平 陸\t常務執行役員', '以上']);
  });

  it('does not take a paragraph at the top of the next page for a row', () => {
    order = 0;
    const page1 = layoutPage([run('氏名', 70, 700), run('新役職', 230, 700), run('綾瀬 晴', 52, 680), run('執行役員', 212, 680)]);
    order = 0;
    const page2 = layoutPage([run('なお、上記の異動は定時株主総会の承認を条件とします。', 40, 780)], page1.openTable);
    expect(page2.continuesTable).toBe(false);
    expect(page2.text).toBe('なお、上記の異動は定時株主総会の承認を条件とします。');
  });
});
