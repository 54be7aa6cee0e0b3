/**
 * Turns the positioned runs of one page into reading text: visual lines top to bottom, officer tables as one row
 * per line (see table-layout.ts), and wrapped paragraph lines joined back into one line so that a sentence such
 * as 「…代表取締役社長に就任いたします」 is not cut in the middle.
 */
import { columnOf, columnStarts, continuesTable, detectTableHeader, tableRows } from './table-layout.js';
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

/** A table still open at the foot of a page, which the next page may continue without repeating the header. */
export interface OpenTable {
  readonly header: TableHeader;
  /** Left edge of each column's cells on the page before. */
  readonly starts: readonly number[];
}

export interface PageLayout {
  /** The page's text; lines separated by "\n". */
  readonly text: string;
  /** Set when the page ends inside an officer table. */
  readonly openTable: OpenTable | null;
  /** The page opens with more rows of the previous page's table (so no blank line belongs between the pages). */
  readonly continuesTable: boolean;
}

/** The first lines of a page within this many characters of its top line form the band checked for a table row. */
const ROW_BAND_FACTOR = 2.5;
/** A page number or similar footer below a table does not close it: 「- 2 -」「2/3」「2」. */
const PAGE_FOOTER = /^(?:[-－‐–—]\s*)?\d{1,3}(?:\s*[-－‐–—])?$|^\d{1,3}\s*\/\s*\d{1,3}$/u;

/** Lays out one page; `openTable` is the previous page's, whose rows may go on at the top of this one. */
export function layoutPage(runs: readonly TextRun[], openTable: OpenTable | null = null): PageLayout {
  const lines = groupIntoLines(runs);
  if (lines.length === 0) return { text: '', openTable, continuesTable: false };
  const pageLeft = Math.min(...lines.map((l) => l.left));
  const pageRight = Math.max(...lines.map((l) => l.right));
  const blocks: Block[] = [];
  let i = 0;
  let lastTableEnd = -1;
  let lastTable: OpenTable | null = null;
  const continuesTable = openTable !== null && continuesOnNewPage(openTable, lines);
  if (openTable !== null && continuesTable) {
    const body = takeTableBody(openTable.header, lines, 0);
    const rows = tableRows(openTable.header, body, pageRight).slice(1);
    blocks.push({ kind: 'table', lines: rows, sources: [] });
    i = body.length;
    lastTableEnd = i;
    lastTable = { header: openTable.header, starts: columnStarts(openTable.header, body) };
  }
  while (i < lines.length) {
    const header = detectTableHeader(lines[i]!);
    if (header !== null) {
      const body = takeTableBody(header, lines, i + 1);
      blocks.push({ kind: 'table', lines: tableRows(header, body, pageRight), sources: [] });
      i += 1 + body.length;
      lastTableEnd = i;
      lastTable = { header, starts: columnStarts(header, body) };
    } else {
      const line = lines[i]!;
      blocks.push({ kind: 'text', lines: [joinRuns(line.runs)], sources: [line] });
      i++;
    }
  }
  const text = joinParagraphLines(blocks, pageLeft, pageRight).join('\n');
  const tableAtFoot =
    lastTable !== null && lines.slice(lastTableEnd).every((l) => PAGE_FOOTER.test(joinRuns(l.runs).trim()));
  return { text, openTable: tableAtFoot ? lastTable : null, continuesTable };
}

/**
 * Whether a page opens with a row of the table left open on the page before: the runs of its first lines (one row
 * band: cells of a row are often centred vertically, so its first line may hold one cell only) all start where
 * that table's cells started, in at least two columns. A paragraph at the margin is one column and never qualifies.
 */
function continuesOnNewPage(open: OpenTable, lines: readonly TextLine[]): boolean {
  const first = lines[0];
  if (first === undefined) return false;
  const band = lines.filter((l) => first.y - l.y <= ROW_BAND_FACTOR * first.size);
  const columns = new Set<number>();
  for (const run of band.flatMap((l) => l.runs)) {
    const column = columnOf(open.header, run);
    const start = open.starts[column];
    if (start === undefined || !Number.isFinite(start) || Math.abs(run.x - start) > run.size) return false;
    columns.add(column);
  }
  return columns.size >= 2;
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
