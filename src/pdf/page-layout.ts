/**
 * Turns the positioned runs of one page into reading text: visual lines top to bottom, officer tables as one row
 * per line (see table-layout.ts), and wrapped paragraph lines joined back into one line so that a sentence such
 * as 「…代表取締役社長に就任いたします」 is not cut in the middle.
 */
import { detectTableHeader, continuesTable, tableRows } from './table-layout.js';
import type { TableHeader } from './table-layout.js';
import { CELL_SEPARATOR, continuationSeparator, groupIntoLines, joinRuns } from './text-run.js';
import type { TextLine, TextRun } from './text-run.js';

/**
 * A paragraph line is full when it ends within this many characters of the text block's right edge: Japanese line
 * breaking leaves a line up to one character short (kinsoku) and lets punctuation hang one character past it.
 */
const FULL_LINE_FACTOR = 2.5;
/** Paragraph lines start within this many characters of the block's left edge (allowing a one-character indent). */
const LEFT_EDGE_FACTOR = 1.5;
/** Lines further apart than this many characters belong to different paragraphs. */
const PARAGRAPH_GAP_FACTOR = 2;
/** A line starting like a list item or heading never continues the previous line. */
const ITEM_START = /^(?:[(（]\s*\d+\s*[)）]|\d+\s*[.．、)）]|[①-⑳]|[・▽▼■□●◆※＊*]|[一二三四五六七八九十]+\s*[、．.]|記$|以上$)/u;

interface Block {
  readonly kind: 'text' | 'table';
  readonly lines: readonly string[];
  /** For text blocks: the visual line each string came from, to decide on joining. */
  readonly sources: readonly TextLine[];
}

/** The text of one page; lines separated by "\n". */
export function layoutPage(runs: readonly TextRun[]): string {
  const lines = groupIntoLines(runs);
  if (lines.length === 0) return '';
  const pageLeft = Math.min(...lines.map((l) => l.left));
  const pageRight = Math.max(...lines.map((l) => l.right));
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const header = detectTableHeader(lines[i]!);
    if (header !== null) {
      const body = takeTableBody(header, lines, i + 1);
      blocks.push({ kind: 'table', lines: tableRows(header, body, pageRight), sources: [] });
      i += 1 + body.length;
    } else {
      const line = lines[i]!;
      blocks.push({ kind: 'text', lines: [joinRuns(line.runs)], sources: [line] });
      i++;
    }
  }
  return joinParagraphLines(blocks, pageLeft, pageRight).join('\n');
}

function takeTableBody(header: TableHeader, lines: readonly TextLine[], from: number): TextLine[] {
  const body: TextLine[] = [];
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (!continuesTable(header, body.length > 0 ? body : [], line)) break;
    body.push(line);
  }
  return body;
}

function joinParagraphLines(blocks: readonly Block[], pageLeft: number, pageRight: number): string[] {
  const out: string[] = [];
  let previous: TextLine | undefined;
  for (const block of blocks) {
    if (block.kind === 'table') {
      out.push(...block.lines);
      previous = undefined;
      continue;
    }
    const line = block.sources[0]!;
    const text = block.lines[0]!;
    const last = out.at(-1);
    if (previous !== undefined && last !== undefined && continuesParagraph(previous, last, line, text, pageLeft, pageRight)) {
      out.pop();
      out.push(last + continuationSeparator(last, text) + text);
    } else {
      out.push(text);
    }
    previous = line;
  }
  return out;
}

function continuesParagraph(
  previous: TextLine,
  previousText: string,
  line: TextLine,
  text: string,
  pageLeft: number,
  pageRight: number,
): boolean {
  const size = line.size;
  if (Math.abs(previous.size - size) > 0.5) return false;
  if (previous.y - line.y > PARAGRAPH_GAP_FACTOR * size) return false;
  if (previous.right < pageRight - FULL_LINE_FACTOR * size) return false;
  // A line that ends a sentence may end its paragraph; keeping that break costs nothing.
  if (/[。.]$/u.test(previousText)) return false;
  // Lines with wide gaps are rows of a borderless table (label and value), not running text.
  if (previousText.includes(CELL_SEPARATOR) || text.includes(CELL_SEPARATOR)) return false;
  if (previous.left > pageLeft + LEFT_EDGE_FACTOR * size) return false;
  if (line.left > pageLeft + 0.5 * size) return false;
  return !ITEM_START.test(text.trim());
}
