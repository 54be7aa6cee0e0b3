import { describe, expect, it } from 'vitest';
import { foldCjkRadicals, normalizePdfRun, undoCjkAutospace } from './normalize-pdf-text.js';

describe('foldCjkRadicals', () => {
  it('maps radical code points that Noto-based producers emit back to ideographs', () => {
    // ⻑ U+2ED1 (radicals supplement, which NFKC leaves alone), ⽉ U+2F49 and ⽒ U+2F52 (Kangxi radicals).
    expect(foldCjkRadicals('代表取締役社\u2ed1')).toBe('代表取締役社長');
    expect(foldCjkRadicals('2026年4\u2f491日')).toBe('2026年4月1日');
    expect(foldCjkRadicals('\u2f52名')).toBe('氏名');
  });

  it('keeps radicals without an equivalent ideograph and everything else', () => {
    expect(foldCjkRadicals('\u2e80')).toBe('\u2e80');
    expect(foldCjkRadicals('髙橋 﨑 𠮷田')).toBe('髙橋 﨑 𠮷田');
  });
});

describe('undoCjkAutospace', () => {
  it('removes the gap LibreOffice puts between Japanese and digits or acronyms', () => {
    expect(undoCjkAutospace('2026 年 4 月 1 日')).toBe('2026年4月1日');
    expect(undoCjkAutospace('第 78 回定時株主総会')).toBe('第78回定時株主総会');
    expect(undoCjkAutospace('執行役員 DX 推進部長')).toBe('執行役員DX推進部長');
  });

  it('keeps spaces between Japanese words and beside ordinary Latin words', () => {
    expect(undoCjkAutospace('髙橋 健太')).toBe('髙橋 健太');
    expect(undoCjkAutospace('社外取締役 Anna Berg')).toBe('社外取締役 Anna Berg');
    expect(undoCjkAutospace('Berg 氏')).toBe('Berg 氏');
    expect(undoCjkAutospace('2026 5')).toBe('2026 5');
  });
});

describe('normalizePdfRun', () => {
  it('applies NFKC after folding radicals: full-width digits and brackets become ASCII, 髙 and 﨑 stay', () => {
    expect(normalizePdfRun('（コード番号：１２３Ａ）')).toBe('(コード番号:123A)');
    expect(normalizePdfRun('山﨑 正道（やまざき まさみち）')).toBe('山﨑 正道(やまざき まさみち)');
    expect(normalizePdfRun('２０２６ 年 ６\u2f49 ２５ 日')).toBe('2026年6月25日');
  });
});
