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

export function isHistorical(ctx: SentenceContext, triggerEnd: number, effective: Effective, dates: readonly DateHit[]): boolean {
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
  const refYear = ctx.reference.getUTCFullYear();
  const tail = ctx.text.slice(triggerEnd, triggerEnd + 90).split(/[.;]/u)[0] ?? '';
  const head = ctx.text.slice(Math.max(0, triggerEnd - 120), triggerEnd);
  const years = [...`${head} ${tail}`.matchAll(/\b(?:in|since|from|to|until|of|during)\s+(?:early\s+|mid-|late\s+)?((?:19|20)\d{2})\b/giu)].map((m) => Number(m[1]));
  return years.length > 0 && years.every((y) => y < refYear) && /\b(?:19|20)\d{2}\b/u.test(tail);
}
