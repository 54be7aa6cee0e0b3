/**
 * Digest contents from the database. The leadership digest lists what is coming in the next N days for customer
 * companies — alerts, announced changes with an effective day ahead, reshuffle and budget windows — largest ARR
 * at risk first. The CSM daily digest lists the alerts an owner chose to receive once a day.
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { alertView } from './alert-view.js';
import type { DigestWindowLoader } from './digest-windows.js';
import { compareDigestItems, type DigestContent, type DigestItem } from './digest-types.js';

type Db = Kysely<Database> | Transaction<Database>;

interface CompanyMoney {
  readonly arr: number | null;
  readonly accountName: string;
  readonly renewalDate: string | null;
}

export const addDaysTo = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const roleOf = (before: string | null, after: string | null): string | null => (before && after ? `${before} → ${after}` : (after ?? before));

async function customerCompanies(db: Db): Promise<Map<number, CompanyMoney & { readonly name: string }>> {
  const rows = await db
    .selectFrom('accounts')
    .innerJoin('companies', 'companies.id', 'accounts.company_id')
    .select(['accounts.company_id as companyId', 'companies.name as companyName', 'accounts.name', 'accounts.arr', 'accounts.renewal_date'])
    .orderBy('accounts.id')
    .execute();
  const byCompany = new Map<number, CompanyMoney & { name: string }>();
  for (const row of rows) {
    if (row.companyId === null) continue;
    const known = byCompany.get(row.companyId);
    const arr = row.arr === null ? (known?.arr ?? null) : (known?.arr ?? 0) + Number(row.arr);
    const renewal = [known?.renewalDate, row.renewal_date].filter((day): day is string => !!day).sort()[0] ?? null;
    byCompany.set(row.companyId, { name: row.companyName, accountName: known ? `${known.accountName}, ${row.name}` : row.name, arr, renewalDate: renewal });
  }
  return byCompany;
}

export interface LeadershipDigestOptions {
  /** First day covered (the reader's today). */
  readonly today: string;
  readonly horizonDays: number;
  /** Alerts raised since then are listed even without an effective day ahead (the week since the last digest). */
  readonly alertsSince: Date;
  readonly generatedAt: Date;
  /** Reshuffle/budget windows; null leaves them out. */
  readonly windows: DigestWindowLoader | null;
}

