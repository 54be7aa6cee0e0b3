/**
 * Folds the change mentions of a document into events: one per person and change. "Jane A. Doe",
 * "Ms. Doe" and "Jane" resolve to one person; a person's mentions in the same direction merge unless
 * they are clearly different changes (an office and a board seat, or two different dates).
 */
import type { ChangeKind, Effective, OfficerEvent } from '../announcement.js';
import type { ChangeMention } from './mention-finder.js';
import type { NameMention } from './person-finder.js';
import { roleClass, tidyRole } from './role-reader.js';
import type { RoleClass } from './role-reader.js';

/** Where a full name occurs, to resolve later bare surnames to the nearest person. */
export interface NameOccurrence {
  readonly name: NameMention;
  readonly sentenceIndex: number;
  /** True when written in a capitals-only headline (a worse form to report). */
  readonly allCaps: boolean;
  /** The name as written in the original text (headlines keep their capitals). */
  readonly written: string;
}

const NICKNAMES: Readonly<Record<string, string>> = {
  bill: 'william', will: 'william', bob: 'robert', rob: 'robert', bobby: 'robert', dick: 'richard', rick: 'richard',
  rich: 'richard', joe: 'joseph', mike: 'michael', jim: 'james', jimmy: 'james', tom: 'thomas', steve: 'stephen',
  chris: 'christopher', dan: 'daniel', danny: 'daniel', ted: 'edward', ed: 'edward', ken: 'kenneth', doug: 'douglas',
  tony: 'anthony', liz: 'elizabeth', beth: 'elizabeth', kate: 'katherine', kathy: 'katherine', jen: 'jennifer',
  jenny: 'jennifer', sam: 'samuel', ben: 'benjamin', andy: 'andrew', drew: 'andrew', pat: 'patrick', russ: 'russell',
  greg: 'gregory', matt: 'matthew', jeff: 'jeffrey', larry: 'lawrence', nick: 'nicholas', alex: 'alexander',
  don: 'donald', ron: 'ronald', jack: 'john', hank: 'henry', peggy: 'margaret', meg: 'margaret', sue: 'susan',
  becky: 'rebecca', chuck: 'charles', charlie: 'charles', fred: 'frederick', jerry: 'gerald', gene: 'eugene',
  frank: 'francis', hal: 'harold', harry: 'harold', tim: 'timothy', dave: 'david', phil: 'philip', ray: 'raymond',
  walt: 'walter', abby: 'abigail', cathy: 'catherine', debbie: 'deborah', deb: 'deborah', vicky: 'victoria',
};

function canonicalFirst(first: string): string {
  return NICKNAMES[first] ?? first;
}

function compatibleFirst(a: string, b: string): boolean {
  if (a === b) return true;
  const ca = canonicalFirst(a);
  const cb = canonicalFirst(b);
  if (ca === cb) return true;
  if (ca === 'stephen' && cb === 'steven') return true;
  return (a.length >= 3 && b.startsWith(a)) || (b.length >= 3 && a.startsWith(b));
}

interface Person {
  readonly id: number;
  readonly surname: string;
  readonly first: string;
  readonly occurrences: NameOccurrence[];
}

/** Groups the document's full names into people. */
export class PersonRegistry {
  readonly #people: Person[] = [];

  constructor(occurrences: readonly NameOccurrence[]) {
    for (const occ of occurrences) {
      if (!occ.name.full) continue;
      const first = occ.name.parts[0] ?? '';
      const existing = this.#people.find((p) => p.surname === occ.name.surname && compatibleFirst(p.first, first));
      if (existing) existing.occurrences.push(occ);
      else this.#people.push({ id: this.#people.length, surname: occ.name.surname, first, occurrences: [occ] });
    }
  }

  /** The person a mention refers to; a new bare-surname person when the document never gives the full name. */
  resolve(name: NameMention, sentenceIndex: number): Person {
    const sameSurname = this.#people.filter((p) => p.surname === name.surname);
    if (name.full) {
      const first = name.parts[0] ?? '';
      const match = sameSurname.find((p) => compatibleFirst(p.first, first));
      if (match) return match;
    } else if (sameSurname.length === 1 && sameSurname[0]) {
      return sameSurname[0];
    } else if (sameSurname.length > 1) {
      // Several people share the surname: take the one named most recently before this sentence.
      let best: Person | undefined;
      let bestIndex = -1;
      for (const p of sameSurname) {
        for (const o of p.occurrences) {
          if (o.sentenceIndex <= sentenceIndex && o.sentenceIndex > bestIndex) {
            best = p;
            bestIndex = o.sentenceIndex;
          }
        }
      }
      const fallback = best ?? sameSurname[0];
      if (fallback) return fallback;
    }
    const created: Person = {
      id: this.#people.length,
      surname: name.surname,
      first: name.full ? (name.parts[0] ?? '') : '',
      occurrences: [{ name, sentenceIndex, allCaps: false, written: name.name }],
    };
    this.#people.push(created);
    return created;
  }
}

