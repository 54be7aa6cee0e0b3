import { describe, expect, it } from 'vitest';
import { buildContactIndex } from './contact-index.js';
import { findMatches } from './find-matches.js';
import { MATCH_THRESHOLDS } from './match-thresholds.js';
import type { MatchableContact } from './match-types.js';

const contacts: MatchableContact[] = [
  { contactId: 'K1', accountName: 'Brightwater Robotics', cik: '1234567', name: 'Bob Calloway' },
  { contactId: 'K2', accountName: 'Brightwater Robotics', cik: '1234567', name: 'Dana Calloway' },
  { contactId: 'K3', accountName: 'Coppervale Mining Corp.', name: 'Robert Calloway' },
  { contactId: 'K4', accountName: '北風電機', secCode: '9998', name: '髙橋 一郎', nameReading: 'たかはし いちろう' },
  { contactId: 'K5', accountName: 'みなと精機', name: '高橋一郎' },
  { contactId: 'K6', accountName: 'Halvorsen Biotech AG', name: 'Lena M. Voss' },
  { contactId: 'K7', accountName: 'Quillfeather Foods', name: 'Ana Ono', nameLatin: null },
  { contactId: 'K8', accountName: '大島製作所', name: '小野 健', nameReading: 'おの けん' },
  { contactId: 'K9', accountName: '大島製作所', name: '大野 健', nameReading: 'おおの けん' },
  { contactId: 'K10', accountName: 'Marlow Finch', name: 'Ira Pell' },
  { contactId: 'K11', accountName: 'Tessaly Paper', name: 'Ira Pell' },
];
const index = buildContactIndex(contacts);

describe('findMatches: company context', () => {
  it('matches only contacts of the issuing company, by identifier first', () => {
    const matches = findMatches(index, { company: { name: 'BWR Holdings', cik: '0001234567' }, person: 'Robert J. Calloway', change: 'departed' });
    expect(matches.map((m) => [m.contactId, m.kind])).toEqual([['K1', 'same_company']]);
    expect(matches[0]!.reasons).toEqual([
      'same company by CIK 1234567',
      'family name Calloway equal',
      'given name Bob is a nickname of Robert',
      'middle initial J. only in the announcement',
    ]);
    expect(matches[0]!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLDS.alert);
  });

  it('never matches a namesake at another company for a departure', () => {
    expect(findMatches(index, { company: { name: '北風電機株式会社' }, person: '高橋　一郎', change: 'retiring' }).map((m) => m.contactId)).toEqual(['K4']);
    expect(findMatches(index, { company: { name: 'Unrelated Corp.' }, person: 'Ira Pell', change: 'departed' })).toEqual([]);
  });

  it('sends a loose kanji variant (荘/庄) at the issuing company to review, keeps a strict one (髙/高) at alert', () => {
    const local = buildContactIndex([
      { contactId: 'S1', accountName: '白鷺工業', secCode: '9997', name: '荘司 和也' },
      { contactId: 'S2', accountName: '白鷺工業', secCode: '9997', name: '髙森 真琴' },
    ]);
    const [loose] = findMatches(local, { company: { name: '白鷺工業株式会社', secCode: '9997' }, person: '庄司　和也', change: 'retiring' });
    expect(loose?.contactId).toBe('S1');
    expect(loose!.score).toBeLessThan(MATCH_THRESHOLDS.alert);
    expect(loose!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLDS.review);
    const [strict] = findMatches(local, { company: { name: '白鷺工業株式会社', secCode: '9997' }, person: '高森　真琴', change: 'retiring' });
    expect(strict).toMatchObject({ contactId: 'S2', score: 0.95 });
  });

  it('matches a Latin announcement to a kanji contact through the reading, confirmed by the company', () => {
    const [match] = findMatches(index, { company: { name: 'Kitakaze Denki', secCode: '9998' }, person: 'Ichiro Takahashi', change: 'appointed' });
    expect(match).toMatchObject({ contactId: 'K4', kind: 'same_company' });
    expect(match!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLDS.alert);
  });

  it('sends an ambiguous romaji match (小野/大野 → Ono) to review, not alert', () => {
    const matches = findMatches(index, { company: { name: '大島製作所' }, person: 'Ken Ono', change: 'departed' });
    expect(matches.map((m) => m.contactId).sort()).toEqual(['K8', 'K9']);
    for (const m of matches) {
      expect(m.score).toBeLessThan(MATCH_THRESHOLDS.alert);
      expect(m.reasons.at(-1)).toMatch(/^ambiguous/u);
    }
  });
});

