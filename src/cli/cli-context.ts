/** What every database-backed command starts from: settings, a logger, and the opened, migrated store. */
import { createLogger, type Logger } from '../config/logger.js';
import { loadSettings, type Settings } from '../config/settings.js';
import type { OpenDatabase } from '../db/database.js';
import { openStore } from '../service/open-store.js';

export interface CliContext {
  readonly settings: Settings;
  readonly logger: Logger;
  readonly store: OpenDatabase;
}

export async function withStore<T>(work: (context: CliContext) => Promise<T>): Promise<T> {
  const settings = loadSettings();
  // Commands print their results on stdout; logs go to stderr and stay quiet unless asked for.
  const logger = createLogger(process.env['LOG_LEVEL'] ?? 'warn');
  const store = await openStore(settings);
  try {
    return await work({ settings, logger, store });
  } finally {
    await store.close();
  }
}
