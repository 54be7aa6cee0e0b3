/** An event before its person is written out: positions point into the folded text. */
import type { ChangeKind, Effective } from '../announcement.js';

export interface DraftEvent {
  /** Folded name without spaces, after resolving a family name to the full name written elsewhere. */
  readonly key: string;
  readonly change: ChangeKind;
  readonly roleBefore: string | null;
  readonly roleAfter: string | null;
  readonly effective: Effective;
  /** Folded-text range of the sentence or table row that says so. */
  readonly evidenceStart: number;
  readonly evidenceEnd: number;
  readonly confidence: number;
  /** Where the name itself is written (for names that are only found in this event). */
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly reading: { readonly start: number; readonly end: number } | null;
  /** False when the text only gave a family name here (「北原社長は…」), resolved from elsewhere. */
  readonly exactName?: boolean;
}
