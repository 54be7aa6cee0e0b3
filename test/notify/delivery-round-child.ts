/**
 * Child process for the killed-delivery test. It loads the delivery worker first and then waits for one JSON line
 * on stdin (the database to open — a PGlite data directory or a PostgreSQL URL — and the notify settings), so that
 * the slow start-up overlaps the parent's set-up; then it runs one real delivery round for the parent to SIGKILL
 * mid-send. It prints the round's result only if it lives to the end, which the test reports as a failure.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { openDatabase, type DatabaseTarget } from '../../src/db/database.js';
import { deliverDueAlerts } from '../../src/notify/delivery-worker.js';
import { notifySettingsSchema } from '../../src/notify/notify-settings.js';

export interface DeliveryChildInput {
  readonly database: DatabaseTarget;
  /** The `notify` section as a config file would give it (validated here by the real schema). */
  readonly notify: Record<string, unknown>;
  readonly publicUrl: string;
}

const lines = createInterface({ input: process.stdin });
const [line] = (await once(lines, 'line')) as [string];
lines.close();
const input = JSON.parse(line) as DeliveryChildInput;
const database = await openDatabase(input.database);
try {
  const result = await deliverDueAlerts({ db: database.db, settings: notifySettingsSchema.parse(input.notify), publicUrl: input.publicUrl, windows: null });
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await database.close();
}
// Nothing may keep a child that was not killed alive: the parent waits for its exit.
process.exit(0);
