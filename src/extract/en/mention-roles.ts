/**
 * The roles around a change mention: the title a person holds (appositive, title before the name), the
 * role a change names ("as ROLE", "to ROLE"), a predecessor's role, and board seats named only in passing.
 */
import type { NameMention } from './person-finder.js';
import type { Referent, SentenceContext } from './referent-search.js';
import { isAnaphoricRole, readOffices, readRole, roleClass } from './role-reader.js';

const APPOSITIVE =
  /^(?:\s*,?\s*(?:MD|M\.D\.|MPH|MBA|PhD|Ph\.D\.|CPA))*\s*,\s*(?:(?:aged?\s+)?\d{1,3}\s*,\s*)?(?:(?:and\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}]*\s*,\s*\d{1,3}\s*,\s*)?(?:the\s+(?:company|firm|bank)['’]s\s+|(?:its|our)\s+)?(?:(?:current|former|formerly|previous|previously|most recently|currently|presently|until recently)\s+)?/iu;

/** "Doe, 55, chairman of X," or "the Company's previous Chief Financial Officer": the role a person holds. */
export function appositiveRole(ctx: SentenceContext, ref: Referent): string | null {
  if (ref.nameAt < 0) return null;
  const after = ctx.text.slice(ref.end);
  // "Calloway, who has served as our Chief Financial Officer since 2019, ..."
  // "Bell, who currently serves as Executive Vice President, will become ...", "Bell, who is the Company's Treasurer,"
  const served =
    /^\s*(?:,\s*(?:aged?\s+)?\d{1,3}\s*)?,\s*who\s+(?:(?:has|had)\s+(?:\p{L}+ly\s+)?served|(?:currently|presently|now)\s+serves|serves|is\s+(?:currently\s+|presently\s+|now\s+)?serving)\s+as\s+(?:(?:the|its|our)\s+(?:company|firm|bank)['’]s\s+|(?:its|our)\s+)?/iu.exec(after) ??
    /^\s*(?:,\s*(?:aged?\s+)?\d{1,3}\s*)?,\s*who\s+is\s+(?:currently\s+|presently\s+|now\s+)?(?:the\s+(?:company|firm|bank)['’]s\s+|(?:its|our)\s+)/iu.exec(after);
  const m = served ?? APPOSITIVE.exec(after);
  if (!m || m[0].indexOf(',') < 0) return null;
  const role = readRole(ctx.text, ref.end + m[0].length);
  return role && !isAnaphoricRole(role) ? role : null;
}

/** A title written right before the name: "Chief Executive Officer Jane Doe". */
export function titleBefore(ctx: SentenceContext, ref: Referent): string | null {
  const windowStart = Math.max(0, ref.start - 90);
  const window = ctx.text.slice(windowStart, ref.start);
  for (const m of window.matchAll(/(?:^|[\s,(])(?=[\p{L}])/gu)) {
    const at = (m.index ?? 0) + m[0].length;
    const role = readRole(window, at);
    if (role && /^(?:and|of|the|for|its|our|&)\b/iu.test(role)) continue;
    if (role && window.slice(at).trim().replace(/[\s,]+$/u, '') === role && /\p{L}{3}/u.test(role)) return role;
  }
  return null;
}

/** Hides the periods of "Mr.", "Inc." and initials (same length) so that clause patterns can stop at real periods. */
export function maskAbbreviationDots(text: string): string {
  return text.replace(/\b(Mr|Ms|Mrs|Dr|Jr|Sr|Inc|Co|Corp|Ltd|St|No|Ph|Esq|\p{Lu})\./gu, '$1·');
}

// "to the newly created position of", "to the role of", "to the new office of": the words before a role named as a post.
const POST_OF = String.raw`to\s+(?:the|a|an)\s+(?:new(?:ly)?[-\s]created\s+|new\s+|expanded\s+|additional\s+|combined\s+)?(?:position|role|office|post|title)s?\s+of`;

/** The role a change names: "as ROLE", "to ROLE", "named Doe ROLE", "from his positions as ROLE". */
export function roleAt(ctx: SentenceContext, from: number, limit = 140): string | null {
  const rest = maskAbbreviationDots(ctx.text.slice(from, from + limit));
  // "appointed Doe, 47, the Company's Vice President of Finance, to serve as interim CFO": the appositive
  // is the old role; the new one follows "as".
  if (/^\s*,/u.test(rest)) {
    const as = new RegExp(String.raw`^[^.;]{0,110}?\b(?:to serve as|as|${POST_OF}|to (?=(?:the|its|our)\s+board\b)|(?<!\breport(?:s|ed|ing)?\s)to(?=\s+(?:Chief|President|Senior|Executive|Vice|Group|General|Managing|Co-)))\s+(?!a\s+result|part\b|well\b|of\b|such\b|described|previously|consultant|advisor)`, 'iu').exec(rest);
    if (as) {
      const role = readOffices(ctx.text, from + as[0].length);
      if (role && !isAnaphoricRole(role)) return role;
    }
  }
  const direct = new RegExp(String.raw`^\s*(?:,\s*\d{1,3}\s*,)?\s*(?:as|${POST_OF}|to|to\s+serve\s+as|from\s+(?:(?:his|her|their)\s+)?(?:positions?|roles?|posts?|offices?|duties)\s+(?:as|of)|from(?:\s+the\s+(?:position|role)\s+of)?|into)?\s*`, 'iu').exec(rest);
  const first = readOffices(ctx.text, from + (direct?.[0].length ?? 0));
  if (first && !isAnaphoricRole(first)) return first;
  const as = /^[^.;]{0,100}?\bas\s+(?!a\s+result|part|well|of|such|to|described|previously|consultant|advisor)/iu.exec(rest);
  if (as) {
    const role = readOffices(ctx.text, from + as[0].length);
    if (role && !isAnaphoricRole(role)) return role;
  }
  return null;
}

/** "succeeds Jane Doe as Chief Executive Officer": the role right after the predecessor's name, or none. */
export function predecessorRole(ctx: SentenceContext, triggerEnd: number): string | null {
  const predecessor = ctx.referents.find((r) => r.start >= triggerEnd);
  if (!predecessor) return null;
  const as = /^\s*,?\s*as\s+/iu.exec(ctx.text.slice(predecessor.end));
  return as ? readRole(ctx.text, predecessor.end + as[0].length) : null;
}

export function isCommitteeRole(ctx: SentenceContext, role: string, from: number): boolean {
  if (/\bcommittee\b/iu.test(role)) return true;
  const at = ctx.text.indexOf(role, Math.max(0, from - 200));
  return at >= 0 && /^['’]?s?\s*(?:\p{L}+\s+){0,3}committee\b/iu.test(ctx.text.slice(at + role.length));
}

/** "named Roe, currently Treasurer, to succeed Mr. Doe": the predecessor named right after the newcomer. */
export function successionTarget(ctx: SentenceContext, from: number): NameMention | null {
  const m = /^(?:\s*,[^,;]{0,90},)?\s*,?\s*(?:to succeed|succeeding|who (?:will )?succeeds?|as (?:the )?successor to|to replace|replacing)\s+$/iu;
  // "appointed Roe, currently CFO, as his successor": the pronoun stands for the one succeeded.
  const asOwner = /^(?:\s*,[^,;]{0,90},)?\s*,?\s*as\s+$/iu;
  const next = ctx.referents.find((r) => r.start >= from);
  if (!next) return null;
  const gap = ctx.text.slice(from, next.start);
  const owner = next.pronounCase === 'object' && asOwner.test(gap) && /^\s+(?:successor|replacement)\b/iu.test(ctx.text.slice(next.end, next.end + 14));
  if (!owner && !m.test(gap)) return null;
  return next.name;
}

/** A board seat named anywhere around the change: "to its Board", "to fill the vacancy", "newly created directorships". */
export function boardFromClause(ctx: SentenceContext, from: number): string | null {
  const clause = maskAbbreviationDots(ctx.text.slice(from, from + 160)).split(/[.;]/u)[0] ?? '';
  const seat = /\b(?:board|directorships?|vacancy|vacancies)\b/iu;
  if ((seat.test(clause) && !/\bboard['’]s\s+(?:\p{L}+\s+)?committee/iu.test(clause)) || /\bto fill\b[^.;]{0,60}\b(?:vacanc|directorship|seat)/iu.test(ctx.text)) {
    return 'director';
  }
  return null;
}


/** "promoted to Executive Vice President from Senior Vice President": the role given up, named after the new one. */
export function roleLeftFor(ctx: SentenceContext, roleAfter: string, from: number): string | null {
  const at = ctx.text.indexOf(roleAfter, from);
  if (at < 0) return null;
  const end = at + roleAfter.length;
  const m = /^\s*,?\s*from\s+(?:(?:his|her|their)\s+(?:current\s+|prior\s+|previous\s+)?(?:role|position|post)\s+(?:as|of)\s+|the\s+(?:role|position|post)\s+of\s+)?/iu.exec(ctx.text.slice(end));
  if (!m || !/from/iu.test(m[0])) return null;
  const role = readOffices(ctx.text, end + m[0].length);
  return role && roleClass(role) !== 'unknown' && !isAnaphoricRole(role) ? role : null;
}
