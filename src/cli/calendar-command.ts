/**
 * `execradar calendar --from --to [--owner] [--format table|json|ics]`: the reshuffle/budget calendar of tracked
 * accounts from the database; `--feed-url` prints the owner's iCalendar subscription URL instead.
 */
import { assembleCalendar } from '../calendar/calendar-assembly.js';
import { calendarToIcs } from '../calendar/calendar-ics.js';
import { calendarToTable } from '../calendar/calendar-table.js';
import { loadWindowInputsFromDb } from '../calendar/reshuffle-inputs.js';
import { ownerCalendarToken } from '../calendar/owner-token.js';
import { calendarDateInZone } from '../windows/calendar-date.js';
import { resolveApiToken } from '../web/api-token.js';
import type { WindowInputLoader } from './windows-command.js';
import { withStore } from './cli-context.js';

export interface CalendarCommandOptions {
  readonly from: string;
  readonly to: string;
  readonly owner?: string;
  readonly country?: string;
  readonly segment?: string;
  readonly format?: string;
  readonly feedUrl?: boolean;
}

const FORMATS = ['table', 'json', 'ics'] as const;

export async function runCalendarCommand(options: CalendarCommandOptions): Promise<void> {
  const format = options.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) throw new Error(`calendar: --format must be one of ${FORMATS.join(', ')}, got ${format}`);
  await withStore(async ({ settings, store }) => {
    if (options.feedUrl) {
      if (!options.owner) throw new Error('calendar --feed-url needs --owner EMAIL');
      const base = (settings.publicUrl ?? `http://localhost:${settings.port}`).replace(/\/+$/u, '');
      process.stdout.write(`${base}/calendar/${ownerCalendarToken(options.owner, resolveApiToken(settings))}.ics\n`);
      return;
    }
    const entries = await assembleCalendar(store.db, settings.calendar, {
      from: options.from,
      to: options.to,
      owner: options.owner,
      country: options.country,
      segment: options.segment,
    });
    if (format === 'json') process.stdout.write(`${JSON.stringify({ entries }, null, 2)}\n`);
    else if (format === 'ics') process.stdout.write(calendarToIcs(entries, { name: options.owner ? `ExecRadar — ${options.owner}` : 'ExecRadar' }));
    else process.stdout.write(calendarToTable(entries));
  });
}

/** The database loader `windows predict --from-db` uses (opens the store for the duration of the load). */
export const windowInputsFromDb: WindowInputLoader = () =>
  withStore(({ settings, store }) =>
    loadWindowInputsFromDb(store.db, {
      minAnnouncements: settings.calendar.seedPriors.minAnnouncements,
      today: calendarDateInZone(new Date(), 'UTC'),
    }),
  );
