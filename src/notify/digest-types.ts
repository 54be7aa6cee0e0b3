/**
 * What a digest holds, frozen when it is made (stored in `notify_digests.payload`), so that a retry days
 * later sends the same digest and not a different one.
 */

export type DigestKind = 'leadership_weekly' | 'csm_daily';

export type DigestItemKind = 'alert' | 'announced_change' | 'reshuffle_window' | 'budget_window' | 'renewal';

export interface DigestItem {
  readonly kind: DigestItemKind;
  readonly company: string;
  readonly accountName: string | null;
  /** Sum of ARR of the accounts concerned; what the digest is ordered by. */
  readonly arr: number | null;
  readonly renewalDate: string | null;
  /** The day it happens (effective day, window start), `YYYY-MM-DD`; null when not known. */
  readonly date: string | null;
  /** Last day of a window. */
  readonly end: string | null;
  readonly person: string | null;
  readonly change: string | null;
  readonly role: string | null;
  /** The extraction's `effective` (a day, a month, `agm`, …). */
  readonly effective: string | null;
  readonly contactName: string | null;
  /** Why a window is expected, or the evidence of an alert. */
  readonly basis: string | null;
  readonly url: string | null;
  readonly alertId: number | null;
}

export interface DigestContent {
  readonly kind: DigestKind;
  /** First and last day covered, inclusive. */
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly generatedAt: string;
  readonly items: readonly DigestItem[];
}

/** Largest ARR first; then the earliest date; then by company name, so equal inputs give an equal order. */
export function compareDigestItems(a: DigestItem, b: DigestItem): number {
  return (b.arr ?? -1) - (a.arr ?? -1) || (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.company.localeCompare(b.company);
}