/** The best written form of a person's name: mixed case, with middle initials, the longest. */
function displayName(person: Person): string {
  const sorted = [...person.occurrences].sort((a, b) => {
    if (a.allCaps !== b.allCaps) return a.allCaps ? 1 : -1;
    if (a.name.full !== b.name.full) return a.name.full ? -1 : 1;
    return b.written.length - a.written.length;
  });
  return sorted[0]?.written ?? person.surname;
}

interface Cluster {
  readonly person: Person;
  readonly direction: ChangeMention['direction'];
  readonly mentions: ChangeMention[];
  roleClass: RoleClass;
  effective: Effective;
  inheritedRole?: string | null;
  /** The role given up, when a departure folded into this move. */
  movedFrom?: string;
}

function mentionRole(m: ChangeMention): string | null {
  return m.direction === 'leave' ? m.roleBefore : m.roleAfter;
}

function isDate(e: Effective): boolean {
  return e !== null && /^\d{4}-\d{2}/u.test(e);
}

function compatible(cluster: Cluster, m: ChangeMention): boolean {
  const cls = roleClass(mentionRole(m));
  if (cluster.roleClass !== 'unknown' && cls !== 'unknown' && cls !== cluster.roleClass) return false;
  if (isDate(cluster.effective) && isDate(m.effective) && cluster.effective !== m.effective) return false;
  return true;
}

function changeOf(cluster: Cluster): ChangeKind {
  const kinds = new Set(cluster.mentions.map((m) => m.kind));
  if (cluster.direction === 'leave') {
    if (kinds.has('retiring')) return 'retiring';
    if (kinds.has('not_standing')) return 'not_standing';
    return 'departed';
  }
  const roles = cluster.mentions.map((m) => m.roleAfter ?? '').join(' ');
  if (kinds.has('interim') || /\b(?:interim|acting)\b/iu.test(roles)) return 'interim';
  if (kinds.has('nominated') && ![...kinds].some((k) => k === 'appointed' || k === 'promoted' || k === 'role_change')) return 'nominated';
  if (kinds.has('role_change')) return 'role_change';
  if (cluster.movedFrom) return kinds.has('promoted') ? 'promoted' : 'role_change';
  if (kinds.has('promoted')) return 'promoted';
  const before = firstOf(cluster, (m) => m.roleBefore);
  const after = firstOf(cluster, (m) => m.roleAfter) ?? cluster.inheritedRole ?? null;
  if (before && after) {
    const b = roleClass(before);
    const a = roleClass(after);
    if (b === 'officer' && a === 'officer') return 'promoted';
    if (b === 'board' && a === 'board') return 'role_change';
  }
  return 'appointed';
}

function firstOf<T>(cluster: Cluster, pick: (m: ChangeMention) => T | null): T | null {
  const ordered = [...cluster.mentions].sort((a, b) => Number(a.weak) - Number(b.weak) || Number(a.headline) - Number(b.headline));
  for (const m of ordered) {
    const v = pick(m);
    if (v !== null) return v;
  }
  return null;
}

/** Events from mentions (historical ones already removed), in the order people are first mentioned. */
export function mergeMentions(
  mentions: readonly ChangeMention[],
  registry: PersonRegistry,
  sentences: readonly string[],
): OfficerEvent[] {
  const clusters: Cluster[] = [];
  // Back-references and "succeeds Doe" only add to what a direct statement says, so they come last.
  const secondary = (m: ChangeMention): boolean => m.weak || m.mergeOnly;
  const ordered = [...mentions].sort(
    (a, b) => Number(secondary(a)) - Number(secondary(b)) || a.sentenceIndex - b.sentenceIndex || a.position - b.position,
  );
  for (const m of ordered) {
    const person = registry.resolve(m.name, m.sentenceIndex);
    const candidates = clusters.filter((c) => c.person === person && c.direction === m.direction);
    const target = candidates.find((c) => compatible(c, m)) ?? (secondary(m) ? candidates[0] : undefined);
    // A successor named only through "succeeds Doe" stands alone (taking Doe's role); other completing
    // mentions ("he will take up the position on ...") never do.
    if (!target && m.mergeOnly && m.ruleId !== 'succeeds-subject' && m.ruleId !== 'succeeds') continue;
    if (target) {
      target.mentions.push(m);
      if (target.roleClass === 'unknown') target.roleClass = roleClass(mentionRole(m));
      if (target.effective === null && !m.weak) target.effective = m.effective;
    } else {
      clusters.push({ person, direction: m.direction, mentions: [m], roleClass: roleClass(mentionRole(m)), effective: m.effective });
    }
  }
  inheritSuccessorDates(clusters, registry);
  inheritPredecessorRoles(clusters, registry, sentences);
  const kept = withMovesFolded(withoutImpliedDepartures(clusters));
  kept.sort((a, b) => firstPosition(a) - firstPosition(b));
  return kept.map((c) => toEvent(c, sentences));
}

