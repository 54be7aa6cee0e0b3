import { describe, expect, it } from 'vitest';
import type { CompanyIdentity, SourceRunContext, TrackedCompany } from '../source-definition.js';
import type { TdnetListRow } from './list-page-parser.js';
import { TrackedIssuers } from './tracked-issuers.js';

const company = (id: number, name: string, secCode: string | null = null): TrackedCompany => ({
  id,
  name,
  secCode,
  cik: null,
  ticker: null,
  corporateNumber: null,
  edinetCode: null,
  fiscalYearEnd: null,
});

const row = (code: string, companyName: string): TdnetListRow => ({
  time: '15:00',
  code,
  companyName,
  title: '役員人事に関するお知らせ',
  pdfUrl: 'https://www.release.tdnet.info/inbs/140120260511500101.pdf',
  xbrlUrl: null,
  place: '東',
  history: '',
});

/** The two context methods the matcher uses; `taken` codes are held by another company row. */
function fakeContext(taken: readonly string[] = []) {
  const completed: Array<[number, CompanyIdentity]> = [];
  const warnings: string[] = [];
  const context = {
    completeCompany: async (companyId: number, identity: CompanyIdentity) => {
      completed.push([companyId, identity]);
      return identity.secCode && !taken.includes(identity.secCode) ? ['sec_code'] : [];
    },
    log: { info: () => undefined, warn: (_data: Record<string, unknown>, message: string) => void warnings.push(message) },
  } as unknown as SourceRunContext;
  return { context, completed, warnings };
}

describe('TrackedIssuers', () => {
  it('matches by code first, and by name only companies that have no code', async () => {
    const issuers = new TrackedIssuers([company(1, 'ミナト精機株式会社', '7Z9A'), company(2, '株式会社ミナト精機')]);
    const { context, completed } = fakeContext();
    expect(await issuers.match(context, row('7Z9A0', 'ミナト精機'))).toMatchObject({ kind: 'code', company: { id: 1 } });
    // Same name under another code: the coded company is another issuer; the code-less one may be this one.
    expect(await issuers.match(context, row('7Z9B0', 'ミナト精機'))).toMatchObject({ kind: 'name', company: { id: 2 }, codeRecorded: true });
    expect(completed).toEqual([[2, { secCode: '7Z9B' }]]);
  });

  it('folds TDnet’s short names: ＨＤ, full-width letters, no 株式会社', async () => {
    const issuers = new TrackedIssuers([company(3, 'しろがね電機ホールディングス株式会社'), company(4, 'KGX Holdings, Inc.')]);
    const { context } = fakeContext();
    expect(await issuers.match(context, row('5Z3D0', 'しろがね電機ＨＤ'))).toMatchObject({ kind: 'name', company: { id: 3 } });
    expect(await issuers.match(context, row('5Z3E0', 'ＫＧＸＨＤ'))).toMatchObject({ kind: 'name', company: { id: 4 } });
    expect(await issuers.match(context, row('5Z3F0', 'しろがね精工'))).toBeNull();
  });

  it('after a name match, the code is the company’s for the rest of the run: another name or code no longer finds it by name', async () => {
    const issuers = new TrackedIssuers([company(3, 'しろがね電機ホールディングス株式会社')]);
    const { context, completed } = fakeContext();
    await issuers.match(context, row('5Z3D0', 'しろがね電機ＨＤ'));
    expect(await issuers.match(context, row('5Z3D0', 'しろがね電機ＨＤ'))).toMatchObject({ kind: 'code', company: { id: 3, secCode: '5Z3D' } });
    expect(await issuers.match(context, row('5Z3G0', 'しろがね電機'))).toBeNull();
    expect(completed).toHaveLength(1);
  });

  it('never guesses between two tracked companies with one name key', async () => {
    const issuers = new TrackedIssuers([company(5, 'あさぎり化学株式会社'), company(6, 'あさぎり化学ホールディングス')]);
    const { context, completed } = fakeContext();
    expect(await issuers.match(context, row('4Z1K0', 'あさぎり化学'))).toBeNull();
    expect(completed).toEqual([]);
  });

  it('still matches when another company row holds the code, and says so instead of recording it', async () => {
    const issuers = new TrackedIssuers([company(7, 'はるかぜ製作所')]);
    const { context, warnings } = fakeContext(['2Z4K']);
    expect(await issuers.match(context, row('2Z4K0', '㈱はるかぜ製作所'))).toMatchObject({ kind: 'name', company: { id: 7 }, codeRecorded: false });
    expect(warnings).toEqual([expect.stringContaining('another company row already holds its securities code')]);
  });
});
