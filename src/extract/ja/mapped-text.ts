/**
 * A normalized copy of a Japanese text that remembers where each character came from, so that
 * rules can match on folded text (NFKC, full-width digits, CJK radicals from PDF producers)
 * while names and evidence are cut from the text exactly as fetched.
 */

/** CJK Radicals Supplement code points that PDF producers emit instead of the unified ideograph. */
const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = {
  '\u2E8B': '\u353E', '\u2E97': '\u5197', '\u2EA7': '\u725B', '\u2EAA': '\u758B', '\u2EAE': '\u7AF9',
  '\u2EB3': '\u7F51', '\u2EB6': '\u7F8A', '\u2EBC': '\u8089', '\u2EC4': '\u897F', '\u2EC6': '\u89D2',
  '\u2ECC': '\u8FB6', '\u2ECF': '\u9091', '\u2ED1': '\u9577', '\u2ED8': '\u9752', '\u2EDD': '\u98DF',
  '\u2EE4': '\u9B3C', '\u2EE9': '\u9EC4', '\u2EEB': '\u6589', '\u2EED': '\u6B6F', '\u2EEF': '\u7ADC',
  '\u2EF2': '\u4E80',
};

export interface MappedText {
  /** The folded text rules match on. */
  readonly text: string;
  /** The text as fetched. */
  readonly original: string;
  /** `offsets[i]` is the index in `original` of folded index `i`; one extra entry for the end. */
  readonly offsets: readonly number[];
}

function foldChar(ch: string, extra: Readonly<Record<string, string>> | undefined): string {
  const fromExtra = extra?.[ch];
  if (fromExtra !== undefined) return fromExtra;
  const radical = RADICAL_SUPPLEMENT[ch];
  if (radical !== undefined) return radical;
  const code = ch.codePointAt(0) ?? 0;
  // NFKC maps Kangxi radicals, full-width ASCII and half-width kana; ideographic space becomes ' '.
  if (code < 0x80) return ch;
  return ch.normalize('NFKC');
}

/** Folds `original` character by character; `extra` adds replacements (e.g. glyphs a dictionary lacks). */
export function mapText(original: string, extra?: Readonly<Record<string, string>>): MappedText {
  let text = '';
  const offsets: number[] = [];
  let i = 0;
  for (const ch of original) {
    const folded = foldChar(ch, extra);
    for (let k = 0; k < folded.length; k++) offsets.push(i);
    text += folded;
    i += ch.length;
  }
  offsets.push(i);
  return { text, original, offsets };
}

/** The original text behind folded range [start, end). */
export function originalSlice(mapped: MappedText, start: number, end: number): string {
  const from = mapped.offsets[start] ?? mapped.original.length;
  const to = mapped.offsets[end] ?? mapped.original.length;
  return mapped.original.slice(from, to);
}

/** Collapses runs of whitespace: the normalization under which evidence is a substring of the input. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
