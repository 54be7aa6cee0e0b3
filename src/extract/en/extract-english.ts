/**
 * English executive-change extraction (8-K Item 5.02 sections and press releases): sentences → names
 * → change mentions → one event per person and change, plus the fiscal facts the text states.
 * A document that only refers back to changes (or only sets pay) yields no event: a false alert costs
 * more trust than a missed one costs time.
 */
import type { AnnouncementInput, ExtractionResult } from '../announcement.js';
import { definedDates, findDates, firstExplicitDate, referenceDate } from './date-reader.js';
import { keepDocumentMentions } from './document-filters.js';
import { mergeMentions } from './event-merger.js';
import { PersonRegistry } from './person-registry.js';
import type { NameOccurrence } from './person-registry.js';
import { readFiscalFacts } from './fiscal-reader.js';
import { IMMEDIATE } from './effective-picker.js';
import { findMentions } from './mention-finder.js';
import type { ChangeMention, Referent } from './mention-finder.js';
import { findNameCandidates, keepNames, titleCase } from './person-finder.js';
import type { NameMention } from './person-finder.js';
import { quotedRanges } from './quote-tracker.js';
import { splitIntoSentences } from './sentence-splitter.js';
import type { Sentence } from './sentence-splitter.js';
import { findTableMentions } from './table-reader.js';

// He/she; his/her as the owner of an ending ("his employment will terminate", "her last day"); him/her as
// the one succeeded ("will succeed her as CFO").
const PRONOUN = /\b(?:he|she|his|her|him)\b/giu;
const OWNER_OF_ENDING = /^\s+(?:last\s+day|employment|service|retirement|resignation|departure)\b/iu;
const AFTER_SUCCEED = /\b(?:succeed|succeeds|succeeding|replace|replaces|replacing)\s$/iu;

export function extractEnglish(input: AnnouncementInput): ExtractionResult {
  const sentences = splitIntoSentences(input.text);
  const announced = input.announced && /^\d{4}-\d{2}-\d{2}/u.test(input.announced) ? input.announced.slice(0, 10) : null;
  const reference = referenceDate(announced ?? firstExplicitDate(input.text));
  const analysed = sentences.map((s) => (s.allCaps ? titleCase(s.text) : s.text));

  // Full names first, so that a bare "Okafor" or "Mr. Brandt" can be tied to them.
  const candidates = analysed.map((text) => findNameCandidates(text));
  const knownSurnames = new Set(candidates.flat().filter((n) => n.full).map((n) => n.surname));
  const names = candidates.map((list) => keepNames(list, knownSurnames));
  const occurrences: NameOccurrence[] = names.flatMap((list, i) =>
    list.map((name) => ({
      name,
      sentenceIndex: i,
      allCaps: sentences[i]?.allCaps ?? false,
      // The analysed text of a headline is title-cased; report the name as the original prints it.
      written: sentences[i]?.text.slice(name.end - name.name.length, name.end) ?? name.name,
    })),
  );
  const registry = new PersonRegistry(occurrences);
  const quotes = quotedRanges(sentences);
  const defined = definedDates(input.text, reference);

  const mentions: ChangeMention[] = [];
  let previousFocus: NameMention | null = null;
  let previousDate: string | null = null;
  // The day of a departure "effective immediately" in the sentence just before: when an interim stopgap starts.
  let gapDate: string | null = null;
  for (const [i, sentence] of sentences.entries()) {
    const text = analysed[i] ?? sentence.text;
    const sentenceNames = names[i] ?? [];
    const quoted = quotes[i] ?? [];
    const referents = withPronouns(text, sentenceNames, previousFocus, quoted);
    let found: ChangeMention[] = [];
    const shared = referents.length === 0 ? sharedEffective(text, reference) : null;
    if (shared) datePrevious(mentions, i, sentence.paragraph, sentences, shared);
    if (referents.length > 0) {
      found = findMentions({ text, index: i, referents, quoted, reference, announced, previousDate, definedDates: defined });
      // "Doe was removed, effective immediately. The Board appointed Roe as interim CEO.": the stopgap starts then.
      if (gapDate && sentences[i - 1]?.paragraph === sentence.paragraph) {
        const date = gapDate;
        found = found.map((m) => ((m.kind === 'interim' || /\b(?:interim|acting)\b/iu.test(m.roleAfter ?? '')) && m.effective === null && !m.historical ? { ...m, effective: date } : m));
      }
      mentions.push(...(sentence.allCaps ? found.map((m) => asWritten(m, text, sentence.text)) : found));
      // What "effective the same date" or "at that time" in a later sentence points back to.
      const dated = found.filter((m) => !m.historical && m.effective !== null && /^\d{4}-\d{2}/u.test(m.effective));
      previousDate = dated[dated.length - 1]?.effective ?? previousDate;
    }
    const leftAtOnce = found.filter((m) => m.direction === 'leave' && !m.historical && m.effective !== null && /^\d{4}-\d{2}-\d{2}$/u.test(m.effective));
    gapDate = IMMEDIATE.test(text) ? (leftAtOnce[leftAtOnce.length - 1]?.effective ?? null) : null;
    // The person a following "he"/"she" most likely means: whoever this sentence announced, else its first name.
    const firstName = found[0]?.name ?? sentenceNames.find((n) => !quoted.some(([a, b]) => n.start >= a && n.start < b));
    const next = sentences[i + 1];
    previousFocus = next && next.paragraph === sentence.paragraph ? (firstName ?? previousFocus) : (firstName ?? null);
  }
  dateFromLeadIn(mentions, analysed, reference);
  // Officer tables ("appointed the following officers:" then Name<TAB>Title rows) name roles that no sentence states.
  mentions.push(...findTableMentions(input.text, sentences, reference, announced));
  const current = keepDocumentMentions(mentions, sentences, input.company, reference);
  const events = current.some((m) => !m.weak)
    ? mergeMentions(current, registry, sentences.map((s) => s.text))
    : [];
  return { events, fiscal: readFiscalFacts(sentences, reference) };
}

