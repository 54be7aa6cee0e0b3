import { describe, expect, it } from 'vitest';
import { collapseWhitespace, mapText, originalSlice } from './mapped-text.js';
import { DICTIONARY_GLYPH_FOLDS } from './name-plausibility.js';

describe('mapText', () => {
  it('folds full-width digits, ideographic spaces and CJK radicals from PDF producers', () => {
    // ⽉ is KANGXI RADICAL MOON (U+2F49), ⻑ is CJK RADICAL C-SIMPLIFIED LONG (U+2ED1).
    const mapped = mapText('２０２５年４⽉１日\u3000社⻑');
    expect(mapped.text).toBe('2025年4月1日 社長');
  });

  it('maps folded positions back to the text as fetched, across surrogate pairs', () => {
    const original = '代表取締役社長　𠮷田　大地（よしだ　だいち）';
    const mapped = mapText(original, DICTIONARY_GLYPH_FOLDS);
    expect(mapped.text).toContain('吉田 大地');
    const start = mapped.text.indexOf('吉田');
    const end = start + '吉田 大地'.length;
    expect(originalSlice(mapped, start, end)).toBe('𠮷田　大地');
  });

  it('keeps 髙 and 﨑 in the original while the folded text uses the dictionary forms', () => {
    const mapped = mapText('髙橋 一郎と岡﨑 花子', DICTIONARY_GLYPH_FOLDS);
    expect(mapped.text).toBe('高橋 一郎と岡崎 花子');
    expect(originalSlice(mapped, 0, 5)).toBe('髙橋 一郎');
    expect(originalSlice(mapped, 6, 11)).toBe('岡﨑 花子');
  });

  it('collapses whitespace runs the way evidence is compared', () => {
    expect(collapseWhitespace('  取締役\n\t山田 \u3000太郎 ')).toBe('取締役 山田 太郎');
  });
});
