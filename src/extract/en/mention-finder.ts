/**
 * Turns one sentence into change mentions: for every trigger phrase, finds the people it is about
 * (before or after the verb, lists of names included), the role they leave or take, and the date.
 * Mentions are per sentence; `event-merger` folds them into one event per person and change.
 */
import type { ChangeKind, Effective } from '../announcement.js';
import { findDates } from './date-reader.js';
import type { DateHit } from './date-reader.js';
import type { NameMention } from './person-finder.js';
import { isAnaphoricRole, readRole } from './role-reader.js';
import type { Direction, TriggerRule } from './trigger-rules.js';
import { TRIGGER_RULES } from './trigger-rules.js';
import { pickEffective } from './effective-picker.js';

/** A name or a resolved he/she, placed in the analysed sentence. */
export interface Referent {
  readonly start: number;
  readonly end: number;
  /** The name mention the referent stands for (the antecedent for a pronoun). */
  readonly name: NameMention;
  /** Where that name is, for reading its appositive; -1 when it is in another sentence. */
  readonly nameAt: number;
}

export interface ChangeMention {
  readonly name: NameMention;
  readonly direction: Direction;
  readonly kind: ChangeKind;
  readonly ruleId: string;
  readonly weak: boolean;
  readonly roleBefore: string | null;
  readonly roleAfter: string | null;
  readonly effective: Effective;
  readonly sentenceIndex: number;
  readonly position: number;
  /** True when the sentence tells a career history (dates well before the announcement). */
  readonly historical: boolean;
  /** For a predecessor ("Doe succeeds Roe"): the successor, whose start date the predecessor's end follows. */
  readonly successor: NameMention | null;
  /** True when the person was found through he/she or a bare surname rather than a full name. */
  readonly indirect: boolean;
  /** True when the sentence is a capitals-only headline: its roles are the worst-written ones. */
  readonly headline: boolean;
  /** True for a mention that only completes a change stated elsewhere. */
  readonly mergeOnly: boolean;
  /** For a successor named "to succeed Doe": the predecessor, whose role and end date the successor takes. */
  readonly predecessor: NameMention | null;
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
}