/**
 * "Roe will step down as Chief Financial Officer and become Chief Strategy Officer": one move, not a
 * departure plus an appointment. A departure from a named role folds into the same person's new role.
 */
function withMovesFolded(clusters: readonly Cluster[]): Cluster[] {
  const folded = new Set<Cluster>();
  for (const leave of clusters) {
    if (leave.direction !== 'leave' || changeOf(leave) !== 'departed') continue;
    const given = firstOf(leave, (m) => m.roleBefore);
    if (!given || roleClass(given) === 'unknown') continue;
    const join = clusters.find((o) => o.person === leave.person && o.direction === 'join' && changeOf(o) !== 'nominated' && changeOf(o) !== 'interim');
    if (!join) continue;
    join.movedFrom = given;
    if (join.effective === null) join.effective = leave.effective;
    folded.add(leave);
  }
  return clusters.filter((c) => !folded.has(c));
}

/**
 * "Han will succeed co-founder Grieg, who will transition to Executive Chairman": Grieg moves, he does not
 * leave. A departure known only from someone succeeding the person folds into that person's move.
 */
function withoutImpliedDepartures(clusters: readonly Cluster[]): Cluster[] {
  return clusters.filter((c) => {
    if (c.direction !== 'leave' || !c.mentions.every((m) => m.weak || m.mergeOnly)) return true;
    const move = clusters.find((o) => o.person === c.person && o.direction === 'join' && ['role_change', 'promoted'].includes(changeOf(o)));
    if (!move) return true;
    if (move.effective === null) move.effective = c.effective;
    return false;
  });
}

function firstPosition(c: Cluster): number {
  return Math.min(...c.mentions.map((m) => m.sentenceIndex * 100_000 + m.position));
}

/** "Okafor succeeds Brandt" with no date: Brandt leaves when Okafor starts. */
function inheritSuccessorDates(clusters: Cluster[], registry: PersonRegistry): void {
  for (const c of clusters) {
    if (c.direction !== 'leave' || c.effective !== null) continue;
    for (const m of c.mentions) {
      if (!m.successor) continue;
      const successor = registry.resolve(m.successor, m.sentenceIndex);
      const join = clusters.find((o) => o.person === successor && o.direction === 'join' && isDate(o.effective));
      if (join) {
        c.effective = join.effective;
        break;
      }
    }
  }
}

/** "Roe, to succeed Mr. Doe upon his retirement": Roe takes Doe's role, and starts when Doe leaves. */
function inheritPredecessorRoles(clusters: Cluster[], registry: PersonRegistry, sentences: readonly string[]): void {
  for (const c of clusters) {
    if (c.direction !== 'join') continue;
    const link = c.mentions.find((m) => m.predecessor);
    if (!link?.predecessor) continue;
    const predecessor = registry.resolve(link.predecessor, link.sentenceIndex);
    const leave = clusters.find((o) => o.person === predecessor && o.direction === 'leave');
    if (!leave) continue;
    if (!firstOf(c, (m) => m.roleAfter)) c.inheritedRole = firstOf(leave, (m) => m.roleBefore);
    const atHandover = link.ruleId === 'succeeds-subject' || /\bupon\s+(?:his|her|their|the)\s+(?:retirement|departure|resignation)\b/iu.test(sentences[link.sentenceIndex] ?? '');
    if (c.effective === null && isDate(leave.effective) && atHandover) {
      c.effective = leave.effective;
    }
  }
}

function toEvent(c: Cluster, sentences: readonly string[]): OfficerEvent {
  const strong = c.mentions.filter((m) => !m.weak);
  const main = strong[0] ?? c.mentions[0];
  const allIndirect = c.mentions.every((m) => m.indirect);
  const confidence = strong.length === 0 ? 0.55 : allIndirect ? 0.75 : strong.length > 1 ? 0.95 : 0.85;
  return {
    person: displayName(c.person),
    personReading: null,
    change: changeOf(c),
    roleBefore: tidyRole(c.movedFrom ?? firstOf(c, (m) => m.roleBefore)),
    roleAfter: c.direction === 'join' ? tidyRole(firstOf(c, (m) => m.roleAfter) ?? c.inheritedRole ?? null) : null,
    effective: c.effective ?? firstOf(c, (m) => m.effective),
    evidence: main ? (sentences[main.sentenceIndex] ?? '') : '',
    confidence,
  };
}
