import { describe, expect, it } from 'vitest';
import { tierOfPair, variantTier } from './kanji-variant-tiers.js';

describe('kanji variant tiers', () => {
  it('keeps old and variant forms of one character strict (髙/高, 﨑/崎, 邊/邉/辺, 齋/斎, 濱/浜, 澤/沢)', () => {
    for (const [a, b] of [['髙', '高'], ['\uFA11', '崎'], ['邊', '辺'], ['邉', '辺'], ['邊', '邉'], ['齋', '斎'], ['濱', '浜'], ['澤', '沢'], ['國', '国']]) {
      expect(variantTier(a!, b!), `${a}/${b}`).toBe('strict');
    }
  });

  it('keeps officially listed old forms strict where the character sets alone would not (龍/竜, 嶋/島, 噓/嘘)', () => {
    for (const [a, b] of [['龍', '竜'], ['瀧', '滝'], ['嶋', '島'], ['冨', '富'], ['噓', '嘘'], ['步', '歩']]) expect(variantTier(a!, b!), `${a}/${b}`).toBe('strict');
  });

  it('puts pairs of distinct name characters and Chinese simplified forms in the loose tier', () => {
    for (const [a, b] of [['庄', '荘'], ['苑', '園'], ['壬', '閏'], ['涌', '湧'], ['椙', '杉']]) expect(variantTier(a!, b!), `${a}/${b}`).toBe('loose');
    expect(tierOfPair('伞', '傘')).toBe('loose');
    expect(tierOfPair('单', '単')).toBe('loose');
  });

  it('knows characters that do not fold together', () => {
    expect(variantTier('斎', '斉')).toBeNull();
    expect(variantTier('小', '大')).toBeNull();
  });
});
