/**
 * A line that opens with its own change word and goes on with a title and a name, outside any section heading
 * (「新任　取締役兼常務執行役員 CFO　山田 花子（現 執行役員）」「退任：監査役 鈴木 一郎」): the word names the change.
 */
import { containsTitle } from './role-lexicon.js';

const LEAD = /^(新任|退任|辞任|昇任|昇格)(?:予定)?\s*[:：]?\s+(\S.*)$/u;

export function leadChangeWord(line: string): string | undefined {
  const m = LEAD.exec(line.trim());
  return m?.[1] && m[2] && containsTitle(m[2]) ? m[1] : undefined;
}

/** A title, then a name: what a listing's first item looks like when the company stands on the line above. */
const TITLE_THEN_NAME = /^\s*(?:(?:退任|辞任)\s*)?[^\s()（）▽▼△]{0,14}?(?:社長|会長|取締役|執行役員|執行役|監査役|専務|常務|頭取|相談役|顧問|理事)[^\s()（）▽▼△]{0,10}[\s　]+[\p{sc=Han}々ヶ]{2,}/u;

/**
 * Where a ▽ line's header ends: a line that opens with 「取締役兼常務執行役員　山田太郎▽…」 under 「◇架空建設（4月1日）」
 * has no header of its own, so its first item starts at 0.
 */
export function listingHeaderEnd(beforeFirstMark: string): number {
  return TITLE_THEN_NAME.test(beforeFirstMark) ? 0 : beforeFirstMark.length;
}