export async function buildLeadershipDigest(db: Db, options: LeadershipDigestOptions): Promise<DigestContent> {
  const end = addDaysTo(options.today, options.horizonDays);
  const companies = await customerCompanies(db);
  const items: DigestItem[] = [];
  const alerts = await db
    .selectFrom('alerts')
    .leftJoin('officer_events', 'officer_events.id', 'alerts.event_id')
    .select(['alerts.id', 'alerts.kind', 'alerts.recipient', 'alerts.idempotency_key', 'alerts.created_at', 'alerts.payload', 'alerts.event_id', 'officer_events.effective_date', 'officer_events.company_id'])
    .where('alerts.status', 'in', ['open', 'confirmed', 'snoozed'])
    .where((eb) => eb.or([eb('alerts.created_at', '>=', options.alertsSince), eb.and([eb('officer_events.effective_date', '>=', options.today), eb('officer_events.effective_date', '<=', end)])]))
    .orderBy('alerts.id')
    .execute();
  const coveredEvents = new Set<number>();
  for (const alert of alerts) {
    const view = alertView(alert, '');
    if (alert.event_id !== null) coveredEvents.add(alert.event_id);
    const company = alert.company_id !== null ? companies.get(alert.company_id) : undefined;
    items.push({
      kind: 'alert',
      company: view.company ?? company?.name ?? '?',
      accountName: view.account?.name ?? company?.accountName ?? null,
      arr: view.account?.arr ?? company?.arr ?? null,
      renewalDate: view.account?.renewalDate ?? company?.renewalDate ?? null,
      date: alert.effective_date,
      end: null,
      person: view.person,
      change: view.change,
      role: roleOf(view.roleBefore, view.roleAfter),
      effective: view.effective,
      contactName: view.contact?.name ?? null,
      basis: view.evidence,
      url: view.documentUrl,
      alertId: alert.id,
    });
  }
  const companyIds = [...companies.keys()];
  if (companyIds.length > 0) {
    const events = await db
      .selectFrom('officer_events')
      .innerJoin('documents', 'documents.id', 'officer_events.document_id')
      .select(['officer_events.id', 'officer_events.company_id', 'officer_events.person', 'officer_events.person_key', 'officer_events.change', 'officer_events.role_before', 'officer_events.role_after', 'officer_events.effective', 'officer_events.effective_date', 'officer_events.evidence', 'documents.url'])
      .where('officer_events.company_id', 'in', companyIds)
      .where('officer_events.effective_date', '>=', options.today)
      .where('officer_events.effective_date', '<=', end)
      .orderBy('officer_events.id')
      .execute();
    const seen = new Set<string>();
    for (const event of events) {
      // The same change is often disclosed twice (a press release and a filing): list it once.
      const identity = `${event.company_id}:${event.person_key}:${event.change}`;
      if (coveredEvents.has(event.id) || seen.has(identity)) continue;
      seen.add(identity);
      const company = companies.get(event.company_id!)!;
      items.push({
        kind: 'announced_change',
        company: company.name,
        accountName: company.accountName,
        arr: company.arr,
        renewalDate: company.renewalDate,
        date: event.effective_date,
        end: null,
        person: event.person,
        change: event.change,
        role: roleOf(event.role_before, event.role_after),
        effective: event.effective,
        contactName: null,
        basis: event.evidence,
        url: event.url,
        alertId: null,
      });
    }
  }
  if (options.windows) {
    const accounts = await db.selectFrom('accounts').select(['id', 'name', 'arr', 'renewal_date']).execute();
    const byAccount = new Map(accounts.map((account) => [account.id, account]));
    for (const window of await options.windows({ from: options.today, to: end })) {
      const company = companies.get(window.companyId);
      if (!company) continue;
      const account = window.accountId ? byAccount.get(window.accountId) : undefined;
      items.push({
        kind: window.kind,
        company: company.name,
        accountName: account?.name ?? company.accountName,
        arr: account ? account.arr : company.arr,
        renewalDate: account ? account.renewal_date : company.renewalDate,
        date: window.start,
        end: window.end,
        person: null,
        change: null,
        role: null,
        effective: null,
        contactName: null,
        basis: window.basis,
        url: null,
        alertId: null,
      });
    }
  }
  return { kind: 'leadership_weekly', periodStart: options.today, periodEnd: end, generatedAt: options.generatedAt.toISOString(), items: items.sort(compareDigestItems) };
}

/** The daily digest of one owner: the given alerts, largest ARR first. */
export async function buildCsmDigest(db: Db, alertIds: readonly number[], day: string, generatedAt: Date): Promise<DigestContent> {
  const alerts =
    alertIds.length === 0
      ? []
      : await db
          .selectFrom('alerts')
          .leftJoin('officer_events', 'officer_events.id', 'alerts.event_id')
          .select(['alerts.id', 'alerts.kind', 'alerts.recipient', 'alerts.idempotency_key', 'alerts.created_at', 'alerts.payload', 'officer_events.effective_date'])
          .where('alerts.id', 'in', [...alertIds])
          .orderBy('alerts.id')
          .execute();
  const items = alerts.map((alert): DigestItem => {
    const view = alertView(alert, '');
    return {
      kind: 'alert',
      company: view.company ?? view.account?.name ?? '?',
      accountName: view.account?.name ?? null,
      arr: view.account?.arr ?? null,
      renewalDate: view.account?.renewalDate ?? null,
      date: alert.effective_date,
      end: null,
      person: view.person,
      change: view.change,
      role: roleOf(view.roleBefore, view.roleAfter),
      effective: view.effective,
      contactName: view.contact?.name ?? null,
      basis: view.evidence,
      url: view.documentUrl,
      alertId: alert.id,
    };
  });
  return { kind: 'csm_daily', periodStart: day, periodEnd: day, generatedAt: generatedAt.toISOString(), items: items.sort(compareDigestItems) };
}
