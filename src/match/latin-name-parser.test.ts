import { describe, expect, it } from 'vitest';
import { parseLatinName } from './latin-name-parser.js';

const parts = (raw: string) => {
  const n = parseLatinName(raw);
  return n && [n.given, n.middles.join(' '), n.family, n.suffix, n.nicknames.join(' ')];
};

describe('parseLatinName', () => {
  it('reads given, middle, family and suffix', () => {
    expect(parts('Robert J. Smith Jr.')).toEqual(['robert', 'j', 'smith', 'jr', '']);
    expect(parts('Mr. Robert James Smith, III')).toEqual(['robert', 'james', 'smith', 'iii', '']);
    expect(parts('Dr. Mary Garcia-Lopez, PhD')).toEqual(['mary', '', 'garcia-lopez', null, '']);
    expect(parts('R.J. Smith')).toEqual(['r', 'j', 'smith', null, '']);
  });

  it('reads "Last, First" and "Last, Jr., First"', () => {
    expect(parts('Ashcombe, Neil')).toEqual(['neil', '', 'ashcombe', null, '']);
    expect(parts('Smith, Jr., John A.')).toEqual(['john', 'a', 'smith', 'jr', '']);
    expect(parts('Smith, Jr.')).toEqual([null, '', 'smith', 'jr', '']);
  });

  it('takes an upper-case word among mixed-case words as the family name', () => {
    expect(parts('Robert PENROSE')).toEqual(['robert', '', 'penrose', null, '']);
    expect(parts('YAMADA Taro')).toEqual(['taro', '', 'yamada', null, '']);
    expect(parts('ROBERT HALLAM')).toEqual(['robert', '', 'hallam', null, '']);
  });

  it('keeps quoted or bracketed nicknames apart', () => {
    expect(parts('Robert "Bob" Smith')).toEqual(['robert', '', 'smith', null, 'bob']);
    expect(parts('William (Bill) Ashdown')).toEqual(['william', '', 'ashdown', null, 'bill']);
    expect(parts("Margaret 'Peggy' Lindqvist")).toEqual(['margaret', '', 'lindqvist', null, 'peggy']);
  });

  it('keeps particles and hyphens in family names, drops diacritics', () => {
    expect(parts('Ludwig van Beethoven')).toEqual(['ludwig', '', 'van beethoven', null, '']);
    expect(parseLatinName('Ana Garcia-Lopez')!.familyParts).toEqual(['garcia', 'lopez']);
    expect(parts('Ann-Marie Kowal')).toEqual(['ann-marie', '', 'kowal', null, '']);
    expect(parts('Jörg Halvard')).toEqual(['jorg', '', 'halvard', null, '']);
  });
});
