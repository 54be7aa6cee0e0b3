/**
 * Tells career history from news: "came to Acme as controller in 1986", "was elected president in June
 * 1999", "led the company from 2003 to 2015, when Roe took over". Such a change is dated well before the
 * announcement, so it raises no alert.
 */
import type { Effective } from '../announcement.js';
import type { DateHit } from './date-reader.js';
import type { SentenceContext } from './referent-search.js';

/** How far before the announcement a stated change still counts as news. */
const NEWS_WINDOW_DAYS = 200;

function time(value: string): number {
  return Date.parse(`${value.length === 7 ? `${value}-28` : value}T00:00:00Z`);
}

// "Doe, who has led the company since 2014, will retire as CEO": a change in the future tense is news, whatever
// years the sentence recalls.
const FUTURE_TENSE = /\b(?:will|shall|is\s+(?:expected|scheduled|set|going)\s+to|plans?\s+to|intends?\s+to|has\s+decided\s+to|decided\s+to)\s+(?:\p{L}+\s+){0,2}$/iu;

export function isHistorical(
  ctx: SentenceContext,
  triggerEnd: number,
  effective: Effective,
  dates: readonly DateHit[],
  triggerStart = triggerEnd,
): boolean {
  if (!ctx.reference) return false;
  const cutoff = ctx.reference.getTime() - NEWS_WINDOW_DAYS * 86_400_000;
  if (effective && /^\d{4}-\d{2}/u.test(effective)) return time(effective) < cutoff;
  // An undated change followed, in its clause, by "in <old date>".
  const clauseEnd = triggerEnd + (/[.;]/u.exec(ctx.text.slice(triggerEnd))?.index ?? ctx.text.length);
  const later = dates.filter((d) => d.start >= triggerEnd && d.start < Math.min(clauseEnd, triggerEnd + 120));
  const first = later[0];
  if (first && later.every((d) => time(d.value) < cutoff) && /\b(?:in|since|on)\s+$/iu.test(ctx.text.slice(Math.max(0, first.start - 10), first.start))) {
    return true;
  }
  // Bare years around the verb, at least one of them after it.
  if (FUTURE_TENSE.test(ctx.text.slice(Math.max(0, triggerStart - 40), triggerStart)) || /^(?:will|to|shall)\s/iu.test(ctx.text.slice(triggerStart, triggerEnd))) return false;
  const refYear = ctx.reference.getUTCFullYear();
  const tail = ctx.text.slice(triggerEnd, triggerEnd + 90).split(/[.;]/u)[0] ?? '';
  const head = ctx.text.slice(Math.max(0, triggerEnd - 120), triggerEnd);
  const years = [...`${head} ${tail}`.matchAll(/\b(?:in|since|from|to|until|of|during)\s+(?:early\s+|mid-|late\s+)?((?:19|20)\d{2})\b/giu)].map((m) => Number(m[1]));
  // "Doe served as CEO from 2001 to 2017 and was succeeded by Roe": a succession told in the past is history.
  const pastSuccession = /\b(?:was|were|had\s+been)\s+(?:succeeded|replaced)\b/iu.test(ctx.text.slice(Math.max(0, triggerStart - 30), triggerEnd));
  return years.length > 0 && years.every((y) => y < refYear) && (pastSuccession || /\b(?:19|20)\d{2}\b/u.test(tail));
}
