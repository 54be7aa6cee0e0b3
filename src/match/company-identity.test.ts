import { describe, expect, it } from 'vitest';
import { compareCompanies, companyKey } from './company-identity.js';
import { companyNameKey } from './company-name.js';

describe('companyNameKey', () => {
  it('drops Japanese legal forms in every spelling (株式会社, (株), ㈱) and ホールディングス', () => {
    const key = companyNameKey('北風電機株式会社');
    expect(key).toBe('北風電機');
    for (const name of ['株式会社北風電機', '北風電機(株)', '㈱北風電機', '北風電機（株）', '北風電機ホールディングス株式会社', '北風電機 株式会社']) {
      expect(companyNameKey(name)).toBe(key);
    }
  });

  it('reads ＨＤ, the short form TDnet and newspapers print, as ホールディングス', () => {
    expect(companyNameKey('北辰ＨＤ')).toBe(companyNameKey('株式会社北辰ホールディングス'));
    expect(companyNameKey('北辰ＨＤ')).toBe('北辰');
    expect(companyNameKey('ＫＧＸＨＤ')).toBe(companyNameKey('ＫＧＸホールディングス株式会社'));
    expect(companyNameKey('ＫＧＸＨＤ')).toBe(companyNameKey('KGX Holdings, Inc.'));
    expect(companyNameKey('ＫＧＸ ＨＤ')).toBe('kgx');
    // Only as a trailing word: letters HD inside a name, or a one-letter stem, are the name.
    expect(companyNameKey('ＨＤソリューション')).not.toBe(companyNameKey('ソリューション'));
    expect(companyNameKey('BHD')).toBe('bhd');
  });

  it('drops Latin legal forms and group words (Inc., Corp., Co., Ltd., Holdings, AG) and folds case and width', () => {
    const key = companyNameKey('Coppervale Mining');
    for (const name of ['Coppervale Mining Corp.', 'COPPERVALE MINING CORPORATION', 'Coppervale Mining Co., Ltd.', 'Coppervale Mining Holdings, Inc.', 'Ｃｏｐｐｅｒｖａｌｅ Mining Inc']) {
      expect(companyNameKey(name)).toBe(key);
    }
    expect(companyNameKey('The Quillfeather Company')).toBe('quillfeather');
    expect(companyNameKey('Halvorsen Biotech Aktiengesellschaft')).toBe(companyNameKey('Halvorsen Biotech AG'));
    expect(companyNameKey('Marlow & Finch Co.')).toBe('marlow and finch');
  });
});

describe('compareCompanies', () => {
  it('decides by identifier first, and a conflicting identifier overrides equal names', () => {
    const event = companyKey({ name: 'Brightwater Robotics, Inc.', cik: '0001234567' });
    expect(compareCompanies(event, companyKey({ name: 'BWR', cik: '1234567' }))).toMatchObject({ kind: 'same', reason: 'same company by CIK 1234567' });
    expect(compareCompanies(event, companyKey({ name: 'Brightwater Robotics', cik: '7654321' })).kind).toBe('different');
    expect(compareCompanies(companyKey({ name: 'みなと精機', secCode: '99990' }), companyKey({ name: 'Minato Seiki', ticker: '9999.T' }))).toMatchObject({
      kind: 'same',
      reason: expect.stringContaining('証券コード'),
    });
    expect(compareCompanies(companyKey({ name: 'x', corporateNumber: '1180301018771' }), companyKey({ name: 'y', corporateNumber: '1180301018771' })).kind).toBe('same');
    // Listed in Tokyo and New York: a code against a symbol is no conflict, so the names decide.
    expect(compareCompanies(companyKey({ name: 'Minato Seiki Co., Ltd.', ticker: '9999' }), companyKey({ name: 'MINATO SEIKI', ticker: 'MNSK' })).kind).toBe('same');
    expect(compareCompanies(companyKey({ name: 'Minato Seiki', ticker: 'MNSK' }), companyKey({ name: 'Minato Seiki', ticker: 'MNSQ' })).kind).toBe('different');
  });

  it('falls back to normalized names, then to a short form', () => {
    expect(compareCompanies(companyKey({ name: 'Larkspur Widgets, Inc.' }), companyKey({ name: 'LARKSPUR WIDGETS' }))).toMatchObject({ kind: 'same', strength: 0.98 });
    expect(compareCompanies(companyKey({ name: 'Coppervale Mining & Metals Corp.' }), companyKey({ name: 'Coppervale' }))).toMatchObject({ kind: 'same', strength: 0.95 });
    expect(compareCompanies(companyKey({ name: '三ツ星重工業' }), companyKey({ name: '三ツ星重工' })).kind).toBe('same');
    expect(compareCompanies(companyKey({ name: 'QXR Industries, Inc.' }), companyKey({ name: 'QXR' })).kind).toBe('same');
    expect(compareCompanies(companyKey({ name: 'J.K. Marlow & Sons' }), companyKey({ name: 'JK Marlow and Sons' }))).toMatchObject({ kind: 'same', strength: 0.98 });
    expect(compareCompanies(companyKey({ name: '三ツ星電機' }), companyKey({ name: '三ツ星重工業' })).kind).toBe('unknown');
    // A generic first word is not a short form.
    expect(compareCompanies(companyKey({ name: 'First Harbor Bank' }), companyKey({ name: 'First' })).kind).toBe('unknown');
    expect(compareCompanies(companyKey({ name: '9th Meridian Group, Inc.' }), companyKey({ name: 'Meridian Aluminum Company' })).kind).toBe('unknown');
  });
});
