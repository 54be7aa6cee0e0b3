/**
 * Chooses the effective date of one change mention from the dates of its sentence: an "effective ..."
 * date first, then a date right after the verb ("will retire July 1"), then the sentence's opening
 * "On <date>,", then the nearest date before the verb. "Effective immediately" means the sentence's
 * date or the announcement date; "upon ... successor" and shareholder meetings have their own values.
 */
import type { ChangeKind, Effective } from '../announcement.js';
import type { DateHit } from './date-reader.js';
import { maskAbbreviationDots } from './mention-roles.js';
import type { Direction } from './trigger-rules.js';

export interface TriggerSpan {
  readonly start: number;
  readonly end: number;
  /** Start of the first person the trigger is about. */
  readonly subjectStart: number;
  readonly direction: Direction;
  readonly kind: ChangeKind;
}

export interface DateContext {
  readonly text: string;
  readonly announced: string | null;
  /** The date of the change stated last before this sentence: what "effective the same date" points back to. */
  readonly previousDate?: string | null | undefined;
}

// Dates that say when something else happened: a contract's date, a period's end, a deadline ("effective no
// later than July 15" is still the change's own date, the latest it can be).
const NOT_EFFECTIVE = /\b(?:dated|ended|ending|filed|until|through|beyond|since|(?<!\b(?:effect|effective|as)\s)from|born|expires?|expiration|expiring|before|prior to|(?<!\beffective\s)(?:no|not) later than|by|between|report(?:ed)? on|period|quarter|year)\s+(?:on\s+)?(?:the\s+)?$/iu;
// "effective on or about September 8", "effective no later than July 15" name the change's own day too.
const EFFECTIVE_CUE = /\b(?:effective|as of|with effect (?:from|as of|on)|beginning|starting|commencing|at the close of business on|close of business|date of)\s+(?:on\s+|as of\s+)?(?:on\s+or\s+(?:about|around|after)\s+|(?:no|not)\s+later\s+than\s+)?(?:\p{L}+,?\s+)?$/iu;
export const IMMEDIATE = /\b(?:effective immediately|immediately effective|with immediate effect|effective as of today|effective today|effective upon (?:the )?announcement)\b/iu;
const MEETING_HELD = /\b(?:annual|general|special)\s+(?:(?:and|&)\s+special\s+|general\s+)?meeting\b[^.;]{0,60}?\b(?:to\s+be\s+|scheduled\s+to\s+be\s+|being\s+)?held\s+(?:on\s+)?$/iu;
const OPENING_DATE = /^(?:on|as of|effective)\s+$/iu;
// "effective the same date", "at that time", "Concurrently, ...": the date of the change stated just before.
const SAME_DATE =
  /\b(?:(?:effective|on|as of|at)\s+(?:(?:the\s+)?same|that|such)\s+(?:date|day|time)|at\s+(?:that|the\s+same)\s+time|simultaneously|concurrently)\b(?!\s+(?:with|as)\b)/iu;
// "effective upon Ms. Doe's departure": the start waits for someone else's leaving date (see event-merger).
const HANDOVER = /\beffective\s+(?:upon|on|as of|at the time of|following)\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,4}?(?:departure|resignation|retirement|exit|separation)\b/iu;

