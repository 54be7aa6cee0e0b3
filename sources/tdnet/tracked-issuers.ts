/**
 * Which tracked company a TDnet row is about: by securities code, or — for a company the CRM knows only by name —
 * by the row's company name (the kjName cell), normalized as everywhere else (src/match/company-name.ts): TDnet
 * prints short names (北辰ＨＤ for 北辰ホールディングス, full-width letters, 株式会社/(株) left out). A company matched
 * by name has the row's code recorded, so the next rows, and the next runs, find it by code.
 *
 * Names only ever match exactly (after normalization), never as short forms: a day lists ~2,000 issuers, and a
 * wrong match would record a wrong securities code on the account's company.
 */
import { companyNameKey } from '../../src/match/company-name.js';
import { normalizeSecCode } from '../../src/match/company-identity.js';
import type { SourceRunContext, TrackedCompany } from '../source-definition.js';
import type { TdnetListRow } from './list-page-parser.js';

export type IssuerMatch =
  | { readonly kind: 'code'; readonly company: TrackedCompany }
  | { readonly kind: 'name'; readonly company: TrackedCompany; readonly codeRecorded: boolean };

/** Name keys compared without spaces: TDnet writes ＫＧＸ ＨＤ and ＫＧＸＨＤ alike. */
const nameKey = (name: string): string => companyNameKey(name).replace(/ /gu, '');

export class TrackedIssuers {
  readonly #byCode = new Map<string, TrackedCompany>();
  /** Tracked companies without a securities code, by name key; null where two share a key (never guessed). */
  readonly #byName = new Map<string, TrackedCompany | null>();

  constructor(companies: readonly TrackedCompany[]) {
    for (const company of companies) {
      const code = normalizeSecCode(company.secCode);
      if (code) {
        this.#byCode.set(code, company);
        continue;
      }
      const key = nameKey(company.name);
      if (!key) continue;
      this.#byName.set(key, this.#byName.has(key) ? null : company);
    }
  }

  static async load(context: SourceRunContext): Promise<TrackedIssuers> {
    return new TrackedIssuers(await context.trackedCompanies());
  }

  get isEmpty(): boolean {
    return this.#byCode.size === 0 && this.#byName.size === 0;
  }

  /** The tracked company of the row, recording the row's code on a company matched by name. */
  async match(context: SourceRunContext, row: TdnetListRow): Promise<IssuerMatch | null> {
    const code = normalizeSecCode(row.code);
    const byCode = code ? this.#byCode.get(code) : undefined;
    if (byCode) return { kind: 'code', company: byCode };
    // A code we know belongs to another tracked company would have matched above; an unknown one may be ours.
    const key = nameKey(row.companyName);
    const company = key ? this.#byName.get(key) : undefined;
    if (!company) return null;
    let codeRecorded = false;
    if (code) {
      codeRecorded = (await context.completeCompany(company.id, { secCode: code })).includes('sec_code');
      if (!codeRecorded) {
        context.log.warn(
          { companyId: company.id, secCode: code, name: row.companyName },
          'tdnet: matched a tracked company by name, but another company row already holds its securities code; left as is',
        );
      }
      // Either way, this company is that code from now on: the rest of the run matches it by code only.
      this.#byName.delete(key);
      this.#byCode.set(code, { ...company, secCode: code });
    }
    return { kind: 'name', company, codeRecorded };
  }
}
