/**
 * Rebuilds the officer tables of Japanese disclosures (新役職 / 旧役職 / 氏名 …) from positioned runs, one row per
 * line with cells separated by CELL_SEPARATOR, so the Japanese extractor reads rows instead of the visual lines
 * that wrapped cells scatter.
 *
 * Method (reported to hold on three producers; the fixtures test LibreOffice and Chromium output): find the header line by its column names; a run
 * belongs to the column whose header's right edge is the last one left of the run's start (cell text starts at
 * the cell's left border, header text sits inside its cell); producers write cells in reading order, so in
 * content-stream order a falling column index starts a new row; lines of one cell are joined, Japanese without
 * a space when the line was wrapped because it was full.
 */
import { CELL_SEPARATOR, continuationSeparator, groupIntoLines, joinRuns, runRight } from './text-run.js';
import type { TextLine, TextRun } from './text-run.js';

export interface TableHeader {
  /** One entry per column, left to right. */
  readonly cells: readonly { readonly text: string; readonly left: number; readonly right: number }[];
  readonly size: number;
}

// Column names of officer tables, compared without spaces: 新役職, 旧役職（担当）, 氏名（ふりがな）, 異動予定日 …
const COLUMN_NAME =
  /^(?:(?:新|旧|現|前|新たな|現在の)?(?:役職|職|職名|役職名|担当|役職・?担当|役職及び担当|所属|役位)|新|旧|現|氏名|名前|候補者(?:番号|氏名)?|ふりがな|フリガナ|生年月日|年齢|略歴|備考|区分|(?:異動|就任|退任|選任)(?:予定)?日|所有株式数)(?:[(（].*[)）])?$/u;
// Columns that make a table an officer table rather than any grid that happens to name 備考.
const KEY_COLUMN = /氏名|名前|候補者|役職|担当/u;
/** A numbered heading or closing mark in the first column ends the table: （２）, ２．, ①, ※, 以上, 記 … */
const SECTION_START =
  /^(?:[(（]\s*\d+\s*[)）]|\d+\s*[.．、)）]|[①-⑳]|[一二三四五六七八九十]+\s*[、．.]|以上$|記$|※|＊|\*|■|□|●|◆|【|〔|［|\[)/u;
const CLOSING_LINE = /^(?:以上|記|以下余白)$/u;
/** Header words may be spaced out over this many characters (氏　　名). */
const HEADER_GAP_FACTOR = 3;
/** Runs closer than this many characters are one piece of text (pdf.js's own limit for a space inside an item). */
const SEGMENT_GAP_FACTOR = 0.6;
/** A vertical gap of this many lines between table lines means the table has ended. */
const TABLE_GAP_FACTOR = 3;
/**
 * A wrapped (full) cell line ends within this many characters of the next column's start: less than one character
 * that did not fit, plus the padding on both sides of the cell border.
 */
const FULL_LINE_FACTOR = 2;

const compact = (text: string): string => text.replace(/\s+/gu, '');

/** The header of an officer table if this line is one. */
export function detectTableHeader(line: TextLine): TableHeader | null {
  const cells: { text: string; left: number; right: number }[] = [];
  const runs = line.runs;
  let unknown = 0;
  for (let i = 0; i < runs.length; ) {
    let matched = 0;
    // Longest header word made of up to four runs close together.
    for (let j = Math.min(runs.length, i + 4); j > i; j--) {
      const group = runs.slice(i, j);
      const close = group.every((r, k) => k === 0 || r.x - runRight(group[k - 1]!) <= HEADER_GAP_FACTOR * r.size);
      if (close && COLUMN_NAME.test(compact(group.map((r) => r.text).join('')))) {
        cells.push({ text: compact(group.map((r) => r.text).join('')), left: group[0]!.x, right: runRight(group.at(-1)!) });
        matched = j - i;
        break;
      }
    }
    if (matched === 0) {
      unknown++;
      i++;
    } else {
      i += matched;
    }
  }
  if (cells.length < 2 || unknown > cells.length / 2) return null;
  if (!cells.some((c) => KEY_COLUMN.test(c.text))) return null;
  return { cells, size: line.size };
}

/** The column of a run: the number of header right edges at or left of its start. */
export function columnOf(header: TableHeader, run: TextRun): number {
  let column = 0;
  for (let k = 0; k < header.cells.length - 1; k++) {
    if (run.x >= header.cells[k]!.right - 0.1 * run.size) column = k + 1;
  }
  return column;
}

