/**
 * When a source's schedule fires next, for the sources page: the first minute after `after` (UTC, as the service
 * schedules) that a cron expression matches. Fields are expanded by node-cron's parser; as in cron, when both
 * day-of-month and day-of-week are restricted, a day matching either one counts.
 */
import { parse } from 'node-cron';

const SEARCH_DAYS = 400;

export function nextCronRun(expression: string, after: Date): Date | null {
  let fields: ReturnType<typeof parse>;
  try {
    fields = parse(expression);
  } catch {
    return null;
  }
  const days = new Set(fields.dayOfMonth.map(Number));
  const weekdays = new Set(fields.dayOfWeek.map((day) => Number(day) % 7));
  const months = new Set(fields.month);
  const domRestricted = days.size < 31;
  const dowRestricted = weekdays.size < 7;
  const minutes = [...fields.minute].sort((a, b) => a - b);
  const hours = [...fields.hour].sort((a, b) => a - b);
  const start = new Date(Math.floor(after.getTime() / 60_000) * 60_000 + 60_000);
  const firstDay = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  for (let offset = 0; offset < SEARCH_DAYS; offset++) {
    const day = new Date(firstDay + offset * 86_400_000);
    if (!months.has(day.getUTCMonth() + 1)) continue;
    const domMatch = days.has(day.getUTCDate());
    const dowMatch = weekdays.has(day.getUTCDay());
    const dayMatches = domRestricted && dowRestricted ? domMatch || dowMatch : domMatch && dowMatch;
    if (!dayMatches) continue;
    for (const hour of hours) {
      for (const minute of minutes) {
        const candidate = new Date(day.getTime() + hour * 3_600_000 + minute * 60_000);
        if (candidate >= start) return candidate;
      }
    }
  }
  return null;
}
