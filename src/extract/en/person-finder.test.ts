// Name finding on our own sentences: initials, nicknames, suffixes, particles, titles and companies.
import { describe, expect, it } from 'vitest';
import { findNames, titleCase } from './person-finder.js';

const names = (text: string, known: readonly string[] = []): string[] => findNames(text, new Set(known)).map((n) => n.name);

describe('findNames', () => {
  it('keeps middle initials, quoted nicknames and suffixes, and drops honorifics and degrees', () => {
    expect(names('Dr. Lionel K. Ashby III, Ph.D., joined the board.')).toEqual(['Lionel K. Ashby III']);
    expect(names('Robert "Bobby" Kincaid Jr. will retire.')).toEqual(['Robert "Bobby" Kincaid Jr.']);
    expect(names('Harold J. Pemberton, Jr. plans to retire.')).toEqual(['Harold J. Pemberton, Jr.']);
    expect(names('Cora Mae Whitlow MD MPH was appointed.')).toEqual(['Cora Mae Whitlow']);
  });

  it('splits titles and company words off a name', () => {
    expect(names('Chief Executive Officer Marta Quillon of Brightwater Technology PLC said')).toEqual(['Marta Quillon']);
    expect(names('the Board of Granite Bay Instruments, Inc. met')).toEqual([]);
    expect(names('Ludwig van der Berg and Jean-Luc Marchetti-Rossi')).toEqual(['Ludwig van der Berg', 'Jean-Luc Marchetti-Rossi']);
  });

  it('takes no headline verb, business noun or clock word for a name', () => {
    expect(names('Brookfield Mutual Chairman Responds to Shareholder Vote')).toEqual([]);
    expect(names('Larkspur Energy Outlines Cost Reductions and Growth Priorities')).toEqual([]);
    expect(names('March 3, 2026 07:30 AM Central Standard Time')).toEqual([]);
  });

  it('splits a hyphenated title off a name but keeps double-barrelled surnames', () => {
    expect(names('The board thanked President-Elect Maya Torres and Co-Founder Liam Ostrow.')).toEqual(['Maya Torres', 'Liam Ostrow']);
    expect(names('Vice-Chairman Edwin Marsh met Petra Hollis-West and Ana Bellweather-Cruz.')).toEqual(['Edwin Marsh', 'Petra Hollis-West', 'Ana Bellweather-Cruz']);
  });

  it('accepts a bare surname after an honorific or when the document names the person in full', () => {
    expect(names("Mr. Szabo's decision")).toEqual(['Szabo']);
    expect(names('Okafor succeeds Brandt', ['okafor'])).toEqual(['Okafor']);
    expect(names('Okafor succeeds Brandt')).toEqual([]);
  });

  it('reads names in a capitals headline once title-cased, at the same offsets', () => {
    const headline = 'TARRANT MILLS NAMES DESMOND A. FAIRWEATHER CHIEF FINANCIAL OFFICER';
    const titled = titleCase(headline);
    expect(titled).toHaveLength(headline.length);
    const found = findNames(titled);
    expect(found.map((n) => headline.slice(n.end - n.name.length, n.end))).toContain('DESMOND A. FAIRWEATHER');
  });
});
