/**
 * The calendar page: one row per account (largest ARR first, taller for the largest), one column per day
 * (month view) or per week (quarter view), cells coloured by the kind of entry they fall in; every entry is
 * listed below with its basis and evidence in a details element that the cells link to and so open (no script).
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Kysely } from 'kysely';
import type { CalendarSettings } from '../calendar/calendar-settings.js';
import { ownerCalendarToken } from '../calendar/owner-token.js';
import type { Database } from '../db/schema.js';
import { addDays, addMonths, weekday } from '../windows/calendar-date.js';
import { loadCalendar, type CalendarAccount, type CalendarEntry, type CalendarEntryKind, type CalendarFilter } from './calendar-data.js';
import { formatDay, formatMoney, formatMonth, resolveViewer, type Viewer } from './i18n.js';
import { entryName } from './entry-name.js';
import { t } from './messages.js';
import { pageLayout, type Markup } from './page-layout.js';
import { safeHref } from './safe-href.js';

export type CalendarView = 'month' | 'quarter';

/** Drawn on top when entries overlap in one cell. */
const KIND_PRIORITY: readonly CalendarEntryKind[] = ['announced-change', 'renewal', 'reshuffle-window', 'budget-planning', 'fiscal'];

export interface CalendarPeriod {
  readonly view: CalendarView;
  /** `YYYY-MM` of the first month. */
  readonly month: string;
  readonly from: string;
  readonly to: string;
  readonly columns: readonly { readonly from: string; readonly to: string; readonly label: string }[];
  readonly previous: string;
  readonly next: string;
}

export function calendarPeriod(view: CalendarView, requested: string | undefined, today: string): CalendarPeriod {
  let month = requested && /^\d{4}-(0[1-9]|1[0-2])$/u.test(requested) ? requested : today.slice(0, 7);
  if (view === 'quarter') {
    const m = Number(month.slice(5));
    month = `${month.slice(0, 4)}-${String(m - ((m - 1) % 3)).padStart(2, '0')}`;
  }
  const from = `${month}-01`;
  const months = view === 'quarter' ? 3 : 1;
  const to = addDays(addMonths(from, months), -1);
  const columns: { from: string; to: string; label: string }[] = [];
  if (view === 'month') {
    for (let day = from; day <= to; day = addDays(day, 1)) columns.push({ from: day, to: day, label: String(Number(day.slice(8))) });
  } else {
    // Weeks from Monday; the first and last are clipped to the quarter.
    let start = from;
    while (start <= to) {
      const toSunday = (7 - weekday(start)) % 7;
      const end = addDays(start, toSunday) > to ? to : addDays(start, toSunday);
      columns.push({ from: start, to: end, label: `${Number(start.slice(5, 7))}/${Number(start.slice(8))}` });
      start = addDays(end, 1);
    }
  }
  return { view, month, from, to, columns, previous: addMonths(from, -months).slice(0, 7), next: addMonths(from, months).slice(0, 7) };
}

const kindClass = (kind: CalendarEntryKind): string => `k-${kind}`;

function arrTier(arr: number | null): string {
  if (arr === null) return 'arr-1';
  return arr >= 400_000 ? 'arr-3' : arr >= 200_000 ? 'arr-2' : 'arr-1';
}

export interface CalendarPageOptions {
  readonly today: string;
  /** The API token: owners' feed links are derived from it. */
  readonly apiToken: string;
  readonly settings?: CalendarSettings | undefined;
}