export function pickEffective(ctx: DateContext, dates: readonly DateHit[], span: TriggerSpan): Effective {
  const clauseStart = Math.min(span.subjectStart, span.start);
  const after = ctx.text.slice(span.end);
  const clause = maskAbbreviationDots(after).split(/;|\.\s/u)[0] ?? after;
  // "until her successor is duly elected" is term boilerplate for a newcomer; only a leaver waits for a successor.
  if (span.direction === 'leave' && /\bupon\b[^.;]{0,80}\bsuccessor\b|\buntil\s+(?:(?:a|his|her|their)\s+)?successor\b/iu.test(ctx.text.slice(clauseStart))) {
    const explicit = dates.find((d) => d.start >= span.end && EFFECTIVE_CUE.test(d.before));
    if (!explicit) return 'upon successor';
  }
  const usable = dates.filter((d) => !NOT_EFFECTIVE.test(d.before) && !d.dateline);
  const opening = usable.find((d) => d.start <= 12 && OPENING_DATE.test(ctx.text.slice(0, d.start)));
  // "Effective immediately, Doe has stepped down": the opening phrase covers the whole sentence.
  if (IMMEDIATE.test(ctx.text.slice(clauseStart)) || /^\s*(?:effective immediately|with immediate effect)\b/iu.test(ctx.text)) {
    // "On February 1, Doe resigned ..., effective immediately": the day it happened, else the announcement.
    const dayBefore = [...usable].reverse().find((d) => d.end <= span.start && d.value.length === 10);
    const dateline = dates.find((d) => d.dateline && d.value.length === 10);
    return dayBefore?.value ?? opening?.value ?? ctx.announced ?? dateline?.value ?? null;
  }
  const cued = usable.find((d) => d.start >= span.end && EFFECTIVE_CUE.test(d.before) && d.start - span.end < 260);
  if (cued) return cued.value;
  if (HANDOVER.test(after.slice(0, 200).split(/;/u)[0] ?? '')) return null;
  const sentenceFrom = ctx.text.slice(0, clauseStart);
  if (ctx.previousDate && (SAME_DATE.test(clause) || (SAME_DATE.test(sentenceFrom) && !usable.some((d) => d.end <= span.start)))) {
    return ctx.previousDate;
  }
  // "effective at the close of the annual and special meeting of shareholders to be held on May 7, 2026": the
  // meeting's own day, when the text gives it in full.
  const meetingDay = usable.find(
    (d) => d.start >= span.end && d.value.length === 10 && MEETING_HELD.test(ctx.text.slice(span.end, d.start)),
  );
  // Nominees join, and directors not standing leave, at the shareholders' meeting, whatever day they said so.
  if (span.kind === 'nominated' || span.kind === 'not_standing') return meetingDay?.value ?? 'agm';
  // "will become COO on May 1"; a long title ("will assume the newly created role of Chief Digital Officer on May 1")
  // still counts when nothing but the role stands between the verb and "on <date>".
  const rightAfter = usable.find((d) => {
    if (d.start < span.end) return false;
    const between = ctx.text.slice(span.end, d.start);
    const near = d.start - span.end <= 45 || (d.start - span.end <= 120 && /^[^,;.()]*\s(?:on|as of)\s+$/iu.test(between));
    return near && !/[,;]\s*$/u.test(between) && !/\bwho\b|\bwhich\b/iu.test(between);
  });
  if (rightAfter) return rightAfter.value;
  // "retire from the Board effective as of the Annual Meeting": the meeting, not the day it was said.
  if (/\b(?:at|following|after|upon|effective (?:at|as of))\s+(?:the\s+)?(?:date\s+of\s+(?:the\s+)?)?(?:conclusion\s+of\s+the\s+|close\s+of\s+the\s+|end\s+of\s+the\s+)?(?:company['’]s\s+)?(?:\d{4}\s+)?(?:annual|general|annual general|annual shareholders['’]?|annual stockholders['’]?)\s+(?:general\s+)?meeting\b|\bat\s+the\s+(?:\d{4}\s+)?AGM\b/iu.test(clause)) return meetingDay?.value ?? 'agm';

  const cuedBefore = usable.find((d) => d.end <= span.start && EFFECTIVE_CUE.test(d.before) && d.start >= clauseStart - 60);
  if (cuedBefore) return cuedBefore.value;
  if (opening && opening.end <= span.start) return opening.value;
  const nearBefore = [...usable].reverse().find((d) => d.end <= span.start && span.start - d.end <= 200);
  if (nearBefore) return nearBefore.value;
  return null;
}
