/**
 * Finds whom a trigger phrase is about inside one sentence: the names right before the verb ("Doe and Roe
 * will retire") or right after it ("the Board appointed Doe"), lists of names included.
 */
import type { NameMention } from './person-finder.js';

/** A name or a resolved he/she, placed in the analysed sentence. */
export interface Referent {
  readonly start: number;
  readonly end: number;
  /** The name mention the referent stands for (the antecedent for a pronoun). */
  readonly name: NameMention;
  /** Where that name is, for reading its appositive; -1 when it is in another sentence. */
  readonly nameAt: number;
  /**
   * A pronoun that can only be an object ("succeed her") or only own the noun right after it ("his employment
   * will terminate"): never the subject of a later verb.
   */
  readonly pronounCase?: 'object' | 'possessive';
}

export interface SentenceContext {
  /** The analysed text (title-cased for capitals-only headlines): same offsets as the evidence. */
  readonly text: string;
  readonly index: number;
  readonly referents: readonly Referent[];
  /** Character ranges inside quotations, where nothing is announced. */
  readonly quoted: readonly (readonly [number, number])[];
  readonly reference: Date | null;
  readonly announced: string | null;
  /** The date of the change stated last before this sentence ("effective the same date" points back to it). */
  readonly previousDate?: string | null | undefined;
  /** Dates the document names as defined terms ("the Retirement Date"). */
  readonly definedDates?: ReadonlyMap<string, string> | undefined;
}

const GAP_BREAK = /[;:“”"]|\bsaid\b|\bsays\b|\bstated\b|\bcommented\b|\bwhile\b|\bwhereas\b|\bbut\b/iu;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'our', 'their', 'his', 'her', 'as', 'of', 'and', 'to', 'today', 'also', 'has', 'have', 'outside', 'independent', 'current', 'former', 'new', 'longtime', 'long-time', 'company', 'company’s', "company's", 'board', 'bank', 'chairman', 'chair', 'chief', 'executive', 'officer', 'president', 'vice', 'director', 'member', 'members', 'ceo', 'cfo', 'coo', 'cto', 'senior', 'financial', 'operating', 'interim', 'acting']);
export const DEGREES = /^(?:\s*,?\s*(?:MD|M\.D\.|MPH|MBA|PhD|Ph\.D\.|CPA|CFA|JD|Esq\.?))+/u;

export function inQuote(ctx: SentenceContext, at: number): boolean {
  return ctx.quoted.some(([a, b]) => at >= a && at < b);
}

/** The referents right before the trigger that it is about: "Doe", or "Doe and Roe" for a list. */
export function subjectsBefore(ctx: SentenceContext, triggerStart: number): Referent[] {
  const before = ctx.referents.filter(
    (r) => r.end <= triggerStart && r.pronounCase !== 'object' && (r.pronounCase !== 'possessive' || /^\s*$/u.test(ctx.text.slice(r.end, triggerStart))),
  );
  const nearest = before[before.length - 1];
  if (!nearest) return [];
  const gap = ctx.text.slice(nearest.end, triggerStart);
  // "Jane Q. Doe (“Ms. Doe”) notified ...": the nearest name closes a defined term, whose quote mark is no break.
  const gapText = gap.replace(/^[”"]\s*\)/u, '').replace(/[“"][^”"]{0,30}[”"]/gu, '');
  if (gap.length > 230 || GAP_BREAK.test(gapText)) return [];
  const subjects = [nearest];
  for (let i = before.length - 2; i >= 0; i--) {
    const prev = before[i];
    const next = subjects[0];
    if (!prev || !next) break;
    const between = ctx.text.slice(prev.end, next.start).replace(DEGREES, '');
    if (!/^\s*(?:,\s*(?:aged?\s+)?\d{1,3}\s*)?,?\s*(?:and|&)?\s*$/iu.test(between) || between.trim() === '') break;
    subjects.unshift(prev);
  }
  return subjects;
}

/** The referents right after an active verb: "named Jane Doe", "welcomes Jane Doe and John Roe". */
export function objectsAfter(ctx: SentenceContext, triggerEnd: number): Referent[] {
  const after = ctx.referents.filter((r) => r.start >= triggerEnd && r.pronounCase !== 'possessive');
  const first = after[0];
  if (!first) return [];
  const gap = ctx.text.slice(triggerEnd, first.start);
  if (gap.length > 90 || !/^[\s\p{L}'’&,-]*$/u.test(gap)) return [];
  const strangers = gap
    .toLowerCase()
    .split(/[\s,]+/u)
    .filter((w) => w && !DETERMINERS.has(w) && !/^\p{Lu}/u.test(w));
  if (strangers.length > 2) return [];
  const objects = [first];
  for (let i = 1; i < after.length; i++) {
    const prev = objects[objects.length - 1];
    const next = after[i];
    if (!prev || !next) break;
    const between = ctx.text.slice(prev.end, next.start).replace(DEGREES, '');
    // "named Doe as CEO and Roe as CFO": each name with its own "as ROLE".
    // "appointed Doe as Executive Chairman, and Roe, the company's COO, as CEO": the second may carry an appositive.
    const ownRoles =
      /^\s+as\s+[^;.]{2,80}?,?\s+and\s*$/iu.test(between) && /^(?:\s*,[^,;.]{2,80},)?\s+as\s/iu.test(ctx.text.slice(next.end));
    if (!ownRoles && !/^\s*(?:,\s*\d{1,3}\s*)?(?:,[^,;.]{0,110},)?\s*(?:,\s*)?(?:and|&|,)\s*$/iu.test(between)) break;
    objects.push(next);
  }
  return objects;
}

