/**
 * Ties between a change and the rest of its sentence that the trigger rules alone do not give: the other
 * side of a passive succession ("Doe will be succeeded by Roe"), a change that starts when someone else
 * leaves ("effective upon Ms. Doe's departure"), the end of a leaver's stay ("will remain with the company
 * through October 31"), and the role a leaver gives up when the text names only "the Board".
 */
import type { Effective } from '../announcement.js';
import type { DateHit } from './date-reader.js';
import { appositiveRole, titleBefore } from './mention-roles.js';
import type { NameMention } from './person-finder.js';
import type { Referent, SentenceContext } from './referent-search.js';
import { isAnaphoricRole, readOffices, readRole, roleClass } from './role-reader.js';
import type { TriggerRule } from './trigger-rules.js';

const PASSIVE_SUCCESSION = /\b(?:will be|is to be|would be|is being|to be|was|has been|had been)\s+(?:succeeded|replaced)\b(?:\s+as\s+[^.;]{2,80}?)?\s+$/iu;

/** Where "will be succeeded" starts, for the "by Roe" trigger that follows it. */
export function passiveStart(ctx: SentenceContext, byStart: number): number {
  return PASSIVE_SUCCESSION.exec(ctx.text.slice(0, byStart))?.index ?? byStart;
}

/** Just after the "by" of "will be succeeded (as CEO) by", from the end of "succeeded". */
export function byEnd(ctx: SentenceContext, from: number): number {
  const m = /^(?:\s+as\s+[^.;]{2,80}?)?\s+by\b/iu.exec(ctx.text.slice(from));
  return m ? from + m[0].length : from;
}

/** "succeeded as Chief Executive Officer by": the role handed over, when named. */
export function succeededAsRole(ctx: SentenceContext, from: number): string | null {
  const m = /^[^.;]*?\b(?:succeeded|replaced)\s+as\s+/iu.exec(ctx.text.slice(from, from + 100)) ?? /^\s+as\s+/iu.exec(ctx.text.slice(from));
  if (!m) return null;
  const role = readOffices(ctx.text, from + m[0].length);
  return role && !isAnaphoricRole(role) ? role : null;
}

const LEAVING_NOUN = String.raw`(?:departure|resignation|retirement|exit|separation)`;
const HANDOVER_CUE = /\b(?:effective\s+)?(?:upon|following|after|on|as of|at the time of|with)\s+(?:the\s+)?(?:effectiveness\s+of\s+(?:the\s+)?)?$/iu;
const POSSESSIVE_LEAVING = new RegExp(String.raw`^['’]s?\s+(?:planned\s+|upcoming\s+|anticipated\s+|expected\s+)?${LEAVING_NOUN}\b`, 'iu');
const LEAVING_OF = new RegExp(String.raw`\b(?:upon|following|after|on|at the time of)\s+(?:the\s+)?${LEAVING_NOUN}\s+of\s+$`, 'iu');

/** "appointed Roe as interim CFO, effective upon Ms. Doe's departure": Doe, whose leaving date Roe starts on. */
export function handoverFrom(ctx: SentenceContext, from: number): NameMention | null {
  const clauseEnd = from + (/[;]|\.\s/u.exec(ctx.text.slice(from))?.index ?? ctx.text.length);
  for (const r of ctx.referents) {
    if (r.start < from || r.start > clauseEnd || r.nameAt < 0) continue;
    const before = ctx.text.slice(Math.max(from, r.start - 40), r.start);
    const after = ctx.text.slice(r.end, r.end + 40);
    // "upon Ms. Doe's departure", "following the retirement of Mr. Doe"
    if (HANDOVER_CUE.test(before) && POSSESSIVE_LEAVING.test(after)) return r.name;
    if (LEAVING_OF.test(before)) return r.name;
  }
  return null;
}

/** The calendar date a bounded stay ends on ("through October 31, 2025"); null for "until a successor ...". */
export function stayEnd(text: string, from: number, dates: readonly DateHit[]): Effective {
  const bound = /^[^.;]{0,90}?\b(?:through|until|till)\s+/iu.exec(text.slice(from));
  if (!bound) return null;
  const at = from + bound[0].length;
  return dates.find((d) => d.start >= at && d.start <= at + 12 && !d.dateline)?.value ?? null;
}

const BOARD_ONLY = /^(?:the\s+|its\s+|our\s+)?Board(?:\s+of\s+Directors)?(?:\s+of\s+(?:the\s+)?\p{Lu}[^;]*)?$/iu;

/**
 * "Chairman Harold Doe will retire from the Board": a leaver's role read as just "the Board" is the seat;
 * the person's own board title (Chairman, a member of the Board) says more, else it is "director".
 */
export function leaverRole(ctx: SentenceContext, rule: TriggerRule, role: string | null, person: Referent): string | null {
  if (rule.direction !== 'leave' || !role || !BOARD_ONLY.test(role.trim())) return role;
  const own = appositiveRole(ctx, person) ?? titleBefore(ctx, person);
  return own && roleClass(own) === 'board' ? own : 'director';
}

/** "will join the Board as an executive director": a seat read as just "Board" is the director named after it. */
export function joinedSeat(ctx: SentenceContext, role: string | null, from: number): string | null {
  if (!role || !/^Board$/u.test(role.trim())) return role;
  const at = ctx.text.indexOf(role, from);
  const as = at >= 0 ? /^\s+as\s+(?:an?\s+)?/iu.exec(ctx.text.slice(at + role.length)) : null;
  const seat = as ? readRole(ctx.text, at + role.length + as[0].length) : null;
  return seat && /\b(?:director|trustee)$/iu.test(seat) ? seat : role;
}

/** "replaces Albert Doe, who served as the Company's interim CFO since 2024": the role a predecessor leaves. */
export function servedRole(ctx: SentenceContext, rule: TriggerRule, person: Referent): string | null {
  if (rule.direction !== 'leave' || person.nameAt < 0) return null;
  const m = /^\s*(?:,\s*(?:aged?\s+)?\d{1,3}\s*)?,\s*who\s+(?:\p{L}+ly\s+)?served\s+as\s+(?:(?:the|its|our)\s+(?:company|firm|bank)['’]s\s+|(?:its|our)\s+)?/iu.exec(ctx.text.slice(person.end));
  if (!m) return null;
  const role = readRole(ctx.text, person.end + m[0].length);
  return role && !isAnaphoricRole(role) ? role : null;
}
