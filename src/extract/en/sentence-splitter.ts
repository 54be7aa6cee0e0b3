/**
 * Cuts an English filing or press release into sentences whose whitespace-normalized text is a
 * substring of the whitespace-normalized input, so any sentence can serve as evidence as is.
 * Headlines and bullet lines count as sentences of their own; hard-wrapped prose is rejoined.
 */

export interface Sentence {
  /** Whitespace-normalized sentence text (the evidence form). */
  readonly text: string;
  /** Index of the sentence in the document. */
  readonly index: number;
  /** Index of the paragraph (blank-line separated block) the sentence belongs to. */
  readonly paragraph: number;
  /** True when the sentence is set in capitals (a headline): analysis title-cases it. */
  readonly allCaps: boolean;
}

/** Collapses every whitespace run to one space: the form in which evidence is a substring of the input. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

// Parts of a filing that never announce a change but name people (signatures, exhibit lists).
const TRAILER = /^\s*(?:SIGNATURES?|Signatures?)\s*$/mu;
const EXHIBIT_ITEM = /^\s*Item\s*9\.01\b[\s\S]*?(?=^\s*Item\s*\d+\.\d+|$(?![\s\S]))/gimu;

// A press release filed as Exhibit 99 after the signatures still announces the change; contracts (Exhibit 10) do not.
const PRESS_EXHIBIT = /^\s*(?:EX-99\.\d+|Exhibit\s+99\.\d+)\s*$/gimu;
const OTHER_EXHIBIT = /^\s*(?:EX-\d+(?:\.\d+)?|Exhibit\s+\d+(?:\.\d+)?)\s*$/gimu;

/** Drops the signature block, the exhibit list and non-press-release exhibits of an 8-K; keeps everything else. */
export function isolateBody(text: string): string {
  const trailer = TRAILER.exec(text);
  let body = trailer ? text.slice(0, trailer.index) : text;
  if (trailer) {
    const rest = text.slice(trailer.index);
    for (const m of rest.matchAll(PRESS_EXHIBIT)) {
      const from = (m.index ?? 0) + m[0].length;
      OTHER_EXHIBIT.lastIndex = from;
      const next = OTHER_EXHIBIT.exec(rest);
      body += `\n\n${rest.slice(from, next ? next.index : rest.length)}`;
    }
  }
  return body.replace(EXHIBIT_ITEM, '\n\n');
}

const SMALL_WORDS = new Set(['of', 'and', 'the', 'to', 'as', 'at', 'for', 'in', 'on', 'a', 'an', 'from', 'with', 'by', 'or', '&']);

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** A line that reads like a heading: no closing punctuation and (nearly) every word capitalized. */
function isTitleLike(line: string): boolean {
  const trimmed = line.trim();
  // Commas mark running prose ("On March 1, 2025, Jane") far more often than headlines.
  if (trimmed.length === 0 || /[.,;:]$/u.test(trimmed) || trimmed.includes(',')) return false;
  // An open bracket or quote means the line is cut mid-phrase.
  if (count(trimmed, /[(“]/gu) > count(trimmed, /[)”]/gu)) return false;
  const words = trimmed
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}\d]+/u, ''))
    .filter((w) => /\p{L}/u.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length === 0) return false;
  const capitalized = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
  return capitalized / words.length >= 0.8;
}

// A line ending in one of these words runs on into the next line, whatever the capitals say.
const CONTINUATION =
  /(?:\b(?:and|of|the|to|as|at|for|in|on|a|an|with|by|or|its|his|her|their|our|Chief|Vice|Senior|Executive|Managing|General|Lead|Mr\.|Ms\.|Mrs\.|Dr\.)|&|\b\p{Lu}\.)\s*$/u;

// A line holding only a date (a release's date line) stands alone.
const DATE_LINE = /^\s*(?:\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:\s*\/\s*\d{1,2}:\d{2})?)\s*$/u;

const BULLET = /^\s*(?:[|·•●▪◦\-–—*]\s*)+/u;

