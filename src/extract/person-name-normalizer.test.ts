import { describe, expect, it } from 'vitest';
import { normalizePersonName } from './person-name-normalizer.js';

describe('normalizePersonName', () => {
  it('folds width, spacing and old-form kanji, and drops honorifics', () => {
    expect(normalizePersonName('髙橋　一郎')).toBe('高橋 一郎');
    expect(normalizePersonName('山﨑太郎氏')).toBe('山崎太郎');
    expect(normalizePersonName('Ms.  Jane   Q. Example')).toBe('Jane Q. Example');
  });
});
