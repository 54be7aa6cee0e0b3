/**
 * The accounts list and one account's page: its contacts (key people marked), the company's executive-change
 * timeline with evidence, its fiscal calendar, its windows for the next twelve months, and every document
 * stored for the company.
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Kysely } from 'kysely';
import type { CalendarSettings } from '../calendar/calendar-settings.js';
import type { Database } from '../db/schema.js';
import { addDays, addMonths } from '../windows/calendar-date.js';
import { upcomingFiscalCalendar, type FiscalCalendarEntry } from '../windows/fiscal-calendar.js';
import { loadAccounts, loadCalendar } from './calendar-data.js';
import { entryName } from './entry-name.js';
import { formatDay, formatInstant, formatMoney, resolveViewer } from './i18n.js';
import { t, tDynamic } from './messages.js';
import { pageLayout, type Markup } from './page-layout.js';
import { safeHref } from './safe-href.js';

const pathOf = (c: Context): string => c.req.url.replace(/^https?:\/\/[^/]+/u, '');

export async function renderAccountsPage(c: Context, db: Kysely<Database>): Promise<Markup> {
  const viewer = resolveViewer(c);
  const accounts = await loadAccounts(db, { owner: c.req.query('owner') || undefined });
  const open = await db
    .selectFrom('alerts as al')
    .innerJoin('contacts as c', 'c.id', 'al.contact_id')
    .select(['c.account_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('al.status', '=', 'open')
    .groupBy('c.account_id')
    .execute();
  const openBy = new Map(open.map((row) => [row.account_id, Number(row.n)]));
  const body = html`<h1>${t(viewer.lang, 'accounts')}</h1>
<div class="table-scroll"><table class="list"><thead><tr><th>${t(viewer.lang, 'account')}</th><th class="num">${t(viewer.lang, 'arr')}</th><th>${t(viewer.lang, 'renewal')}</th><th>${t(viewer.lang, 'owner')}</th><th>${t(viewer.lang, 'segment')}</th><th>${t(viewer.lang, 'country')}</th><th class="num">${t(viewer.lang, 'openAlertsCount')}</th></tr></thead>
<tbody>${accounts.map(
    (account) => html`<tr><td><a href="/accounts/${encodeURIComponent(account.id)}">${account.name}</a></td><td class="num">${formatMoney(viewer, account.arr)}</td><td>${formatDay(viewer, account.renewalDate)}</td><td>${account.owner ?? ''}</td><td>${account.segment ?? ''}</td><td>${account.country ?? ''}</td><td class="num">${openBy.get(account.id) ?? 0}</td></tr>`,
  )}</tbody></table></div>`;
  return pageLayout(viewer, { title: t(viewer.lang, 'accounts'), nav: 'accounts', path: pathOf(c) }, body);
}

export async function renderAccountPage(c: Context, db: Kysely<Database>, accountId: string, today: string, settings?: CalendarSettings): Promise<Markup | null> {
  const [account] = await loadAccounts(db, { accountId });
  if (!account) return null;
  const viewer = resolveViewer(c);
  const contacts = await db.selectFrom('contacts').selectAll().where('account_id', '=', account.id).orderBy('is_key_person', 'desc').orderBy('name').execute();
  const companyId = account.companyId;
  const events =
    companyId === null
      ? []
      : await db
          .selectFrom('officer_events as e')
          .innerJoin('documents as d', 'd.id', 'e.document_id')
          .select(['e.id', 'e.person', 'e.person_reading', 'e.change', 'e.role_before', 'e.role_after', 'e.effective', 'e.announced_on', 'e.evidence', 'd.url', 'd.title'])
          .where('e.company_id', '=', companyId)
          .orderBy('e.announced_on', 'desc')
          .orderBy('e.id')
          .execute();
  const documents =
    companyId === null
      ? []
      : await db
          .selectFrom('documents')
          .select(['id', 'url', 'title', 'source_id', 'published_at', 'status', 'error', 'lang'])
          .where('company_id', '=', companyId)
          .orderBy('published_at', (ob) => ob.desc().nullsLast())
          .execute();
  const facts = companyId === null ? [] : await db.selectFrom('fiscal_facts').select(['kind', 'value']).where('company_id', '=', companyId).execute();
  const fiscal = fiscalCalendar(account.fiscalYearEnd, account.country, facts, today);
  const windows = await loadCalendar(db, { from: today, to: addDays(addMonths(today, 12), -1) }, { accountId: account.id }, settings);
  const entries = [...windows.entries].sort((a, b) => a.start.localeCompare(b.start));

  const body = html`<div class="page-head"><h1>${account.name}</h1>
<p class="meta">${formatMoney(viewer, account.arr)} · ${t(viewer.lang, 'renewal')} ${formatDay(viewer, account.renewalDate)} · ${account.owner ?? ''} · ${account.segment ?? ''} · ${account.country ?? ''}</p></div>
<section><h2>${t(viewer.lang, 'contacts')}</h2>
<div class="table-scroll"><table class="list"><thead><tr><th>${t(viewer.lang, 'name')}</th><th>${t(viewer.lang, 'title')}</th><th>${t(viewer.lang, 'keyPerson')}</th></tr></thead><tbody>
${contacts.map(
  (contact) => html`<tr class="${contact.is_key_person ? 'key' : ''}"><td>${contact.name}${contact.name_reading ? html` <small>(${contact.name_reading})</small>` : ''}</td><td>${contact.title ?? ''}</td><td>${contact.is_key_person ? html`<span class="key-mark" title="${t(viewer.lang, 'keyPerson')}">★</span>` : ''}</td></tr>`,
)}</tbody></table></div></section>
<section><h2>${t(viewer.lang, 'timeline')}</h2>
${events.length === 0 ? html`<p class="empty">${t(viewer.lang, 'none')}</p>` : html`<ol class="timeline">${events.map(
  (event) => html`<li><details><summary><time>${formatDay(viewer, event.announced_on)}</time> <strong>${event.person}</strong> — ${tDynamic(viewer.lang, `change.${event.change}`, event.change)}${event.role_after ?? event.role_before ? html` · ${event.role_after ?? event.role_before}` : ''}${event.effective ? html` · ${t(viewer.lang, 'effective')} ${/^\d{4}-\d{2}-\d{2}$/u.test(event.effective) ? formatDay(viewer, event.effective) : event.effective}` : ''}</summary>
<blockquote class="evidence">${event.evidence}</blockquote><p><a href="${safeHref(event.url)}" rel="noopener noreferrer" target="_blank">${event.title ?? event.url}</a></p></details></li>`,
)}</ol>`}</section>
<section><h2>${t(viewer.lang, 'fiscalCalendar')}</h2>
<p>${t(viewer.lang, 'fiscalYearEnd')}: ${account.fiscalYearEnd ?? '—'}</p>
${fiscal.length === 0 ? '' : html`<ul class="fiscal">${fiscal.map((entry) => html`<li><time>${formatDay(viewer, entry.date)}</time> ${tDynamic(viewer.lang, `detail.${entry.kind}`, entry.kind)} <small>(${entry.status}: ${entry.basis})</small></li>`)}</ul>`}</section>
<section><h2>${t(viewer.lang, 'windows')}</h2>
${entries.length === 0 ? html`<p class="empty">${t(viewer.lang, 'none')}</p>` : html`<ul class="windows">${entries.map(
  (entry) => html`<li><span class="badge k-${entry.kind}">${entryName(viewer.lang, entry)}</span> ${formatDay(viewer, entry.start)}${entry.end !== entry.start ? html` – ${formatDay(viewer, entry.end)}` : ''}${entry.label ? html` · ${entry.label}` : ''} <small>${entry.basis}</small></li>`,
)}</ul>`}</section>
<section><h2>${t(viewer.lang, 'documents')}</h2>
${documents.length === 0 ? html`<p class="empty">${t(viewer.lang, 'none')}</p>` : html`<ul class="documents">${documents.map(
  (document) => html`<li><time>${formatInstant(viewer, document.published_at)}</time> <a href="${safeHref(document.url)}" rel="noopener noreferrer" target="_blank">${document.title ?? document.url}</a> <small>${document.source_id}${document.status === 'failed' ? html` · ${document.error ?? 'failed'}` : ''}</small></li>`,
)}</ul>`}</section>`;
  return pageLayout(viewer, { title: account.name, nav: 'accounts', path: pathOf(c) }, body);
}

function fiscalCalendar(fiscalYearEnd: string | null, country: string | null, facts: readonly { kind: string; value: string }[], today: string): readonly FiscalCalendarEntry[] {
  if (!fiscalYearEnd) return [];
  const upcoming = (kind: string) => facts.filter((fact) => fact.kind === kind && fact.value >= today).map((fact) => fact.value).sort()[0];
  const earnings = upcoming('earnings_date');
  const agm = upcoming('agm_date');
  try {
    return upcomingFiscalCalendar({ fiscalYearEnd, country, announced: { ...(earnings ? { earnings } : {}), ...(agm ? { agm } : {}) } }, today);
  } catch {
    return [];
  }
}
