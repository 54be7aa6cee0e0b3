/**
 * Officer tables: "the Board appointed the following officers:" followed by a table that the HTML
 * flattening (`html-text.ts`) turned into tab-separated lines, one row per person ("Name<TAB>Title").
 * Each row with a name cell and a title cell is one appointment, dated by the sentence that introduces
 * the table (or by a date cell). Prose never gives the row its role, so sentences alone miss these.
 */
import type { ChangeKind } from '../announcement.js';
import { findDates } from './date-reader.js';
import { pickEffective } from './effective-picker.js';
import type { ChangeMention } from './mention-finder.js';
import { findNameCandidates } from './person-finder.js';
import type { NameMention } from './person-finder.js';
import { readOffices, roleClass } from './role-reader.js';
import { normalizeWhitespace } from './sentence-splitter.js';
import type { Sentence } from './sentence-splitter.js';

// "the Board appointed the following individuals as officers", "approved the following appointments",
// "The following persons were elected as executive officers".
const PEOPLE = String.raw`(?:individuals?|persons?|people|(?:executive\s+)?officers?|executives?|directors?|members?)`;
const CHANGES = String.raw`(?:appointments?|promotions?|(?:leadership|management|executive|officer)\s+(?:changes?|appointments?))`;
// The listed people are the verb's object, not the subject of another verb ("... the following officers will attend").
const OBJECT_END = String.raw`(?!\s+(?:officers?|directors?|members?|will|would|are|is|were|was|have|has|had|who|that|which|may|can|shall)\b)`;
const INTRO_ACTIVE = new RegExp(
  String.raw`\b(?:(?<verb>appoint(?:s|ed)?|elect(?:s|ed)?|nam(?:es|ed)|promot(?:es|ed))\b[^.;:]{0,60}?\bthe\s+following\s+(?:\p{L}+\s+){0,2}?${PEOPLE}\b${OBJECT_END}|(?<verb2>approv(?:es|ed)|announc(?:es|ed)|made|confirm(?:s|ed))\s+the\s+following\s+${CHANGES}\b)`,
  'iu',
);
const INTRO_PASSIVE = new RegExp(
  String.raw`\bthe\s+following\s+(?:\p{L}+\s+){0,2}?${PEOPLE}\b[^.;:]{0,80}?\s(?:were|was|have\s+been|has\s+been|will\s+be)\s+(?:\p{L}+ly\s+)?(?<verb>appointed|elected|named|promoted)\b`,
  'iu',
);
// A slate put up or re-elected at a shareholders' meeting is no change; a results table is no roster.
const NOT_A_CHANGE = /\b(?:share|stock)holders\b|\bre-?elect|\bvot(?:e|es|ed|ing)\b|\b(?:compensation|salar(?:y|ies)|bonus(?:es)?|awards?|grants?)\b/iu;
const HEADER_CELL = /^(?:name|names|officer|executive|individual|title|titles|position|positions|office|offices|role|age|effective(?:\s+date)?|date|(?:new|current|former|previous|prior)\s+(?:title|position|role|office)s?|position\s+held|(?:title|position)\s+(?:and|\/)\s+(?:title|position))$/iu;
const BEFORE_HEADER = /^(?:former|previous|prior|current|existing)\b/iu;

interface Columns {
  readonly before: number | null;
}

/** Appointment mentions read from officer tables introduced by an appointment sentence. */
export function findTableMentions(
  text: string,
  sentences: readonly Sentence[],
  reference: Date | null,
  announced: string | null,
): ChangeMention[] {
  const lines = text.split('\n');
  const mentions: ChangeMention[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!(lines[i] ?? '').includes('\t')) {
      i++;
      continue;
    }
    const first = i;
    const rows: string[] = [];
    while (i < lines.length && ((lines[i] ?? '').includes('\t') || (lines[i] ?? '').trim() === '')) {
      if ((lines[i] ?? '').trim() !== '') rows.push(lines[i] ?? '');
      i++;
    }
    const intro = introBefore(lines, first);
    if (intro) mentions.push(...rowMentions(rows, intro, sentences, reference, announced));
  }
  return mentions;
}

interface Intro {
  readonly text: string;
  readonly verb: string;
  readonly verbStart: number;
  readonly verbEnd: number;
}

