/**
 * Turns one sentence into change mentions: for every trigger phrase, finds the people it is about
 * (before or after the verb, lists of names included), the role they leave or take, and the date.
 * Mentions are per sentence; `event-merger` folds them into one event per person and change.
 */
import type { ChangeKind, Effective } from '../announcement.js';
import { findDates } from './date-reader.js';
import type { DateHit } from './date-reader.js';
import type { NameMention } from './person-finder.js';
import { appositiveRole, boardFromClause, isCommitteeRole, predecessorRole, roleAt, roleLeftFor, successionTarget, titleBefore } from './mention-roles.js';
import { byEnd, handoverFrom, joinedSeat, leaverRole, passiveStart, servedRole, stayEnd, succeededAsRole } from './mention-links.js';
import { inQuote, objectsAfter, subjectsBefore } from './referent-search.js';
import type { Referent, SentenceContext } from './referent-search.js';
import { isAnaphoricRole, isOwnRole, readOffices, readRole } from './role-reader.js';
import type { Direction, TriggerRule } from './trigger-rules.js';
import { TRIGGER_RULES } from './trigger-rules.js';
import { IMMEDIATE, pickEffective } from './effective-picker.js';
import type { TriggerSpan } from './effective-picker.js';
import { isHistorical } from './history-filter.js';

export type { Referent, SentenceContext } from './referent-search.js';

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
  /** True when the trigger is an infinitive of purpose ("to become", "to join"): after a departure, a job elsewhere. */
  readonly purpose: boolean;
  /** A role kept ("will remain Chairman"): an event only beside the same person giving up another role. */
  readonly continuing: boolean;
  /** "effective upon Ms. Doe's departure": the person whose leaving date this change starts on. */
  readonly startsWhen: NameMention | null;
}

