import { describe, expect, it } from 'vitest';
import { findFiscalYearEnd } from './fiscal-facts-extractor.js';

describe('findFiscalYearEnd', () => {
  it.each([
    ['2. 変更の内容\n現在 毎年12月31日\n変更後 毎年3月31日', '03-31'],
    ['連結子会社である架空物流株式会社は、決算日を12月31日から3月31日に変更いたしました。', '03-31'],
    ['当社の事業年度は、毎年7月1日から翌年6月30日までの1年間です。', '06-30'],
    ['決算期\t3月31日', '03-31'],
    ['決算日：2月末日', '02-28'],
    ['3．事業年度末日 毎年9月30日', '09-30'],
    ['決算期（事業年度の末日）を毎年3月31日から毎年12月31日に変更いたします。', '12-31'],
    ['2025年12月期 決算短信〔日本基準〕', '12-31'],
    ['2025年3月期 第2四半期決算短信', '03-31'],
    ['当社にとって、9月30日は2025年度の最終日にあたります。', '09-30'],
    ['11月 | 中旬 | 第2四半期決算日(15日) |\n5月 | 中旬 | 本決算日(15日) |', '05-15'],
  ])('%s → %s', (text, expected) => {
    expect(findFiscalYearEnd(text)).toBe(expected);
  });

  it('does not take a quarter end for the fiscal year end', () => {
    expect(findFiscalYearEnd('第1四半期決算日(15日)')).toBeNull();
    expect(findFiscalYearEnd('新製品を5月23日に発売する。')).toBeNull();
  });
});
