/**
 * Structured logs (pino). Contacts are personal data: fields that could carry them are redacted
 * wherever they appear, so a log line never holds a contact's name or e-mail address.
 */
import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

const REDACTED_PATHS = [
  'contact', '*.contact', 'contactName', '*.contactName', 'email', '*.email', 'ownerEmail', '*.ownerEmail',
  'recipient', '*.recipient', 'owner_email', '*.owner_email', 'name_reading', '*.name_reading', 'authorization',
  '*.authorization', 'headers.authorization', 'token', '*.token',
];

export function createLogger(level: string = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    { level, base: { service: 'execradar' }, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    destination ?? pino.destination(2),
  );
}

export const silentLogger: Logger = pino({ level: 'silent' });
