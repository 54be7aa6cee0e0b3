/**
 * The little logging surface the crawler needs. A pino logger satisfies it; so does a test spy.
 * Taking it as a parameter (instead of importing a global logger) keeps the crawler quiet in tests.
 */
export interface CrawlLogger {
  debug(fields: object, message?: string): void;
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
}

/** Logger used when none is given. */
export const silentLogger: CrawlLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
};