/** Whether `line`, the next line below a table so far, still belongs to it. */
export function continuesTable(header: TableHeader, tableLines: readonly TextLine[], line: TextLine): boolean {
  const previous = tableLines.at(-1);
  if (previous !== undefined && previous.y - line.y > TABLE_GAP_FACTOR * 1.5 * line.size) return false;
  if (detectTableHeader(line) !== null) return false;
  const starts = columnStarts(header, tableLines);
  const pieces = segments(header, starts, line.runs);
  const first = pieces[0];
  if (first !== undefined && columnOf(header, first) === 0 && SECTION_START.test(first.text)) return false;
  // 以上 closes a notice wherever it is aligned (usually right, where it falls into the last column).
  if (CLOSING_LINE.test(compact(joinRuns(line.runs)))) return false;
  // A piece of text that reaches into the next column is running text below the table, not a cell.
  return pieces.every((piece) => {
    const column = columnOf(header, piece);
    const limit = column + 1 < header.cells.length ? rightLimit(header, starts, column, Infinity) : Infinity;
    return runRight(piece) <= limit + 0.5 * piece.size;
  });
}

/**
 * The runs of a line merged where they touch: some producers write running text a few characters per run, and
 * only the merged extent shows that it crosses a column. A run that starts exactly where a later column's cells
 * start is the next cell, not a continuation, even when the gap before it is small.
 */
function segments(header: TableHeader, starts: readonly number[], runs: readonly TextRun[]): TextRun[] {
  const merged: TextRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    const column = columnOf(header, run);
    const startsCell = Math.abs(run.x - (starts[column] ?? Infinity)) <= 0.5 * run.size;
    const touching = last !== undefined && run.x - runRight(last) <= SEGMENT_GAP_FACTOR * run.size;
    if (last !== undefined && touching && !(startsCell && column > columnOf(header, last))) {
      merged[merged.length - 1] = {
        ...last,
        text: last.text + run.text,
        width: runRight(run) - last.x,
        size: Math.max(last.size, run.size),
      };
    } else {
      merged.push(run);
    }
  }
  return merged;
}

/** The left edge of each column's cells (Infinity for a column without any). */
export function columnStarts(header: TableHeader, lines: readonly TextLine[]): number[] {
  const starts = header.cells.map(() => Infinity);
  for (const line of lines) {
    for (const run of line.runs) {
      const column = columnOf(header, run);
      starts[column] = Math.min(starts[column]!, run.x);
    }
  }
  return starts;
}

/** How far text of a column can reach: the start of the next column (its header or its cells), or the page edge. */
function rightLimit(header: TableHeader, starts: readonly number[], column: number, pageRight: number): number {
  const next = header.cells[column + 1];
  if (next === undefined) return pageRight;
  return Math.min(next.left, starts[column + 1] ?? Infinity);
}

/** The table's rows (the header first), each as one line of CELL_SEPARATOR-separated cells. */
export function tableRows(header: TableHeader, bodyLines: readonly TextLine[], pageRight: number): string[] {
  const starts = columnStarts(header, bodyLines);
  const runs = bodyLines.flatMap((l) => l.runs).sort((a, b) => a.order - b.order);
  const rows: TextRun[][][] = [];
  let row: TextRun[][] = header.cells.map(() => []);
  let lastColumn = -1;
  for (const run of runs) {
    const column = columnOf(header, run);
    if (column < lastColumn) {
      rows.push(row);
      row = header.cells.map(() => []);
    }
    row[column]!.push(run);
    lastColumn = column;
  }
  if (lastColumn >= 0) rows.push(row);
  const headerRow = header.cells.map((c) => c.text).join(CELL_SEPARATOR);
  const bodyRows = rows.map((cells) =>
    cells.map((cell, column) => cellText(cell, rightLimit(header, starts, column, pageRight))).join(CELL_SEPARATOR),
  );
  return [headerRow, ...bodyRows];
}

function cellText(runs: readonly TextRun[], limit: number): string {
  let text = '';
  let previous: TextLine | undefined;
  for (const line of groupIntoLines(runs)) {
    const lineText = joinRuns(line.runs).replaceAll(CELL_SEPARATOR, ' ');
    if (previous === undefined) {
      text = lineText;
    } else {
      const wrapped = previous.right >= limit - FULL_LINE_FACTOR * line.size;
      text += (wrapped ? continuationSeparator(text, lineText) : ' ') + lineText;
    }
    previous = line;
  }
  return text.trim();
}
