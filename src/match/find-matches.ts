/**
 * Finds the tracked contacts an announced officer may be, with a score and reasons.
 *
 * Company context. An event is compared only with contacts of the issuing company (identifier first, then
 * normalized name or a short form of it). A namesake at another company is never a `same_company` match.
 *
 * Job changes ("your former champion joined X"). When the event brings someone in (appointed, nominated,
 * interim) and nobody at the issuer fits, a contact at another account may be the same person — or a namesake.
 * The name alone cannot tell those apart, however rare it is, so the rule is conservative:
 *   1. the names must agree almost exactly (same kanji up to variants; or same family name, same given name or
 *      a nickname of it, no conflicting middle initial or suffix) — score ≥ 0.95 before company context;
 *   2. with a second clue the candidate reaches alert level: the event's previous employer is the contact's
 *      account (`previousCompany`, batch input), or the announcement's text names the contact's account company
 *      (`documentText`, the service; see company-mentions.ts);
 *   3. without one, it goes to the review list only if the name is distinctive: no other tracked contact has the
 *      same name and it has at least two parts (given + family, or three kanji); otherwise it is dropped.
 *
 * Ambiguity. When two differently-named contacts at the issuer both reach alert level (e.g. a romaji "Ono" that
 * fits 小野 and 大野), only a candidate that leads the next one by a clear margin keeps its alert; the others go
 * to review.
 */
import { compareCompanies, companyKey, type CompanyKey } from './company-identity.js';
import { companyMentions, type CompanyMentions } from './company-mentions.js';
import { companyPrefixKey } from './company-name.js';
import { accountCandidates, identifierKeys, isUnreadKanji, personKeys, type ContactIndex } from './contact-index.js';
import { compareNames } from './name-comparison.js';
import type { MatchableEvent, MatchCandidate } from './match-types.js';
import { MATCH_THRESHOLDS } from './match-thresholds.js';
import { nameBlockingKeys, prepareName, type PreparedName } from './person-name.js';
import { hepburnKey } from './romaji-key.js';

const JOINING_CHANGES = new Set(['appointed', 'nominated', 'interim']);
const JOB_CHANGE_MIN_NAME_SCORE = 0.95;
const JOB_CHANGE_WITH_CLUE_PENALTY = 0.05;
const JOB_CHANGE_REVIEW_SCORE = 0.7;
const AMBIGUITY_MARGIN = 0.05;

function issuingAccounts(index: ContactIndex, event: CompanyKey): Map<number, { strength: number; reason: string }> {
  const candidates = new Set<number>();
  for (const id of identifierKeys(event)) for (const a of index.accountsByIdentifier.get(id) ?? []) candidates.add(a);
  if (event.nameKey) {
    for (const a of index.accountsByName.get(event.compactName) ?? []) candidates.add(a);
    for (const a of index.accountsByPrefix.get(companyPrefixKey(event.nameKey)) ?? []) candidates.add(a);
  }
  const same = new Map<number, { strength: number; reason: string }>();
  for (const a of candidates) {
    const relation = compareCompanies(event, index.accounts[a]!.key);
    if (relation.kind === 'same') same.set(a, relation);
  }
  return same;
}

interface Scored {
  readonly candidate: MatchCandidate;
  readonly name: PreparedName;
}

/**
 * Two contact records that may be the same person written twice (a CRM duplicate) rather than two people: same
 * folded kanji, or same family and given name with no conflicting middle initial.
 */
