/**
 * Reads who changes in a 臨時報告書 on a change of representative director (報告内容 (1): 氏名, 新役職名,
 * 旧役職名, 異動年月日, often with 生年月日 and 所有株式数) and restates it as the plain table the Japanese
 * extractor reads in TDnet notices (氏名/新役職/旧役職, then 異動予定日). Filers write it either as a table
 * or as a labelled list (① 氏名 … ② 新役職名 …); both are read. The restatement is added next to the
 * report's own text, which stays untouched, and it carries only what the report states.
 */

export interface RepresentativeChange {
  readonly name: string;
  readonly newRole: string;
  readonly oldRole: string;
  /** The change date as written (digits made ASCII), or null. */
  readonly date: string | null;
}

type Field = 'name' | 'newRole' | 'oldRole' | 'date';

const fieldOfLabel = (label: string): Field | null => {
  const text = label.normalize('NFKC').replace(/\s+/gu, '');
  if (/^氏名/u.test(text)) return 'name';
  if (/^(?:新役職|役職名?\(新\))/u.test(text)) return 'newRole';
  if (/^(?:旧役職|役職名?\(旧\))/u.test(text)) return 'oldRole';
  if (/^(?:異動|就任|退任)(?:予定)?(?:年月日|日)/u.test(text)) return 'date';
  return null;
};

const DATE = /(?:\d{4}|(?:令和|平成)(?:\d{1,2}|元))\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u;

function cleanName(cell: string): string {
  // A birth date printed beside the name (（1968年９月３日生）) is not part of it; a reading in kana is kept.
  return cell.replace(/[（(][^）)]*\d[^）)]*[）)]/gu, '').replace(/\s+/gu, ' ').trim();
}

function dateOf(cell: string | undefined): string | null {
  return DATE.exec((cell ?? '').normalize('NFKC'))?.[0].replace(/\s+/gu, '') ?? null;
}

/** Table form: a header row (tab-separated) naming 氏名, 新役職…, 旧役職…, and rows under it. */
function readTables(lines: readonly string[]): RepresentativeChange[] {
  const changes: RepresentativeChange[] = [];
  for (let index = 0; index < lines.length; index++) {
    const header = lines[index]!.split('\t').map(fieldOfLabel);
    const column = (field: Field) => header.indexOf(field);
    if (column('name') < 0 || column('newRole') < 0 || column('oldRole') < 0) continue;
    for (let row = index + 1; row < lines.length && lines[row]!.includes('\t'); row++) {
      const cells = lines[row]!.split('\t');
      if (cells.map(fieldOfLabel).includes('name')) break; // the next table's header
      const name = cleanName(cells[column('name')] ?? '');
      if (!name) continue;
      changes.push({ name, newRole: (cells[column('newRole')] ?? '').trim(), oldRole: (cells[column('oldRole')] ?? '').trim(), date: dateOf(cells[column('date')]) });
      index = row;
    }
  }
  return changes;
}

const LABELLED = /^(?:[①-⑳]|[(（]?\d{1,2}[)）.．]|[ａ-ｚa-z][.．)）])?\s*(氏名|新役職名?|旧役職名?|(?:異動|就任|退任)(?:予定)?(?:年月日|日))\s*[:：\t 　]\s*(.+)$/u;

/** Labelled-list form: `氏名 森川 直樹（1968年9月3日生）` / `新役職名 代表取締役社長` / … one person after another. */
function readLabelledLists(lines: readonly string[]): RepresentativeChange[] {
  const changes: RepresentativeChange[] = [];
  let current: Partial<Record<Field, string>> | null = null;
  const flush = (): void => {
    if (current?.name && current.newRole !== undefined && current.oldRole !== undefined) {
      changes.push({ name: cleanName(current.name), newRole: current.newRole.trim(), oldRole: current.oldRole.trim(), date: dateOf(current.date) });
    }
    current = null;
  };
  for (const line of lines) {
    if (line.includes('\t') && line.split('\t').filter((cell) => fieldOfLabel(cell)).length > 1) continue; // a table header
    const match = LABELLED.exec(line.trim());
    const field = match ? fieldOfLabel(match[1]!) : null;
    if (!match || !field) continue;
    if (field === 'name') {
      flush();
      current = { name: match[2]! };
    } else if (current) current[field] = match[2]!;
  }
  flush();
  return changes;
}

export function readRepresentativeChanges(text: string): RepresentativeChange[] {
  const lines = text.split('\n').map((line) => line.trim());
  const tables = readTables(lines);
  return tables.length > 0 ? tables : readLabelledLists(lines);
}

/** The changes as the extractor's table (one block per change date), or null when none was read. */
export function restateRepresentativeChanges(changes: readonly RepresentativeChange[]): string | null {
  if (changes.length === 0) return null;
  const byDate = new Map<string | null, RepresentativeChange[]>();
  for (const change of changes) byDate.set(change.date, [...(byDate.get(change.date) ?? []), change]);
  const blocks = [...byDate].map(([date, group]) =>
    [
      '代表取締役の異動（報告内容より）',
      '氏名\t新役職\t旧役職',
      ...group.map((change) => `${change.name}\t${change.newRole || '－'}\t${change.oldRole || '－'}`),
      ...(date ? [`異動予定日\t${date}`] : []),
    ].join('\n'),
  );
  return blocks.join('\n\n');
}
