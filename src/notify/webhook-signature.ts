/**
 * Signing of webhook requests, and the check a receiver runs. The signature is HMAC-SHA256 over
 * `${timestamp}.${body}` (timestamp in Unix seconds, body the exact bytes sent), sent as
 * `X-ExecRadar-Signature: v1=<hex>` with `X-ExecRadar-Timestamp`. Binding the timestamp into the signature and
 * refusing old timestamps stops a captured request from being replayed later; the `Idempotency-Key` header lets
 * the receiver drop the rare duplicate inside the window. This file has no project imports so receivers can copy it.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'X-ExecRadar-Signature';
export const TIMESTAMP_HEADER = 'X-ExecRadar-Timestamp';
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex')}`;
}

export type SignatureCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'missing' | 'bad-timestamp' | 'too-old' | 'in-future' | 'mismatch' };

export interface VerifyOptions {
  /** How far the timestamp may be from now, either way. @default 300 */
  readonly toleranceSeconds?: number;
  /** The receiver's clock, Unix seconds. @default now */
  readonly nowSeconds?: number;
}

/**
 * Verifies one request. `signature` may hold several comma-separated `v1=` values (during a secret rotation);
 * one match is enough. Compare in constant time; never parse the body before this returns ok.
 */
export function verifyWebhookSignature(
  secret: string,
  timestamp: string | null | undefined,
  body: string,
  signature: string | null | undefined,
  options: VerifyOptions = {},
): SignatureCheck {
  if (!timestamp || !signature) return { ok: false, reason: 'missing' };
  if (!/^\d{1,12}$/u.test(timestamp)) return { ok: false, reason: 'bad-timestamp' };
  const tolerance = options.toleranceSeconds ?? 300;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const sent = Number(timestamp);
  if (now - sent > tolerance) return { ok: false, reason: 'too-old' };
  if (sent - now > tolerance) return { ok: false, reason: 'in-future' };
  const expected = Buffer.from(signWebhook(secret, sent, body), 'utf8');
  for (const candidate of signature.split(',')) {
    const given = Buffer.from(candidate.trim(), 'utf8');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return { ok: true };
  }
  return { ok: false, reason: 'mismatch' };
}