describe('findMatches: duplicates and rivals at one company', () => {
  const crm = buildContactIndex([
    { contactId: 'D1', accountName: 'Orchid Labs', name: 'Nils Farrow' },
    { contactId: 'D2', accountName: 'Orchid Labs', name: 'FARROW, Nils' },
    { contactId: 'D3', accountName: 'Orchid Labs', name: 'Ada K. Quist' },
    { contactId: 'D4', accountName: 'Orchid Labs', name: 'Ada P. Quist' },
  ]);

  it('alerts on every record of a person the CRM holds twice', () => {
    const matches = findMatches(crm, { company: { name: 'Orchid Labs Inc.' }, person: 'Nils J. Farrow', change: 'departed' });
    expect(matches.map((m) => m.contactId)).toEqual(['D1', 'D2']);
    for (const m of matches) expect(m.score).toBeGreaterThanOrEqual(MATCH_THRESHOLDS.alert);
  });

  it('sends two people the announcement cannot tell apart to review', () => {
    const matches = findMatches(crm, { company: { name: 'Orchid Labs Inc.' }, person: 'Ada Quist', change: 'departed' });
    expect(matches.map((m) => m.contactId)).toEqual(['D3', 'D4']);
    for (const m of matches) expect(m.score).toBeLessThan(MATCH_THRESHOLDS.alert);
    // The middle initial tells them apart.
    expect(findMatches(crm, { company: { name: 'Orchid Labs Inc.' }, person: 'Ada P. Quist', change: 'departed' }).map((m) => m.contactId)).toEqual(['D4']);
  });
});

describe('findMatches: job changes', () => {
  it('puts a distinctive name joining another company on the review list only', () => {
    const matches = findMatches(index, { company: { name: 'Tessaly Paper' }, person: 'Lena M. Voss', change: 'appointed' });
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ contactId: 'K6', kind: 'job_change' });
    expect(matches[0]!.score).toBeLessThan(MATCH_THRESHOLDS.alert);
    expect(matches[0]!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLDS.review);
  });

  it('alerts when the announcement names the previous employer and it is the contact\'s account', () => {
    const [match] = findMatches(index, {
      company: { name: 'Tessaly Paper' },
      person: 'Lena Voss',
      change: 'appointed',
      previousCompany: { name: 'Halvorsen Biotech Aktiengesellschaft' },
    });
    expect(match).toMatchObject({ contactId: 'K6', kind: 'job_change' });
    expect(match!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLDS.alert);
  });

  it("alerts on a job change when the announcement's text names the contact's account", () => {
    const event = { company: { name: 'Tessaly Paper', cik: '9990888' }, person: 'Lena Voss', change: 'appointed' } as const;
    const withText = findMatches(index, { ...event, documentText: 'Tessaly Paper appointed Lena Voss as CFO. Dr. Voss joins from Halvorsen Biotech AG.' });
    expect(withText[0]).toMatchObject({ contactId: 'K6', kind: 'job_change' });
    expect(withText[0]!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLDS.alert);
    expect(withText[0]!.reasons[0]).toContain('the announcement names Halvorsen Biotech AG');
    const without = findMatches(index, { ...event, documentText: 'Tessaly Paper appointed Lena Voss as CFO.' });
    expect(without.every((m) => m.score < MATCH_THRESHOLDS.alert)).toBe(true);
  });

  it('drops a name shared by several contacts, departures, and people already found at the issuer', () => {
    expect(findMatches(index, { company: { name: 'Orchid Labs' }, person: 'Ira Pell', change: 'appointed' })).toEqual([]);
    expect(findMatches(index, { company: { name: 'Orchid Labs' }, person: 'Lena Voss', change: 'departed' })).toEqual([]);
    expect(findMatches(index, { company: { name: 'Marlow Finch' }, person: 'Ira Pell', change: 'appointed' }).map((m) => m.contactId)).toEqual(['K10']);
  });
});
