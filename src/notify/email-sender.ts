/**
 * E-mail over SMTP with nodemailer. The Message-ID is derived from the delivery's idempotency key, so the rare
 * duplicate after a crash carries the same Message-ID (and an `X-ExecRadar-Idempotency-Key` header) and mail
 * clients that thread or dedupe by Message-ID show it once.
 */
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { PermanentDeliveryError, RetryableDeliveryError } from './delivery-errors.js';
import type { EmailMessage } from './email-message.js';
import type { NotifySettings } from './notify-settings.js';

export interface Mailer {
  sendMail(message: SendMailOptions): Promise<unknown>;
}

export type EmailSettings = NonNullable<NotifySettings['email']>;

export function createMailer(email: EmailSettings, timeoutMs: number): Mailer {
  const { smtp } = email;
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ignoreTLS: smtp.ignoreTLS,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.pass ?? '' } } : {}),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs * 3,
  });
}

export async function sendEmail(mailer: Mailer, from: string, to: string, message: EmailMessage, idempotencyKey: string): Promise<void> {
  try {
    await mailer.sendMail({
      from,
      to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: `<${idempotencyKey}@execradar.invalid>`,
      headers: { 'X-ExecRadar-Idempotency-Key': idempotencyKey },
      textEncoding: 'base64',
    });
  } catch (error) {
    const responseCode = (error as { responseCode?: unknown }).responseCode;
    const detail = error instanceof Error ? error.message : String(error);
    // 5xx from the server: the address or the message is refused; 4xx and connection errors are transient.
    if (typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600) {
      throw new PermanentDeliveryError(`SMTP ${responseCode}: ${detail}`, { cause: error });
    }
    throw new RetryableDeliveryError(`SMTP: ${detail}`, { cause: error });
  }
}
