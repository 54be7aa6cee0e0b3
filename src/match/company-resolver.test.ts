import { describe, expect, it } from 'vitest';
import { buildCompanyResolver } from './company-resolver.js';

describe('buildCompanyResolver', () => {
  const resolve = buildCompanyResolver([
    { id: 'co-1', name: 'Brightwater Robotics, Inc.', cik: '0001234567', ticker: 'BWR' },
    { id: 'co-2', name: '北風電機株式会社', secCode: '9998', corporateNumber: '1180301018771' },
    { id: 'co-3', name: 'Marlow Finch Ltd.' },
    { id: 'co-4', name: 'Marlow Finch Inc.' },
  ]);

  it('resolves by identifier first, whatever the account is called', () => {
    expect(resolve({ name: 'BW Robotics (old name)', cik: '1234567' })).toEqual({ kind: 'resolved', companyId: 'co-1', reason: 'same company by CIK 1234567' });
    expect(resolve({ name: 'Kitakaze', corporateNumber: '1180301018771' })).toMatchObject({ kind: 'resolved', companyId: 'co-2' });
  });

  it('falls back to the normalized name (㈱, width, legal forms)', () => {
    expect(resolve({ name: '㈱北風電機' })).toMatchObject({ kind: 'resolved', companyId: 'co-2' });
    expect(resolve({ name: 'BRIGHTWATER ROBOTICS' })).toMatchObject({ kind: 'resolved', companyId: 'co-1' });
  });

  it('leaves unknown, ambiguous and contradicted accounts unresolved', () => {
    expect(resolve({ name: 'Orchid Labs' })).toMatchObject({ kind: 'unresolved', candidates: [] });
    expect(resolve({ name: 'Marlow Finch' })).toMatchObject({ kind: 'unresolved', candidates: ['co-3', 'co-4'] });
    expect(resolve({ name: 'Brightwater Robotics', cik: '999' }).kind).toBe('unresolved');
  });
});
