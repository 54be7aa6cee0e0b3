/**
 * One event per person: resolves family-name-only mentions to the full name written elsewhere, and merges
 * what several sentences, rows and headlines say about the same person into one event.
 */
import type { DraftEvent } from './draft-event.js';
import type { PersonMention } from './person-mention-finder.js';

/** Maps each mention to the full name it refers to: 「北原社長」 → 北原修平 when that is written elsewhere. */
export function resolvePersonKeys(mentions: readonly PersonMention[]): Map<PersonMention, string | null> {
  const fullKeys = new Set(mentions.filter((m) => m.verdict === 'full').map((m) => m.key));
  const keys = new Map<PersonMention, string | null>();
  for (const m of mentions) {
    const longer = [...fullKeys].filter((k) => k.length > m.key.length && k.startsWith(m.key));
    if (longer.length === 1) keys.set(m, longer[0] ?? null);
    else if (longer.length > 1) keys.set(m, null);
    else keys.set(m, m.verdict === 'full' ? m.key : null);
  }
  return keys;
}

export function mergeEvents(drafts: readonly DraftEvent[]): DraftEvent[] {
  const byKey = new Map<string, DraftEvent>();
  for (const d of drafts) {
    const held = byKey.get(d.key);
    if (!held) {
      byKey.set(d.key, d);
      continue;
    }
    // The sentence that writes the full name leads over a headline that only gives the family name.
    const [first, other] = held.exactName === false && d.exactName !== false ? [d, held] : [held, d];
    // A later sentence that names the old role tells more than a heading that only says 新任.
    const richer = first.change === 'appointed' && !first.roleBefore && other.roleBefore !== null
      && (other.change === 'promoted' || other.change === 'role_change');
    byKey.set(d.key, {
      ...first,
      change: richer ? other.change : first.change,
      roleBefore: richer ? other.roleBefore : first.roleBefore ?? other.roleBefore,
      roleAfter: first.roleAfter ?? other.roleAfter,
      effective: first.effective ?? other.effective,
      reading: first.reading ?? other.reading,
    });
  }
  return [...byKey.values()];
}
