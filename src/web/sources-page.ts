/**
 * The sources page: per source, whether it runs and why not, its schedules, last and next run, the last run's
 * counts (crawl_runs.stats) and error, recent runs, and the politeness state of its URLs from crawl_state
 * (robots.txt refusals, throttling answers, URLs backing off after failures).
 */
import type { Context } from 'hono';
import { html } from 'hono/html';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { SourceDefinition } from '../../sources/source-definition.js';
import { nextCronRun } from './cron-next-run.js';
import { formatInstant, resolveViewer } from './i18n.js';
import { t } from './messages.js';
import { pageLayout, type Markup } from './page-layout.js';

const pathOf = (c: Context): string => c.req.url.replace(/^https?:\/\/[^/]+/u, '');

export interface SourcesPageOptions {
  readonly registry: readonly SourceDefinition[];
  /** Whether this process schedules crawls (settings `scheduler`); without it there is no next run. @default true */
  readonly scheduler?: boolean | undefined;
  readonly now?: Date;
}

export async function renderSourcesPage(c: Context, db: Kysely<Database>, options: SourcesPageOptions): Promise<Markup> {
  const { registry } = options;
  const now = options.now ?? new Date();
  const viewer = resolveViewer(c);
  const sources = await db.selectFrom('sources').selectAll().orderBy('id').execute();
  const runs = await db.selectFrom('crawl_runs').selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc').limit(200).execute();
  const states = await db
    .selectFrom('crawl_state')
    .select(['source_id', 'last_outcome', 'last_status', 'next_due_at', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['source_id', 'last_outcome', 'last_status', 'next_due_at'])
    .execute();
  const failures = await db
    .selectFrom('crawl_state')
    .select(['source_id', 'url', 'last_error', 'last_status', 'failure_count', 'next_due_at'])
    .where('last_outcome', 'in', ['failed', 'unusable', 'disallowed'])
    .orderBy('updated_at', 'desc')
    .limit(50)
    .execute();
  const body = html`<h1>${t(viewer.lang, 'sources')}</h1>
${sources.map((source) => {
  const definition = registry.find((candidate) => candidate.id === source.id);
  const own = runs.filter((run) => run.source_id === source.id);
  const last = own[0];
  const mine = states.filter((state) => state.source_id === source.id);
  const total = mine.reduce((sum, state) => sum + Number(state.n), 0);
  const countWhere = (test: (state: (typeof mine)[number]) => boolean) => mine.filter(test).reduce((sum, state) => sum + Number(state.n), 0);
  const disallowed = countWhere((state) => state.last_outcome === 'disallowed');
  const throttled = countWhere((state) => state.last_status === 429 || state.last_status === 503);
  const failing = countWhere((state) => state.last_outcome === 'failed' || state.last_outcome === 'unusable');
  const backingOff = countWhere((state) => state.next_due_at !== null && state.next_due_at > now);
  const errors = failures.filter((failure) => failure.source_id === source.id).slice(0, 5);
  return html`<section class="source-card ${source.enabled ? '' : 'disabled'}" id="source-${source.id}">
<h2>${source.name} <small>${source.id}</small> <span class="badge ${source.enabled ? 'ok' : 'off'}">${source.enabled ? t(viewer.lang, 'enabled') : t(viewer.lang, 'disabled')}</span></h2>
${source.disabled_reason ? html`<p class="warning">${source.disabled_reason}</p>` : ''}
<dl class="facts">
<dt>${t(viewer.lang, 'schedule')}</dt><dd>${definition ? Object.entries(definition.schedules).map(([task, cron]) => html`<code>${task}: ${cron}</code> `) : '—'}</dd>
<dt>${t(viewer.lang, 'lastRun')}</dt><dd>${formatInstant(viewer, source.last_run_at)}${source.last_status ? html` · <span class="status s-${source.last_status}">${source.last_status}</span>` : ''}${source.consecutive_failures > 0 ? html` · ${source.consecutive_failures}× ${t(viewer.lang, 'failing')}` : ''}</dd>
<dt>${t(viewer.lang, 'nextRun')}</dt><dd>${nextRun(source.enabled, source.next_run_at, definition, options.scheduler ?? true, now, (instant) => formatInstant(viewer, instant), t(viewer.lang, 'schedulerOff'))}</dd>
<dt>${t(viewer.lang, 'counts')}</dt><dd>${last ? Object.entries(last.stats).map(([key, value]) => html`<span class="stat">${key} <b>${value}</b></span> `) : '—'}</dd>
<dt>${t(viewer.lang, 'errors')}</dt><dd>${source.last_error ?? last?.error ?? '—'}</dd>
<dt>${t(viewer.lang, 'politeness')}</dt><dd>${t(viewer.lang, 'urlsTracked')} <b>${total}</b> · ${t(viewer.lang, 'disallowed')} <b>${disallowed}</b> · ${t(viewer.lang, 'throttled')} <b>${throttled}</b> · ${t(viewer.lang, 'failing')} <b>${failing}</b> · ${t(viewer.lang, 'backingOff')} <b>${backingOff}</b></dd>
</dl>
${errors.length === 0 ? '' : html`<ul class="errors">${errors.map((error) => html`<li><code>${error.url}</code> ${error.last_status ?? ''} ${error.last_error ?? ''}${error.failure_count > 1 ? ` (${error.failure_count}×)` : ''}</li>`)}</ul>`}
${own.length === 0 ? '' : html`<details><summary>${t(viewer.lang, 'recentRuns')} (${Math.min(own.length, 10)})</summary><div class="table-scroll"><table class="list"><tbody>${own.slice(0, 10).map(
  (run) => html`<tr><td>${formatInstant(viewer, run.started_at)}</td><td>${run.trigger}</td><td class="status s-${run.status}">${run.status}</td><td>${Object.entries(run.stats).map(([key, value]) => `${key}=${value}`).join(' ')}</td><td>${run.error ?? ''}</td></tr>`,
)}</tbody></table></div></details>`}
</section>`;
})}`;
  return pageLayout(viewer, { title: t(viewer.lang, 'sources'), nav: 'sources', path: pathOf(c) }, body);
}

/** The stored next run, else the earliest of the source's schedules (UTC) — when it runs at all. */
function nextRun(
  enabled: boolean,
  stored: Date | null,
  definition: SourceDefinition | undefined,
  scheduler: boolean,
  now: Date,
  format: (instant: Date) => string,
  off: string,
): string {
  if (!enabled) return '—';
  if (!scheduler) return off;
  if (stored && stored > now) return format(stored);
  const times = Object.values(definition?.schedules ?? {})
    .map((cron) => nextCronRun(cron, now))
    .filter((time): time is Date => time !== null)
    .sort((a, b) => a.getTime() - b.getTime());
  return times[0] ? format(times[0]) : '—';
}
