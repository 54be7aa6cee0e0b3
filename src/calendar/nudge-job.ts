/** The daily nudge run as a pg-boss scheduled queue (one tick across all processes; `stately`, so runs never pile up). */
import type { Kysely } from 'kysely';
import type PgBoss from 'pg-boss';
import type { Logger } from '../config/logger.js';
import type { Database } from '../db/schema.js';
import type { QueueSpec } from '../jobs/job-queue.js';
import type { CalendarSettings } from './calendar-settings.js';
import { raiseDueNudges } from './raise-due-nudges.js';

export const NUDGE_QUEUE = 'calendar.nudges';
export const NUDGE_QUEUE_SPEC: QueueSpec = { name: NUDGE_QUEUE, policy: 'stately' };

export async function registerNudgeJob(
  boss: PgBoss,
  deps: { readonly db: Kysely<Database>; readonly calendar: CalendarSettings; readonly logger: Logger; readonly schedule: boolean },
): Promise<void> {
  await boss.work(NUDGE_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
    const result = await raiseDueNudges(deps.db, deps.calendar);
    deps.logger.info(result, 'calendar nudges raised');
  });
  if (deps.schedule) await boss.schedule(NUDGE_QUEUE, deps.calendar.nudges.schedule, {}, { tz: 'UTC' });
}
