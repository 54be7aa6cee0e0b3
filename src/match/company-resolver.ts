/**
 * Resolves CRM accounts to known companies (the company master): by identifier first (法人番号, CIK, 証券コード,
 * ticker), by normalized name second, and only when exactly one company fits — an account that fits none or
 * several is unresolved, for the user to fix (`execradar accounts unresolved`).
 */
import { compareCompanies, companyKey, type CompanyIdentifiers, type CompanyKey } from './company-identity.js';
import { identifierKeys } from './contact-index.js';

export interface KnownCompany extends CompanyIdentifiers {
  readonly id: string;
}

export type AccountResolution =
  | { readonly kind: 'resolved'; readonly companyId: string; readonly reason: string }
  | { readonly kind: 'unresolved'; readonly reason: string; readonly candidates: readonly string[] };

export function buildCompanyResolver(companies: readonly KnownCompany[]): (account: CompanyIdentifiers) => AccountResolution {
  const keys: { id: string; key: CompanyKey }[] = companies.map((c) => ({ id: c.id, key: companyKey(c) }));
  const byKey = new Map<string, number[]>();
  const file = (k: string, i: number): void => {
    const list = byKey.get(k) ?? [];
    list.push(i);
    byKey.set(k, list);
  };
  keys.forEach(({ key }, i) => {
    for (const id of identifierKeys(key)) file(id, i);
    if (key.compactName) file(`name:${key.compactName}`, i);
  });

  return (account) => {
    const key = companyKey(account);
    const near = new Set<number>();
    for (const id of identifierKeys(key)) for (const i of byKey.get(id) ?? []) near.add(i);
    for (const i of byKey.get(`name:${key.compactName}`) ?? []) near.add(i);
    const fits: { id: string; strength: number; reason: string }[] = [];
    for (const i of near) {
      const relation = compareCompanies(key, keys[i]!.key);
      if (relation.kind === 'same') fits.push({ id: keys[i]!.id, strength: relation.strength, reason: relation.reason });
    }
    if (fits.length === 0) return { kind: 'unresolved', reason: `no known company matches "${account.name}"`, candidates: [] };
    const best = Math.max(...fits.map((f) => f.strength));
    const top = fits.filter((f) => f.strength === best);
    if (top.length > 1) {
      return { kind: 'unresolved', reason: `"${account.name}" fits ${top.length} companies equally`, candidates: top.map((f) => f.id) };
    }
    return { kind: 'resolved', companyId: top[0]!.id, reason: top[0]!.reason };
  };
}