function sameWrittenPerson(a: PreparedName, b: PreparedName): boolean {
  if (a.japanese || b.japanese) return a.japanese?.folded === b.japanese?.folded;
  const la = a.latin[0];
  const lb = b.latin[0];
  if (!la || !lb) return a.display.toLowerCase() === b.display.toLowerCase();
  const flat = (s: string | null): string => (s ?? '').replace(/[\s'-]/gu, '');
  const ma = la.middles[0]?.[0];
  const mb = lb.middles[0]?.[0];
  return flat(la.family) === flat(lb.family) && flat(la.given) === flat(lb.given) && (!ma || !mb || ma === mb);
}

function sameCompanyCandidates(index: ContactIndex, person: PreparedName, company: CompanyKey): MatchCandidate[] {
  const out: Scored[] = [];
  const blocks = [...nameBlockingKeys(person)];
  if (index.guessReadings && isUnreadKanji(person)) {
    for (const parts of index.guessReadings(person.display)) blocks.push(...parts.map((part) => `r:${hepburnKey(part)}`), `r:${hepburnKey(parts.join(''))}`);
  }
  const withUnreadKanji = index.guessReadings !== undefined && person.latin.length > 0;
  for (const [account, relation] of issuingAccounts(index, company)) {
    for (const position of accountCandidates(index, account, blocks, withUnreadKanji)) {
      const entry = index.contacts[position]!;
      const name = compareNames(person, entry.name, index.guessReadings);
      if (!name) continue;
      const score = round(name.score - (1 - relation.strength));
      if (score < MATCH_THRESHOLDS.review) continue;
      out.push({
        candidate: { contactId: entry.contact.contactId, score, reasons: [relation.reason, ...name.reasons], kind: 'same_company' },
        name: entry.name,
      });
    }
  }
  return resolveAmbiguity(out);
}

function resolveAmbiguity(scored: readonly Scored[]): MatchCandidate[] {
  const alerts = scored.filter((s) => s.candidate.score >= MATCH_THRESHOLDS.alert).sort((a, b) => b.candidate.score - a.candidate.score);
  const top = alerts[0];
  const rivals = alerts.filter((s) => !sameWrittenPerson(s.name, top!.name));
  if (!top || rivals.length === 0) return scored.map((s) => s.candidate);
  const topLeads = top.candidate.score - rivals[0]!.candidate.score >= AMBIGUITY_MARGIN;
  const cap = MATCH_THRESHOLDS.alert - 0.01;
  return scored.map(({ candidate, name }) => {
    if (candidate.score < MATCH_THRESHOLDS.alert || (topLeads && sameWrittenPerson(name, top.name))) return candidate;
    return {
      ...candidate,
      score: Math.min(candidate.score, cap),
      reasons: [...candidate.reasons, `ambiguous: ${rivals.length + 1} differently named contacts at this company fit`],
    };
  });
}

function jobChangeCandidates(index: ContactIndex, event: MatchableEvent, person: PreparedName, company: CompanyKey): MatchCandidate[] {
  const keys = personKeys(person);
  const positions = new Set<number>();
  for (const key of keys) for (const p of index.contactsByPersonKey.get(key) ?? []) positions.add(p);
  if (positions.size === 0) return [];
  const previous = event.previousCompany ? companyKey(event.previousCompany) : null;
  let mentions: CompanyMentions | null = null;
  const textNames = (account: CompanyKey): boolean => {
    if (!event.documentText) return false;
    mentions ??= companyMentions(event.documentText, event.company.name);
    return mentions.names(account.nameKey);
  };
  const out: MatchCandidate[] = [];
  for (const position of positions) {
    const entry = index.contacts[position]!;
    const account = index.accounts[entry.account]!.key;
    if (compareCompanies(company, account).kind === 'same') continue;
    const name = compareNames(person, entry.name);
    if (!name || name.score < JOB_CHANGE_MIN_NAME_SCORE) continue;
    const clue = previous ? compareCompanies(previous, account) : null;
    if (clue?.kind === 'same') {
      out.push({
        contactId: entry.contact.contactId,
        score: round(name.score - JOB_CHANGE_WITH_CLUE_PENALTY),
        reasons: [`joins ${event.company.name} from ${event.previousCompany!.name}, the contact's account (${clue.reason})`, ...name.reasons],
        kind: 'job_change',
      });
    } else if (textNames(account)) {
      out.push({
        contactId: entry.contact.contactId,
        score: round(name.score - JOB_CHANGE_WITH_CLUE_PENALTY),
        reasons: [`joins ${event.company.name}; the announcement names ${entry.contact.accountName}, the contact's account`, ...name.reasons],
        kind: 'job_change',
      });
    } else if (positions.size === 1 && isDistinctive(entry.name)) {
      out.push({
        contactId: entry.contact.contactId,
        score: JOB_CHANGE_REVIEW_SCORE,
        reasons: [`joins ${event.company.name}; the contact is at ${entry.contact.accountName}`, ...name.reasons, 'no other tracked contact has this name, but no second clue: review only'],
        kind: 'job_change',
      });
    }
  }
  return out;
}

function isDistinctive(name: PreparedName): boolean {
  if (name.japanese) return [...name.japanese.folded].length >= 3;
  return name.latin.some((latin) => latin.given !== null && latin.given.length > 1 && latin.family.length > 1);
}

export function findMatches(index: ContactIndex, event: MatchableEvent): readonly MatchCandidate[] {
  const person = prepareName(event.person, event.personReading);
  const company = companyKey(event.company);
  const same = sameCompanyCandidates(index, person, company);
  const hasAlert = same.some((c) => c.score >= MATCH_THRESHOLDS.alert);
  const moves = !hasAlert && JOINING_CHANGES.has(event.change) ? jobChangeCandidates(index, event, person, company) : [];
  return [...same, ...moves].sort((a, b) => b.score - a.score || a.contactId.localeCompare(b.contactId));
}

function round(score: number): number {
  return Math.round(Math.max(0, Math.min(1, score)) * 1000) / 1000;
}
