import { describe, expect, it } from 'vitest';
import { foldKanjiVariants, foldWidthAndSpace, stripDiacritics } from './text-fold.js';

describe('text folding', () => {
  it('folds width and every kind of space (山田　太郎 = 山田 太郎)', () => {
    expect(foldWidthAndSpace('山田　太郎')).toBe('山田 太郎');
    expect(foldWidthAndSpace('  ＹＡＭＡＤＡ\u00A0 Ｔａｒｏ ')).toBe('YAMADA Taro');
    expect(foldWidthAndSpace('ﾔﾏﾀﾞ')).toBe('ヤマダ');
  });

  it('strips variation selectors, which survive NFKC', () => {
    expect('葛\u{E0100}'.normalize('NFKC')).toBe('葛\u{E0100}');
    expect(foldWidthAndSpace('葛\u{E0100}城')).toBe('葛城');
    expect(foldWidthAndSpace('辻\uFE00')).toBe('辻');
  });

  it('removes Latin diacritics but leaves kana voicing marks alone', () => {
    expect(stripDiacritics('Jörg Ōno Françoise Øster')).toBe('Jorg Ono Francoise Oster');
    expect(stripDiacritics('がぱ')).toBe('がぱ');
  });

  it('folds old-form and variant kanji that NFKC keeps (table from itaiji_list and Unihan)', () => {
    const pairs: [string, string][] = [['髙', '高'], ['\uFA11', '崎'], ['邊', '辺'], ['邉', '辺'], ['齋', '斎'], ['濱', '浜'], ['澤', '沢'], ['國', '国'], ['瀨', '瀬'], ['龍', '竜']];
    for (const [variant, common] of pairs) {
      expect(variant.normalize('NFKC')).toBe(variant);
      expect(foldKanjiVariants(variant)).toBe(common);
    }
    expect(foldKanjiVariants('髙橋 一郎')).toBe('高橋 一郎');
    // 斎 and 斉 are different surnames' characters: their old forms must not meet.
    expect(foldKanjiVariants('齋')).not.toBe(foldKanjiVariants('齊'));
  });
});
