/**
 * One round of notification work: fan new alerts out into deliveries, create digests that are due, then claim
 * due deliveries, send them and record each result. Failures retry with exponential backoff (never sooner than
 * the receiver's Retry-After) and end as `failed` with the reason after `maxAttempts`. A process dying between
 * send and record leaves the row `sending`; when its lease lapses it is sent once more with the same idempotency
 * key — at most one duplicate, never a loss.
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../config/logger.js';
import type { Database } from '../db/schema.js';
import { alertView } from './alert-view.js';
import { asDeliveryError, PermanentDeliveryError } from './delivery-errors.js';
import { planPendingAlerts } from './delivery-planner.js';
import { claimDueDeliveries, recordFailed, recordRetry, recordSent, settleAlert, type Delivery } from './delivery-repository.js';
import type { DigestContent } from './digest-types.js';
import { createDueDigests } from './digest-scheduler.js';
import { databaseWindowLoader, type DigestWindowLoader } from './digest-windows.js';
import { alertEmail, digestEmail, type EmailMessage } from './email-message.js';
import { createMailer, sendEmail, type Mailer } from './email-sender.js';
import { postJson } from './http-post.js';
import { localeFor } from './notify-i18n.js';
import { slackTargetNamed, webhookNamed } from './notify-routing.js';
import type { NotifySettings } from './notify-settings.js';
import { alertSlackMessage, digestSlackMessage, type SlackMessage } from './slack-message.js';
import { alertWebhookBody, digestWebhookBody, type WebhookBody } from './webhook-payload.js';
import { IDEMPOTENCY_HEADER, signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER } from './webhook-signature.js';

export interface NotifyDeps {
  readonly db: Kysely<Database>;
  readonly settings: NotifySettings;
  /** Base of dashboard links (`${publicUrl}/alerts/${id}`). */
  readonly publicUrl: string;
  readonly logger?: Logger;
  /** @default () => new Date() */
  readonly now?: () => Date;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** @default a nodemailer SMTP transport from `settings.email` */
  readonly mailer?: Mailer;
  /** Jitter source for backoff. @default Math.random */
  readonly random?: () => number;
  /** Reshuffle/budget windows for the leadership digest; null leaves them out. @default from the database */
  readonly windows?: DigestWindowLoader | null;
  /** Test seam: runs after a successful send and before it is recorded; a throw here is a crash. */
  readonly afterSend?: (delivery: Delivery) => void | Promise<void>;
}

export interface DeliveryRoundResult {
  readonly planned: number;
  readonly held: number;
  readonly skipped: number;
  readonly digests: number;
  readonly claimed: number;
  readonly sent: number;
  readonly retried: number;
  readonly failed: number;
}

/** Deliveries sent at the same time within one round. */
const CONCURRENCY = 4;

/** Exponential backoff with equal jitter, never below the receiver's Retry-After; both capped at `maxDelayMs`. */
export function retryDelayMs(attempts: number, retryAfterMs: number | undefined, delivery: NotifySettings['delivery'], random: () => number): number {
  const exponential = Math.min(delivery.maxDelayMs, delivery.baseDelayMs * 2 ** Math.max(0, attempts - 1));
  const jittered = Math.round(exponential / 2 + random() * (exponential / 2));
  return Math.max(jittered, Math.min(retryAfterMs ?? 0, delivery.maxDelayMs));
}

interface Rendered {
  readonly slack: () => SlackMessage;
  readonly email: () => EmailMessage;
  readonly webhook: () => WebhookBody;
}

async function render(deps: NotifyDeps, delivery: Delivery): Promise<Rendered> {
  const locale = localeFor(delivery.language, deps.settings.timeZone);
  if (delivery.alert_id !== null) {
    const alert = await deps.db.selectFrom('alerts').selectAll().where('id', '=', delivery.alert_id).executeTakeFirst();
    if (!alert) throw new PermanentDeliveryError(`alert ${delivery.alert_id} no longer exists`);
    const view = alertView(alert, deps.publicUrl);
    const slackTarget = delivery.channel === 'slack' ? slackTargetNamed(deps.settings, delivery.target) : null;
    return {
      slack: () => alertSlackMessage(view, locale, slackTarget),
      email: () => alertEmail(view, locale),
      webhook: () => alertWebhookBody(view, locale, delivery.idempotency_key),
    };
  }
  const digest = await deps.db.selectFrom('notify_digests').select('payload').where('id', '=', delivery.digest_id!).executeTakeFirst();
  if (!digest) throw new PermanentDeliveryError(`digest ${delivery.digest_id} no longer exists`);
  const content = digest.payload as unknown as DigestContent;
  return {
    slack: () => digestSlackMessage(content, locale, deps.publicUrl),
    email: () => digestEmail(content, locale, deps.publicUrl, delivery.idempotency_key),
    webhook: () => digestWebhookBody(content, delivery.idempotency_key),
  };
}

