/**
 * Names the kind of change from the verb, the two roles and the words around it: 昇格 is a
 * promotion, 退く to a seat that keeps a board role is a role change, 辞任 a departure, a
 * director candidate awaiting the AGM a nomination.
 */
import type { ChangeKind, Effective } from '../announcement.js';
import { isBoardRole, roleRank } from './role-lexicon.js';

/** Posts a retiring officer takes (相談役, 顧問 …) that keep no seat on the board. */
export function isAdvisoryRole(role: string | null): boolean {
  return role !== null && !isBoardRole(role) && /^(?:非常勤)?(?:相談役|顧問|特別顧問|最高顧問|名誉顧問|名誉会長|シニアアドバイザー|アドバイザー|参与)$/u.test(role);
}

export type VerbKind = 'leave' | 'join';

export const LEAVE_VERB = /^(?:引責辞任|辞任|辞職|退職|勇退|引退|退任|退く|退き|退いた|退いて|解任|退社|死去|逝去)/u;

export function verbKind(verb: string): VerbKind {
  return LEAVE_VERB.test(verb) ? 'leave' : 'join';
}

export interface ChangeContext {
  readonly verb: string;
  readonly roleBefore: string | null;
  readonly roleAfter: string | null;
  /** The sentence the verb is in. */
  readonly sentence: string;
  readonly effective: Effective;
  /** The whole text says the terms expire (任期満了). */
  readonly termExpiry: boolean;
  /** The role before belongs to another organisation or is a former one (元副社長). */
  readonly external: boolean;
  /** The change takes effect at the shareholders' meeting. */
  readonly atAgm?: boolean;
}

export function classifyChange(c: ChangeContext): ChangeKind {
  const leaving = verbKind(c.verb) === 'leave';
  if (leaving) {
    // 「取締役相談役に退く」「会長に退く」 keep a seat; 「相談役に退く」 leaves the board.
    if (/^退(?:く|き|いた|いて)/u.test(c.verb) && c.roleAfter !== null && !isAdvisoryRole(c.roleAfter)) return 'role_change';
    if (/辞任|辞職|退職|解任|死去|逝去/u.test(c.verb) || /一身上|引責|解任|辞任/u.test(c.sentence)) return 'departed';
    if (c.termExpiry && c.effective === 'agm') return 'not_standing';
    return 'retiring';
  }
  if (/^(?:昇格|昇任|昇進|登用|抜擢|抜てき)/u.test(c.verb)) return 'promoted';
  if (c.roleBefore && isAdvisoryRole(c.roleAfter)) return 'retiring';
  if (/候補/u.test(c.sentence) && isBoardRole(c.roleAfter) && !isBoardRole(c.roleBefore)) return 'nominated';
  // Outside directors and auditors join only by the shareholders' vote.
  if (c.atAgm && /社外(?:取締役|監査役)/u.test(c.roleAfter ?? '') && !/社外/u.test(c.roleBefore ?? '')) return 'nominated';
  if (/^(?:異動|転任|変更)/u.test(c.verb)) return 'role_change';
  if (!c.roleBefore || c.external) return 'appointed';
  const before = roleRank(c.roleBefore);
  const after = roleRank(c.roleAfter);
  if (before !== null && after !== null && after > before) return 'promoted';
  return 'role_change';
}
