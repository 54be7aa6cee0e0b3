/**
 * All settings in one zod schema: environment variables and an optional YAML/JSON config file
 * (`EXECRADAR_CONFIG`, else `./execradar.config.yaml` when present). Env wins over the file.
 * Errors name the bad key, so a typo in a 200-line config file is found in seconds.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DEFAULT_NOTIFY_SETTINGS, notifySettingsSchema } from '../notify/notify-settings.js';
import { calendarSettingsSchema } from '../calendar/calendar-settings.js';
import { contactSettingsSchema } from '../contacts/contact-settings.js';

const cronExpression = z
  .string()
  .regex(/^(\S+\s+){4,5}\S+$/u, 'expected a cron expression of 5 or 6 fields, e.g. "*/5 * * * *"');

export const sourceSettingsSchema = z
  .object({
    enabled: z.boolean().optional(),
    /** Cron schedules of the source's tasks by task name (e.g. `current`). @default the source's own */
    schedules: z.record(z.string(), cronExpression).optional(),
    /** Base URLs by name (e.g. `data`, `www` for SEC) — point a source at a mirror or a test server. */
    baseUrls: z.record(z.string(), z.url()).optional(),
    /** Source-specific options, validated by the source's own schema. */
    options: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type SourceSettings = z.infer<typeof sourceSettingsSchema>;

export const settingsSchema = z
  .object({
    /** PostgreSQL URL; without it the embedded PGlite database in `dataDir` is used. */
    databaseUrl: z.string().regex(/^postgres(ql)?:\/\//u, 'expected a postgres:// URL').optional(),
    /** @default "./data" */
    dataDir: z.string().default('./data'),
    /** @default 3000 */
    port: z.coerce.number().int().min(0).max(65535).default(3000),
    /** @default "127.0.0.1" (set 0.0.0.0 in containers) */
    host: z.string().default('127.0.0.1'),
    /** Dashboard/API bearer token; generated and kept in `dataDir` when absent. */
    apiToken: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Public URL of the dashboard, used in links inside alerts. @default http://localhost:PORT */
    publicUrl: z.url().optional(),
    /** @default "info" */
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    crawler: z
      .object({
        /** Sent on every request. SEC's fair-access policy requires a contact e-mail address in it. */
        userAgent: z.string().min(3).default('ExecRadar/0.1 (+https://github.com/execradar/execradar)'),
        /** @default 20000 */
        timeoutMs: z.coerce.number().int().positive().default(20_000),
        /** @default 15 MB */
        maxBodyBytes: z.coerce.number().int().positive().default(15 * 1024 * 1024),
        /** Minimum interval between two requests to one host, measured from send time. @default 1000 */
        minIntervalMs: z.coerce.number().int().min(0).default(1000),
        /** Host names (host or host:port) that may resolve to private/loopback addresses. @default [] */
        allowPrivateHosts: z.array(z.string()).default([]),
      })
      .strict()
      .default({
        userAgent: 'ExecRadar/0.1 (+https://github.com/execradar/execradar)',
        timeoutMs: 20_000,
        maxBodyBytes: 15 * 1024 * 1024,
        minIntervalMs: 1000,
        allowPrivateHosts: [],
      }),
    /** Run the scheduler in this process. @default true */
    scheduler: z.boolean().default(true),
    sources: z.record(z.string(), sourceSettingsSchema).default({}),
    /** CRM imports: owner names → e-mail addresses (see src/contacts/contact-settings.ts). */
    contacts: contactSettingsSchema.default({ ownerEmails: {} }),
    /** Reshuffle/budget calendar and nudges (see src/calendar/calendar-settings.ts). */
    calendar: calendarSettingsSchema.default(calendarSettingsSchema.parse({})),
    /** Alert delivery: routing, Slack, e-mail, webhooks, digests (see src/notify/README.md). */
    notify: notifySettingsSchema.default(DEFAULT_NOTIFY_SETTINGS),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema>;

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Env var → settings path. Only these are read from the environment. */
const ENV_KEYS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['DATABASE_URL', ['databaseUrl']],
  ['EXECRADAR_DATA_DIR', ['dataDir']],
  ['PORT', ['port']],
  ['HOST', ['host']],
  ['EXECRADAR_TOKEN', ['apiToken']],
  ['EXECRADAR_PUBLIC_URL', ['publicUrl']],
  ['LOG_LEVEL', ['logLevel']],
  ['EXECRADAR_USER_AGENT', ['crawler', 'userAgent']],
];

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    const child = node[key];
    node[key] = child && typeof child === 'object' ? child : {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

function readConfigFile(file: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ConfigError(`config file ${file}: ${(error as Error).message}`, { cause: error });
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError(`config file ${file}: expected a mapping at the top level`);
  return parsed as Record<string, unknown>;
}

export interface LoadSettingsOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  /** Extra values merged over file and env (tests, the demo). */
  readonly overrides?: Record<string, unknown>;
}

export function loadSettings(options: LoadSettingsOptions = {}): Settings {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const explicit = env['EXECRADAR_CONFIG'];
  const file = explicit ? resolve(cwd, explicit) : resolve(cwd, 'execradar.config.yaml');
  if (explicit && !existsSync(file)) throw new ConfigError(`EXECRADAR_CONFIG: file ${file} does not exist`);
  const raw = existsSync(file) ? readConfigFile(file) : {};
  for (const [name, path] of ENV_KEYS) {
    const value = env[name];
    if (value !== undefined && value !== '') setPath(raw, path, value);
  }
  const merged = { ...raw, ...(options.overrides ?? {}) };
  const parsed = settingsSchema.safeParse(merged);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const key = issue.path.join('.') || '(top level)';
      const envName = ENV_KEYS.find(([, path]) => path.join('.') === key)?.[0];
      return `  ${key}${envName ? ` (env ${envName})` : ''}: ${issue.message}`;
    });
    throw new ConfigError(`invalid configuration${existsSync(file) ? ` (${file})` : ''}:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** An e-mail address inside the User-Agent, as SEC's fair-access policy asks for. */
export function userAgentContact(userAgent: string): string | null {
  return /[\w.+-]+@[\w-]+(\.[\w-]+)+/u.exec(userAgent)?.[0] ?? null;
}
