/**
 * Positioned text runs (one pdf.js text item each, already normalized) and the two operations every layout step
 * needs: grouping runs into visual lines by baseline, and joining the runs of one line with the right separator.
 */
import { isCjkChar } from './normalize-pdf-text.js';

export interface TextRun {
  readonly text: string;
  /** Left edge and baseline in PDF user space (y grows upwards). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size in user space; every tolerance below is a multiple of it. */
  readonly size: number;
  /** Position in the page's content stream: producers write table cells in reading order, row by row. */
  readonly order: number;
}

export interface TextLine {
  /** Runs left to right. */
  readonly runs: readonly TextRun[];
  readonly y: number;
  readonly size: number;
  readonly left: number;
  readonly right: number;
}

/** Separator between cells of a table row, and between runs more than two characters apart on a line. */
export const CELL_SEPARATOR = '\t';

/** Runs whose baselines differ by less than this share a line (superscripts are rare in disclosures). */
const SAME_LINE_FACTOR = 0.35;
/** pdf.js starts a new text item past this gap (its SPACE_IN_FLOW_MAX_FACTOR): below it a gap is a space at most. */
const IN_FLOW_GAP_FACTOR = 0.6;
const MIN_SPACE_FACTOR = 0.1;
const CELL_GAP_FACTOR = 2;

export function runRight(run: TextRun): number {
  return run.x + run.width;
}

/** Groups runs into lines, top to bottom, each left to right. */
export function groupIntoLines(runs: readonly TextRun[]): TextLine[] {
  const byY = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let currentY = Number.NaN;
  for (const run of byY) {
    const tolerance = SAME_LINE_FACTOR * run.size;
    if (current.length > 0 && Math.abs(run.y - currentY) <= tolerance) {
      current.push(run);
    } else {
      if (current.length > 0) groups.push(current);
      current = [run];
      currentY = run.y;
    }
  }
  if (current.length > 0) groups.push(current);
  return groups.map(makeLine);
}

function makeLine(runs: readonly TextRun[]): TextLine {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const first = sorted[0]!;
  return {
    runs: sorted,
    y: first.y,
    size: Math.max(...sorted.map((r) => r.size)),
    left: first.x,
    right: Math.max(...sorted.map(runRight)),
  };
}

const DIGIT_OR_CAPITAL = /[0-9A-Z]/;

/**
 * The separator between two runs of one line from the gap between them: nothing for touching runs (a glyph from a
 * fallback font, 𠮷 beside 田), nothing for the small Japanese/Latin typographic gap, a space for a word gap,
 * CELL_SEPARATOR for a gap of two characters or more (the columns of a borderless table or a label and its value).
 */
export function separatorBetween(prev: TextRun, next: TextRun): string {
  const size = Math.max(prev.size, next.size);
  const gap = next.x - runRight(prev);
  if (gap <= MIN_SPACE_FACTOR * size) return '';
  if (gap >= CELL_GAP_FACTOR * size) return CELL_SEPARATOR;
  const last = prev.text.at(-1);
  const firstChar = next.text[0];
  if (gap < IN_FLOW_GAP_FACTOR * size) {
    const cjkThenLatin = isCjkChar(last) && firstChar !== undefined && DIGIT_OR_CAPITAL.test(firstChar);
    const latinThenCjk = last !== undefined && DIGIT_OR_CAPITAL.test(last) && isCjkChar(firstChar);
    if (cjkThenLatin || latinThenCjk) return '';
  }
  return ' ';
}

/** Joins the runs of one line (left to right). */
export function joinRuns(runs: readonly TextRun[]): string {
  let text = '';
  let prev: TextRun | undefined;
  for (const run of runs) {
    text += prev === undefined ? run.text : separatorBetween(prev, run) + run.text;
    prev = run;
  }
  return text;
}

/** Joins a wrapped line to the next: Japanese continues without a space, Latin words need one. */
export function continuationSeparator(before: string, after: string): string {
  return isCjkChar(before.at(-1)) || isCjkChar(after[0]) ? '' : ' ';
}
