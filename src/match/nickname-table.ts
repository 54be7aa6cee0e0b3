/**
 * English given-name nicknames (Bob/Robert, Bill/William, Peggy/Margaret) from the open table generated into
 * nicknames.generated.ts. "Direct" means one name is listed as a nickname of the other; "shared" means both are
 * nicknames of one formal name (Bob and Rob of Robert) — weaker, because short forms point to several names
 * (Ron ← Aaron, Cameron, Ronald, Veronica).
 */
import { NICKNAME_TABLE } from './nicknames.generated.js';

const formalToNicks = new Map<string, ReadonlySet<string>>();
const nickToFormals = new Map<string, Set<string>>();
for (const entry of NICKNAME_TABLE.split(';')) {
  const [formal, list] = entry.split(':');
  if (!formal || !list) continue;
  const nicks = new Set(list.split(','));
  formalToNicks.set(formal, nicks);
  for (const nick of nicks) {
    const formals = nickToFormals.get(nick) ?? new Set<string>();
    formals.add(formal);
    nickToFormals.set(nick, formals);
  }
}

export type NicknameRelation = 'direct' | 'shared' | null;

/** Which of two directly related names is the nickname and which the formal name, for explanations. */
export function formalOf(a: string, b: string): { readonly nickname: string; readonly formal: string } | null {
  const aFormal = formalToNicks.get(a)?.has(b) ?? false;
  const bFormal = formalToNicks.get(b)?.has(a) ?? false;
  // The table lists some pairs both ways (robert → bob and bob → robert): then the longer name is the formal one.
  if (aFormal && (!bFormal || a.length >= b.length)) return { nickname: b, formal: a };
  if (bFormal) return { nickname: a, formal: b };
  return null;
}

/** How two lower-case ASCII given names relate through the nickname table. */
export function nicknameRelation(a: string, b: string): NicknameRelation {
  if (a === b) return null;
  if (formalToNicks.get(a)?.has(b) || formalToNicks.get(b)?.has(a)) return 'direct';
  const formalsA = nickToFormals.get(a);
  const formalsB = nickToFormals.get(b);
  // Through a formal name longer than both: the table also lists reverse pairs (bill → robert, bill → william),
  // which must not make Robert and William "nicknames of one name".
  if (formalsA && formalsB) {
    for (const formal of formalsA) if (formalsB.has(formal) && formal.length > Math.max(a.length, b.length)) return 'shared';
  }
  return null;
}

/** The name itself plus every formal name it is a nickname of: a blocking key set that puts Bob next to Robert. */
export function formalForms(name: string): readonly string[] {
  const formals = nickToFormals.get(name);
  return formals ? [name, ...formals] : [name];
}
