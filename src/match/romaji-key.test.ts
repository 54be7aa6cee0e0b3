import { describe, expect, it } from 'vitest';
import { hepburnKey, isKanaOnly, readingParts } from './romaji-key.js';

describe('hepburnKey', () => {
  it('folds long-vowel spellings: Ohno = Ono = Oono = Ōno, Saito = Saitou = Saitoh, Tarō = Taro = Tarou', () => {
    for (const spelling of ['Ohno', 'Ono', 'Oono', 'Ōno', 'OHNO']) expect(hepburnKey(spelling)).toBe('ono');
    for (const spelling of ['Saito', 'Saitou', 'Saitoh', 'Saitō']) expect(hepburnKey(spelling)).toBe('saito');
    for (const spelling of ['Taro', 'Tarou', 'Tarō', 'Taroh']) expect(hepburnKey(spelling)).toBe('taro');
    expect(hepburnKey('Yuuki')).toBe(hepburnKey('Yūki'));
  });

  it('keeps distinctions that are real: Inoue ≠ Inoe, Kanno ≠ Kano, Ohashi keeps its h', () => {
    expect(hepburnKey('Inoue')).not.toBe(hepburnKey('Inoe'));
    expect(hepburnKey('Kanno')).not.toBe(hepburnKey('Kano'));
    expect(hepburnKey('Ohashi')).toBe('ohashi');
    expect(hepburnKey('Oohashi')).toBe('ohashi');
  });

  it('folds old-style romanization and m before b/m/p', () => {
    expect(hepburnKey('Tutumi')).toBe(hepburnKey('Tsutsumi'));
    expect(hepburnKey('Hukuda')).toBe(hepburnKey('Fukuda'));
    expect(hepburnKey('Nisimura')).toBe(hepburnKey('Nishimura'));
    expect(hepburnKey('Tiba')).toBe(hepburnKey('Chiba'));
    expect(hepburnKey('Homma')).toBe(hepburnKey('Honma'));
    expect(hepburnKey('Namba')).toBe(hepburnKey('Nanba'));
    expect(hepburnKey('Syouji')).toBe(hepburnKey('Shoji'));
  });
});

describe('readingParts', () => {
  it('romanizes kana readings, family name first', () => {
    expect(readingParts('たかはし　いちろう')).toEqual(['takahashi', 'ichirou']);
    expect(readingParts('オオノ タロウ').map(hepburnKey)).toEqual(['ono', 'taro']);
    expect(readingParts('ｻｲﾄｳ').map(hepburnKey)).toEqual(['saito']);
    expect(isKanaOnly('やまだ たろう')).toBe(true);
    expect(isKanaOnly('山田')).toBe(false);
  });
});
