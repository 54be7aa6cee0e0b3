/** The name of a calendar entry in the viewer's language: its kind, or for fiscal entries which date it is. */
import type { CalendarEntry } from './calendar-data.js';
import type { Lang } from './i18n.js';
import { t, tDynamic } from './messages.js';

export function entryName(lang: Lang, entry: Pick<CalendarEntry, 'kind' | 'detail'>): string {
  return entry.kind === 'fiscal' ? tDynamic(lang, `detail.${entry.detail}`, entry.detail) : t(lang, `kind.${entry.kind}`);
}
