/**
 * Turns one sentence into change mentions: for every trigger phrase, finds the people it is about
 * (before or after the verb, lists of names included), the role they leave or take, and the date.
 * Mentions are per sentence; `event-merger` folds them into one event per person and change.
 */
import type { ChangeKind, Effective } from '../announcement.js';
import { findDates } from './date-reader.js';
import type { DateHit } from './date-reader.js';
import type { NameMention } from './person-finder.js';
import { appositiveRole, boardFromClause, isCommitteeRole, predecessorRole, roleAt, successionTarget, titleBefore } from './mention-roles.js';
import { inQuote, objectsAfter, subjectsBefore } from './referent-search.js';
import type { Referent, SentenceContext } from './referent-search.js';
import { isAnaphoricRole, readRole } from './role-reader.js';
import type { Direction, TriggerRule } from './trigger-rules.js';
import { TRIGGER_RULES } from './trigger-rules.js';
import { pickEffective } from './effective-picker.js';

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
}

const BE_AUX = /\b(?:is|was|were|been|be|are|being)\s+(?:also\s+|today\s+|now\s+|formally\s+|unanimously\s+)?$/iu;
const SLATE_ELECTION = /\b(?:share|stock)holders\s+(?:re-?)?elected\b|\belected\s+by\s+(?:the\s+)?(?:company['’]s\s+)?(?:share|stock)holders\b|\b(?:share|stock)holders\s+(?:voted|approved)\b|\bnominees?\s+(?:were|was)\s+(?:re-?)?elected\b/iu;
const PAST_RELATIVE = /,?\s*who\s+(?:\p{L}+ly\s+)?(?:was\s+|were\s+|had\s+(?:been\s+)?)?$/iu;
const FORMER_ROLE = /\b(?:the\s+former|formerly|previously\s+served\s+as|who\s+(?:stepped|steps|will\s+step)\s+down\s+as)\b/iu;
const ATTRIBUTION = /\b(?:said|says|commented|added|noted|stated|explained)\b/iu;
const INTERIM_CUE = /\buntil\s+(?:a|his|her|their|the)\s+(?:permanent\s+)?(?:successor|replacement)\s+(?:is|has been)\s+(?:appointed|named|found|hired|identified|selected)\b|\bon an? (?:interim|acting|temporary) basis\b/iu;

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
