/**
 * Marks what is inside quotation marks, across the sentences of a paragraph: executives' quotes
 * praise and thank people, and a change stated only inside a quote is not an announcement.
 */
import type { Sentence } from './sentence-splitter.js';

export type Range = readonly [number, number];

/** Quoted character ranges per sentence. Short quotes (nicknames, defined terms) are left out. */
export function quotedRanges(sentences: readonly Sentence[]): Range[][] {
  const out: Range[][] = [];
  let open = false;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) {
      open = false;
      paragraph = s.paragraph;
    }
    const ranges: Range[] = [];
    let start = open ? 0 : -1;
    for (let i = 0; i < s.text.length; i++) {
      const ch = s.text[i];
      const opens = ch === '“' || (ch === '"' && !open);
      const closes = ch === '”' || (ch === '"' && open);
      if (opens && !open) {
        open = true;
        start = i;
      } else if (closes && open) {
        open = false;
        if (i - start > 30) ranges.push([start, i + 1]);
      }
    }
    if (open) ranges.push([Math.max(0, start), s.text.length]);
    out.push(ranges);
  }
  return out;
}
