import { beforeAll, describe, expect, it } from 'vitest';
import { NamePlausibility } from './name-plausibility.js';
import { getJapaneseTokenizer } from './tokenizer-loader.js';

describe('NamePlausibility', () => {
  let names: NamePlausibility;
  beforeAll(async () => {
    names = new NamePlausibility(await getJapaneseTokenizer());
  });

  it('accepts full names next to a title, including surnames IPADIC files as places or words', () => {
    expect(names.judge('北川修平', 'title')).toBe('full');
    expect(names.judge('松本 蓮', 'title')).toBe('full');
    expect(names.judge('荒木 隆', 'strong')).toBe('full');
    expect(names.judge('森下四十八', 'title')).toBe('full');
  });

  it('treats a family name alone as partial, to be completed from elsewhere in the text', () => {
    expect(names.judge('北原', 'title')).toBe('surname');
    expect(names.judge('栃山', 'title')).toBe('surname');
  });

  it('rejects organisations and common words that stand where names stand', () => {
    expect(names.judge('架空技術研究所', 'title')).toBe('reject');
    expect(names.judge('次期', 'title')).toBe('reject');
    expect(names.judge('重工業元', 'title')).toBe('reject');
    expect(names.judge('就任 北原仁', 'strong')).toBe('reject');
  });

  it('without a layout cue, needs the dictionary to read a family name and name-like pieces', () => {
    expect(names.judge('山田和也', 'weak')).toBe('full');
    expect(names.judge('中村工場', 'weak')).toBe('reject');
    expect(names.judge('経営陣', 'weak')).toBe('reject');
  });

  it('reads a kanji family name with a kana given name', () => {
    expect(names.kanaGivenName('山田', 'ゆかり')).toBe(true);
    expect(names.kanaGivenName('会社', 'として')).toBe(false);
  });
});
