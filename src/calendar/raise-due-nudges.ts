/**
 * Nudges: a configurable number of days before a reshuffle window opens, the account owner (the CSM) gets a
 * `reshuffle_nudge` alert with a playbook; before a budget-planning window, a `budget_nudge`. "Today" is the
 * company's own calendar day. A nudge is raised once per window and account: its dedupe key is the entry's UID,
 * and the alerts outbox ignores a key it already has. A window already open still gets its (late) nudge until it
 * closes, so a service that was down for a day misses nothing.
 */
import type { Kysely } from 'kysely';
import { raiseAlert } from '../db/alert-repository.js';
import type { Database } from '../db/schema.js';
import { addDays, calendarDateInZone } from '../windows/calendar-date.js';
import { assembleCalendar } from './calendar-assembly.js';
import type { CalendarEntry } from './calendar-entry.js';
import type { CalendarSettings } from './calendar-settings.js';
import { type KeyPerson, budgetPlaybook, reshufflePlaybook } from './nudge-playbooks.js';

export interface NudgeRunResult {
  /** Windows whose nudge is due today (raised now or earlier). */
  readonly due: number;
  readonly raised: number;
  /** Due, but the account has no owner to send to. */
  readonly withoutOwner: number;
}

async function keyPeople(db: Kysely<Database>, accountId: string): Promise<KeyPerson[]> {
  const rows = await db
    .selectFrom('contacts')
    .select(['name', 'title'])
    .where('account_id', '=', accountId)
    .where('is_key_person', '=', true)
    .orderBy('id')
    .limit(5)
    .execute();
  return rows.map((row) => ({ name: row.name, title: row.title }));
}

function isDue(entry: CalendarEntry, leadDays: number, now: Date): boolean {
  const today = calendarDateInZone(now, entry.company?.timeZone ?? 'UTC');
  return addDays(entry.start, -leadDays) <= today && today <= entry.end;
}

export async function raiseDueNudges(db: Kysely<Database>, settings: CalendarSettings, now: Date = new Date()): Promise<NudgeRunResult> {
  const { reshuffleDaysBefore, budgetDaysBefore, minConfidence } = settings.nudges;
  const todayUtc = calendarDateInZone(now, 'UTC');
  // One day of margin each side: companies' zones are up to a day from UTC.
  const entries = await assembleCalendar(
    db,
    settings,
    { from: addDays(todayUtc, -1), to: addDays(todayUtc, Math.max(reshuffleDaysBefore, budgetDaysBefore) + 1) },
    now,
  );
  let due = 0;
  let raised = 0;
  let withoutOwner = 0;
  for (const entry of entries) {
    const reshuffle = entry.kind === 'reshuffle-window';
    if (!reshuffle && entry.kind !== 'budget-planning') continue;
    if (reshuffle && (entry.confidence ?? 0) < minConfidence) continue;
    if (!isDue(entry, reshuffle ? reshuffleDaysBefore : budgetDaysBefore, now)) continue;
    due += 1;
    if (!entry.account.owner) {
      withoutOwner += 1;
      continue;
    }
    const kind = reshuffle ? 'reshuffle_nudge' : 'budget_nudge';
    const people = reshuffle ? await keyPeople(db, entry.account.id) : [];
    const id = await raiseAlert(db, {
      kind,
      dedupeKey: `${kind}:${entry.uid}`,
      eventId: null,
      contactId: null,
      recipient: entry.account.owner,
      payload: {
        company: entry.company?.name ?? entry.account.name,
        account: { id: entry.account.id, name: entry.account.name, arr: entry.account.arr, renewalDate: entry.account.renewalDate },
        window: { kind: entry.kind, start: entry.start, end: entry.end, confidence: entry.confidence, basis: entry.basis, uid: entry.uid },
        evidence: entry.basis,
        keyPeople: people,
        playbook: reshuffle ? reshufflePlaybook(people) : budgetPlaybook(entry.account.renewalDate),
      },
    });
    if (id !== null) raised += 1;
  }
  return { due, raised, withoutOwner };
}