/** Splits a paragraph into lines that belong together (hard-wrapped prose is joined, headings stay apart). */
function joinWrappedLines(paragraph: string): string[] {
  const lines = paragraph.split('\n');
  const units: string[] = [];
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (BULLET.test(line) && current.trim()) {
      units.push(current);
      current = '';
    }
    current += (current ? '\n' : '') + line;
    const next = lines[i + 1];
    if (next === undefined) break;
    const nextStartsUpper = /^\s*[\p{Lu}"“|·•●]/u.test(next);
    const endsClosed = /[!?:"”|]\s*$/u.test(line) || (/\.\s*$/u.test(line) && !endsWithAbbreviation(line.trimEnd()));
    const continues = CONTINUATION.test(line) && !DATE_LINE.test(line);
    if (nextStartsUpper && !continues && (endsClosed || DATE_LINE.test(line) || DATE_LINE.test(next) || (isTitleLike(line) && line.trim().length < 120))) {
      units.push(current);
      current = '';
    }
  }
  if (current.trim()) units.push(current);
  return units;
}

// Words after which a period does not end the sentence.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms messrs dr prof sr jr inc corp co ltd no nos st mt ft u.s n.y n.j d.c wash pa mass calif fla ill conn va ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec ph.d m.d e.g i.e vs approx gov sen rep gen lt col capt hon rev ' +
    'dept est ave blvd l.p l.l.c s.a n.v plc.'
  ).split(' '),
);

function endsWithAbbreviation(before: string): boolean {
  // Only the last word matters; looking at the tail keeps this linear on long paragraphs.
  const m = /([\p{L}.]+)\.$/u.exec(before.slice(-24));
  if (!m) return false;
  const word = (m[1] ?? '').toLowerCase();
  if (ABBREVIATIONS.has(word)) return true;
  // A single initial ("John Q. Public") or an initialism ("U.S.") does not end a sentence.
  return /^(?:\p{L}\.)*\p{L}$/u.test(word) && word.length <= 3;
}

const SENTENCE_END = /[.!?]["”’)]*\s+(?=["“(‘]?[\p{Lu}\d])/gu;

function splitSentences(unit: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of unit.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    const piece = unit.slice(start, end);
    const beforePeriod = unit.slice(start, (m.index ?? 0) + 1);
    if (/[.]$/u.test(beforePeriod.trimEnd()) && endsWithAbbreviation(beforePeriod.trimEnd())) continue;
    out.push(piece);
    start = end;
  }
  out.push(unit.slice(start));
  return out;
}

// Text that lost its punctuation (PDF extraction, tables) can run for pages; no real sentence does.
const MAX_SENTENCE = 1000;
const CHUNK = 800;

function chunkLong(piece: string): string[] {
  if (piece.length <= MAX_SENTENCE) return [piece];
  const chunks: string[] = [];
  let rest = piece;
  while (rest.length > MAX_SENTENCE) {
    const cut = rest.lastIndexOf(' ', CHUNK);
    const at = cut > CHUNK / 2 ? cut : CHUNK;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  chunks.push(rest);
  return chunks;
}

function isAllCaps(text: string): boolean {
  let letters = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) {
      letters += 1;
      lower += 1;
    } else if (c >= 65 && c <= 90) {
      letters += 1;
    } else if (c > 127) {
      const ch = text[i] ?? '';
      const lowerForm = ch.toLowerCase();
      if (lowerForm === ch.toUpperCase()) continue; // not a cased letter
      letters += 1;
      if (ch === lowerForm) lower += 1;
    }
  }
  return letters >= 8 && lower / letters < 0.15;
}

/** Sentences of a document, in order. */
export function splitIntoSentences(text: string): Sentence[] {
  const body = isolateBody(text.replace(/\r\n?/gu, '\n'));
  const sentences: Sentence[] = [];
  let paragraphIndex = -1;
  for (const paragraph of body.split(/\n\s*\n/u)) {
    paragraphIndex += 1;
    for (const unit of joinWrappedLines(paragraph)) {
      for (const piece of splitSentences(unit.replace(BULLET, '')).flatMap(chunkLong)) {
        const normalized = normalizeWhitespace(piece.replace(/^[\s|·•●▪]+|[\s|]+$/gu, ''));
        if (!/\p{L}/u.test(normalized)) continue;
        sentences.push({ text: normalized, index: sentences.length, paragraph: paragraphIndex, allCaps: isAllCaps(normalized) });
      }
    }
  }
  return sentences;
}