const BE_AUX = /\b(?:is|was|were|been|be|are|being)\s+(?:also\s+|today\s+|now\s+|formally\s+|unanimously\s+)?$/iu;
const GAP_BREAK = /[;:“”"]|\bsaid\b|\bsays\b|\bstated\b|\bcommented\b|\bwhile\b|\bwhereas\b|\bbut\b/iu;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'our', 'their', 'his', 'her', 'as', 'of', 'and', 'to', 'today', 'also', 'has', 'have', 'outside', 'independent', 'current', 'former', 'new', 'longtime', 'long-time', 'company', 'company’s', "company's", 'board', 'bank', 'chairman', 'chair', 'chief', 'executive', 'officer', 'president', 'vice', 'director', 'member', 'members', 'ceo', 'cfo', 'coo', 'cto', 'senior', 'financial', 'operating', 'interim', 'acting']);
const SLATE_ELECTION = /\b(?:share|stock)holders\s+(?:re-?)?elected\b|\belected\s+by\s+(?:the\s+)?(?:company['’]s\s+)?(?:share|stock)holders\b|\b(?:share|stock)holders\s+(?:voted|approved)\b|\bnominees?\s+(?:were|was)\s+(?:re-?)?elected\b/iu;
const PAST_RELATIVE = /,?\s*who\s+(?:\p{L}+ly\s+)?(?:was\s+|were\s+|had\s+(?:been\s+)?)?$/iu;
const FORMER_ROLE = /\b(?:the\s+former|formerly|previously\s+served\s+as|who\s+(?:stepped|steps|will\s+step)\s+down\s+as)\b/iu;
const ATTRIBUTION = /\b(?:said|says|commented|added|noted|stated|explained)\b/iu;
const DEGREES = /^(?:\s*,?\s*(?:MD|M\.D\.|MPH|MBA|PhD|Ph\.D\.|CPA|CFA|JD|Esq\.?))+/u;

function inQuote(ctx: SentenceContext, at: number): boolean {
  return ctx.quoted.some(([a, b]) => at >= a && at < b);
}

/** The referents right before the trigger that it is about: "Doe", or "Doe and Roe" for a list. */
function subjectsBefore(ctx: SentenceContext, triggerStart: number): Referent[] {
  const before = ctx.referents.filter((r) => r.end <= triggerStart);
  const nearest = before[before.length - 1];
  if (!nearest) return [];
  const gap = ctx.text.slice(nearest.end, triggerStart);
  if (gap.length > 230 || GAP_BREAK.test(gap.replace(/[“"][^”"]{0,30}[”"]/gu, ''))) return [];
  const subjects = [nearest];
  for (let i = before.length - 2; i >= 0; i--) {
    const prev = before[i];
    const next = subjects[0];
    if (!prev || !next) break;
    const between = ctx.text.slice(prev.end, next.start).replace(DEGREES, '');
    if (!/^\s*(?:,\s*\d{1,3}\s*)?,?\s*(?:and|&)?\s*$/iu.test(between) || between.trim() === '') break;
    subjects.unshift(prev);
  }
  return subjects;
}

/** The referents right after an active verb: "named Jane Doe", "welcomes Jane Doe and John Roe". */
function objectsAfter(ctx: SentenceContext, triggerEnd: number): Referent[] {
  const after = ctx.referents.filter((r) => r.start >= triggerEnd);
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
    if (!/^\s*(?:,\s*\d{1,3}\s*)?(?:,[^,;.]{0,110},)?\s*(?:,\s*)?(?:and|&|,)\s*$/iu.test(between)) break;
    objects.push(next);
  }
  return objects;
}

/** "Doe, 55, chairman of X," or "the Company's previous Chief Financial Officer": the role a person holds. */
function appositiveRole(ctx: SentenceContext, ref: Referent): string | null {
  if (ref.nameAt < 0) return null;
  const m = /^(?:\s*,?\s*(?:MD|M\.D\.|MPH|MBA|PhD|Ph\.D\.|CPA))*\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:and\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}]*\s*,\s*\d{1,3}\s*,\s*)?(?:the\s+(?:company|firm|bank)['’]s\s+|(?:its|our)\s+)?(?:(?:current|former|previous|most recently|currently)\s+)?/iu.exec(
    ctx.text.slice(ref.end),
  );
  if (!m || m[0].indexOf(',') < 0) return null;
  const role = readRole(ctx.text, ref.end + m[0].length);
  return role && !isAnaphoricRole(role) ? role : null;
}

/** A title written right before the name: "Chief Executive Officer Steve Ballmer". */
function titleBefore(ctx: SentenceContext, ref: Referent): string | null {
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
function maskAbbreviationDots(text: string): string {
  return text.replace(/\b(Mr|Ms|Mrs|Dr|Jr|Sr|Inc|Co|Corp|Ltd|St|No|Ph|Esq|\p{Lu})\./gu, '$1·');
}

/** The role a change names: "as ROLE", "to ROLE", "named Doe ROLE", "from his positions as ROLE". */
function roleAt(ctx: SentenceContext, from: number, limit = 140): string | null {
  const rest = maskAbbreviationDots(ctx.text.slice(from, from + limit));
  // "appointed Doe, 47, the Company's Vice President of Finance, to serve as interim CFO": the appositive
  // is the old role; the new one follows "as".
  if (/^\s*,/u.test(rest)) {
    const as = /^[^.;]{0,110}?\b(?:to serve as|as|to the (?:position|role|office) of|to (?=(?:the|its|our)\s+board\b))\s+(?!a\s+result|part\b|well\b|of\b|such\b|described|previously|consultant|advisor)/iu.exec(rest);
    if (as) {
      const role = readRole(ctx.text, from + as[0].length);
      if (role && !isAnaphoricRole(role)) return role;
    }
  }
  const direct = /^\s*(?:,\s*\d{1,3}\s*,)?\s*(?:as|to(?:\s+the\s+(?:position|role|office)\s+of)?|to\s+serve\s+as|from\s+(?:(?:his|her|their)\s+)?(?:positions?|roles?|posts?|offices?|duties)\s+(?:as|of)|from(?:\s+the\s+(?:position|role)\s+of)?|into)?\s*/iu.exec(rest);
  const first = readRole(ctx.text, from + (direct?.[0].length ?? 0));
  if (first && !isAnaphoricRole(first)) return first;
  const as = /^[^.;]{0,100}?\bas\s+(?!a\s+result|part|well|of|such|to|described|previously|consultant|advisor)/iu.exec(rest);
  if (as) {
    const role = readRole(ctx.text, from + as[0].length);
    if (role && !isAnaphoricRole(role)) return role;
  }
  return null;
}

/** "succeeds Jane Doe as Chief Executive Officer": the role right after the predecessor's name, or none. */
function predecessorRole(ctx: SentenceContext, triggerEnd: number): string | null {
  const predecessor = ctx.referents.find((r) => r.start >= triggerEnd);
  if (!predecessor) return null;
  const as = /^\s*,?\s*as\s+/iu.exec(ctx.text.slice(predecessor.end));
  return as ? readRole(ctx.text, predecessor.end + as[0].length) : null;
}

function isCommitteeRole(ctx: SentenceContext, role: string, from: number): boolean {
  if (/\bcommittee\b/iu.test(role)) return true;
  const at = ctx.text.indexOf(role, Math.max(0, from - 200));
  return at >= 0 && /^['’]?s?\s*(?:\p{L}+\s+){0,3}committee\b/iu.test(ctx.text.slice(at + role.length));
}

const INTERIM_CUE = /\buntil\s+(?:a|his|her|their|the)\s+(?:permanent\s+)?(?:successor|replacement)\s+(?:is|has been)\s+(?:appointed|named|found|hired|identified|selected)\b|\bon an? (?:interim|acting|temporary) basis\b/iu;

/** "named Roe, currently Treasurer, to succeed Mr. Doe": the predecessor named right after the newcomer. */
function successionTarget(ctx: SentenceContext, from: number): NameMention | null {
  const m = /^(?:\s*,[^,;]{0,90},)?\s*,?\s*(?:to succeed|succeeding|who (?:will )?succeeds?|as (?:the )?successor to|to replace|replacing)\s+$/iu;
  const next = ctx.referents.find((r) => r.start >= from);
  if (!next || !m.test(ctx.text.slice(from, next.start))) return null;
  return next.name;
}

/** A board seat named anywhere around the change: "to its Board", "to fill the vacancy", "newly created directorships". */
function boardFromClause(ctx: SentenceContext, from: number): string | null {
  const clause = maskAbbreviationDots(ctx.text.slice(from, from + 160)).split(/[.;]/u)[0] ?? '';
  const seat = /\b(?:board|directorships?|vacancy|vacancies)\b/iu;
  if ((seat.test(clause) && !/\bboard['’]s\s+(?:\p{L}+\s+)?committee/iu.test(clause)) || /\bto fill\b[^.;]{0,60}\b(?:vacanc|directorship|seat)/iu.test(ctx.text)) {
    return 'director';
  }
  return null;
}

function historical(ctx: SentenceContext, triggerEnd: number, effective: Effective, dates: readonly DateHit[]): boolean {
  if (!ctx.reference) return false;
  const cutoff = ctx.reference.getTime() - 200 * 86_400_000;
  const old = (value: string): boolean => Date.parse(`${value.length === 7 ? `${value}-28` : value}T00:00:00Z`) < cutoff;
  // "was elected president ... in December 1995": a dated past in the rest of the clause.
  const clauseEnd = triggerEnd + (/[.;]/u.exec(ctx.text.slice(triggerEnd))?.index ?? ctx.text.length);
  const later = dates.filter((d) => d.start >= triggerEnd && d.start < Math.min(clauseEnd, triggerEnd + 120));
  if (!effective && later.length > 0 && later.every((d) => old(d.value)) && /\b(?:in|since|on)\s+$/iu.test(ctx.text.slice(Math.max(0, (later[0]?.start ?? 0) - 10), later[0]?.start ?? 0))) return true;
  const refYear = ctx.reference.getUTCFullYear();
  if (effective && /^\d{4}-\d{2}/u.test(effective)) {
    const eff = Date.parse(`${effective.length === 7 ? `${effective}-28` : effective}T00:00:00Z`);
    return eff < ctx.reference.getTime() - 200 * 86_400_000;
  }
  // "joined PPG as treasurer in 1980", "served as CEO from 2001 to 2017 and was succeeded by"
  const tail = ctx.text.slice(triggerEnd, triggerEnd + 90).split(/[.;]/u)[0] ?? '';
  const head = ctx.text.slice(Math.max(0, triggerEnd - 120), triggerEnd);
  const years = [...`${head} ${tail}`.matchAll(/\b(?:in|since|from|to|until|of|during)\s+(?:early\s+|mid-|late\s+)?((?:19|20)\d{2})\b/giu)].map((m) =>
    Number(m[1]),
  );
  return years.length > 0 && years.every((y) => y < refYear - 0) && tail.match(/\b(?:19|20)\d{2}\b/u) !== null;
}

/** Nothing said inside a quotation counts: quotes praise people, they do not announce changes. */
function applies(_rule: TriggerRule, ctx: SentenceContext, at: number): boolean {
  return !inQuote(ctx, at);
}

// A back-reference ("On May 1, in connection with the appointment of Doe as CFO, ...") dates the change only
// through the sentence's opening date; any other date in such a sentence is about something else.
const OPENING_REFERENCE = /^(?:On|As of|Effective)\s+[^,]{3,30}(?:,\s*\d{4})?,\s+(?:in connection with|following|upon|with)\b/iu;

function effectiveOf(rule: TriggerRule, ctx: SentenceContext, dates: readonly DateHit[], start: number, span: Parameters<typeof pickEffective>[2]): Effective {
  if (!rule.weak) return pickEffective(ctx, dates, span);
  const opening = OPENING_REFERENCE.exec(ctx.text);
  if (!opening || start - opening[0].length > 40) return null;
  return dates.find((d) => d.start < opening[0].length)?.value ?? null;
}

/** Change mentions in one sentence. */
export function findMentions(ctx: SentenceContext): ChangeMention[] {
  const mentions: ChangeMention[] = [];
  let dates: readonly DateHit[] | null = null;
  for (const rule of TRIGGER_RULES) {
    if (!rule.hint.test(ctx.text)) continue;
    for (const m of ctx.text.matchAll(rule.pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!applies(rule, ctx, start)) continue;
      // "the committee that selected new CEO Doe": a relative clause tells what happened before.
      if (rule.voice !== 'subject' && /\b(?:that|which)\s+$/iu.test(ctx.text.slice(Math.max(0, start - 6), start))) continue;
      // "At the annual meeting, the stockholders elected Doe, Roe and Poe as directors": a slate re-elected.
      if (rule.id === 'appoint' && SLATE_ELECTION.test(ctx.text) && !/\bnew(?:ly)?\b/iu.test(ctx.text)) continue;
      // "..., said Jane Roe, who recently joined Acme as CTO": background in a quote's attribution.
      if (rule.direction === 'join' && ATTRIBUTION.test(ctx.text) && /\bwho\s+(?:\p{L}+ly\s+)?(?:has\s+|had\s+|was\s+|were\s+|is\s+)?(?:\p{L}+ly\s+)?$/iu.test(ctx.text.slice(Math.max(0, start - 40), start))) continue;
      let people: Referent[] = [];
      let passive = false;
      if (rule.voice === 'subject') people = subjectsBefore(ctx, start);
      else if (rule.voice === 'object') people = objectsAfter(ctx, end);
      else {
        passive = BE_AUX.test(ctx.text.slice(Math.max(0, start - 40), start));
        const objects = passive ? [] : objectsAfter(ctx, end);
        // "Acme Names Doe CFO", "the Board appoints": a present-tense -s verb has the company as its subject.
        const activeOnly = /^(?:appoints|names|elects|promotes|hires|selects|designates|nominates)$/iu.test(m[0]);
        people = objects.length > 0 || activeOnly ? objects : subjectsBefore(ctx, start);
        passive = objects.length === 0;
      }
      if (people.length === 0) continue;
      const lastPerson = people[people.length - 1];
      if (!lastPerson) continue;
      if (rule.id === 'continues-as' && !FORMER_ROLE.test(ctx.text.slice(lastPerson.end, start))) continue;
      // "paid to Doe, who resigned as CFO on February 1": a past change told in passing.
      if (rule.voice !== 'object' && PAST_RELATIVE.test(ctx.text.slice(lastPerson.end, start)) && !/^(?:will|would|to|is|has|have|plans?|intends?|decided)\b/iu.test(m[0])) continue;
      // Incumbents put up again are no change.
      if (rule.id === 'nominate' && /^\s+(?:\p{L}+\s+){0,6}?for\s+re-?election\b/iu.test(ctx.text.slice(end, end + 80))) continue;
      // "the passing of former CEO Doe": someone who had already left.
      if (rule.direction === 'leave' && people.every((p) => /\b(?:former|retired|ex-|the late)\s+(?:[\p{L}&,-]+\s+){0,5}$/iu.test(ctx.text.slice(Math.max(0, p.start - 60), p.start)))) continue;
      let roleAfter: string | null = null;
      let roleBefore: string | null = null;
      let predecessor: NameMention | null = null;
      let interim = false;
      if (rule.direction === 'join') {
        const from = rule.voice === 'object' || (rule.voice === 'auto' && !passive) ? lastPerson.end : end;
        roleAfter =
          rule.id === 'succeeds-subject'
            ? predecessorRole(ctx, end)
            : (roleAt(ctx, from) ?? (rule.voice === 'object' || rule.id === 'join' || rule.voice === 'auto' ? boardFromClause(ctx, end) : null));
        if (rule.id === 'transition') {
          const from2 = /^\s*from\s+(?:the\s+(?:role|position)\s+of\s+)?/iu.exec(ctx.text.slice(end));
          if (from2) {
            roleBefore = readRole(ctx.text, end + from2[0].length);
            const to = /^[^.;]*?\bto\s+/iu.exec(ctx.text.slice(end + from2[0].length));
            roleAfter = to ? readRole(ctx.text, end + from2[0].length + to[0].length) : roleAfter;
          }
        }
        // "will serve as chair of the board's search committee": a committee seat is no change of office.
        if (roleAfter && isCommitteeRole(ctx, roleAfter, end)) roleAfter = null;
        predecessor = successionTarget(ctx, lastPerson.end);
        if ((rule.needsRole || (rule.id === 'appoint' || rule.id === 'nominate')) && !roleAfter && !predecessor && !rule.mergeOnly) continue;
        // "will assume the duties ... until a successor is appointed", "on an interim basis"
        if (INTERIM_CUE.test(ctx.text.slice(start))) interim = true;
        if (roleAfter && isAnaphoricRole(roleAfter)) roleAfter = null;
      } else if (rule.roleAfterTrigger) {
        roleBefore = roleAt(ctx, end, 120) ?? (rule.id === 'resign' || rule.id === 'step-down' ? boardFromClause(ctx, end) : null);
      }
      if (rule.direction === 'leave' && !roleBefore && rule.voice === 'object' && /^\s*,?\s*as\s/iu.test(ctx.text.slice(lastPerson.end))) {
        // "accepted the resignation of Doe as a director"
        roleBefore = roleAt(ctx, lastPerson.end, 100);
      }
      if (rule.direction === 'leave' && !roleBefore && rule.voice === 'subject') {
        // "Calisi's service as our president and chief executive officer was terminated"
        const gap = ctx.text.slice(lastPerson.end, end);
        const as = /\bas\s+/iu.exec(gap);
        if (as) roleBefore = readRole(ctx.text, lastPerson.end + (as.index ?? 0) + as[0].length);
      }
      dates ??= findDates(ctx.text, ctx.reference);
      // A predecessor's end date is the successor's start: it is inherited later, not read here.
      const effective = rule.id === 'succeeds' ? null : effectiveOf(rule, ctx, dates, start, { start, end, subjectStart: people[0]?.start ?? start, direction: rule.direction, kind: rule.kind });
      const isHistorical = historical(ctx, end, effective, dates);
      const successor = rule.id === 'succeeds' ? (subjectsBefore(ctx, start)[0]?.name ?? null) : null;
      const kind = interim
        ? 'interim'
        : rule.id === 'appoint' && /^promot/iu.test(m[0])
          ? 'promoted'
          : rule.direction === 'leave' && rule.kind === 'departed' && /retir/iu.test(m[0])
            ? 'retiring'
            : rule.kind;
      const firstPerson = people[0] ?? lastPerson;
      // A list shares the title around it: "Board members Doe and Roe", "Doe and Roe, Co-CEOs of X,".
      const shared = people.length > 1 ? (appositiveRole(ctx, lastPerson) ?? titleBefore(ctx, firstPerson)) : null;
      for (const person of people) {
        const held = shared ?? appositiveRole(ctx, person) ?? titleBefore(ctx, person);
        const before = rule.direction === 'leave' ? (roleBefore ?? held) : (roleBefore ?? held);
        mentions.push({
          name: person.name,
          direction: rule.direction,
          kind,
          ruleId: rule.id,
          weak: rule.weak === true,
          roleBefore: before,
          roleAfter: rule.direction === 'join' ? roleAfter : null,
          effective,
          sentenceIndex: ctx.index,
          position: start,
          historical: isHistorical,
          successor,
          indirect: person.nameAt < 0 || person.start !== person.nameAt || !person.name.full,
          headline: false,
          mergeOnly: rule.mergeOnly === true || rule.id === 'succeeds' || rule.id === 'succeeds-subject',
          predecessor,
        });
      }
    }
  }
  return withoutMovesElsewhere(mentions);
}

/** "Doe will leave the company ... to become chief executive of a private firm": the new job is elsewhere. */
function withoutMovesElsewhere(mentions: readonly ChangeMention[]): ChangeMention[] {
  return mentions.filter(
    (m) =>
      !(
        (m.ruleId === 'become' || m.ruleId === 'join') &&
        mentions.some((o) => o.direction === 'leave' && o.name === m.name && o.position < m.position && !o.weak)
      ),
  );
}
