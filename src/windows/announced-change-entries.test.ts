import { describe, expect, it } from 'vitest';
import { announcedChangeEntries } from './announced-change-entries.js';

describe('announced future changes as fixed entries', () => {
  it('places changes with an effective date, month or AGM inside the range', () => {
    const entries = announcedChangeEntries(
      [
        { companyId: 'XE1', announced: '2025-02-14', effective: '2025-04-01', summary: 'Hanako Kawabe, appointed President', evidenceUrl: 'https://example.test/1' },
        { companyId: 'XE2', announced: '2025-05-13', effective: 'agm', agm: { date: '2025-06-26', status: 'estimated' } },
        { companyId: 'XE3', announced: '2025-03-01', effective: '2025-07' },
        { companyId: 'XE4', announced: '2025-03-01', effective: 'upon successor' },
        { companyId: 'XE5', announced: '2025-03-01', effective: '2026-04-01' },
        { companyId: 'XE6', announced: '2025-03-01', effective: 'agm' },
      ],
      { from: '2025-03-01', to: '2025-12-31' },
    );
    expect(entries.map((entry) => [entry.companyId, entry.date, entry.dateStatus])).toEqual([
      ['XE1', '2025-04-01', 'announced'],
      ['XE2', '2025-06-26', 'estimated'],
      ['XE3', '2025-07-01', 'estimated'],
    ]);
    expect(entries[0]).toMatchObject({ basis: 'announced 2025-02-14: Hanako Kawabe, appointed President, effective Apr 1', evidenceUrl: 'https://example.test/1' });
    expect(entries[1]?.basis).toContain('expected AGM');
  });
});