// "Both appointments are effective February 1, 2026.": a sentence naming nobody that dates the changes just told.
const SHARED_EFFECTIVE =
  /^(?:both|these|the|all|each of (?:the|these))\s+(?:\p{L}+\s+)?(?:appointments|changes|transitions|promotions|moves|elections)\s+(?:are|will be|were|become|becomes|will become|take|will take)\s+(?:effect(?:ive)?\s+)?(?:as of\s+|on\s+)?$/iu;

function sharedEffective(text: string, reference: Date | null): string | null {
  // A cheap test first: most sentences naming nobody are boilerplate, and reading dates is the costly part.
  if (!/^(?:both|these|the|all|each)\b/iu.test(text) || !/\beffect/iu.test(text)) return null;
  const date = findDates(text, reference)[0];
  if (!date || date.value.length !== 10 || !SHARED_EFFECTIVE.test(text.slice(0, date.start))) return null;
  return date.value;
}

/** Gives `date` to the undated changes of the sentences just before `index`, in the same paragraph. */
function datePrevious(mentions: ChangeMention[], index: number, paragraph: number, sentences: readonly Sentence[], date: string): void {
  for (const [k, m] of mentions.entries()) {
    const s = sentences[m.sentenceIndex];
    if (m.effective === null && !m.historical && m.sentenceIndex < index && m.sentenceIndex >= index - 2 && s?.paragraph === paragraph) {
      mentions[k] = { ...m, effective: date };
    }
  }
}

// "announced the following executive appointments, effective January 5, 2026:": one date for the list below.
const LEAD_IN = /\b(?:the\s+following|these|several|two|three|four)\s+(?:\p{L}+\s+){0,2}(?:appointments|changes|promotions|elections|leadership\s+changes)\b[^.;]{0,80}?\beffective\s+(?:as\s+of\s+)?$/iu;
const LEAD_IN_REACH = 8;