/** The sentence right before a table, when it introduces new officers. */
function introBefore(lines: readonly string[], tableStart: number): Intro | null {
  const before: string[] = [];
  for (let j = tableStart - 1; j >= 0 && before.length < 3; j--) {
    const line = lines[j] ?? '';
    if (line.includes('\t')) break;
    if (line.trim() !== '') before.unshift(line);
  }
  const joined = normalizeWhitespace(before.join(' '));
  // The last sentence only: an earlier one may speak of something else.
  const last = joined.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((s) => s.length > 0).pop() ?? '';
  const m = INTRO_ACTIVE.exec(last) ?? INTRO_PASSIVE.exec(last);
  const verb = m?.groups?.['verb'] ?? m?.groups?.['verb2'];
  if (!m || !verb || NOT_A_CHANGE.test(last)) return null;
  const verbStart = m.index + m[0].indexOf(verb);
  return { text: last, verb, verbStart, verbEnd: verbStart + verb.length };
}

function rowMentions(
  rows: readonly string[],
  intro: Intro,
  sentences: readonly Sentence[],
  reference: Date | null,
  announced: string | null,
): ChangeMention[] {
  const introIndex = sentences.findIndex((s) => s.text.includes(intro.text) || intro.text.includes(s.text));
  const dates = findDates(intro.text, reference);
  const introEffective = pickEffective({ text: intro.text, announced }, dates, {
    start: intro.verbStart,
    end: intro.verbEnd,
    subjectStart: intro.verbStart,
    direction: 'join',
    kind: 'appointed',
  });
  const kind: ChangeKind = /^promot/iu.test(intro.verb) ? 'promoted' : 'appointed';
  let columns: Columns = { before: null };
  const mentions: ChangeMention[] = [];
  for (const row of rows) {
    const cells = row.split('\t').map((c) => normalizeWhitespace(c));
    if (cells.filter((c) => c !== '').every((c) => HEADER_CELL.test(c))) {
      const before = cells.findIndex((c) => BEFORE_HEADER.test(c));
      columns = { before: before >= 0 ? before : null };
      continue;
    }
    const nameAt = cells.findIndex((c) => wholeName(c) !== null);
    const name = nameAt >= 0 ? wholeName(cells[nameAt] ?? '') : null;
    if (!name) continue;
    const roles = cells.map((c, k) => (k === nameAt ? null : cellRole(c)));
    const afterAt = roles.findIndex((r, k) => r !== null && k !== columns.before);
    const roleAfter = afterAt >= 0 ? (roles[afterAt] ?? null) : null;
    if (!roleAfter) continue;
    const roleBefore = columns.before !== null ? (roles[columns.before] ?? null) : null;
    const dateCell = cells.map((c) => (c.length <= 30 ? findDates(c, reference)[0]?.value : undefined)).find((v) => v !== undefined);
    const at = sentences.findIndex((s, k) => k >= Math.max(0, introIndex) && s.text.includes(name.name));
    mentions.push({
      name,
      direction: 'join',
      kind,
      ruleId: 'table-row',
      weak: false,
      roleBefore,
      roleAfter,
      effective: dateCell ?? introEffective,
      sentenceIndex: at >= 0 ? at : Math.max(0, introIndex),
      position: name.start,
      historical: false,
      successor: null,
      indirect: false,
      headline: false,
      mergeOnly: false,
      predecessor: null,
      purpose: false,
      continuing: false,
      startsWhen: null,
    });
  }
  return mentions;
}

/** The person a cell holds, when the cell is (nearly) nothing but one full name. */
function wholeName(cell: string): NameMention | null {
  const names = findNameCandidates(cell).filter((n) => n.full);
  const only = names[0];
  if (names.length !== 1 || !only) return null;
  const rest = (cell.slice(0, only.start) + cell.slice(only.end)).replace(/[\s,.()*]|\b(?:Jr|Sr|II|III|IV|Ph\.?D|M\.?D|CPA|Esq)\b/gu, '');
  return rest.length <= 3 ? only : null;
}

/** The title a cell holds, when the cell is (nearly) all title. */
function cellRole(cell: string): string | null {
  if (cell === '' || HEADER_CELL.test(cell)) return null;
  const role = readOffices(cell, 0);
  if (!role || roleClass(role) === 'unknown') return null;
  return role.length >= cell.replace(/[\s,.;]+$/u, '').length * 0.6 ? role : null;
}