export async function renderCalendarPage(c: Context, db: Kysely<Database>, options: CalendarPageOptions): Promise<Markup> {
  const { today, settings } = options;
  const viewer = resolveViewer(c);
  const view: CalendarView = c.req.query('view') === 'quarter' ? 'quarter' : 'month';
  const period = calendarPeriod(view, c.req.query('start'), today);
  const filter: CalendarFilter = { owner: c.req.query('owner') || undefined, segment: c.req.query('segment') || undefined, country: c.req.query('country') || undefined };
  const data = await loadCalendar(db, { from: period.from, to: period.to }, filter, settings);
  const choices = await filterChoices(db);
  const byAccount = new Map<string, CalendarEntry[]>();
  for (const entry of data.entries) byAccount.set(entry.accountId, [...(byAccount.get(entry.accountId) ?? []), entry]);
  const shown = data.accounts.filter((account) => byAccount.has(account.id));
  const query = (changes: Record<string, string>) => {
    const params = new URLSearchParams({ view, start: period.month, ...(filter.owner ? { owner: filter.owner } : {}), ...(filter.segment ? { segment: filter.segment } : {}), ...(filter.country ? { country: filter.country } : {}), ...changes });
    return `/calendar?${params.toString()}`;
  };
  const title = view === 'month' ? formatMonth(viewer, period.month) : `${formatMonth(viewer, period.month)} – ${formatMonth(viewer, addMonths(period.from, 2).slice(0, 7))}`;
  const body = html`<div class="page-head"><h1>${t(viewer.lang, 'calendar')}: ${title}</h1>
<nav class="pager"><a href="${query({ start: period.previous })}" rel="prev">← ${t(viewer.lang, 'previous')}</a> <a href="${query({ start: today.slice(0, 7) })}">${t(viewer.lang, 'today')}</a> <a href="${query({ start: period.next })}" rel="next">${t(viewer.lang, 'next')} →</a>
 | <a href="${query({ view: 'month' })}" class="${view === 'month' ? 'current' : ''}">${t(viewer.lang, 'month')}</a> <a href="${query({ view: 'quarter' })}" class="${view === 'quarter' ? 'current' : ''}">${t(viewer.lang, 'quarter')}</a></nav></div>
<form class="filters" method="get" action="/calendar">
<input type="hidden" name="view" value="${view}"><input type="hidden" name="start" value="${period.month}">
${select(viewer, 'owner', t(viewer.lang, 'owner'), choices.owners, filter.owner)}
${select(viewer, 'segment', t(viewer.lang, 'segment'), choices.segments, filter.segment)}
${select(viewer, 'country', t(viewer.lang, 'country'), choices.countries, filter.country)}
<button type="submit">${t(viewer.lang, 'filter')}</button>
</form>
<ul class="legend">${KIND_PRIORITY.map((kind) => html`<li><span class="swatch ${kindClass(kind)}"></span>${t(viewer.lang, `kind.${kind}`)}</li>`)}</ul>
${shown.length === 0 ? html`<p class="empty">${t(viewer.lang, 'noEntries')}</p>` : grid(viewer, period, shown, byAccount, today)}
${shown.length === 0 ? '' : entryList(viewer, shown, byAccount)}
<section class="feeds"><h2>${t(viewer.lang, 'feeds')}</h2><ul>${(filter.owner ? [filter.owner] : choices.owners).map(
    (owner) => html`<li><a href="/calendar/${ownerCalendarToken(owner, options.apiToken)}.ics" class="ics" download="execradar-${owner.replace(/[^a-z0-9]+/giu, '-')}.ics">${owner}.ics</a></li>`,
  )}</ul><p><small>${t(viewer.lang, 'feedsHelp')}</small></p></section>`;
  return pageLayout(viewer, { title: t(viewer.lang, 'calendar'), nav: 'calendar', path: c.req.url.replace(/^https?:\/\/[^/]+/u, '') }, body);
}

function select(viewer: Viewer, name: string, label: string, values: readonly string[], current: string | undefined): Markup {
  return html`<label>${label} <select name="${name}"><option value="">${t(viewer.lang, 'all')}</option>${values.map(
    (value) => html`<option value="${value}"${value === current ? html` selected` : ''}>${value}</option>`,
  )}</select></label>`;
}

async function filterChoices(db: Kysely<Database>): Promise<{ owners: string[]; segments: string[]; countries: string[] }> {
  const rows = await db.selectFrom('accounts').select(['owner_email', 'segment', 'country']).execute();
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => Boolean(v)))].sort();
  return { owners: distinct(rows.map((r) => r.owner_email)), segments: distinct(rows.map((r) => r.segment)), countries: distinct(rows.map((r) => r.country)) };
}

