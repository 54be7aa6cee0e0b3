/**
 * The change a table row or a labelled record states: its new and old cells, read under the heading of
 * its section (新任/退任/候補/昇任/担当変更), or, under a plain heading, by comparing the two roles.
 */
import type { ChangeKind, Effective } from '../announcement.js';
import type { DraftEvent } from './draft-event.js';
import type { SectionKind } from './section-kind.js';
import { isAdvisoryRole } from './change-classifier.js';
import { cleanRole, isBoardRole, roleRank } from './role-lexicon.js';

/** A cell that holds no role: a dash, なし, or 新任 in the old-role column. */
export const EMPTY_CELL = /^(?:[-－―ー—–‐]+|なし|―|新任|\(新任\)|（新任）)$/u;

/** A 区分 cell saying the person simply stands again (再任, 重任, 留任): no change. */
export function standsAgain(status: string | null): boolean {
  return status !== null && /再任|重任|留任/u.test(status) && !/新任/u.test(status);
}

export type RowChange = Pick<DraftEvent, 'change' | 'roleBefore' | 'roleAfter' | 'effective'>;

export function rowChange(newCell: string | null, oldCell: string | null, kind: SectionKind, effective: Effective, termExpiry: boolean): RowChange | null {
  const fresh = newCell && !EMPTY_CELL.test(newCell) ? newCell : null;
  const old = oldCell && !EMPTY_CELL.test(oldCell) ? oldCell : null;
  const leavingCell = fresh !== null && /^(?:退任|辞任|退任予定)$/u.test(fresh.replace(/\s/gu, ''));
  const roleAfter = leavingCell ? null : cleanRole(fresh) ?? fresh;
  const roleBefore = cleanRole(old) ?? old;
  if (kind === 'unchanged') return null;
  if (roleAfter && roleBefore && roleAfter.replace(/\s/gu, '') === roleBefore.replace(/\s/gu, '') && kind !== 'retire' && kind !== 'resign') return null;
  let change: ChangeKind;
  if (kind === 'retire' || kind === 'resign' || leavingCell) {
    // 「退任代表取締役」 with 取締役会長 as the new post: he gives up representation, not his seat.
    if (!leavingCell && isBoardRole(roleAfter) && !isAdvisoryRole(roleAfter) && kind !== 'resign' && roleAfter !== roleBefore) change = 'role_change';
    else change = kind === 'resign' || /辞任/u.test(fresh ?? '') ? 'departed' : termExpiry && effective === 'agm' ? 'not_standing' : 'retiring';
  } else if (kind === 'nominate') {
    if (roleBefore && isBoardRole(roleBefore) && roleAfter && isBoardRole(roleAfter) && !/候補/u.test(roleAfter)) change = 'role_change';
    else change = 'nominated';
  } else if (kind === 'promote') change = 'promoted';
  // 「新任執行役員」 over a 部長: new to the officers' ranks (a 専務 made 新任代表取締役 is still promoted below).
  else if (kind === 'appoint' && (roleRank(roleBefore) ?? 0) < 1) change = 'appointed';
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
