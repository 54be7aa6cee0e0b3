/**
 * Folds the change mentions of a document into events: one per person and change (people as resolved by
 * `person-registry`). A person's mentions in the same direction merge unless they are clearly different
 * changes (an office and a board seat, or two different dates); a departure folds into the same person's
 * new or kept role as one move, and linked people lend each other roles and dates.
 */
import type { ChangeKind, Effective, OfficerEvent } from '../announcement.js';
import type { ChangeMention } from './mention-finder.js';
import { displayName } from './person-registry.js';
import type { Person, PersonRegistry } from './person-registry.js';
import { isChairRole, isOwnRole, roleClass, tidyRole } from './role-reader.js';
import type { RoleClass } from './role-reader.js';

interface Cluster {
  readonly person: Person;
  readonly direction: ChangeMention['direction'];
  readonly mentions: ChangeMention[];
  roleClass: RoleClass;
  effective: Effective;
  inheritedRole?: string | null;
  /** The role given up, when a departure folded into this move. */
  movedFrom?: string;
  /** A role kept ("will remain Chairman"): kept as an event only once a departure folds into it. */
  readonly continuing: boolean;
  /** True once a departure folded into this cluster (a kept role then counts). */
  partnered?: boolean;
  /** For a kept role that became a move: the sentence that gives the other role up, the better evidence. */
  givenUpIn?: ChangeMention;
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

// Completing mentions that may stand alone: a successor known only from "succeeds Doe", and Doe's side of it.
const STANDALONE: ReadonlySet<string> = new Set(['succeeds-subject', 'succeeds']);

function changeOf(cluster: Cluster): ChangeKind {
  const kinds = new Set(cluster.mentions.map((m) => m.kind));
  if (cluster.direction === 'leave') {
    if (kinds.has('retiring')) return 'retiring';
    if (kinds.has('not_standing')) return 'not_standing';
    return 'departed';
  }
  const roles = cluster.mentions.map((m) => m.roleAfter ?? '').join(' ');
  if (kinds.has('interim') || /\b(?:interim|acting)\b/iu.test(roles)) return 'interim';
  // "Roe is expected to succeed Doe" beside Roe's nomination only completes it: the nominee is not yet appointed.
  const stated = new Set(cluster.mentions.filter((m) => !m.mergeOnly).map((m) => m.kind));
  if (kinds.has('nominated') && ![...stated].some((k) => k === 'appointed' || k === 'promoted' || k === 'role_change')) return 'nominated';
  // "Lake will return to the role of CEO" with no role he gives up: a comeback, not a move.
  if (cluster.mentions.every((m) => m.ruleId === 'returns-to') && !cluster.movedFrom && !firstOf(cluster, (m) => m.roleBefore)) return 'appointed';
  if (kinds.has('role_change')) return 'role_change';
  if (cluster.movedFrom) return kinds.has('promoted') ? 'promoted' : 'role_change';
  if (kinds.has('promoted')) return 'promoted';
  const before = firstOf(cluster, (m) => m.roleBefore);
  const after = firstOf(cluster, (m) => m.roleAfter) ?? cluster.inheritedRole ?? null;
  // A role read twice ("named Doe its new CFO") is no move from one role to another.
  if (before && after && before.toLowerCase() !== after.toLowerCase()) {
    const b = roleClass(before);
    const a = roleClass(after);
    // CEO to Executive Chairman is a change of role, not a promotion.
    if (b === 'officer' && a === 'officer') return isChairRole(after) && !isChairRole(before) ? 'role_change' : 'promoted';
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
    const candidates = clusters.filter((c) => c.person === person && c.direction === m.direction && c.continuing === m.continuing);
    // A successor's own office ("Roe will succeed her as CFO and join the Board") stays apart from a board seat.
    const ownOffice = STANDALONE.has(m.ruleId) && roleClass(mentionRole(m)) !== 'unknown';
    const target = candidates.find((c) => compatible(c, m)) ?? (secondary(m) && !ownOffice ? candidates[0] : undefined);
    // A successor named only through "succeeds Doe" stands alone (taking Doe's role); other completing
    // mentions ("he will take up the position on ...") never do.
    if (!target && m.mergeOnly && !STANDALONE.has(m.ruleId)) continue;
    if (target) {
      target.mentions.push(m);
      if (target.roleClass === 'unknown') target.roleClass = roleClass(mentionRole(m));
      if (target.effective === null && !m.weak) target.effective = m.effective;
    } else {
      clusters.push({ person, direction: m.direction, mentions: [m], roleClass: roleClass(mentionRole(m)), effective: m.effective, continuing: m.continuing });
    }
  }
  inheritSuccessorDates(clusters, registry);
  inheritPredecessorRoles(clusters, registry, sentences);
  inheritLinkedFacts(clusters, registry);
  const kept = withMovesFolded(withoutImpliedDepartures(clusters)).filter((c) => !c.continuing || c.partnered);
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
    const joins = clusters.filter((o) => o.person === leave.person && o.direction === 'join' && changeOf(o) !== 'nominated' && changeOf(o) !== 'interim');
    // A role kept ("will remain Chairman") turns into a move only after giving up an office, not a board seat,
    // and only when it is a role of its own: a former CEO who stays a plain director has left management.
    const kept = joins.find((o) => o.continuing && keepsOwnRole(o));
    const join = joins.find((o) => !o.continuing) ?? (roleClass(given) === 'officer' ? kept : undefined);
    if (!join) continue;
    join.movedFrom = given;
    join.partnered = true;
    if (join.continuing) join.givenUpIn = leave.mentions.find((m) => !m.weak);
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
    // "succeeding Mowry as Chair, who will continue to serve as a director": a chair who stays on the board moves.
    const givenChair = isChairRole(firstOf(c, (m) => m.roleBefore) ?? c.inheritedRole ?? '');
    const moves = clusters.filter(
      (o) =>
        o.person === c.person &&
        o.direction === 'join' &&
        (!o.continuing || keepsOwnRole(o) || givenChair) &&
        (['role_change', 'promoted'].includes(changeOf(o)) || o.mentions.some((m) => m.ruleId === 'returns-to')),
    );
    const move = moves.find((o) => !o.continuing) ?? moves[0];
    if (!move) return true;
    if (move.effective === null) move.effective = c.effective;
    // "Roe replaces Doe, who served as interim CFO. Doe will return to his prior role": the role Doe gives up.
    const given = firstOf(c, (m) => m.roleBefore) ?? c.inheritedRole ?? null;
    if (given && !firstOf(move, (m) => m.roleBefore) && roleClass(given) !== 'unknown') move.movedFrom = given;
    move.partnered = true;
    return false;
  });
}

