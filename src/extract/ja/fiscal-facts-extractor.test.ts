import { describe, expect, it } from 'vitest';
import { findFiscalYearEnd } from './fiscal-facts-extractor.js';

describe('findFiscalYearEnd', () => {
  it.each([
    ['決算期変更の内容\n現在 毎年9月20日\n変更後 毎年6月30日', '06-30'],
    ['子会社の決算日を3月31日から当社の連結決算日と同じ4月30日に変更しました。', '04-30'],
    ['当社の事業年度は、毎年4月1日から翌年3月31日までとしております。', '03-31'],
    ['決算期\t3月31日', '03-31'],
    ['決算日：2月末日', '02-28'],
    ['2025年12月期 決算短信〔日本基準〕', '12-31'],
    ['2025年3月期 第2四半期決算短信', '03-31'],
    ['明日3月31日は2024年度の最終日です。', '03-31'],
    ['8月 | 下旬 | 第2四半期決算日(20日) |\n2月 | 下旬 | 本決算日(20日) |', '02-20'],
  ])('%s → %s', (text, expected) => {
    expect(findFiscalYearEnd(text)).toBe(expected);
  });

  it('does not take a quarter end for the fiscal year end', () => {
    expect(findFiscalYearEnd('第1四半期決算日(20日)')).toBeNull();
    expect(findFiscalYearEnd('新製品を5月23日に発売する。')).toBeNull();
  });
});
