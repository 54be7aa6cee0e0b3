/**
 * Sentences of a Japanese text as ranges: split at 。！？ and at line ends, except where a long line was
 * hard-wrapped in the middle of a sentence; headlines and table rows stay lines of their own.
 */

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
