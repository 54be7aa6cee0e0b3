/**
 * Events from records written as label–value pairs instead of a table: 「新役職 専務執行役員 氏名 山田 太郎
 * 現役職 常務執行役員」 on one line, or one pair per line (「氏名：山田 太郎」「新役職：専務執行役員」 …). The
 * labels are the table header words (table-structure.ts), so the two layouts read alike; a label written
 * again starts the next record.
 */
import type { DraftEvent } from './draft-event.js';
import type { EffectiveDateResolver } from './effective-date-resolver.js';
import type { NamePlausibility } from './name-plausibility.js';
import { containsTitle } from './role-lexicon.js';
import { headingIndexAbove, sectionKindOf } from './section-kind.js';
import { sectionEffective } from './section-date.js';
import { rowChange, standsAgain } from './table-row-change.js';
import type { Column, Line } from './table-structure.js';
import { headerColumn, linesOf, readHeader } from './table-structure.js';

const LABEL_WORD = [
  '氏\\s?名', '役員名', '(?:新|旧|現)(?:役職|職|担当|委嘱|役位)名?', '異動(?:後|前)(?:の役職)?',
  '(?:異動|就任|退任|選任)(?:予定)?(?:年月)?日', '生年月日', '年齢', '所有株式数', '略\\s?歴',
].join('|');
/** A label in brackets anywhere (【氏名】), or bare at the line start or after a space, bar or bullet, with a separator after it. */
const LABEL = new RegExp(
  `[【［\\[＜<](${LABEL_WORD})[】］\\]＞>]\\s*[:：]?\\s*|(?<=^|[\\s|｜・●■◆○◇])(${LABEL_WORD})(?:\\s*[:：]\\s*|\\s+)`,
  'gu',
);
/** A line that may start with a label: the cheap test before reading its pairs. */
const STARTS_WITH_LABEL = new RegExp(`^[\\s・●■◆○◇\\-－(（)）.．、0-9①-⑳]*[【［\\[＜<]?(?:${LABEL_WORD})`, 'u');
const LINE_LEAD = /^[\s・●■◆○◇\-－]*(?:[(（]\s*\d+\s*[)）]|\d+\s*[.．、)）]|[①-⑳])?\s*$/u;
const KATAKANA_NAME = /^[\p{sc=Katakana}ー]{2,}(?:[・=＝ ](?:[A-Z]\.?[・=＝ ])?[\p{sc=Katakana}ー]{2,}){1,3}$/u;
const NAME_VALUE =
  /^(?<name>[^()（）]+?)\s*(?:[(（]\s*(?<reading>[\p{sc=Hiragana}\p{sc=Katakana}ー・\s]+?)\s*[)）]|[(（][A-Za-z][A-Za-z .,'-]*[)）]|[(（][^()（）]*\d[^()（）]*[)）])?\s*(?:氏)?$/u;

interface Field {
  readonly column: Column;
  /** Folded-text range of the label and of its value. */
  readonly labelStart: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface LabelledRecord {
  readonly line: number;
  readonly fields: Map<Column, Field>;
}

/** The label–value pairs of a line that starts with a label; [] for any other line. */
function fieldsOf(line: Line): Field[] {
  if (!STARTS_WITH_LABEL.test(line.text)) return [];
  const labels = [...line.text.matchAll(LABEL)].flatMap((m) => {
    const column = headerColumn(m[1] ?? m[2] ?? '');
    return column ? [{ column, labelStart: line.start + m.index, start: line.start + m.index + m[0].length }] : [];
  });
  const first = labels[0];
  if (!first || !LINE_LEAD.test(line.text.slice(0, first.labelStart - line.start))) return [];
  return labels.map((label, i) => {
    const next = labels[i + 1];
    const end = next ? next.labelStart : line.start + line.text.length;
    const raw = line.text.slice(label.start - line.start, end - line.start);
    const text = raw.trim();
    const start = label.start + raw.indexOf(text);
    return { column: label.column, labelStart: label.labelStart, start, end: start + text.length, text };
  });
}

export class LabelledRecordExtractor {
  readonly #names: NamePlausibility;

  constructor(names: NamePlausibility) {
    this.#names = names;
  }

  extract(text: string, dates: EffectiveDateResolver, termExpiry: boolean): DraftEvent[] {
    if (!/氏\s?名|役員名/u.test(text)) return [];
    const lines = linesOf(text);
    const records: LabelledRecord[] = [];
    let current: LabelledRecord | null = null;
    lines.forEach((line, k) => {
      const fields = readHeader(lines, k) ? [] : fieldsOf(line);
      if (fields.length === 0) {
        if (line.text.trim()) current = null;
        return;
      }
      for (const field of fields) {
        // 生年月日, 略歴 …: part of the record, but they neither start one nor say anything about the change.
        if (field.column === 'other') continue;
        if (!current || current.fields.has(field.column)) {
          current = { line: k, fields: new Map() };
          records.push(current);
        }
        current.fields.set(field.column, field);
      }
    });
    return records.flatMap((r) => this.#event(lines, r, dates, termExpiry) ?? []);
  }

  #event(lines: readonly Line[], record: LabelledRecord, dates: EffectiveDateResolver, termExpiry: boolean): DraftEvent | null {
    const nameField = record.fields.get('name');
    const value = (column: Column): string | null => record.fields.get(column)?.text || null;
    if (!nameField || (!value('new') && !value('old'))) return null;
    const parsed = NAME_VALUE.exec(nameField.text);
    const name = parsed?.groups?.['name']?.trim() ?? '';
    if (!name || containsTitle(name)) return null;
    if (!KATAKANA_NAME.test(name) && this.#names.judge(name.replace(/\s+/gu, ' '), 'strong') === 'reject') return null;
    const heading = headingIndexAbove(lines, record.line);
    const kind = sectionKindOf(lines[heading]?.text ?? '');
    const effective = sectionEffective(lines, heading, record.line, kind, dates);
    const dated = value('date');
    if (standsAgain(value('status'))) return null;
    const change = rowChange(value('new'), value('old'), kind, (dated ? dates.resolveText(dated) : null) ?? effective, termExpiry);
    if (!change) return null;
    const fields = [...record.fields.values()];
    const nameStart = nameField.start + nameField.text.indexOf(name);
    const reading = parsed?.groups?.['reading'];
    const readingStart = reading ? nameField.start + nameField.text.indexOf(reading, name.length) : -1;
    return {
      key: name.replace(/\s+/gu, ''),
      ...change,
      evidenceStart: Math.min(...fields.map((f) => f.labelStart)),
      evidenceEnd: Math.max(...fields.map((f) => f.end)),
      confidence: 0.9,
      nameStart,
      nameEnd: nameStart + name.length,
      reading: reading && readingStart >= 0 ? { start: readingStart, end: readingStart + reading.length } : null,
    };
  }
}
