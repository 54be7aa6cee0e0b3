/**
 * Makes each digest once per period: the leadership digest once per week (at its weekday and hour, or at the
 * first run after it when the service was down), each owner's daily digest once per local day. The period's
 * `digest_key` is unique, so a second worker or a restart in the same period creates nothing; the digest row, its
 * deliveries and the alerts it takes are written in one transaction.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { addDaysTo, buildCsmDigest, buildLeadershipDigest } from './digest-builder.js';
import type { DigestContent } from './digest-types.js';
import type { DigestWindowLoader } from './digest-windows.js';
import { insertDeliveries } from './delivery-repository.js';
import { dayIn, localeFor, weekdayAndHourIn } from './notify-i18n.js';
import { resolveOwnerRoute, type PlannedTarget } from './notify-routing.js';
import type { NotifySettings } from './notify-settings.js';

export const digestIdempotencyKey = (digestKey: string): string => createHash('sha256').update(`execradar:digest:${digestKey}`).digest('hex').slice(0, 32);

/** The day of the latest weekly slot at or before `now` (in `timeZone`), `YYYY-MM-DD`. */
export function weeklySlotDay(now: Date, timeZone: string, weekday: number, hour: number): string {
  const today = dayIn(timeZone, now);
  const local = weekdayAndHourIn(timeZone, now);
  let back = (local.weekday - weekday + 7) % 7;
  if (back === 0 && local.hour < hour) back = 7;
  return addDaysTo(today, -back);
}

async function createDigest(
  db: Kysely<Database>,
  digest: { readonly key: string; readonly recipient: string | null; readonly content: DigestContent },
  targets: readonly PlannedTarget[],
  now: Date,
  takeItemsOf: string | null,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('notify_digests')
      .values({
        kind: digest.content.kind,
        digest_key: digest.key,
        recipient: digest.recipient,
        period_start: digest.content.periodStart,
        period_end: digest.content.periodEnd,
        payload: JSON.stringify(digest.content),
      })
      .onConflict((conflict) => conflict.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return false;
    await insertDeliveries(trx, { digestId: inserted.id }, digestIdempotencyKey(digest.key), targets, now);
    if (takeItemsOf !== null) {
      const ids = digest.content.items.map((item) => item.alertId).filter((id): id is number => id !== null);
      if (ids.length > 0) {
        await trx.updateTable('alert_digest_items').set({ digest_id: inserted.id }).where('alert_id', 'in', ids).where('digest_id', 'is', null).execute();
        if (targets.length === 0) {
          await trx.updateTable('alerts').set({ delivery_status: 'skipped', last_error: 'no route configured for the daily digest' }).where('id', 'in', ids).execute();
        }
      }
    }
    return true;
  });
}

function leadershipTargets(settings: NotifySettings): PlannedTarget[] {
  const targets: PlannedTarget[] = [];
  settings.leadership.recipients.forEach((recipient, index) => {
    if (recipient.email && settings.email) targets.push({ channel: 'email', target: recipient.email.toLowerCase(), language: recipient.language });
    if (recipient.slack) targets.push({ channel: 'slack', target: `leadership:${index}`, language: recipient.language });
  });
  for (const webhook of settings.webhooks) if (webhook.events.includes('digest')) targets.push({ channel: 'webhook', target: webhook.name, language: 'en' });
  return targets;
}

export interface DigestRunOptions {
  readonly windows: DigestWindowLoader | null;
}

/** Creates the digests that are due and not yet made; returns how many were created. */
export async function createDueDigests(db: Kysely<Database>, settings: NotifySettings, now: Date, options: DigestRunOptions): Promise<number> {
  let created = 0;
  const leadership = settings.leadership;
  const targets = leadershipTargets(settings);
  if (settings.leadership.recipients.length > 0 && targets.length > 0) {
    const slot = weeklySlotDay(now, leadership.timeZone, leadership.weekday, leadership.hour);
    const key = `leadership_weekly:${slot}`;
    const exists = await db.selectFrom('notify_digests').select('id').where('digest_key', '=', key).executeTakeFirst();
    if (!exists) {
      const content = await buildLeadershipDigest(db, {
        today: dayIn(leadership.timeZone, now),
        horizonDays: leadership.horizonDays,
        alertsSince: new Date(now.getTime() - 7 * 86_400_000),
        generatedAt: now,
        windows: options.windows,
      });
      if (await createDigest(db, { key, recipient: null, content }, targets, now, null)) created++;
    }
  }

  const waiting = await db.selectFrom('alert_digest_items').select(['recipient', 'alert_id', 'created_at']).where('digest_id', 'is', null).orderBy('alert_id').execute();
  const waitingSince = new Map(waiting.map((row) => [row.alert_id, row.created_at]));
  const byRecipient = new Map<string, number[]>();
  for (const row of waiting) byRecipient.set(row.recipient, [...(byRecipient.get(row.recipient) ?? []), row.alert_id]);
  for (const [recipient, waitingIds] of byRecipient) {
    const route = resolveOwnerRoute(settings, recipient || null);
    const { timeZone } = localeFor(route.language, settings.timeZone);
    const clock = weekdayAndHourIn(timeZone, now);
    if (clock.hour < settings.dailyDigestHour) continue;
    // Today's digest holds what was waiting at today's digest hour; anything later waits for tomorrow's.
    const slot = new Date(now.getTime() - ((clock.hour - settings.dailyDigestHour) * 3600 + clock.minute * 60 + clock.second) * 1000);
    const alertIds = waitingIds.filter((id) => (waitingSince.get(id) ?? now) <= slot);
    if (alertIds.length === 0) continue;
    const day = dayIn(timeZone, now);
    const key = `csm_daily:${recipient}:${day}`;
    const routeTargets: PlannedTarget[] = [
      ...route.emails.map((email): PlannedTarget => ({ channel: 'email', target: email, language: route.language })),
      ...(route.slack ? [{ channel: 'slack', target: route.slack, language: route.language } satisfies PlannedTarget] : []),
    ];
    const content = await buildCsmDigest(db, alertIds, day, now);
    if (await createDigest(db, { key, recipient, content }, routeTargets, now, recipient)) created++;
  }
  return created;
}
