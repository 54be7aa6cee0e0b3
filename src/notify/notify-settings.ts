/**
 * The `notify` section of the settings: who gets which alert on which channel, in which language, instantly or
 * in a daily digest; the leadership digest; SMTP; signed webhooks; delivery retries. Validated by zod so a wrong
 * key in the config file is named at start-up rather than discovered when the first alert goes nowhere.
 */
import { z } from 'zod';

export const languageSchema = z.enum(['ja', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const digestModeSchema = z.enum(['instant', 'daily']);
export type DigestMode = z.infer<typeof digestModeSchema>;

export const slackTargetSchema = z
  .object({
    /** A Slack incoming-webhook URL (https://hooks.slack.com/services/…). */
    webhookUrl: z.url(),
    /** For the reader of the config only: an incoming webhook always posts to the channel it was created for. */
    channel: z.string().optional(),
    /** A Slack user or group id (`U…`, `S…`) to mention, so a shared channel still pings the owner. */
    mention: z.string().regex(/^[UWS][A-Z0-9]+$/u, 'expected a Slack user/group id such as U024BE7LH').optional(),
  })
  .strict();
export type SlackTarget = z.infer<typeof slackTargetSchema>;

/** One level of routing (defaults, a team, an owner); unset fields fall through to the level below. */
const routeFields = {
  /** Language of the messages. @default "en" (from `defaults`) */
  language: languageSchema.optional(),
  /** `instant`: every alert when it is raised; `daily`: one digest a day instead. @default "instant" */
  digest: digestModeSchema.optional(),
  /** `owner`: the alert's owner address; a list: these addresses; `false`: no e-mail. @default "owner" */
  email: z.union([z.literal(false), z.literal('owner'), z.array(z.email()).min(1)]).optional(),
  /** A Slack incoming webhook, or `false` to send nothing to Slack from this level. @default none */
  slack: z.union([z.literal(false), slackTargetSchema]).optional(),
};

export const routeSchema = z.object(routeFields).strict();
export type RouteSettings = z.infer<typeof routeSchema>;

export const teamSchema = z
  .object({ ...routeFields, /** Owner e-mail addresses in this team. @default [] */ members: z.array(z.email()).default([]) })
  .strict();

export const ownerSchema = z.object({ ...routeFields, /** The owner's team (wins over `members` lists). */ team: z.string().optional() }).strict();

export const webhookSchema = z
  .object({
    /** Names the endpoint in delivery records (the URL and secret stay in the config). */
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/u, 'lower-case letters, digits, - and _'),
    url: z.url(),
    /** HMAC-SHA256 key shared with the receiver. */
    secret: z.string().min(16, 'use at least 16 characters'),
    /** Which messages go to it. @default ["alert", "digest"] */
    events: z.array(z.enum(['alert', 'digest'])).min(1).default(['alert', 'digest']),
  })
  .strict();
export type WebhookSettings = z.infer<typeof webhookSchema>;

export const leadershipRecipientSchema = z
  .object({
    email: z.email().optional(),
    slack: slackTargetSchema.optional(),
    /** @default "en" */
    language: languageSchema.default('en'),
  })
  .strict()
  .refine((recipient) => recipient.email !== undefined || recipient.slack !== undefined, 'give an email or a slack target');
export type LeadershipRecipient = z.infer<typeof leadershipRecipientSchema>;

export const smtpSchema = z
  .object({
    host: z.string().min(1),
    /** @default 587 */
    port: z.coerce.number().int().min(1).max(65535).default(587),
    /** TLS from the first byte (port 465). @default false (STARTTLS when offered) */
    secure: z.boolean().default(false),
    user: z.string().optional(),
    pass: z.string().optional(),
    /** Never upgrade to TLS (a local relay or a test server only). @default false */
    ignoreTLS: z.boolean().default(false),
  })
  .strict();

export const notifySettingsSchema = z
  .object({
    /** Deliver alerts at all (they are always kept in the database). @default true */
    enabled: z.boolean().default(true),
    /** The lowest routing level. @default { language: "en", digest: "instant", email: "owner" } */
    defaults: routeSchema.default({ language: 'en', digest: 'instant', email: 'owner' }),
    /** Teams by name. @default {} */
    teams: z.record(z.string(), teamSchema).default({}),
    /** Per-owner overrides by the owner's e-mail address (case-insensitive). @default {} */
    owners: z.record(z.string(), ownerSchema).default({}),
    /** Signed JSON webhooks that receive every alert and/or digest. @default [] */
    webhooks: z.array(webhookSchema).default([]),
    email: z
      .object({
        /** The From header, e.g. `"ExecRadar" <execradar@example.com>`. */
        from: z.string().min(3),
        smtp: smtpSchema,
      })
      .strict()
      .optional(),
    leadership: z
      .object({
        /** @default [] (no leadership digest) */
        recipients: z.array(leadershipRecipientSchema).default([]),
        /** Day of the week the digest goes out, 0 = Sunday. @default 1 (Monday) */
        weekday: z.number().int().min(0).max(6).default(1),
        /** Hour of that day, in `timeZone`. @default 8 */
        hour: z.number().int().min(0).max(23).default(8),
        /** @default "Asia/Tokyo" */
        timeZone: z.string().default('Asia/Tokyo'),
        /** How far ahead the digest looks. @default 90 */
        horizonDays: z.number().int().min(1).max(366).default(90),
      })
      .strict()
      .default({ recipients: [], weekday: 1, hour: 8, timeZone: 'Asia/Tokyo', horizonDays: 90 }),
    /** Daily CSM digests go out at this hour of the recipient's time zone. @default 8 */
    dailyDigestHour: z.number().int().min(0).max(23).default(8),
    /** Time zone for English messages (Japanese ones always use Asia/Tokyo). @default "UTC" */
    timeZone: z.string().default('UTC'),
    delivery: z
      .object({
        /** How often the worker looks for due deliveries. @default 10000 */
        pollIntervalMs: z.number().int().min(100).default(10_000),
        /** Attempts per delivery before it is marked failed. @default 8 */
        maxAttempts: z.number().int().min(1).max(50).default(8),
        /** First retry delay; doubles each attempt. @default 30000 */
        baseDelayMs: z.number().int().min(0).default(30_000),
        /** Longest wait between two attempts (a longer Retry-After is capped to it). @default 21600000 (6 h) */
        maxDelayMs: z.number().int().min(0).default(6 * 3600_000),
        /** How long a claimed delivery is held before another worker may retry it (crash recovery). @default 300000 */
        leaseMs: z.number().int().min(1000).default(300_000),
        /** Per-request timeout for Slack and webhooks. @default 10000 */
        timeoutMs: z.number().int().min(100).default(10_000),
        /** Deliveries claimed per round. @default 25 */
        batchSize: z.number().int().min(1).max(500).default(25),
      })
      .strict()
      .default({ pollIntervalMs: 10_000, maxAttempts: 8, baseDelayMs: 30_000, maxDelayMs: 6 * 3600_000, leaseMs: 300_000, timeoutMs: 10_000, batchSize: 25 }),
  })
  .strict();

export type NotifySettings = z.infer<typeof notifySettingsSchema>;

/** Everything at its default: nothing but e-mail to owners, and that only once SMTP is configured. */
export const DEFAULT_NOTIFY_SETTINGS: NotifySettings = notifySettingsSchema.parse({});
