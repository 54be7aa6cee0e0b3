import { describe, expect, it } from 'vitest';
import { companyMentions } from './company-mentions.js';
import { companyNameKey } from './company-name.js';

const names = (text: string, company: string, issuer?: string): boolean => companyMentions(text, issuer).names(companyNameKey(company));

describe('companyMentions', () => {
  it('finds an account company named in the text, whatever legal form either side writes', () => {
    const text = 'Ms. Roe joins from Quillfeather Foods, Inc., where she served as Treasurer.';
    expect(names(text, 'Quillfeather Foods')).toBe(true);
    expect(names(text, 'QUILLFEATHER FOODS CORPORATION')).toBe(true);
    expect(names(text, 'Quillfeather Paper')).toBe(false);
    expect(names('She was previously at Tessaly.', 'Tessaly Ltd')).toBe(true);
  });

  it('needs a capital for a one-word name, and ignores generic words and the issuer itself', () => {
    expect(names('a tessaly of ideas', 'Tessaly Ltd')).toBe(false);
    expect(names('First quarter results were strong.', 'First Corp')).toBe(false);
    expect(names('North Acme Inc. appointed Jane Roe.', 'Acme Corp', 'North Acme Inc.')).toBe(false);
    expect(names('North Acme Inc. appointed Jane Roe, formerly of Acme Corp.', 'Acme Corp', 'North Acme Inc.')).toBe(true);
  });

  it('finds Japanese company names in Japanese text', () => {
    const text = '新任取締役 藤澤健二（前職：株式会社白鷺工業 執行役員）';
    expect(names(text, '白鷺工業株式会社')).toBe(true);
    expect(names(text, '白鷺化学')).toBe(false);
    expect(names(text, '白鷺工業', '白鷺工業ホールディングス')).toBe(false);
  });
});
