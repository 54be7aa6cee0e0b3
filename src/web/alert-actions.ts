/**
 * What the alerts inbox can do to an alert: confirm or dismiss it (both kept in the match memory through
 * `decideMatch`, so a dismissed contact–person pair never alerts again), assign it, snooze it.
 */
import type { Kysely } from 'kysely';
import { decideMatch } from '../db/match-repository.js';
import type { Database } from '../db/schema.js';

export type AlertAction =
  | { readonly kind: 'confirm' }
  | { readonly kind: 'dismiss' }
  | { readonly kind: 'assign'; readonly assignee: string | null }
  | { readonly kind: 'snooze'; readonly days: number };

/** Who decided, as stored in the match memory: the dashboard has one shared token, not user accounts. */
export const DASHBOARD_DECIDER = 'dashboard';

/** Applies the action; false when there is no such alert. */
export async function applyAlertAction(db: Kysely<Database>, alertId: number, action: AlertAction, now: Date = new Date()): Promise<boolean> {
  const alert = await db.selectFrom('alerts').select(['id', 'event_id', 'contact_id']).where('id', '=', alertId).executeTakeFirst();
  if (!alert) return false;
  switch (action.kind) {
    case 'confirm':
    case 'dismiss': {
      const decision = action.kind === 'confirm' ? 'confirmed' : 'dismissed';
      const match =
        alert.event_id !== null && alert.contact_id !== null
          ? await db.selectFrom('contact_matches').select('id').where('event_id', '=', alert.event_id).where('contact_id', '=', alert.contact_id).executeTakeFirst()
          : undefined;
      if (match) await decideMatch(db, match.id, decision, DASHBOARD_DECIDER);
      await db.updateTable('alerts').set({ status: decision, snoozed_until: null }).where('id', '=', alertId).execute();
      return true;
    }
    case 'assign':
      await db.updateTable('alerts').set({ assigned_to: action.assignee }).where('id', '=', alertId).execute();
      return true;
    case 'snooze':
      await db
        .updateTable('alerts')
        .set({ status: 'snoozed', snoozed_until: new Date(now.getTime() + action.days * 86_400_000) })
        .where('id', '=', alertId)
        .execute();
      return true;
  }
}