/** Gives a lead-in's date to the undated changes in the sentences under it. */
function dateFromLeadIn(mentions: ChangeMention[], texts: readonly string[], reference: Date | null): void {
  const leads: { readonly index: number; readonly date: string }[] = [];
  for (const [index, text] of texts.entries()) {
    if ((!/:\s*$/u.test(text) && !/\bfollowing\b/iu.test(text)) || !/\beffective\b/iu.test(text)) continue;
    const date = findDates(text, reference).find((d) => !d.dateline && d.value.length === 10 && LEAD_IN.test(text.slice(0, d.start)));
    if (date && /^\s*[:.]?\s*$/u.test(text.slice(date.end))) leads.push({ index, date: date.value });
  }
  if (leads.length === 0) return;
  for (const [k, m] of mentions.entries()) {
    const lead = [...leads].reverse().find((l) => l.index <= m.sentenceIndex && m.sentenceIndex - l.index <= LEAD_IN_REACH);
    if (lead && m.effective === null && !m.historical) mentions[k] = { ...m, effective: lead.date };
  }
}

/** A headline's mention with its roles as the original prints them (the analysis saw it title-cased). */
function asWritten(m: ChangeMention, analysed: string, original: string): ChangeMention {
  const original_ = (role: string | null): string | null => {
    if (!role) return role;
    const at = analysed.indexOf(role);
    return at < 0 ? role : original.slice(at, at + role.length);
  };
  return { ...m, roleBefore: original_(m.roleBefore), roleAfter: original_(m.roleAfter), headline: true };
}

/** Names plus he/she, each pronoun standing for the nearest name before it (in the sentence or the last one). */
function withPronouns(
  text: string,
  names: readonly NameMention[],
  previousFocus: NameMention | null,
  quoted: readonly (readonly [number, number])[],
): Referent[] {
  const referents: Referent[] = names.map((name) => ({ start: name.start, end: name.end, name, nameAt: name.start }));
  for (const m of text.matchAll(PRONOUN)) {
    const at = m.index ?? 0;
    if (quoted.some(([a, b]) => at >= a && at < b)) continue;
    const word = m[0].toLowerCase();
    const owner = (word === 'his' || word === 'her') && OWNER_OF_ENDING.test(text.slice(at + 3, at + 30));
    // "appointed Roe as his successor": the one succeeded, like "succeed him".
    const successorOf = (word === 'his' || word === 'her') && /^\s+(?:successor|replacement)\b/iu.test(text.slice(at + word.length, at + word.length + 14));
    const object = ((word === 'him' || word === 'her') && !owner && AFTER_SUCCEED.test(text.slice(Math.max(0, at - 12), at))) || successorOf;
    if (!owner && !object && word !== 'he' && word !== 'she') continue;
    if (object) {
      // "Roe will succeed her": not the sentence's own subject, so the person in focus before it.
      const earlier = names.filter((n) => n.end <= at);
      const antecedent = (earlier.length > 1 ? earlier[0] : undefined) ?? previousFocus;
      if (antecedent) referents.push({ start: at, end: at + m[0].length, name: antecedent, nameAt: -1, pronounCase: 'object' });
      continue;
    }
    const pronounCase = owner ? ('possessive' as const) : undefined;
    // The sentence's subject ("Doe has informed the Chairman, Dr. Roe, that he ...") before the nearest name.
    const candidates = names.filter((n) => n.end <= at && !quoted.some(([a, b]) => n.start >= a && n.start < b));
    const subject = candidates.find((n) => !/\b(?:to|with|by|from|of|for|and|than|thanks?|informed|told|notified|advised)\s+(?:\p{L}+\s+){0,4}$/iu.test(text.slice(Math.max(0, n.start - 60), n.start)));
    // "... will succeed Barbara Quint, who has informed the Board that she ...": inside a relative clause the
    // pronoun stands for the name the clause hangs on, not for the sentence's subject.
    const nearest = candidates[candidates.length - 1];
    const relative = nearest && /^,\s*who\b[^.;]*$/iu.test(text.slice(nearest.end, at)) ? nearest : undefined;
    const antecedent = relative ?? subject ?? nearest;
    if (antecedent) referents.push({ start: at, end: at + m[0].length, name: antecedent, nameAt: antecedent.start, ...(pronounCase ? { pronounCase } : {}) });
    else if (previousFocus) referents.push({ start: at, end: at + m[0].length, name: previousFocus, nameAt: -1, ...(pronounCase ? { pronounCase } : {}) });
  }
  return referents.sort((a, b) => a.start - b.start);
}
