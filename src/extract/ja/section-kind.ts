/**
 * What a section heading of a notice says about the people listed under it:
 * 「新任取締役候補」 → nominated, 「退任予定取締役」 → leaving, 「昇任」 → promoted, 「担当変更」 → role change,
 * 「重任」「補欠監査役候補」 → no change.
 */
export type SectionKind = 'retire' | 'resign' | 'nominate' | 'appoint' | 'promote' | 'reassign' | 'unchanged' | 'auto';

export function sectionKindOf(heading: string): SectionKind {
  if (/辞任/u.test(heading)) return 'resign';
  if (/退任/u.test(heading)) return 'retire';
  if (/(?:重任|再任|留任)/u.test(heading) && !/新任/u.test(heading)) return 'unchanged';
  // A substitute (補欠) takes office only if a seat falls vacant: no change yet.
  if (/補欠/u.test(heading)) return 'unchanged';
  if (/候補/u.test(heading)) return 'nominate';
  if (/(?:昇任|昇格|昇進)/u.test(heading)) return 'promote';
  if (/(?:担当変更|委嘱変更|担当の変更|役職変更|管掌変更|異動(?:する)?(?:取締役|執行役員))/u.test(heading)) return 'reassign';
  if (/新任|選任|就任/u.test(heading)) return 'appoint';
  return 'auto';
}

/** A line that reads as a section heading (numbered, short, naming a kind of change). */
export const SECTION_HEADING = new RegExp(
  [
    // Numbered or bulleted: 「（１）新任取締役候補」「２．退任予定取締役」「■執行役員の異動」, with a note in brackets
    // after it however long (「１．新任取締役候補（2025年6月開催予定の定時株主総会にて選任予定）」)
    '^\\s*(?:[(（]\\s*\\d+\\s*[)）]|\\d+\\s*[.．、]|[一二三四五六七八九十]+\\s*[.．、]|[①-⑳]|[■●◆◇□・【])\\s*[^。\\n]{0,30}?(?:新任|退任|昇任|昇格|担当変更|委嘱変更|候補|異動|重任|再任|辞任|就任|人事)[^。\\n]{0,20}?(?:[(（][^()（）\\n]{0,60}[)）])?$',
    // Bare: 「新任取締役候補者」「退任予定監査役」「執行役員の異動」 (a change word is required: 「取締役 山田」 is a row)
    '^\\s*(?:(?:新任|退任|昇任|昇格|重任|再任|辞任)(?:予定)?(?:の)?(?:代表取締役|取締役|監査役|監査等委員(?:である取締役)?|執行役員|役員)[^。\\n]{0,12}|(?:代表取締役|取締役|監査役|監査等委員(?:である取締役)?|執行役員|役員)(?:候補者?|の異動|の担当変更|人事)[^。\\n]{0,8})$',
  ].join('|'),
  'u',
);

/** The index of the section heading within the five lines above line `h`, or -1. */
export function headingIndexAbove(lines: readonly { readonly text: string }[], h: number): number {
  for (let k = h - 1; k >= 0 && k >= h - 5; k--) {
    if (SECTION_HEADING.test(lines[k]?.text ?? '')) return k;
  }
  return -1;
}

/** A top-level numbered heading (「1. 異動の内容」「２．」「三、」), under which 「(1)」「①」 headings nest. */
export const TOP_HEADING = /^\s*(?:\d+\s*[.．、]|[一二三四五六七八九十]+\s*[.．、])/u;

/** The seat a candidates heading names (「新任取締役候補者」 → 取締役), for rows that give only the current post. */
export function nomineeSeatOf(heading: string, status: string | null): string | null {
  const seat = /監査等委員である取締役|社外取締役|社外監査役|取締役|監査役/u.exec(heading)?.[0] ?? null;
  if (seat && /社外/u.test(status ?? '') && !/社外|監査等委員/u.test(seat)) return `社外${seat}`;
  return seat;
}