/** A kept role that is more than a board seat: an office, or the chair. */
function keepsOwnRole(c: Cluster): boolean {
  return isOwnRole(firstOf(c, (m) => m.roleAfter));
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

/**
 * "Roe succeeds Doe" with Doe's role unstated: Doe leaves the role Roe takes. "Appointed Roe as
 * interim CFO, effective upon Ms. Doe's departure": Roe starts the day Doe leaves.
 */
function inheritLinkedFacts(clusters: Cluster[], registry: PersonRegistry): void {
  for (const c of clusters) {
    if (c.direction === 'leave' && !firstOf(c, (m) => m.roleBefore)) {
      const link = c.mentions.find((m) => m.successor);
      const successor = link?.successor ? registry.resolve(link.successor, link.sentenceIndex) : null;
      const join = successor ? clusters.find((o) => o.person === successor && o.direction === 'join' && !o.continuing) : undefined;
      const role = join ? firstOf(join, (m) => m.roleAfter) : null;
      if (role) c.inheritedRole = role;
    }
    if (c.direction === 'join' && c.effective === null) {
      const link = c.mentions.find((m) => m.startsWhen);
      if (!link?.startsWhen) continue;
      const leaver = registry.resolve(link.startsWhen, link.sentenceIndex);
      const leaves = clusters.filter((o) => o.person === leaver && o.direction === 'leave');
      const date = leaves.map((o) => o.effective ?? firstOf(o, (m) => m.effective)).find(isDate);
      if (date) c.effective = date;
    }
  }
}

/** A newcomer's "role before" that is only the new role read again. */
function sameRoleDropped(c: Cluster, roleBefore: string | null): string | null {
  if (c.direction !== 'join' || !roleBefore) return roleBefore;
  const after = tidyRole(firstOf(c, (m) => m.roleAfter) ?? c.inheritedRole ?? null);
  return after && after.toLowerCase() === roleBefore.toLowerCase() ? null : roleBefore;
}

function toEvent(c: Cluster, sentences: readonly string[]): OfficerEvent {
  const strong = c.mentions.filter((m) => !m.weak);
  const main = c.givenUpIn ?? strong[0] ?? c.mentions[0];
  const allIndirect = c.mentions.every((m) => m.indirect);
  const confidence = strong.length === 0 ? 0.55 : allIndirect ? 0.75 : strong.length > 1 ? 0.95 : 0.85;
  return {
    person: displayName(c.person),
    personReading: null,
    change: changeOf(c),
    roleBefore: sameRoleDropped(c, tidyRole(c.movedFrom ?? firstOf(c, (m) => m.roleBefore) ?? (c.direction === 'leave' ? (c.inheritedRole ?? null) : null))),
    roleAfter: c.direction === 'join' ? tidyRole(firstOf(c, (m) => m.roleAfter) ?? c.inheritedRole ?? null) : null,
    effective: c.effective ?? firstOf(c, (m) => m.effective),
    evidence: main ? (sentences[main.sentenceIndex] ?? '') : '',
    confidence,
  };
}
