/**
 * Events from 新役職/旧役職/氏名 tables, in the shapes PDF text extraction leaves them: a row per
 * line with cells split by spaces (even single spaces, with 姓␣名 inside the name cell), or one
 * cell per line, with wrapped cells continuing on the next line. The column order comes from
 * the header; the heading above the table (新任/退任/昇任/担当変更/候補) gives the kind of change.
 */
import type { Effective } from '../announcement.js';
import type { DraftEvent } from './draft-event.js';
import type { EffectiveDateResolver } from './effective-date-resolver.js';
import type { NamePlausibility } from './name-plausibility.js';
import type { SectionKind } from './section-kind.js';
import { containsTitle } from './role-lexicon.js';
import { headingIndexAbove, nomineeSeatOf, sectionKindOf } from './section-kind.js';
import { sectionEffective } from './section-date.js';
import { EMPTY_CELL, rowChange, standsAgain } from './table-row-change.js';
import type { RowChange } from './table-row-change.js';
import type { Column, Line, Token } from './table-structure.js';
import { endsTable, KATAKANA_NAME_TOKEN, LATIN_NAME_TOKEN, linesOf, readHeader, READING_TOKEN, tokensOf } from './table-structure.js';

const NAME_PART = /^[\p{sc=Han}々〆ヵヶノ]{1,5}$/u;
const KANA_GIVEN = /^[\p{sc=Hiragana}\p{sc=Katakana}ー]{2,6}$/u;
const HEAD_WORD = /^(?:代表|取締役|監査役|顧問|相談役|会長|社長|副社長|常務|専務|執行役員|上席|常勤|社外|非常勤|理事|名誉|特別顧問|退任)/u;

/** Where a title fragment stands in a cell: board seat (0), executive office (1), department (2); null if unknown. */
function titleKind(text: string): number | null {
  if (/取締役|監査役|監査等委員/u.test(text)) return 0;
  if (/執行役|最高[^\s]{0,6}責任者|^C[A-Z]O$/u.test(text)) return 1;
  if (/本部長|部長|室長|所長|支店長|工場長|センター長|担当|統括/u.test(text)) return 2;
  return null;
}

/** How often a cell's next fragment does not come later in the written order, for cells starting at `starts`. */
function disorder(kinds: readonly number[], starts: readonly number[]): number {
  let cost = 0;
  for (let k = 1; k < kinds.length; k++) if (!starts.includes(k) && (kinds[k] ?? 0) <= (kinds[k - 1] ?? 0)) cost++;
  return cost;
}

/** Every way to cut `n` fragments into `parts` non-empty runs, as the positions where runs start. */
function* splits(n: number, parts: number, from = 1, acc: readonly number[] = [0]): Generator<number[]> {
  if (acc.length === parts) {
    yield [...acc];
    return;
  }
  for (let k = from; k <= n - (parts - acc.length); k++) yield* splits(n, parts, k + 1, [...acc, k]);
}

/** A nominee row without a new-post cell takes the seat its heading names (「取締役候補者」). */
function withSeat(event: RowChange | null, seatHeading: string | null, status: string | null): RowChange | null {
  if (!event || event.roleAfter || seatHeading === null || event.change !== 'nominated') return event;
  return { ...event, roleAfter: nomineeSeatOf(seatHeading, status) };
}

interface Group {
  readonly text: string;
  /** Token indices. */
  readonly first: number;
  readonly last: number;
}

interface NameHit {
  readonly first: number;
  readonly last: number;
  readonly readingToken: number | null;
  /** The last token of the name cell: the name, its reading or its Latin spelling. */
  readonly end: number;
}

export class TableEventExtractor {
  readonly #names: NamePlausibility;

  constructor(names: NamePlausibility) {
    this.#names = names;
  }

