/** The parts of EDGAR's `submissions/CIK##########.json` that ExecRadar reads, as a zod schema. */
import { z } from 'zod';

const column = z.array(z.string());

export const submissionsSchema = z.object({
  cik: z.string(),
  name: z.string(),
  tickers: z.array(z.string()).default([]),
  exchanges: z.array(z.string().nullable()).default([]),
  lei: z.string().nullable().optional(),
  /** `MMDD`; moves for 52/53-week years (e.g. 0925 → 0926), so it is kept with the day it was seen. */
  fiscalYearEnd: z.string().regex(/^\d{4}$/u).nullable().optional(),
  filings: z.object({
    recent: z.object({
      accessionNumber: column,
      filingDate: column,
      acceptanceDateTime: column,
      form: column,
      items: column,
      primaryDocument: column,
    }),
  }),
});
export type Submissions = z.infer<typeof submissionsSchema>;

export interface RecentFiling {
  readonly accessionNumber: string;
  readonly filingDate: string;
  readonly form: string;
  readonly items: readonly string[];
  readonly primaryDocument: string;
}

/** Zips EDGAR's parallel arrays into filings. */
export function recentFilings(submissions: Submissions): RecentFiling[] {
  const recent = submissions.filings.recent;
  return recent.accessionNumber.map((accessionNumber, index) => ({
    accessionNumber,
    filingDate: recent.filingDate[index] ?? '',
    form: recent.form[index] ?? '',
    items: (recent.items[index] ?? '').split(',').map((item) => item.trim()).filter(Boolean),
    primaryDocument: recent.primaryDocument[index] ?? '',
  }));
}

export function isOfficerChangeFiling(filing: { readonly form: string; readonly items: readonly string[] }): boolean {
  return (filing.form === '8-K' || filing.form === '8-K/A') && filing.items.includes('5.02');
}
