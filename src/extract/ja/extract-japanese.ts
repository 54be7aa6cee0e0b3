/**
 * Japanese executive-change extraction (適時開示, プレスリリース, 人事 listings): finds the people,
 * reads their changes from tables, ▽ listings and prose, and the notice's fiscal facts.
 */
import type { AnnouncementInput, ExtractionResult, OfficerEvent } from '../announcement.js';
import type { DraftEvent } from './draft-event.js';
import type { PersonMention } from './person-mention-finder.js';
import type { JapaneseTokenizer } from './tokenizer-loader.js';
import { EffectiveDateResolver } from './effective-date-resolver.js';
import { extractFiscalFacts } from './fiscal-facts-extractor.js';
import { collapseWhitespace, mapText, originalSlice } from './mapped-text.js';
import type { MappedText } from './mapped-text.js';
import { DICTIONARY_GLYPH_FOLDS, NamePlausibility } from './name-plausibility.js';
import { PersonMentionFinder } from './person-mention-finder.js';
import { datelineOf } from './dateline.js';
import { mergeEvents, resolvePersonKeys } from './event-merger.js';
import { splitSentences } from './sentence-splitter.js';
import { extractProseEvents, maskQuotes } from './prose-event-extractor.js';
import { RosterEventExtractor } from './roster-event-extractor.js';
import { TableEventExtractor } from './table-event-extractor.js';
import { getJapaneseTokenizer } from './tokenizer-loader.js';
import { LabelledRecordExtractor } from './labelled-record-extractor.js';
import { isSubsidiaryNotice } from './subsidiary-notice.js';

interface Extractors {
  readonly tokenizer: JapaneseTokenizer;
  readonly finder: PersonMentionFinder;
  readonly tables: TableEventExtractor;
  readonly rosters: RosterEventExtractor;
  readonly records: LabelledRecordExtractor;
}

let cached: Extractors | null = null;

function extractorsFor(tokenizer: JapaneseTokenizer): Extractors {
  if (cached?.tokenizer !== tokenizer) {
    const names = new NamePlausibility(tokenizer);
    cached = {
      tokenizer, finder: new PersonMentionFinder(names), tables: new TableEventExtractor(names), rosters: new RosterEventExtractor(names),
      records: new LabelledRecordExtractor(names),
    };
  }
  return cached;
}

function toOfficerEvent(mapped: MappedText, d: DraftEvent, mentions: readonly PersonMention[]): OfficerEvent {
  const named = mentions.find((m) => m.key === d.key && m.verdict === 'full');
  const person = named ? originalSlice(mapped, named.start, named.end) : originalSlice(mapped, d.nameStart, d.nameEnd);
  const readingRange = d.reading ?? mentions.find((m) => m.key === d.key && m.reading)?.reading ?? null;
  return {
    person: person.trim(),
    personReading: readingRange ? originalSlice(mapped, readingRange.start, readingRange.end).trim() : null,
    change: d.change,
    roleBefore: d.roleBefore,
    roleAfter: d.roleAfter,
    effective: d.effective,
    evidence: collapseWhitespace(originalSlice(mapped, d.evidenceStart, d.evidenceEnd)),
    confidence: d.confidence,
  };
}

/** Extraction with an already loaded tokenizer (synchronous: what benchmarks time). */
export function extractJapaneseWith(tokenizer: JapaneseTokenizer, input: AnnouncementInput): ExtractionResult {
  const mapped = mapText(input.text, DICTIONARY_GLYPH_FOLDS);
  const text = mapped.text;
  const announced = input.announced ?? datelineOf(text);
  const dates = new EffectiveDateResolver(text, announced);
  const extractors = extractorsFor(tokenizer);
  const mentions = extractors.finder.find(text);
  const keys = resolvePersonKeys(mentions);
  const termExpiry = /任期(?:が|の)?満了/u.test(text);
  const tableDrafts = extractors.tables.extract(text, dates, termExpiry);
  const recordDrafts = extractors.records.extract(text, dates, termExpiry);
  const rosterDrafts = extractors.rosters.extract(text, dates, termExpiry);
  const proseDrafts = extractProseEvents({
    masked: maskQuotes(text),
    text,
    sentences: splitSentences(text),
    mentions,
    keys,
    dates,
    termExpiry,
  });
  const drafts = isSubsidiaryNotice(text) ? [] : [...tableDrafts, ...recordDrafts, ...rosterDrafts, ...proseDrafts];
  const events = mergeEvents(drafts).map((d) => toOfficerEvent(mapped, d, mentions));
  return { events, fiscal: extractFiscalFacts(text, dates) };
}

export async function extractJapanese(input: AnnouncementInput): Promise<ExtractionResult> {
  return extractJapaneseWith(await getJapaneseTokenizer(), input);
}
