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
import { extractProseEvents, maskQuotes } from './prose-event-extractor.js';
import { RosterEventExtractor } from './roster-event-extractor.js';
import { TableEventExtractor } from './table-event-extractor.js';
import { getJapaneseTokenizer } from './tokenizer-loader.js';

interface Extractors {
  readonly tokenizer: JapaneseTokenizer;
  readonly finder: PersonMentionFinder;
  readonly tables: TableEventExtractor;
  readonly rosters: RosterEventExtractor;
}

let cached: Extractors | null = null;

function extractorsFor(tokenizer: JapaneseTokenizer): Extractors {
  if (cached?.tokenizer !== tokenizer) {
    const names = new NamePlausibility(tokenizer);
    cached = { tokenizer, finder: new PersonMentionFinder(names), tables: new TableEventExtractor(names), rosters: new RosterEventExtractor(names) };
  }
  return cached;
}

/** A line break inside a sentence: a long line with no closing punctuation, followed by more prose (hard-wrapped text). */
function wrapsOnto(text: string, breakAt: number): boolean {
  const lineStart = text.lastIndexOf('\n', breakAt - 1) + 1;
  const line = text.slice(lineStart, breakAt);
  const next = text.slice(breakAt + 1, breakAt + 3);
  return line.length >= 30 && !line.includes('\t') && !/[。．.！？!?」』）):：]\s*$/u.test(line)
    && /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー、]/u.test(next);
}

/** Sentences (and headline lines) as folded-text ranges. */
export function splitSentences(text: string): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/[。！？!?]|\n/gu)) {
    if (m[0] === '\n' && wrapsOnto(text, m.index)) continue;
    const end = m.index + (m[0] === '\n' ? 0 : 1);
    if (text.slice(start, end).trim()) ranges.push({ start, end });
    start = m.index + 1;
  }
  if (text.slice(start).trim()) ranges.push({ start, end: text.length });
  return ranges;
}

/**
 * The date a text carries at its head when the caller does not know when it was published: a line that is only a
 * date, or a date with a time or 掲載 (「2018/07/06」「2011年10月26日 17:14」「- 2021/06/29 掲載」).
 */
export function datelineOf(text: string): string | null {
  const head = text.split('\n').filter((line) => line.trim()).slice(0, 4);
  for (const line of head) {
    const m = /^[\s\-–—]*(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?(?:\s*\(?[月火水木金土日]\)?)?(?:\s+\d{1,2}:\d{2})?\s*(?:掲載|発表|更新)?\s*$/u.exec(line);
    if (m) return `${m[1]}-${(m[2] ?? '').padStart(2, '0')}-${(m[3] ?? '').padStart(2, '0')}`;
  }
  return null;
}

/** Maps each mention to the full name it refers to: 「市川社長」 → 市川晃 when that is written elsewhere. */
export function resolvePersonKeys(mentions: readonly PersonMention[]): Map<PersonMention, string | null> {
  const fullKeys = new Set(mentions.filter((m) => m.verdict === 'full').map((m) => m.key));
  const keys = new Map<PersonMention, string | null>();
  for (const m of mentions) {
    const longer = [...fullKeys].filter((k) => k.length > m.key.length && k.startsWith(m.key));
    if (longer.length === 1) keys.set(m, longer[0] ?? null);
    else if (longer.length > 1) keys.set(m, null);
    else keys.set(m, m.verdict === 'full' ? m.key : null);
  }
  return keys;
}

function mergeEvents(drafts: readonly DraftEvent[]): DraftEvent[] {
  const byKey = new Map<string, DraftEvent>();
  for (const d of drafts) {
    const held = byKey.get(d.key);
    if (!held) {
      byKey.set(d.key, d);
      continue;
    }
    // The sentence that writes the full name leads over a headline that only gives the family name.
    const [first, other] = held.exactName === false && d.exactName !== false ? [d, held] : [held, d];
    // A later sentence that names the old role tells more than a heading that only says 新任.
    const richer = first.change === 'appointed' && !first.roleBefore && other.roleBefore !== null
      && (other.change === 'promoted' || other.change === 'role_change');
    byKey.set(d.key, {
      ...first,
      change: richer ? other.change : first.change,
      roleBefore: richer ? other.roleBefore : first.roleBefore ?? other.roleBefore,
      roleAfter: first.roleAfter ?? other.roleAfter,
      effective: first.effective ?? other.effective,
      reading: first.reading ?? other.reading,
    });
  }
  return [...byKey.values()];
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
  const events = mergeEvents([...tableDrafts, ...rosterDrafts, ...proseDrafts]).map((d) => toOfficerEvent(mapped, d, mentions));
  return { events, fiscal: extractFiscalFacts(text, dates) };
}

export async function extractJapanese(input: AnnouncementInput): Promise<ExtractionResult> {
  return extractJapaneseWith(await getJapaneseTokenizer(), input);
}