const BE_AUX = /\b(?:is|was|were|been|be|are|being)\s+(?:also\s+|today\s+|now\s+|formally\s+|unanimously\s+)?$/iu;
const SLATE_ELECTION =
  /\b(?:share|stock)holders(?:\s+of\s+(?:(?!\b(?:board|directors?)\b)[^.;]|\b(?:Inc|Corp|Co|Ltd|N\.A)\.){2,70}?)?\s+(?:re-?)?elected\b|\belected\s+by\s+(?:the\s+)?(?:company['’]s\s+)?(?:share|stock)holders\b|\b(?:share|stock)holders\s+(?:voted|approved)\b|\bnominees?\s+(?:were|was)\s+(?:re-?)?elected\b/iu;
const PAST_RELATIVE = /,?\s*who\s+(?:\p{L}+ly\s+)?(?:was\s+|were\s+|had\s+(?:been\s+)?)?$/iu;
const FORMER_ROLE = /\b(?:the\s+former|formerly|previously\s+served\s+as|who\s+(?:stepped|steps|will\s+step)\s+down\s+as)\b/iu;
const CONDITIONAL = /\b(?:if|in the event(?: that)?|should|unless|whether|in case|provided(?: that)?|assuming|were)(?:,?\s+|,\s*)(?:[\p{L}'’.]+,?\s+){0,3}$/iu;
const CONDITIONAL_GAP = /\b(?:if|in the event|unless|whether|in case|provided that|assuming)\b/iu;
// "if his employment is terminated", "may be terminated by either party": a contract's terms, not a change.
const HYPOTHETICAL = /\b(?:is|are|(?:may|might|would|could|should|shall|can)\s+be)\s+(?:terminated|ended|removed)\b/iu;
// "the right to resign for good reason", "will terminate for any reason other than cause": an ending on a
// contract's grounds, told in the present, future or infinitive, is a term of the contract.
const PAST_ENDING = /\b(?:terminated|ended|ceased|resigned|was|were|has been|have been|had been)\b/iu;
const CONTRACT_GROUNDS = /^\s*,?\s*(?:[\p{L}]+\s+){0,4}?(?:(?:for|without)\s+(?:good\s+reason|cause|any\s+reason)|other\s+than\s+(?:for\s+)?cause|due\s+to\s+(?:death|disability))\b/iu;
// "will continue to serve as CFO until June 30": a stay until a date is a transition, not a role kept.
const BOUNDED = /^[^.;]*?\b(?:through|until|till)\b/iu;
const ADVISORY = /^[^.;]*?\b(?:advis[eo]r|advisory|consult(?:ant|ing|ancy))\b/iu;
const ATTRIBUTION = /\b(?:said|says|commented|added|noted|stated|explained)\b/iu;
const INTERIM_CUE =
  /\buntil\s+(?:a|his|her|their|the)\s+(?:permanent\s+)?(?:successor|replacement)\s+(?:is|has been)\s+(?:appointed|named|found|hired|identified|selected)\b|\bon an? (?:interim|acting|temporary) basis\b/iu;
// A back-reference ("On May 1, in connection with the appointment of Doe as CFO, ...") dates the change only
// through the sentence's opening date; any other date in such a sentence is about something else.
const OPENING_REFERENCE = /^(?:On|As of|Effective)\s+[^,]{3,30}(?:,\s*\d{4})?,\s+(?:in connection with|following|upon|with)\b/iu;

// "As previously disclosed in the Current Report on Form 8-K filed on ..., Doe retired": a change already
// reported and already in force weeks before this filing, told again beside something else (a consulting
// agreement, a payment). It counts only beside news. A recap of a change that takes effect now ("As previously
// reported, following the filing of the 10-K, Doe became CFO") is news: its date is near the filing's.
const RECAP = /^(?:\([a-z]\)\s*)?as\s+(?:previously|earlier|originally)\s+(?:disclosed|reported|announced)\b/iu;
const RECAP_AGE_DAYS = 14;
// "in connection with the previously announced retirement of Ms. Doe": a back-reference, like "Doe's retirement".
const PREVIOUSLY_ANNOUNCED =
  /\b(?:previously|already|earlier)[\s-]+(?:announced|disclosed|reported)\s+(?:(?:the\s+)?(?:resignation|retirement|departure|appointment|election|promotion)\b|(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?\p{Lu}[\p{L}.'’ -]{1,40}['’]s?\s+(?:resignation|retirement|departure|appointment|election|promotion)\b)/u;

function isOldRecap(ctx: SentenceContext, effective: Effective): boolean {
  if (!RECAP.test(ctx.text) || !ctx.reference || !effective || !/^\d{4}-\d{2}-\d{2}$/u.test(effective)) return false;
  return Date.parse(`${effective}T12:00:00Z`) < ctx.reference.getTime() - RECAP_AGE_DAYS * 86_400_000;
}

interface Trigger {
  readonly rule: TriggerRule;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

interface Roles {
  readonly roleBefore: string | null;
  readonly roleAfter: string | null;
  readonly predecessor: NameMention | null;
  readonly interim: boolean;
}

/** Triggers that tell background, not news, whoever they are about. */
function isBackground(ctx: SentenceContext, t: Trigger): boolean {
  // Nothing said inside a quotation counts: quotes praise people, they do not announce changes.
  if (inQuote(ctx, t.start)) return true;
  // "the panel that appointed Doe as CEO": a relative clause tells what happened before.
  if (t.rule.voice !== 'subject' && /\b(?:that|which)\s+$/iu.test(ctx.text.slice(Math.max(0, t.start - 6), t.start))) return true;
  // "At the annual meeting, the stockholders elected Doe, Roe and Poe as directors": a slate re-elected.
  // "... elected the nominees, Doe, Roe and Poe, to serve as Class III directors": the same slate.
  if ((t.rule.id === 'appoint' || t.rule.id === 'will-serve') && SLATE_ELECTION.test(ctx.text) && !/\bnew(?:ly)?\b/iu.test(ctx.text)) return true;
  // "..., said Jane Roe, who recently joined Acme as CTO": background in a quote's attribution.
  return (
    t.rule.direction === 'join' &&
    ATTRIBUTION.test(ctx.text) &&
    /\bwho\s+(?:\p{L}+ly\s+)?(?:has\s+|had\s+|was\s+|were\s+|is\s+)?(?:\p{L}+ly\s+)?$/iu.test(ctx.text.slice(Math.max(0, t.start - 40), t.start))
  );
}

/** The people a trigger is about, and whether an "auto" verb was read as passive ("Doe was named"). */
function findPeople(ctx: SentenceContext, t: Trigger): { readonly people: Referent[]; readonly passive: boolean } {
  if (t.rule.voice === 'subject') return { people: subjectsBefore(ctx, t.start), passive: false };
  if (t.rule.voice === 'object') return { people: objectsAfter(ctx, t.end), passive: false };
  const passive = BE_AUX.test(ctx.text.slice(Math.max(0, t.start - 40), t.start));
  const objects = passive ? [] : objectsAfter(ctx, t.end);
  // "Acme Names Doe CFO", "the Board appoints": a present-tense -s verb has the company as its subject.
  const activeOnly = /^(?:appoints|names|elects|promotes|elevates|hires|selects|designates|nominates)$/iu.test(t.text);
  if (objects.length > 0 || activeOnly) return { people: objects, passive: false };
  return { people: subjectsBefore(ctx, t.start), passive: true };
}

/** Changes that, once we know who, are still no change. */
function isExcluded(ctx: SentenceContext, t: Trigger, people: readonly Referent[], last: Referent): boolean {
  // "severance if she resigns for good reason", "in the event that his employment is terminated": contract terms.
  if (t.rule.direction === 'leave') {
    const first = people[0] ?? last;
    if (CONDITIONAL.test(ctx.text.slice(Math.max(0, first.start - 40), first.start)) || CONDITIONAL_GAP.test(ctx.text.slice(last.end, t.end))) return true;
    if (HYPOTHETICAL.test(t.text)) return true;
    if (!PAST_ENDING.test(t.text) && CONTRACT_GROUNDS.test(ctx.text.slice(t.end, t.end + 80))) return true;
  }
  // A kept role bounded by a date ("will remain CFO through June 30") or advisory work is no new role.
  if (isKeptRole(t) && (BOUNDED.test(ctx.text.slice(t.end)) || ADVISORY.test(ctx.text.slice(t.end)))) return true;
  // "Doe will remain with the company through June 30" dates a departure; "until a successor is named" does not.
  if (t.rule.id === 'stays-until' && ADVISORY.test(ctx.text.slice(t.end))) return true;
  // "paid to Doe, who resigned as CFO on February 1": a past change told in passing.
  if (
    t.rule.voice !== 'object' &&
    PAST_RELATIVE.test(ctx.text.slice(last.end, t.start)) &&
    !/^(?:will|would|to|is|has|have|plans?|intends?|decided)\b/iu.test(t.text)
  ) {
    return true;
  }
  // "Roe replaces Doe, who was named CEO in September": Doe moved on earlier; Roe taking the post is no departure.
  if (t.rule.id === 'succeeds' && /^\s*,\s*who\s+(?:was|were|has\s+been|had\s+been)\s+(?:\p{L}+ly\s+)?(?:named|appointed|promoted|elected|elevated)\b/iu.test(ctx.text.slice(last.end, last.end + 60))) {
    return true;
  }
  // Incumbents put up again are no change.
  if (t.rule.id === 'nominate' && /^\s+(?:\p{L}+\s+){0,6}?for\s+re-?election\b/iu.test(ctx.text.slice(t.end, t.end + 80))) return true;
  // "the passing of former CEO Doe": someone who had already left.
  return (
    t.rule.direction === 'leave' &&
    people.every((p) => /\b(?:former|retired|ex-|the late)\s+(?:[\p{L}&,-]+\s+){0,5}$/iu.test(ctx.text.slice(Math.max(0, p.start - 60), p.start)))
  );
}

// "appointed Doe as an Operating Partner", "to its Scientific Advisory Board": advisers are no officers or
// directors. Only for a newcomer: an officer moving to an adviser's role leaves an office (other rules say so).
const NEWCOMER_RULES: ReadonlySet<string> = new Set(['appoint', 'announced-appointment', 'appointment-of', 'welcome', 'join']);
const ADVISORY_POST = /^[^,;.]{0,40}?\b(?:operating\s+partner|venture\s+partner|advis[oe]r|advisory\s+(?:board|council|committee)|consultant)\b/iu;
const OFFICE_WORD = /\b(?:chief|president|officer|chair(?:man|woman|person)?|director|treasurer|secretary|counsel|controller)\b/iu;

function isAdvisoryPost(ctx: SentenceContext, roleAfter: string, from: number): boolean {
  const at = ctx.text.indexOf(roleAfter, from);
  if (at < 0 || OFFICE_WORD.test(roleAfter)) return false;
  return ADVISORY_POST.test(ctx.text.slice(at, at + roleAfter.length + 40));
}

function isKeptRole(t: Trigger): boolean {
  return t.rule.id === 'continues-as' || t.rule.id === 'remains';
}

/** The roles a change names; null when a join names no role (and so is no appointment). */
function readRoles(ctx: SentenceContext, t: Trigger, last: Referent, passive: boolean): Roles | null {
  const { rule, start, end } = t;
  if (rule.direction === 'join') {
    const from = rule.voice === 'object' || (rule.voice === 'auto' && !passive) ? last.end : end;
    let roleBefore: string | null = null;
    let roleAfter =
      rule.id === 'succeeds-subject'
        ? predecessorRole(ctx, end)
        : rule.id === 'succeeded-by-successor'
          ? succeededAsRole(ctx, start)
          : (roleAt(ctx, from) ?? (rule.voice === 'object' || rule.id === 'join' || rule.voice === 'auto' ? boardFromClause(ctx, end) : null));
    roleAfter = joinedSeat(ctx, roleAfter, from);
    // "will remain on the Board": the seat kept.
    if (!roleAfter && rule.id === 'remains' && /^\s+(?:on|a\s+member\s+of)\s+(?:the|its|our)\s+Board\b/iu.test(ctx.text.slice(end))) roleAfter = 'director';
    if (rule.id === 'transition') {
      const fromRole = /^\s*from\s+(?:the\s+(?:role|position)\s+of\s+)?/iu.exec(ctx.text.slice(end));
      if (fromRole) {
        const at = end + fromRole[0].length;
        roleBefore = readRole(ctx.text, at);
        const to = /^[^.;]*?\bto\s+/iu.exec(ctx.text.slice(at));
        roleAfter = to ? readRole(ctx.text, at + to[0].length) : roleAfter;
      }
    }
    // "Doe will chair the Board's search committee": a committee seat is no change of office.
    if (roleAfter && isCommitteeRole(ctx, roleAfter, end)) roleAfter = null;
    // "Roe will succeed Doe": the successor takes Doe's role when the sentence does not name it.
    const predecessor =
      rule.id === 'succeeds-subject'
        ? (ctx.referents.find((r) => r.start >= end)?.name ?? null)
        : rule.id === 'succeeded-by-successor'
          ? (subjectsBefore(ctx, passiveStart(ctx, start))[0]?.name ?? null)
          : successionTarget(ctx, last.end);
    if ((rule.needsRole || rule.id === 'appoint' || rule.id === 'nominate') && !roleAfter && !predecessor && !rule.mergeOnly) return null;
    // "pursuant to which Doe will serve as an advisor until June 30": advisory work is no office, for anyone.
    if (roleAfter && (NEWCOMER_RULES.has(rule.id) || rule.id === 'will-serve') && isAdvisoryPost(ctx, roleAfter, from)) return null;
    if (roleAfter && isAnaphoricRole(roleAfter)) roleAfter = null;
    if (!roleBefore && roleAfter && rule.id !== 'transition') roleBefore = roleLeftFor(ctx, roleAfter, from);
    // "will assume the duties ... until a successor is appointed", "on an interim basis"
    return { roleBefore, roleAfter, predecessor, interim: INTERIM_CUE.test(ctx.text.slice(start)) };
  }
  let roleBefore = rule.roleAfterTrigger
    ? (roleAt(ctx, end, 120) ?? (rule.id === 'resign' || rule.id === 'step-down' ? boardFromClause(ctx, end) : null))
    : null;
  if (!roleBefore && rule.voice === 'object' && /^\s*,?\s*as\s/iu.test(ctx.text.slice(last.end))) {
    // "accepted the resignation of Doe as a director"
    roleBefore = roleAt(ctx, last.end, 100);
  }
  // "Doe will be succeeded as Chief Executive Officer by Roe"
  if (!roleBefore && rule.id === 'succeeded-by') roleBefore = succeededAsRole(ctx, end);
  if (!roleBefore && rule.voice === 'subject') {
    // "Mr. Doe's employment as our chief operating officer ended"
    const as = /\bas\s+/iu.exec(ctx.text.slice(last.end, end));
    if (as) roleBefore = readRole(ctx.text, last.end + as.index + as[0].length);
  }
  return { roleBefore, roleAfter: null, predecessor: null, interim: false };
}

function effectiveOf(ctx: SentenceContext, t: Trigger, dates: readonly DateHit[], span: TriggerSpan): Effective {
  // A predecessor's end date is the successor's start: it is inherited later, not read here.
  if (t.rule.id === 'succeeds') return null;
  // "will remain with the company through October 31, 2025": the date after "through".
  if (t.rule.id === 'stays-until') return stayEnd(ctx.text, t.end, dates);
  // "Roe was appointed CEO, effective immediately, following the resignation of Doe": Doe left at once too.
  if (t.rule.weak && t.rule.direction === 'leave' && IMMEDIATE.test(ctx.text)) return pickEffective(ctx, dates, { ...span, subjectStart: 0 });
  // "On May 4, Doe informed the Company of her decision to retire": the day she said so is not the day she goes.
  const intent = /\b(?:decision|intention|intent|plan)\s+to\b/iu;
  const announcedIntent =
    t.rule.direction === 'leave' &&
    (intent.test(t.text) || /\b(?:decision|intention|intent|plan)\s+to\s+$/iu.test(ctx.text.slice(Math.max(0, t.start - 20), t.start))) &&
    /\b(?:notified|informed|advised|told|announced)\b/iu.test(ctx.text.slice(0, t.end));
  if (announcedIntent && !IMMEDIATE.test(ctx.text)) {
    return pickEffective(ctx, dates.filter((d) => d.start >= t.end), span);
  }
  if (!t.rule.weak) return pickEffective(ctx, dates, span);
  const opening = OPENING_REFERENCE.exec(ctx.text);
  if (!opening || t.start - opening[0].length > 40) return null;
  return dates.find((d) => d.start < opening[0].length)?.value ?? null;
}

function kindOf(t: Trigger, interim: boolean): ChangeKind {
  if (interim) return 'interim';
  if (t.rule.id === 'appoint' && /^(?:promot|elevat)/iu.test(t.text)) return 'promoted';
  if (t.rule.direction === 'leave' && t.rule.kind === 'departed' && /retir/iu.test(t.text)) return 'retiring';
  return t.rule.kind;
}

/** Change mentions in one sentence. */
export function findMentions(ctx: SentenceContext): ChangeMention[] {
  const mentions: ChangeMention[] = [];
  let dates: readonly DateHit[] | null = null;
  for (const rule of TRIGGER_RULES) {
    if (!rule.hint.test(ctx.text)) continue;
    for (const m of ctx.text.matchAll(rule.pattern)) {
      const start = m.index ?? 0;
      const t: Trigger = { rule, text: m[0], start, end: start + m[0].length };
      if (isBackground(ctx, t)) continue;
      const { people, passive } = findPeople(ctx, t);
      const first = people[0];
      const last = people[people.length - 1];
      if (!first || !last || isExcluded(ctx, t, people, last)) continue;
      const roles = readRoles(ctx, t, last, passive);
      if (!roles) continue;
      dates ??= findDates(ctx.text, ctx.reference, ctx.definedDates);
      const effective = effectiveOf(ctx, t, dates, { start, end: t.end, subjectStart: first.start, direction: rule.direction, kind: rule.kind });
      const historical = isHistorical(ctx, t.end, effective, dates, start);
      const successor =
        rule.id === 'succeeds'
          ? (subjectsBefore(ctx, start)[0]?.name ?? null)
          : rule.id === 'succeeded-by'
            ? (objectsAfter(ctx, byEnd(ctx, t.end))[0]?.name ?? null)
            : null;
      const startsWhen = rule.direction === 'join' ? handoverFrom(ctx, t.end) : null;
      // A list shares the title around it: "Board members Doe and Roe", "Doe and Roe, Co-CEOs of X,".
      // Not when each name has its own "as ROLE" ("Doe as Chairman, and Roe, the COO, as CEO"): Roe's title is hers.
      const eachOwn = people.length > 1 && rule.direction === 'join' && people.every((p) => ownRole(ctx, p) !== null);
      const shared = people.length > 1 && !eachOwn ? (appositiveRole(ctx, last) ?? titleBefore(ctx, first)) : null;
      for (const person of people) {
        mentions.push({
          name: person.name,
          direction: rule.direction,
          kind: kindOf(t, roles.interim),
          ruleId: rule.id,
          weak: rule.weak === true || isOldRecap(ctx, effective) || PREVIOUSLY_ANNOUNCED.test(ctx.text.slice(Math.max(0, start - 40), t.end)),
          roleBefore:
            leaverRole(ctx, rule, roles.roleBefore, person) ??
            shared ??
            appositiveRole(ctx, person) ??
            titleBefore(ctx, person) ??
            servedRole(ctx, rule, person) ??
            // Re-election is to the board: a director who does not stand again leaves a seat.
            (rule.kind === 'not_standing' ? 'director' : null),
          roleAfter: (people.length > 1 && rule.direction === 'join' ? ownRole(ctx, person) : null) ?? roles.roleAfter,
          effective,
          sentenceIndex: ctx.index,
          position: start,
          historical,
          successor,
          indirect: person.nameAt < 0 || person.start !== person.nameAt || !person.name.full,
          headline: false,
          mergeOnly: rule.mergeOnly === true || rule.id === 'succeeds' || rule.id === 'succeeds-subject',
          predecessor: roles.predecessor,
          purpose: /^to\s/iu.test(t.text),
          // "Doe, the former CEO, will continue as Executive Chairman" stands alone; a plain seat kept never does.
          continuing: isKeptRole(t) && (!FORMER_ROLE.test(ctx.text.slice(last.end, t.start)) || !isOwnRole(roles.roleAfter)),
          startsWhen,
        });
      }
    }
  }
  return withoutMovesElsewhere(mentions);
}

/** "named Doe as CEO and Roe as CFO": the role right after one name of a list, when each has its own. */
function ownRole(ctx: SentenceContext, person: Referent): string | null {
  const as = /^(?:\s*,[^,;.]{2,80},)?\s+as\s+/iu.exec(ctx.text.slice(person.end));
  if (!as) return null;
  const role = readOffices(ctx.text, person.end + as[0].length);
  return role && !isAnaphoricRole(role) ? role : null;
}

/** "Doe will leave the company ... to become chief executive of a private firm": the new job is elsewhere. */
function withoutMovesElsewhere(mentions: readonly ChangeMention[]): ChangeMention[] {
  return mentions.filter(
    (m) =>
      !(
        (m.ruleId === 'become' || m.ruleId === 'join') &&
        m.purpose &&
        mentions.some((o) => o.direction === 'leave' && o.name === m.name && o.position < m.position && !o.weak)
      ),
  );
}
