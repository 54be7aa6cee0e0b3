/**
 * Events from 新役職/旧役職/氏名 tables, in the shapes PDF text extraction leaves them: a row per
 * line with cells split by spaces (even single spaces, with 姓␣名 inside the name cell), or one
 * cell per line, with wrapped cells continuing on the next line. The column order comes from
 * the header; the heading above the table (新任/退任/昇任/担当変更/候補) gives the kind of change.
 */
import type { ChangeKind, Effective } from '../announcement.js';
import type { DraftEvent } from './draft-event.js';
import type { EffectiveDateResolver } from './effective-date-resolver.js';
import type { NamePlausibility } from './name-plausibility.js';
import type { SectionKind } from './section-kind.js';
import { cleanRole, containsTitle, isBoardRole, roleRank } from './role-lexicon.js';
import { SECTION_HEADING, sectionKindOf } from './section-kind.js';
import { isAdvisoryRole } from './change-classifier.js';
import type { Column, Line, Token } from './table-structure.js';
import { endsTable, linesOf, readHeader, READING_TOKEN, tokensOf } from './table-structure.js';

const EMPTY_CELL = /^(?:[-－―ー—–‐]+|なし|―|新任|\(新任\)|（新任）)$/u;
const NAME_PART = /^[\p{sc=Han}々〆ヵヶノ]{1,5}$/u;
const KANA_GIVEN = /^[\p{sc=Hiragana}\p{sc=Katakana}ー]{2,6}$/u;
const HEAD_WORD = /^(?:代表|取締役|監査役|顧問|相談役|会長|社長|副社長|常務|専務|執行役員|上席|常勤|社外|非常勤|理事|名誉|特別顧問|退任)/u;

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
      return { first: i, last, readingToken: r && READING_TOKEN.test(r.text) ? last + 1 : null };
    };
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
      const heading = this.#heading(lines, h);
      const kind = sectionKindOf(heading?.text ?? '');
      const bodyStart = h + header.lines;
      let bodyEnd = bodyStart;
      while (bodyEnd < lines.length && !endsTable(lines, bodyEnd)) bodyEnd++;
      const tokens = lines.slice(bodyStart, bodyEnd).flatMap((line, k) => tokensOf(line, bodyStart + k));
      const headingStart = heading?.start ?? lines[h]?.start ?? 0;
      const tableStart = lines[h]?.start ?? 0;
      let effective: Effective | undefined = dates.inClause(headingStart, tableStart, tableStart);
      if (effective === undefined) effective = dates.documentDefault;
      if (kind === 'nominate' && (effective === null || !/^\d{4}-\d{2}-\d{2}$/u.test(effective))) effective = 'agm';
      const tabbed = header.lines === 1 && (lines[h]?.text.includes('\t') ?? false);
      if (tabbed) events.push(...this.#tabRows(lines.slice(bodyStart, bodyEnd), header.columns, kind, effective, termExpiry, dates));
      else events.push(...this.#rows(tokens, header.columns, kind, effective, termExpiry, dates));
      h = Math.max(h, bodyEnd - 1);
    }
    return events;
  }

  /** Rows whose cells are tab-separated (our PDF layout step writes tables so), empty cells kept. */
  #tabRows(
    body: readonly Line[], columns: readonly Column[], kind: SectionKind, effective: Effective, termExpiry: boolean, dates: EffectiveDateResolver,
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
      const m = /^\s*([^()（）]+?)\s*(?:[(（]\s*([\p{sc=Hiragana}\p{sc=Katakana}ー・\s]+?)\s*[)）])?\s*$/u.exec(nameCell);
      const name = m?.[1]?.trim() ?? '';
      if (!name || containsTitle(name) || this.#names.judge(name.replace(/\s+/gu, ' '), 'strong') === 'reject') continue;
      const cellFor = (column: Column): string | null => {
        const i = columns.indexOf(column);
        const text = i >= 0 ? cells[i]?.trim() : undefined;
        return text ? text : null;
      };
      const dated = cellFor('date');
      const event = this.#event(cellFor('new'), cellFor('old'), kind, (dated ? dates.resolveText(dated) : null) ?? effective, termExpiry);
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

  #heading(lines: readonly Line[], h: number): Line | null {
    for (let k = h - 1; k >= 0 && k >= h - 5; k--) {
      const line = lines[k];
      if (line && SECTION_HEADING.test(line.text)) return line;
    }
    return null;
  }

  #rows(
    tokens: readonly Token[], columns: readonly Column[], kind: SectionKind, effective: Effective, termExpiry: boolean, dates: EffectiveDateResolver,
  ): DraftEvent[] {
    const nameIndex = columns.indexOf('name');
    const beforeCols = columns.slice(0, nameIndex);
    const afterCols = columns.slice(nameIndex + 1);
    const hits: NameHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.#nameAt(tokens, i);
      if (hit) {
        hits.push(hit);
        i = hit.readingToken ?? hit.last;
      }
    }
    const events: DraftEvent[] = [];
    hits.forEach((hit, n) => {
      const name = tokens[hit.first];
      const last = tokens[hit.last];
      if (!name || !last) return;
      const nameEnd = hit.readingToken ?? hit.last;
      const prevEnd = n > 0 ? (hits[n - 1]?.readingToken ?? hits[n - 1]?.last ?? -1) + 1 : 0;
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
      const event = this.#event(cellOf('new'), cellOf('old'), kind, (dated ? dates.resolveText(dated) : null) ?? effective, termExpiry);
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

  /** Joins fragments into `wanted` cells: a new cell starts at a head word (代表, 取締役, 顧問 …). */
  #groupsOf(tokens: readonly Token[], indices: readonly number[], wanted: number): Group[] {
    const cells: Group[] = [];
    indices.forEach((i, k) => {
      const text = tokens[i]?.text ?? '';
      const remaining = indices.length - k;
      const mustStart = cells.length + remaining <= wanted;
      const prev = cells.at(-1);
      const startsCell = HEAD_WORD.test(text) || EMPTY_CELL.test(text) || /^\d|株$/u.test(text);
      if (!prev || (cells.length < wanted && (mustStart || startsCell))) {
        cells.push({ text, first: i, last: i });
      } else {
        const sameLine = tokens[prev.last]?.line === tokens[i]?.line;
        cells[cells.length - 1] = { text: `${prev.text}${sameLine && !/^[\p{sc=Han}\p{sc=Katakana}]/u.test(text) ? ' ' : ''}${text}`, first: prev.first, last: i };
      }
    });
    return cells;
  }

  #event(newCell: string | null, oldCell: string | null, kind: SectionKind, effective: Effective, termExpiry: boolean)
    : Pick<DraftEvent, 'change' | 'roleBefore' | 'roleAfter' | 'effective'> | null {
    const fresh = newCell && !EMPTY_CELL.test(newCell) ? newCell : null;
    const old = oldCell && !EMPTY_CELL.test(oldCell) ? oldCell : null;
    const leavingCell = fresh !== null && /^(?:退任|辞任|退任予定)$/u.test(fresh.replace(/\s/gu, ''));
    const roleAfter = leavingCell ? null : cleanRole(fresh) ?? fresh;
    const roleBefore = cleanRole(old) ?? old;
    if (kind === 'unchanged') return null;
    if (roleAfter && roleBefore && roleAfter.replace(/\s/gu, '') === roleBefore.replace(/\s/gu, '') && kind !== 'retire' && kind !== 'resign') return null;
    let change: ChangeKind;
    if (kind === 'retire' || kind === 'resign' || leavingCell) {
      if (!leavingCell && isBoardRole(roleAfter) && kind !== 'retire' && kind !== 'resign') change = 'role_change';
      else change = kind === 'resign' || /辞任/u.test(fresh ?? '') ? 'departed' : termExpiry && effective === 'agm' ? 'not_standing' : 'retiring';
    } else if (kind === 'nominate') {
      if (roleBefore && isBoardRole(roleBefore) && roleAfter && isBoardRole(roleAfter) && !/候補/u.test(roleAfter)) change = 'role_change';
      else change = 'nominated';
    } else if (kind === 'promote') change = 'promoted';
    else if (kind === 'reassign') change = 'role_change';
    else if (!roleBefore) change = 'appointed';
    else if (!roleAfter || isAdvisoryRole(roleAfter)) change = 'retiring';
    else {
      const a = roleRank(roleAfter);
      const b = roleRank(roleBefore);
      change = a !== null && b !== null && a > b ? 'promoted' : 'role_change';
    }
    return { change, roleBefore, roleAfter, effective };
  }
}
