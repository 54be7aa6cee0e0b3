/**
 * Local receivers for the delivery tests: an SMTP server (the `smtp-server` package) that keeps every message,
 * and an HTTP webhook receiver that verifies the signature like a real integration would, remembers idempotency
 * keys, and can be switched to answer 503 with Retry-After (down) or a fixed status, or be held between recording
 * a request and answering it (so a test can kill the sender after the send but before it hears back).
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { verifyWebhookSignature, type SignatureCheck } from '../../src/notify/webhook-signature.js';
import { readMail, type ReceivedMail } from './mime-reader.js';

export interface SmtpMessage extends ReceivedMail {
  readonly envelopeTo: readonly string[];
  readonly raw: string;
}

export interface LocalSmtp {
  readonly port: number;
  readonly messages: SmtpMessage[];
  /** Addresses refused at RCPT TO with 550. */
  readonly refuse: Set<string>;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<LocalSmtp> {
  const messages: SmtpMessage[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) {
        const error = Object.assign(new Error('mailbox unavailable'), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        messages.push({ ...readMail(raw), raw, envelopeTo: session.envelope.rcptTo.map((to) => to.address) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return { port, messages, refuse, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export interface WebhookRequest {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
  readonly check: SignatureCheck;
}

export interface LocalWebhookReceiver {
  readonly url: string;
  /** Every request that arrived, accepted or not. */
  readonly requests: WebhookRequest[];
  /** Bodies accepted, once per idempotency key (what the receiving system would act on). */
  readonly accepted: Map<string, unknown>;
  /** Requests with an already-seen key (answered 200 without acting: a duplicate). */
  readonly duplicates: string[];
  /** null: up; otherwise the status answered (e.g. 503) with `retryAfter` seconds. */
  mode: { readonly status: number; readonly retryAfter?: string } | null;
  /** Awaited after a request is recorded and before it is answered; null answers at once. */
  beforeAnswer: ((request: WebhookRequest) => Promise<void>) | null;
  close(): Promise<void>;
}

export async function startWebhookReceiver(secret: string, nowSeconds: () => number): Promise<LocalWebhookReceiver> {
  const receiver: LocalWebhookReceiver = {
    url: '',
    requests: [],
    accepted: new Map(),
    duplicates: [],
    mode: null,
    beforeAnswer: null,
    close: async () => {},
  };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const header = (name: string): string | undefined => {
        const value = request.headers[name.toLowerCase()];
        return Array.isArray(value) ? value[0] : value;
      };
      const check = verifyWebhookSignature(secret, header('X-ExecRadar-Timestamp'), body, header('X-ExecRadar-Signature'), { toleranceSeconds: 300, nowSeconds: nowSeconds() });
      const received: WebhookRequest = { headers: request.headers, body, check };
      receiver.requests.push(received);
      const answer = (status: number, headers: Record<string, string>, text: string): void => {
        const send = (): void => {
          // The sender may be gone by now (killed while held): there is nobody left to answer.
          if (response.destroyed) return;
          response.writeHead(status, headers);
          response.end(text);
        };
        if (receiver.beforeAnswer) void receiver.beforeAnswer(received).then(send, send);
        else send();
      };
      if (receiver.mode) {
        answer(receiver.mode.status, receiver.mode.retryAfter ? { 'Retry-After': receiver.mode.retryAfter } : {}, 'unavailable');
        return;
      }
      if (!check.ok) {
        answer(401, { 'content-type': 'text/plain' }, check.reason);
        return;
      }
      const key = header('Idempotency-Key') ?? '';
      if (receiver.accepted.has(key)) receiver.duplicates.push(key);
      else receiver.accepted.set(key, JSON.parse(body));
      answer(200, { 'content-type': 'application/json' }, '{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  Object.assign(receiver, {
    url: `http://127.0.0.1:${port}/hooks/execradar`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
  return receiver;
}