function grid(viewer: Viewer, period: CalendarPeriod, accounts: readonly CalendarAccount[], byAccount: ReadonlyMap<string, CalendarEntry[]>, today: string): Markup {
  return html`<div class="grid-scroll"><table class="calendar ${period.view}">
<thead><tr><th scope="col" class="account-col">${t(viewer.lang, 'account')}</th>${period.columns.map(
    (column) => html`<th scope="col" class="${column.from <= today && today <= column.to ? 'today' : ''}${period.view === 'month' && (weekday(column.from) === 0 || weekday(column.from) === 6) ? ' weekend' : ''}">${column.label}</th>`,
  )}</tr></thead>
<tbody>${accounts.map((account) => {
    const entries = byAccount.get(account.id) ?? [];
    return html`<tr class="${arrTier(account.arr)}"><th scope="row" class="account-col"><a href="/accounts/${encodeURIComponent(account.id)}">${account.name}</a><span class="arr">${formatMoney(viewer, account.arr)}</span></th>${period.columns.map((column) => {
      const inCell = entries.filter((entry) => entry.start <= column.to && entry.end >= column.from);
      if (inCell.length === 0) return html`<td></td>`;
      const top = KIND_PRIORITY.find((kind) => inCell.some((entry) => entry.kind === kind))!;
      const first = inCell.find((entry) => entry.kind === top)!;
      const tip = inCell.map((entry) => `${entryName(viewer.lang, entry)}${entry.label ? `: ${entry.label}` : ''} (${formatDay(viewer, entry.start)}${entry.end !== entry.start ? ` – ${formatDay(viewer, entry.end)}` : ''})`).join('\n');
      const point = top === 'announced-change' || top === 'renewal' || top === 'fiscal';
      return html`<td class="${kindClass(top)}"><a href="#e-${first.id}" title="${tip}" aria-label="${tip}">${point ? (top === 'renewal' ? '●' : top === 'fiscal' ? '▲' : '◆') : ''}</a></td>`;
    })}</tr>`;
  })}</tbody></table></div>`;
}

function entryList(viewer: Viewer, accounts: readonly CalendarAccount[], byAccount: ReadonlyMap<string, CalendarEntry[]>): Markup {
  return html`<section class="entries"><h2>${t(viewer.lang, 'details')}</h2>${accounts.map((account) => {
    const entries = [...(byAccount.get(account.id) ?? [])].sort((a, b) => a.start.localeCompare(b.start));
    return html`<div class="entry-group"><h3><a href="/accounts/${encodeURIComponent(account.id)}">${account.name}</a> <small>${formatMoney(viewer, account.arr)} · ${account.owner ?? ''}</small></h3>
${entries.map(
  // The cells' #e-… target is the body inside the details, not the details: following a link to something inside
  // a closed details opens it (HTML's "ancestor revealing" on fragment navigation), one click and no script.
  (entry) => html`<details class="entry"><summary><span class="badge ${kindClass(entry.kind)}">${entryName(viewer.lang, entry)}</span> ${formatDay(viewer, entry.start)}${entry.end !== entry.start ? html` – ${formatDay(viewer, entry.end)}` : ''}${entry.label ? html` · ${entry.label}` : ''}</summary>
<div class="entry-body" id="e-${entry.id}"><p><strong>${t(viewer.lang, 'basis')}:</strong> ${entry.basis}${entry.confidence !== null ? ` (${Math.round(entry.confidence * 100)}%)` : ''}</p>
${entry.evidence
  ? html`${entry.evidence.quote ? html`<blockquote class="evidence">${entry.evidence.quote}</blockquote>` : ''}<p><a href="${safeHref(entry.evidence.url)}" rel="noopener noreferrer" target="_blank">${entry.evidence.title ?? entry.evidence.url}</a> <small>(${entry.evidence.sourceId})</small></p>`
  : ''}</div>
</details>`,
)}</div>`;
  })}</section>`;
}

