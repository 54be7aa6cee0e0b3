/**
 * Japanese officer titles: recognising them (to find where a name ends and a title starts),
 * cleaning them for output, and ranking them to tell a promotion from a sideways move.
 * All functions work on folded text (NFKC, see mapped-text.ts).
 */

/** Words a title is made of; longest first so the alternation prefers them. */
const TITLE_ATOMS = [
  '代表取締役', '取締役会議長', '取締役', '社外', '非常勤', '常勤', '監査等委員', '監査委員', '監査役', '会計監査人',
  '名誉会長', '副会長', '会長', '副社長', '社長', '専務', '常務', '上席執行役員', '執行役員', '代表執行役', '執行役',
  '最高経営責任者', '最高執行責任者', '最高財務責任者', '最高技術責任者', '最高', '相談役', '特別顧問', '顧問',
  '事業本部長', '本部長', '事業部長', '副部長', '部長', '室長', '支店長', '所長', '工場長', '理事長', '理事', '副頭取', '頭取',
  '議長', '委員長', 'フェロー', 'シニアアドバイザー', 'アドバイザー', 'CEO', 'COO', 'CFO', 'CTO', 'CIO', 'CHRO', 'CMO',
  '代表', '総裁', '会長兼', '社長兼', '担当', 'センター長', '研究所長', '事業所長', 'グループ長', 'ユニット長', 'カンパニー長', 'プレジデント',
] as const;

const ATOM_SOURCE = TITLE_ATOMS.map((a) => a.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
/** A title word at the start of a string. */
export const TITLE_ATOM_AT_START = new RegExp(`^(?:${ATOM_SOURCE})`, 'u');
const TITLE_ATOM_ANYWHERE = new RegExp(`(?:${ATOM_SOURCE})`, 'u');
/** Short words that start titles but are too common inside names to split on. */
const NAME_SAFE_ATOMS = new Set(['代表', '最高', '理事']);

/** Prefixes that qualify a title without being part of it. */
const TITLE_PREFIX = /^(?:当社|同社|弊社|新任|新た(?:な|に)|新し(?:い|く)|新|現在(?:の)?|現任|現|前任|前|元|次期|後任(?:の)?|今後の|その)+/u;

/** True when `text` contains a title word. */
export function containsTitle(text: string): boolean {
  return TITLE_ATOM_ANYWHERE.test(text);
}

/** True when `text` starts with a title word that would not also be common inside a name. */
export function startsWithTitle(text: string): boolean {
  const m = TITLE_ATOM_AT_START.exec(text);
  return m !== null && !NAME_SAFE_ATOMS.has(m[0]);
}

/** Whether `text` begins with a title word (for names written after a title). */
export function titleAtStart(text: string): string | null {
  return TITLE_ATOM_AT_START.exec(text)?.[0] ?? null;
}

/** A title as it should be output: without 現/新/当社/後任の and surrounding punctuation. */
export function cleanRole(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let role = raw.trim().replace(/^[、,:：／/\s]+|[、,:：／/\s]+$/gu, '');
  // 「株主総会を経て社長に」: the chunk before a verb can start with the clause that times it.
  role = role.replace(/^.*(?:もって|もち|において|にて|付けで|付で|から|より|として|ため|ついては|経て|受けて|伴い|退任後(?:は)?、?)/u, '');
  const opens = (role.match(/[(（]/gu) ?? []).length;
  const closes = (role.match(/[)）]/gu) ?? []).length;
  if (opens > closes) role = role.replace(/^[(（]/u, '');
  if (closes > opens) role = role.replace(/[)）]$/u, '');
  role = role.replace(TITLE_PREFIX, '');
  role = role.replace(/^(?:の|で|、)+/u, '').replace(/(?:の)?候補者?$/u, '').trim();
  // 「架空電力の社長」: an organisation named before the title is not part of it (代表権のある会長 is).
  const owner = /^([^の]{2,20})の(.+)$/u.exec(role);
  if (owner?.[1] && owner[2] && !containsTitle(owner[1]) && !/^代表権|権限|兼務/u.test(owner[1]) && containsTitle(owner[2])) role = owner[2];
  if (!role || !containsTitle(role)) return null;
  if (/^[-－―ー—–]+$/u.test(role)) return null;
  return role;
}

/** Rank on the executive ladder; null for roles off the ladder (会長, 顧問, 相談役, 議長 …). */
export function roleRank(role: string | null): number | null {
  if (!role) return null;
  // 理事長 heads a 信用金庫, 協同組合 or foundation as 社長/頭取 head a company or bank.
  if (/(?<!副)社長|最高経営責任者|CEO|頭取(?!補佐)|(?<!副)理事長/u.test(role) && !/副頭取/u.test(role)) return 5;
  if (/副社長|副頭取|副理事長/u.test(role)) return 4;
  if (/会長|顧問|相談役|議長|アドバイザ|フェロー/u.test(role)) return null;
  if (/専務/u.test(role)) return 3;
  if (/代表取締役|代表執行役/u.test(role)) return 4.5;
  if (/常務/u.test(role)) return 2;
  if (/執行役員|執行役|取締役|最高.{2,6}責任者|C[A-Z]O/u.test(role)) return 1;
  if (/部長|室長|所長|支店長/u.test(role)) return 0.5;
  return null;
}

/** True for roles that keep a seat on the board (so 「取締役相談役に退く」 is not a departure). */
export function isBoardRole(role: string | null): boolean {
  return role !== null && /取締役|監査役|監査等委員/u.test(role);
}
