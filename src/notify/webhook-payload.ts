/**
 * The JSON body of webhook requests. `id` is the delivery's idempotency key (the same on every retry); the
 * rest is the alert as stored, plus a headline in the owner's language and the dashboard link.
 */
import type { AlertView } from './alert-view.js';
import type { DigestContent } from './digest-types.js';
import type { Locale } from './notify-i18n.js';
import { alertHeadline } from './slack-message.js';

export interface AlertWebhookBody {
  readonly type: 'alert';
  readonly id: string;
  readonly language: string;
  readonly alert: AlertView & { readonly headline: string };
}

export interface DigestWebhookBody {
  readonly type: 'digest';
  readonly id: string;
  readonly digest: DigestContent;
}

export type WebhookBody = AlertWebhookBody | DigestWebhookBody;

export function alertWebhookBody(view: AlertView, locale: Locale, idempotencyKey: string): AlertWebhookBody {
  return { type: 'alert', id: idempotencyKey, language: locale.language, alert: { ...view, headline: alertHeadline(view, locale) } };
}

export function digestWebhookBody(content: DigestContent, idempotencyKey: string): DigestWebhookBody {
  return { type: 'digest', id: idempotencyKey, digest: content };
}