  #nameAt(tokens: readonly Token[], i: number): NameHit | null {
    const a = tokens[i];
    if (!a || containsTitle(a.text) || EMPTY_CELL.test(a.text)) return null;
    const b = tokens[i + 1];
    const withReading = (last: number): NameHit => {
      const r = tokens[last + 1];
      if (r && READING_TOKEN.test(r.text)) return { first: i, last, readingToken: last + 1, end: last + 1 };
      return { first: i, last, readingToken: null, end: r && LATIN_NAME_TOKEN.test(r.text) ? last + 1 : last };
    };
    if (KATAKANA_NAME_TOKEN.test(a.text)) return withReading(i);
    if (NAME_PART.test(a.text) && a.text.length <= 4 && b && b.line === a.line && !containsTitle(b.text)
      && (NAME_PART.test(b.text) || KANA_GIVEN.test(b.text)) && b.text.length <= 4) {
      if (this.#names.judge(`${a.text} ${b.text}`, 'strong') !== 'reject') return withReading(i + 1);
    }
    if (/^[\p{sc=Han}々〆ヵヶノ]{2,6}$/u.test(a.text) && this.#names.judge(a.text, 'strong') === 'full') return withReading(i);
    return null;
  }

  /** Events from every table found in `text` (folded). */
  extract(text: string, dates: EffectiveDateResolver, termExpiry: boolean): DraftEvent[] {
    const lines = linesOf(text);
    const events: DraftEvent[] = [];
    for (let h = 0; h < lines.length; h++) {
      const header = readHeader(lines, h);
      if (!header) continue;
      const heading = headingIndexAbove(lines, h);
      const kind = sectionKindOf(lines[heading]?.text ?? '');
      const bodyStart = h + header.lines;
      let bodyEnd = bodyStart;
      while (bodyEnd < lines.length && !endsTable(lines, bodyEnd)) bodyEnd++;
      const tokens = lines.slice(bodyStart, bodyEnd).flatMap((line, k) => tokensOf(line, bodyStart + k));
      const effective = sectionEffective(lines, heading, h, kind, dates);
      const tabbed = header.lines === 1 && (lines[h]?.text.includes('\t') ?? false);
      const seat = kind === 'nominate' ? (lines[heading]?.text ?? '') : null;
      if (tabbed) events.push(...this.#tabRows(lines.slice(bodyStart, bodyEnd), header.columns, kind, effective, termExpiry, dates, seat));
      else events.push(...this.#rows(tokens, header.columns, kind, effective, termExpiry, dates, seat));
      h = Math.max(h, bodyEnd - 1);
    }
    return events;
  }

  /** Rows whose cells are tab-separated (our PDF layout step writes tables so), empty cells kept. */
  #tabRows(
    body: readonly Line[], columns: readonly Column[], kind: SectionKind, effective: Effective, termExpiry: boolean, dates: EffectiveDateResolver,
    seatHeading: string | null,
  ): DraftEvent[] {
    const events: DraftEvent[] = [];
    const nameCol = columns.indexOf('name');
    for (const line of body) {
      if (!line.text.includes('\t')) continue;
      const cells = line.text.split('\t');
      let offset = line.start;
      const starts = cells.map((c) => {
        const at = offset;
        offset += c.length + 1;
        return at;
      });
      const nameCell = cells[nameCol] ?? '';
      // 「山田 太郎（やまだ たろう）」, 「ジョン・スミス（John Smith）」: a kana reading is kept, a Latin spelling dropped.
      const m = /^\s*([^()（）]+?)\s*(?:[(（]\s*([\p{sc=Hiragana}\p{sc=Katakana}ー・\s]+?)\s*[)）]|[(（]\s*[A-Za-z][A-Za-z .'-]*[)）])?\s*$/u.exec(nameCell);
      const name = m?.[1]?.trim() ?? '';
      if (!name || containsTitle(name)) continue;
      if (!KATAKANA_NAME_TOKEN.test(name) && this.#names.judge(name.replace(/\s+/gu, ' '), 'strong') === 'reject') continue;
      const cellFor = (column: Column): string | null => {
        const i = columns.indexOf(column);
        const text = i >= 0 ? cells[i]?.trim() : undefined;
        return text ? text : null;
      };
      const dated = cellFor('date');
      if (standsAgain(cellFor('status'))) continue;
      const event = withSeat(rowChange(cellFor('new'), cellFor('old'), kind, (dated ? dates.resolveText(dated) : null) ?? effective, termExpiry), seatHeading, cellFor('status'));
      if (!event) continue;
      const nameStart = (starts[nameCol] ?? line.start) + nameCell.indexOf(name);
      const readingText = m?.[2];
      const readingStart = readingText ? (starts[nameCol] ?? line.start) + nameCell.indexOf(readingText, nameCell.indexOf(name) + name.length) : -1;
      events.push({
        key: name.replace(/\s+/gu, ''),
        ...event,
        evidenceStart: line.start,
        evidenceEnd: line.start + line.text.length,
        confidence: 0.9,
        nameStart,
        nameEnd: nameStart + name.length,
        reading: readingText && readingStart >= 0 ? { start: readingStart, end: readingStart + readingText.length } : null,
      });
    }
    return events;
  }


  #rows(
    tokens: readonly Token[], columns: readonly Column[], kind: SectionKind, effective: Effective, termExpiry: boolean, dates: EffectiveDateResolver,
    seatHeading: string | null,
  ): DraftEvent[] {
    const nameIndex = columns.indexOf('name');
    const beforeCols = columns.slice(0, nameIndex);
    const afterCols = columns.slice(nameIndex + 1);
    const hits: NameHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.#nameAt(tokens, i);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      }
    }
    const events: DraftEvent[] = [];
    hits.forEach((hit, n) => {
      const name = tokens[hit.first];
      const last = tokens[hit.last];
      if (!name || !last) return;
      const nameEnd = hit.end;
      const prevEnd = n > 0 ? (hits[n - 1]?.end ?? -1) + 1 : 0;
      const nextStart = hits[n + 1]?.first ?? tokens.length;
      // Cells between two names hold the earlier row's trailing cells, then the later row's leading ones.
      const lead = this.#cells(tokens, prevEnd, hit.first, name.line, beforeCols.length, n > 0 ? afterCols.length : 0, 'lead');
      const trail = this.#cells(tokens, nameEnd + 1, nextStart, name.line, afterCols.length, n + 1 < hits.length ? beforeCols.length : 0, 'trail');
      const cellOf = (column: Column): string | null => {
        const b = beforeCols.indexOf(column);
        if (b >= 0) return lead[b]?.text ?? null;
        const a = afterCols.indexOf(column);
        return a >= 0 ? (trail[a]?.text ?? null) : null;
      };
      const dated = cellOf('date');
      if (standsAgain(cellOf('status'))) return;
      const event = withSeat(rowChange(cellOf('new'), cellOf('old'), kind, (dated ? dates.resolveText(dated) : null) ?? effective, termExpiry), seatHeading, cellOf('status'));
      if (!event) return;
      const reading = hit.readingToken !== null ? tokens[hit.readingToken] : undefined;
      const firstToken = tokens[lead[0]?.first ?? hit.first] ?? name;
      const lastToken = tokens[trail.at(-1)?.last ?? nameEnd] ?? last;
      events.push({
        key: tokens.slice(hit.first, hit.last + 1).map((t) => t.text).join(''),
        ...event,
        evidenceStart: firstToken.start,
        evidenceEnd: lastToken.end,
        confidence: 0.9,
        nameStart: name.start,
        nameEnd: last.end,
        reading: reading ? { start: reading.start + 1, end: reading.end - 1 } : null,
      });
    });
    return events;
  }

  /**
   * The `wanted` cells of a row on one side of its name, from tokens [from, to). On the name's own
   * line the line decides; otherwise (one cell per line) `reserved` cells belong to the neighbour row.
   */
  #cells(tokens: readonly Token[], from: number, to: number, line: number, wanted: number, reserved: number, side: 'lead' | 'trail'): Group[] {
    if (wanted === 0 || from >= to) return [];
    const indices = Array.from({ length: to - from }, (_, k) => from + k);
    const sameLine = indices.filter((i) => tokens[i]?.line === line);
    if (sameLine.length > 0) {
      const cells = this.#groupsOf(tokens, sameLine, wanted);
      if (side === 'trail' && reserved === 0) {
        // Wrapped cells: following lines without a name continue the row's cells, column by column
        // when the line has one fragment per cell, else the last cell.
        const continuation = indices.filter((i) => (tokens[i]?.line ?? 0) > line);
        const byLine = new Map<number, number[]>();
        for (const i of continuation) byLine.set(tokens[i]?.line ?? 0, [...(byLine.get(tokens[i]?.line ?? 0) ?? []), i]);
        for (const parts of byLine.values()) {
          const targets = parts.length === cells.length ? parts.map((_, k) => k) : parts.map(() => cells.length - 1);
          parts.forEach((i, k) => {
            const c = targets[k] ?? cells.length - 1;
            const cell = cells[c];
            if (cell) cells[c] = { text: cell.text + (tokens[i]?.text ?? ''), first: cell.first, last: Math.max(cell.last, i) };
          });
        }
      }
      return cells;
    }
    const groups = this.#groupsOf(tokens, indices, wanted + reserved);
    return side === 'lead' ? groups.slice(reserved) : groups.slice(0, wanted);
  }

  /**
   * Joins fragments into `wanted` cells: a new cell starts at a head word (代表, 取締役, 顧問 …). When every
   * fragment is a title whose kind is known, the split that keeps each cell in the order titles are written
   * (board seat, then executive office, then department) wins: 「代表取締役社長 社長執行役員 | 取締役副社長執行役員」.
   */
  #groupsOf(tokens: readonly Token[], indices: readonly number[], wanted: number): Group[] {
    const starts: number[] = [];
    indices.forEach((i, k) => {
      const text = tokens[i]?.text ?? '';
      const mustStart = starts.length + indices.length - k <= wanted;
      const startsCell = HEAD_WORD.test(text) || EMPTY_CELL.test(text) || /^\d|株$/u.test(text);
      if (starts.length === 0 || (starts.length < wanted && (mustStart || startsCell))) starts.push(k);
    });
    if (wanted < 2 || indices.length <= wanted || indices.length > 12) return this.#join(tokens, indices, starts);
    const kinds = indices.map((i) => titleKind(tokens[i]?.text ?? ''));
    const sameLine = indices.every((i) => tokens[i]?.line === tokens[indices[0] ?? i]?.line);
    if (sameLine && kinds.every((c) => c !== null)) {
      const order = kinds as number[];
      let best = { starts, cost: disorder(order, starts) };
      for (const candidate of splits(indices.length, wanted)) {
        const cost = disorder(order, candidate);
        if (cost < best.cost) best = { starts: candidate, cost };
      }
      return this.#join(tokens, indices, best.starts);
    }
    return this.#join(tokens, indices, starts);
  }

  /** The cells that start at positions `starts` of `indices`. */
  #join(tokens: readonly Token[], indices: readonly number[], starts: readonly number[]): Group[] {
    const cells: Group[] = [];
    indices.forEach((i, k) => {
      const text = tokens[i]?.text ?? '';
      const prev = cells.at(-1);
      if (!prev || starts.includes(k)) {
        cells.push({ text, first: i, last: i });
      } else {
        // Words of one cell keep the space they were written with (「常務執行役員 財務本部長」); a title
        // letter-spaced or wrapped onto the next line is joined up again.
        const sameLine = tokens[prev.last]?.line === tokens[i]?.line;
        const words = sameLine && ((tokens[prev.last]?.text.length ?? 0) >= 2 && text.length >= 2 || !/^[\p{sc=Han}\p{sc=Katakana}]/u.test(text));
        cells[cells.length - 1] = { text: `${prev.text}${words ? ' ' : ''}${text}`, first: prev.first, last: i };
      }
    });
    return cells;
  }


}
