/**
 * Headings under which a notice lists who holds office rather than who changes: 「3．新体制（6月26日以降）」
 * 「■ 役員体制」, and 「（ご参考）株主総会後の取締役体制」「【参考】新任取締役候補者の略歴」 sections, which restate
 * the board for reference. Under them only lines that say what was held before, or mark 新任/退任, count.
 */
const HOLDERS_HEADING = /^(?:[(（]\s*\d+\s*[)）]|\d+\s*[.．、]|[一二三四五六七八九十]+\s*[.．、]|[■●◆□【])?\s*(?:新|異動後の|新たな|今後の)?(?:役員|経営|取締役会?|執行)?体制/u;
/** 「（ご参考）」「【参考】」「＜参考＞」「ご参考：」 opening a line. */
const REFERENCE_HEADING = /^[(（【<＜〈［\[]?\s*(?:ご|御)?参\s*考\s*(?:資料|情報)?\s*[)）】>＞〉］\]:：]/u;

export function isHoldersHeading(line: string): boolean {
  return HOLDERS_HEADING.test(line) || REFERENCE_HEADING.test(line);
}
