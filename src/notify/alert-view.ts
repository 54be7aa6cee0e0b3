/**
 * An alert as the message builders see it: the outbox row's payload read through a lenient zod schema (a
 * payload written by an older version still renders; a missing field becomes null, never a crash at send time).
 */
import { z } from 'zod';
import type { Alert } from '../db/schema.js';

const text = z.string().nullish().transform((value) => value ?? null).catch(null);
const amount = z.number().nullish().transform((value) => value ?? null).catch(null);

const payloadSchema = z.object({
  person: text,
  personReading: text,
  change: text,
  roleBefore: text,
  roleAfter: text,
  effective: text,
  evidence: text,
  documentUrl: text,
  documentTitle: text,
  announced: text,
  company: text,
  contact: z.object({ id: text, name: text, title: text }).nullish().transform((value) => value ?? null).catch(null),
  account: z.object({ id: text, name: text, arr: amount, renewalDate: text }).nullish().transform((value) => value ?? null).catch(null),
  match: z
    .object({ score: amount, kind: text, reasons: z.array(z.string()).catch([]) })
    .nullish()
    .transform((value) => value ?? null)
    .catch(null),
  /** Nudges (reshuffle/budget windows, raised by the calendar module) carry a window instead of a person. */
  window: z
    .object({ kind: text, start: text, end: text, confidence: amount, basis: text })
    .nullish()
    .transform((value) => value ?? null)
    .catch(null),
  keyPeople: z.array(z.object({ name: z.string(), title: text })).catch([]).default([]),
  playbook: z.array(z.string()).catch([]).default([]),
});

export type AlertPayload = z.infer<typeof payloadSchema>;

export interface AlertView extends AlertPayload {
  readonly id: number;
  readonly kind: string;
  readonly recipient: string | null;
  readonly idempotencyKey: string;
  readonly createdAt: Date;
  /** `${publicUrl}/alerts/${id}`. */
  readonly dashboardUrl: string;
}

export function alertView(alert: Pick<Alert, 'id' | 'kind' | 'recipient' | 'idempotency_key' | 'created_at' | 'payload'>, publicUrl: string): AlertView {
  const payload = payloadSchema.parse(alert.payload ?? {});
  return {
    ...payload,
    id: alert.id,
    kind: alert.kind,
    recipient: alert.recipient,
    idempotencyKey: alert.idempotency_key,
    createdAt: alert.created_at,
    dashboardUrl: `${publicUrl.replace(/\/+$/u, '')}/alerts/${alert.id}`,
  };
}

/** Only http(s) links are ever rendered as links: crawled data must not smuggle `javascript:` into a message. */
export function safeLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}
