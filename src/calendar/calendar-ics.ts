/**
 * The calendar as iCalendar (RFC 5545), for Google Calendar and Outlook subscriptions: all-day events on the
 * company's own calendar dates (DTEND is the day after the last day, as all-day events require), one stable UID per
 * entry so a refreshed feed updates events in place, and the evidence link as the event URL.
 */
import ical, { ICalEventTransparency } from 'ical-generator';
import { addDays, toDayNumber } from '../windows/calendar-date.js';
import { type CalendarEntry, ENTRY_TITLES } from './calendar-entry.js';

export interface IcsOptions {
  /** Calendar name shown by the client. @default "ExecRadar" */
  readonly name?: string;
  /** DTSTAMP of every event (tests pin it). @default now */
  readonly stamp?: Date;
}

/** A date-only value: midnight UTC, which ical-generator writes as `VALUE=DATE` for all-day events. */
const utcDate = (date: string): Date => new Date(toDayNumber(date) * 86_400_000);

export function entrySummary(entry: CalendarEntry): string {
  const status = entry.status === 'estimated' ? ' (estimated)' : '';
  return `${ENTRY_TITLES[entry.kind]}${status}: ${entry.account.name}`;
}

export function entryDescription(entry: CalendarEntry): string {
  const lines = [entry.basis];
  if (entry.confidence !== null) lines.push(`Confidence: ${Math.round(entry.confidence * 100)}%`);
  if (entry.company) lines.push(`Company: ${entry.company.name}${entry.company.fiscalYearEnd ? ` (fiscal year end ${entry.company.fiscalYearEnd})` : ''}`);
  lines.push(`Account: ${entry.account.name}${entry.account.arr !== null ? `, ARR ${entry.account.arr}` : ''}${entry.account.renewalDate ? `, renewal ${entry.account.renewalDate}` : ''}`);
  if (entry.account.owner) lines.push(`Owner: ${entry.account.owner}`);
  if (entry.evidenceUrl) lines.push(`Evidence: ${entry.evidenceUrl}`);
  return lines.join('\n');
}

/** Only http(s) links from crawled data become event URLs. */
function safeUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}

export function calendarToIcs(entries: readonly CalendarEntry[], options: IcsOptions = {}): string {
  const calendar = ical({ name: options.name ?? 'ExecRadar', prodId: { company: 'ExecRadar', product: 'reshuffle-calendar', language: 'EN' } });
  for (const entry of entries) {
    calendar.createEvent({
      id: entry.uid,
      allDay: true,
      start: utcDate(entry.start),
      end: utcDate(addDays(entry.end, 1)),
      ...(options.stamp ? { stamp: options.stamp } : {}),
      summary: entrySummary(entry),
      description: entryDescription(entry),
      url: safeUrl(entry.evidenceUrl),
      categories: [{ name: entry.kind }],
      // Windows are planning hints, not meetings: they must not show the owner as busy.
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}
