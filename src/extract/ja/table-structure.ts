/**
 * The structure of a table in extracted text: its header (氏名/新役職/旧役職 in any order, on one
 * line or one cell per line), where its body ends, and its cells split at whitespace, bars and tabs.
 */

export type Column = 'name' | 'new' | 'old' | 'date' | 'status' | 'other';

const HEADER_WORDS: readonly (readonly [RegExp, Column])[] = [
  [/^(?:氏名|氏\s名|名前|役員名)(?:[(（][^()（）]{1,8}[)）])?$/u, 'name'],
  [/^(?:異動|就任|退任|選任|選定)(?:予定)?(?:年月)?日$/u, 'date'],
  [/^(?:新役職(?:名)?|新職(?:名)?|新(?:担当|委嘱|役職・担当|役位)|異動後(?:の役職)?|就任(?:予定)?(?:役職|役位)|新|退任後(?:の(?:役職|予定|処遇))?|候補者?(?:の)?役職)$/u, 'new'],
  [/^(?:旧役職(?:名)?|旧職(?:名)?|現役職(?:名)?|現職(?:名)?|(?:旧|現)(?:担当|委嘱|役職・担当|役位)|異動前(?:の役職)?|旧|現|現在の役職)$/u, 'old'],
  [/^(?:役職|職位|担当|役位)[(（](?:新|異動後)[)）]$/u, 'new'],
  [/^(?:役職|職位|担当|役位)[(（](?:旧|現|異動前)[)）]$/u, 'old'],
  // 「区分」 of a candidates table: 新任 / 再任 (重任), which says whether the row is a change at all.
  [/^(?:区分|新任・再任(?:の別)?|新任・重任(?:の別)?|新再任(?:の別)?|候補者区分)$/u, 'status'],
  [/^(?:生年月日|備考|略歴|所有株式数|年齢|就任(?:予定)?日|異動(?:予定)?日|退任(?:予定)?日|主な経歴|摘要|任期)$/u, 'other'],
];

export interface Line {
  readonly start: number;
  readonly text: string;
}

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly line: number;
}

export function headerColumn(cell: string): Column | null {
  const c = cell.replace(/[\s【】[\]]/gu, '');
  for (const [re, column] of HEADER_WORDS) if (re.test(c)) return column;
  return null;
}

export function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, text: part });
    start += part.length + 1;
  }
  return lines;
}

const BIRTH_NOTE = /^[(（][^()（）]*\d[^()（）]*(?:生|歳|才)[)）]$/u;

export const READING_TOKEN = /^[(（]\s*[\p{sc=Hiragana}\p{sc=Katakana}ー・\s]+[)）]$/u;
/** A foreign name in katakana (ジョン・スミス), and its Latin spelling in brackets after it (not a reading). */
export const KATAKANA_NAME_TOKEN = /^[\p{sc=Katakana}ー]{2,}(?:[・=＝](?:[A-Z]\.?[・=＝])?[\p{sc=Katakana}ー]{2,}){1,3}$/u;
export const LATIN_NAME_TOKEN = /^[(（]\s*[A-Z][A-Za-z.'-]*(?:\s+[A-Z][A-Za-z.'-]*)+\s*[)）]$/u;

/** Splits a line into cells at whitespace and bars, keeping bracketed text (readings, notes) whole. */
export function tokensOf(line: Line, lineIndex: number): Token[] {
  const tokens: Token[] = [];
  const re = /[(（][^()（）]*[)）]|[^\s|｜()（）]+/gu;
  for (const m of line.text.matchAll(re)) {
    // 「山田 太郎（1965年4月1日生）」: a birth date or age beside the name is no cell of its own.
    if (BIRTH_NOTE.test(m[0])) continue;
    const start = line.start + m.index;
    const prev = tokens.at(-1);
    // A bracket glued to the previous cell (「執行役員(営業担当)」) or a stray 兼 belongs with it.
    const glued = prev !== undefined && prev.end === start;
    const reading = READING_TOKEN.test(m[0]) || (LATIN_NAME_TOKEN.test(m[0]) && KATAKANA_NAME_TOKEN.test(prev?.text ?? ''));
    const joins = prev !== undefined && !reading && (glued || /^[(（]/u.test(m[0]) || /^兼/u.test(m[0]) || /兼$/u.test(prev.text));
    if (prev && joins) tokens[tokens.length - 1] = { ...prev, end: start + m[0].length, text: `${prev.text}${glued ? '' : ' '}${m[0]}` };
    else tokens.push({ start, end: start + m[0].length, text: m[0], line: lineIndex });
  }
  return tokens;
}

/** The table header at line `h`: its columns in order and how many lines it takes (one per cell when stacked). */
export function readHeader(lines: readonly Line[], h: number): { columns: Column[]; lines: number } | null {
  const line = lines[h]?.text ?? '';
  const cells = line.split(/\s{2,}|\t|[|｜]/u).map((c) => c.trim()).filter(Boolean);
  let columns = cells.map(headerColumn);
  if (columns.some((c) => c === null) || cells.length < 2) {
    const single = line.trim().split(/\s+/u);
    columns = single.map(headerColumn);
  }
  if (columns.length >= 2 && columns.every((c) => c !== null) && columns.includes('name') && (columns.includes('new') || columns.includes('old'))) {
    return { columns: columns as Column[], lines: 1 };
  }
  // One header cell per line, a cell itself maybe broken over lines one character each (「氏」「名」).
  const stacked: Column[] = [];
  let k = h;
  for (; k < lines.length && k < h + 8; k++) {
    const here = lines[k]?.text.trim() ?? '';
    let c = headerColumn(here);
    if (c === null && here.length === 1) {
      c = headerColumn(here + (lines[k + 1]?.text.trim() ?? ''));
      if (c !== null) k++;
    }
    if (c === null) break;
    stacked.push(c);
  }
  if (stacked.length >= 2 && stacked.includes('name') && (stacked.includes('new') || stacked.includes('old'))) return { columns: stacked, lines: k - h };
  return null;
}

/** Whether line `k` ends a table body: a numbered heading, 以上/注, a paragraph, or another header. */
export function endsTable(lines: readonly Line[], k: number): boolean {
  const t = lines[k]?.text.trim() ?? '';
  if (/^(?:以\s*上|※|[(（]?注[)）:：]?|記$)/u.test(t)) return true;
  if (/^(?:[(（]\s*\d+\s*[)）]|\d+\s*[.．、]|[一二三四五六七八九十]+\s*[.．、]|[①-⑳]|[■●◆◇□])/u.test(t)) return true;
  if (t.length > 40 && /。/u.test(t)) return true;
  if (readHeader(lines, k)) return true;
  // The heading of the next table (「② 代表取締役でなくなる者」, folded to 「2 …」).
  if (t.length <= 40 && readHeader(lines, k + 1)) return true;
  return false;
}