async function send(deps: NotifyDeps, delivery: Delivery, mailer: () => Mailer, now: Date): Promise<void> {
  const { settings } = deps;
  const rendered = await render(deps, delivery);
  const fetcher = deps.fetch ?? globalThis.fetch;
  const timeoutMs = settings.delivery.timeoutMs;
  switch (delivery.channel) {
    case 'slack': {
      const target = slackTargetNamed(settings, delivery.target);
      if (!target) throw new PermanentDeliveryError(`Slack route ${delivery.target} is no longer configured`);
      await postJson(target.webhookUrl, JSON.stringify(rendered.slack()), { fetch: fetcher, timeoutMs, nowMs: now.getTime() });
      return;
    }
    case 'email': {
      if (!settings.email) throw new PermanentDeliveryError('e-mail is not configured (notify.email)');
      await sendEmail(mailer(), settings.email.from, delivery.target, rendered.email(), delivery.idempotency_key);
      return;
    }
    case 'webhook': {
      const webhook = webhookNamed(settings, delivery.target);
      if (!webhook) throw new PermanentDeliveryError(`webhook ${delivery.target} is no longer configured`);
      const body = JSON.stringify(rendered.webhook());
      const timestamp = Math.floor(now.getTime() / 1000);
      const headers = {
        [TIMESTAMP_HEADER]: String(timestamp),
        [SIGNATURE_HEADER]: signWebhook(webhook.secret, timestamp, body),
        [IDEMPOTENCY_HEADER]: delivery.idempotency_key,
        'User-Agent': 'ExecRadar-Webhook/1',
      };
      await postJson(webhook.url, body, { fetch: fetcher, timeoutMs, headers, nowMs: now.getTime() });
      return;
    }
  }
}

async function settleAfter(deps: NotifyDeps, delivery: Delivery, now: Date): Promise<void> {
  if (delivery.alert_id !== null) return settleAlert(deps.db, delivery.alert_id, now);
  const items = await deps.db.selectFrom('alert_digest_items').select('alert_id').where('digest_id', '=', delivery.digest_id!).execute();
  for (const item of items) await settleAlert(deps.db, item.alert_id, now);
}

type Outcome = 'sent' | 'retried' | 'failed' | 'lost-claim';

async function deliverOne(deps: NotifyDeps, delivery: Delivery, mailer: () => Mailer): Promise<Outcome> {
  const now = deps.now ?? (() => new Date());
  const { delivery: policy } = deps.settings;
  try {
    await send(deps, delivery, mailer, now());
  } catch (thrown) {
    const error = asDeliveryError(thrown);
    const attemptsLeft = delivery.attempts < policy.maxAttempts;
    if (error.kind === 'retryable' && attemptsLeft) {
      const delay = retryDelayMs(delivery.attempts, error.retryAfterMs, policy, deps.random ?? Math.random);
      const held = await recordRetry(deps.db, delivery, error.message, new Date(now().getTime() + delay));
      deps.logger?.warn({ delivery: delivery.id, channel: delivery.channel, attempt: delivery.attempts, delayMs: delay, err: error.message }, 'delivery will be retried');
      return held ? 'retried' : 'lost-claim';
    }
    const reason = error.kind === 'retryable' ? `gave up after ${delivery.attempts} attempts: ${error.message}` : error.message;
    const held = await recordFailed(deps.db, delivery, reason);
    deps.logger?.error({ delivery: delivery.id, channel: delivery.channel, err: reason }, 'delivery failed');
    if (held) await settleAfter(deps, delivery, now());
    return held ? 'failed' : 'lost-claim';
  }
  // Deliberately outside the try: a crash here must not be recorded as a failure — the row stays `sending`.
  await deps.afterSend?.(delivery);
  const held = await recordSent(deps.db, delivery, now());
  if (held) await settleAfter(deps, delivery, now());
  return held ? 'sent' : 'lost-claim';
}

/** One round: plan, make due digests, send what is due. Never throws for a failed send (only for a crash). */
export async function deliverDueAlerts(deps: NotifyDeps): Promise<DeliveryRoundResult> {
  const now = deps.now ?? (() => new Date());
  const { settings } = deps;
  const plan = await planPendingAlerts(deps.db, settings, now());
  const digests = await createDueDigests(deps.db, settings, now(), { windows: deps.windows === undefined ? databaseWindowLoader(deps.db) : deps.windows });
  const claimed = await claimDueDeliveries(deps.db, now(), settings.delivery.leaseMs, settings.delivery.batchSize);
  let cachedMailer: Mailer | undefined = deps.mailer;
  const mailer = (): Mailer => (cachedMailer ??= createMailer(settings.email!, settings.delivery.timeoutMs));
  const counts = { sent: 0, retried: 0, failed: 0 };
  let crash: unknown;
  const queue = [...claimed];
  const workers = Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
    for (let next = queue.shift(); next && crash === undefined; next = queue.shift()) {
      try {
        const outcome = await deliverOne(deps, next, mailer);
        if (outcome !== 'lost-claim') counts[outcome]++;
      } catch (error) {
        crash = error;
      }
    }
  });
  await Promise.all(workers);
  if (crash !== undefined) throw crash;
  return { ...plan, digests, claimed: claimed.length, ...counts };
}

/** Runs rounds until nothing is due now (tests, the CLI); stops after `maxRounds`. */
export async function drainDeliveries(deps: NotifyDeps, maxRounds = 50): Promise<DeliveryRoundResult> {
  const total = { planned: 0, held: 0, skipped: 0, digests: 0, claimed: 0, sent: 0, retried: 0, failed: 0 };
  for (let round = 0; round < maxRounds; round++) {
    const result = await deliverDueAlerts(deps);
    for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += result[key];
    if (result.claimed === 0 && result.planned === 0 && result.held === 0 && result.digests === 0) break;
  }
  return total;
}
