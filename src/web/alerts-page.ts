/**
 * The alerts inbox and one alert's page: who, what, the evidence quote and the source document, and the four
 * actions as plain POST forms (same-origin checked; the session cookie is SameSite=Strict).
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { findAlert, listInbox, type InboxAlert } from './alert-queries.js';
import { formatDay, formatInstant, formatMoney, resolveViewer, type Viewer } from './i18n.js';
import { t, tDynamic } from './messages.js';
import { pageLayout, type Markup } from './page-layout.js';
import { safeHref } from './safe-href.js';

const pathOf = (c: Context): string => c.req.url.replace(/^https?:\/\/[^/]+/u, '');

export async function renderAlertsPage(c: Context, db: Kysely<Database>): Promise<Markup> {
  const viewer = resolveViewer(c);
  const owner = c.req.query('owner') || undefined;
  const alerts = await listInbox(db, { owner });
  const owners = (await db.selectFrom('alerts').select('recipient').distinct().where('recipient', 'is not', null).orderBy('recipient').execute()).map((row) => row.recipient!);
  const body = html`<div class="page-head"><h1>${t(viewer.lang, 'openAlerts')} <span class="count">${alerts.length}</span></h1>
<form class="filters" method="get" action="/alerts"><label>${t(viewer.lang, 'owner')} <select name="owner"><option value="">${t(viewer.lang, 'all')}</option>${owners.map(
    (value) => html`<option value="${value}"${value === owner ? html` selected` : ''}>${value}</option>`,
  )}</select></label> <button type="submit">${t(viewer.lang, 'filter')}</button></form></div>
${alerts.length === 0 ? html`<p class="empty">${t(viewer.lang, 'noAlerts')}</p>` : html`<ol class="alerts">${alerts.map((alert) => html`<li>${alertCard(viewer, alert, false)}</li>`)}</ol>`}`;
  return pageLayout(viewer, { title: t(viewer.lang, 'alerts'), nav: 'alerts', path: pathOf(c) }, body);
}

export async function renderAlertPage(c: Context, db: Kysely<Database>, id: number): Promise<Markup | null> {
  const alert = await findAlert(db, id);
  if (!alert) return null;
  const viewer = resolveViewer(c);
  const p = alert.payload;
  const body = html`${alertCard(viewer, alert, true)}
<section class="match"><h2>${t(viewer.lang, 'match')}</h2>
<p>${typeof p.match?.score === 'number' ? `${Math.round(p.match.score * 100)}%` : '—'}</p>
<ul>${(p.match?.reasons ?? []).map((reason) => html`<li>${reason}</li>`)}</ul></section>`;
  return pageLayout(viewer, { title: `${t(viewer.lang, 'alerts')} #${alert.id}`, nav: 'alerts', path: pathOf(c) }, body);
}

function alertCard(viewer: Viewer, alert: InboxAlert, full: boolean): Markup {
  const p = alert.payload;
  const role = p.roleAfter ?? p.roleBefore ?? '';
  const change = p.change ? tDynamic(viewer.lang, `change.${p.change}`, p.change) : '';
  const accountLink = alert.accountId ?? p.account?.id;
  return html`<article class="alert-card" id="alert-${alert.id}">
<header><span class="badge a-${alert.kind}">${tDynamic(viewer.lang, `alertKind.${alert.kind}`, alert.kind)}</span>
${full ? html`<h1 class="person">${p.person ?? ''}${p.personReading ? html` <small>(${p.personReading})</small>` : ''}</h1>` : html`<h2 class="person"><a href="/alerts/${alert.id}">${p.person ?? ''}</a>${p.personReading ? html` <small>(${p.personReading})</small>` : ''}</h2>`}
<p class="what">${change}${role ? html` · ${role}` : ''} — ${p.company ?? ''}</p></header>
<dl class="facts">
<dt>${t(viewer.lang, 'contact')}</dt><dd>${p.contact?.name ?? ''}${p.contact?.title ? html` (${p.contact.title})` : ''}${accountLink ? html` · <a href="/accounts/${encodeURIComponent(accountLink)}">${p.account?.name ?? accountLink}</a>` : ''}</dd>
${p.account?.arr !== undefined && p.account.arr !== null ? html`<dt>${t(viewer.lang, 'arr')}</dt><dd>${formatMoney(viewer, p.account.arr)}${p.account.renewalDate ? html` · ${t(viewer.lang, 'renewal')} ${formatDay(viewer, p.account.renewalDate)}` : ''}</dd>` : ''}
<dt>${t(viewer.lang, 'announced')}</dt><dd>${formatDay(viewer, p.announced)}</dd>
<dt>${t(viewer.lang, 'effective')}</dt><dd>${p.effective && /^\d{4}-\d{2}-\d{2}$/u.test(p.effective) ? formatDay(viewer, p.effective) : (p.effective ?? '—')}</dd>
<dt>${t(viewer.lang, 'owner')}</dt><dd>${alert.recipient ?? '—'}${alert.assignedTo ? html` · ${t(viewer.lang, 'assignedTo')}: ${alert.assignedTo}` : ''}</dd>
${alert.status !== 'open' ? html`<dt>${t(viewer.lang, 'status')}</dt><dd>${alert.status}${alert.snoozedUntil ? html` (${formatInstant(viewer, alert.snoozedUntil)})` : ''}</dd>` : ''}
</dl>
<blockquote class="evidence" lang="${/[\u3040-\u30ff\u4e00-\u9fff]/u.test(p.evidence ?? '') ? 'ja' : 'en'}">${p.evidence ?? ''}</blockquote>
<p class="source">${t(viewer.lang, 'source')}: <a href="${safeHref(p.documentUrl)}" rel="noopener noreferrer" target="_blank">${p.documentTitle ?? p.documentUrl ?? ''}</a></p>
${actions(viewer, alert)}
</article>`;
}

function actions(viewer: Viewer, alert: InboxAlert): Markup {
  const to = (verb: string) => `/alerts/${alert.id}/${verb}`;
  return html`<div class="actions">
<form method="post" action="${to('confirm')}"><button type="submit" class="primary">${t(viewer.lang, 'confirm')}</button></form>
<form method="post" action="${to('dismiss')}"><button type="submit">${t(viewer.lang, 'dismiss')}</button></form>
<form method="post" action="${to('assign')}" class="inline"><label>${t(viewer.lang, 'assignTo')} <input type="email" name="assignee" value="${alert.assignedTo ?? ''}" autocomplete="email"></label><button type="submit">${t(viewer.lang, 'assign')}</button></form>
<form method="post" action="${to('snooze')}" class="inline"><label>${t(viewer.lang, 'snooze')} <select name="days"><option value="1">1 ${t(viewer.lang, 'days')}</option><option value="7" selected>7 ${t(viewer.lang, 'days')}</option><option value="30">30 ${t(viewer.lang, 'days')}</option></select></label><button type="submit">${t(viewer.lang, 'snooze')}</button></form>
</div>`;
}
