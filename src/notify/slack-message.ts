/**
 * Slack Block Kit messages for an alert and for a digest. Everything from crawled data or the CRM is escaped
 * for mrkdwn (`&`, `<`, `>`), so a disclosure cannot ping `@channel` or forge a link; text is cut to Slack's
 * per-block limits rather than having the whole message rejected.
 */
import { safeLink, type AlertView } from './alert-view.js';
import type { DigestContent, DigestItem } from './digest-types.js';
import { changeLabel, formatAmount, formatDay, formatEffective, formatInstant, kindLabel, word, type Locale } from './notify-i18n.js';
import type { SlackTarget } from './notify-settings.js';

export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly Record<string, unknown>[];
}

/** Slack's limits: header 150, section text 3000, field 2000, 50 blocks. */
const HEADER_MAX = 150;
const TEXT_MAX = 3000;
const FIELD_MAX = 2000;
const MAX_DIGEST_ITEMS = 40;

export function escapeMrkdwn(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

const cut = (value: string, max: number): string => (value.length <= max ? value : `${value.slice(0, max - 1)}…`);

const plain = (value: string, max = HEADER_MAX) => ({ type: 'plain_text', text: cut(value, max), emoji: true });
const mrkdwn = (value: string, max = TEXT_MAX) => ({ type: 'mrkdwn', text: cut(value, max) });

function link(url: string | null, label: string): string {
  const safe = safeLink(url);
  return safe ? `<${safe.replace(/[|>]/gu, encodeURIComponent)}|${escapeMrkdwn(label)}>` : escapeMrkdwn(label);
}

function roleText(before: string | null, after: string | null): string | null {
  if (before && after) return `${before} → ${after}`;
  return after ?? before;
}

/** A short one-line statement of the alert, also used as the e-mail subject and the notification text. */
export function alertHeadline(view: AlertView, locale: Locale): string {
  if (view.window) return `${kindLabel(locale.language, view.kind)}${locale.language === 'ja' ? '：' : ': '}${view.company ?? view.account?.name ?? '?'}`.replace(/\s+/gu, ' ').trim();
  const person = view.person ?? view.contact?.name ?? '?';
  const company = view.company ?? view.account?.name ?? '';
  const separator = locale.language === 'ja' ? '：' : ': ';
  const where = company ? (locale.language === 'ja' ? `（${company}）` : ` (${company})`) : '';
  return `${kindLabel(locale.language, view.kind)}${separator}${person}${where}`.replace(/\s+/gu, ' ').trim();
}

/** The window text of a nudge: `Apr 1, 2027 – Apr 30, 2027`. */
export function windowText(view: AlertView, locale: Locale): string {
  const start = view.window?.start ? formatDay(locale.language, view.window.start) : word(locale.language, 'unknown');
  const end = view.window?.end && view.window.end !== view.window.start ? ` – ${formatDay(locale.language, view.window.end)}` : '';
  return `${start}${end}`;
}

function nudgeSlackMessage(view: AlertView, locale: Locale, target: SlackTarget | null): SlackMessage {
  const lang = locale.language;
  const people = view.keyPeople.map((person) => `${person.name}${person.title ? ` (${person.title})` : ''}`).join(', ');
  const fields = [
    `*${word(lang, 'window')}*\n${escapeMrkdwn(windowText(view, locale))}`,
    `*${word(lang, 'account')}*\n${escapeMrkdwn(view.account?.name ?? view.company ?? word(lang, 'unknown'))}`,
    `*${word(lang, 'arr')}*\n${escapeMrkdwn(formatAmount(lang, view.account?.arr))}`,
    `*${word(lang, 'renewal')}*\n${escapeMrkdwn(view.account?.renewalDate ? formatDay(lang, view.account.renewalDate) : word(lang, 'unknown'))}`,
    ...(people ? [`*${word(lang, 'keyPeople')}*\n${escapeMrkdwn(people)}`] : []),
  ].map((field) => mrkdwn(field, FIELD_MAX));
  const blocks: Record<string, unknown>[] = [{ type: 'header', text: plain(alertHeadline(view, locale)) }];
  if (target?.mention) blocks.push({ type: 'section', text: mrkdwn(`<@${target.mention}>`) });
  blocks.push({ type: 'section', fields });
  const basis = view.window?.basis ?? view.evidence;
  if (basis) blocks.push({ type: 'section', text: mrkdwn(`*${word(lang, 'why')}*\n${escapeMrkdwn(basis)}`) });
  if (view.playbook.length > 0) blocks.push({ type: 'section', text: mrkdwn(`*${word(lang, 'playbook')}*\n${view.playbook.map((step) => `• ${escapeMrkdwn(step)}`).join('\n')}`) });
  blocks.push({ type: 'actions', elements: [{ type: 'button', action_id: 'open_alert', style: 'primary', text: plain(word(lang, 'openAlert'), 75), url: view.dashboardUrl }] });
  return { text: alertHeadline(view, locale), blocks };
}

export function alertSlackMessage(view: AlertView, locale: Locale, target: SlackTarget | null = null): SlackMessage {
  if (view.window) return nudgeSlackMessage(view, locale, target);
  const lang = locale.language;
  const role = roleText(view.roleBefore, view.roleAfter);
  const who = `${view.person ?? '?'}${role ? ` (${role})` : ''}`;
  const contact = view.contact?.name ? `\n${word(lang, 'contact')}: ${view.contact.name}${view.contact.title ? `, ${view.contact.title}` : ''}` : '';
  const fields = [
    `*${word(lang, 'who')}*\n${escapeMrkdwn(who + contact)}`,
    `*${word(lang, 'change')}*\n${escapeMrkdwn(view.change ? changeLabel(lang, view.change) : word(lang, 'unknown'))}`,
    `*${word(lang, 'effective')}*\n${escapeMrkdwn(formatEffective(lang, view.effective))}`,
    `*${word(lang, 'account')}*\n${escapeMrkdwn(view.account?.name ?? view.company ?? word(lang, 'unknown'))}`,
    `*${word(lang, 'arr')}*\n${escapeMrkdwn(formatAmount(lang, view.account?.arr))}`,
    `*${word(lang, 'renewal')}*\n${escapeMrkdwn(view.account?.renewalDate ? formatDay(lang, view.account.renewalDate) : word(lang, 'unknown'))}`,
  ].map((field) => mrkdwn(field, FIELD_MAX));
  const blocks: Record<string, unknown>[] = [{ type: 'header', text: plain(alertHeadline(view, locale)) }];
  if (target?.mention) blocks.push({ type: 'section', text: mrkdwn(`<@${target.mention}>`) });
  blocks.push({ type: 'section', fields });
  if (view.evidence) {
    const quote = escapeMrkdwn(view.evidence.replace(/\s+/gu, ' ').trim());
    blocks.push({ type: 'section', text: mrkdwn(`*${word(lang, 'evidence')}*\n>${cut(quote, TEXT_MAX - 40)}`) });
  }
  const sourceLabel = view.documentTitle ?? view.documentUrl ?? '';
  const announced = view.announced ? ` · ${word(lang, 'announced')} ${formatDay(lang, view.announced)}` : '';
  if (sourceLabel) blocks.push({ type: 'context', elements: [mrkdwn(`${word(lang, 'source')}: ${link(view.documentUrl, cut(sourceLabel, 200))}${escapeMrkdwn(announced)}`)] });
  const buttons: Record<string, unknown>[] = [{ type: 'button', action_id: 'open_alert', style: 'primary', text: plain(word(lang, 'openAlert'), 75), url: view.dashboardUrl }];
  const source = safeLink(view.documentUrl);
  if (source) buttons.push({ type: 'button', action_id: 'open_source', text: plain(word(lang, 'openSource'), 75), url: source });
  blocks.push({ type: 'actions', elements: buttons });
  return { text: alertHeadline(view, locale), blocks };
}

function digestItemLine(item: DigestItem, locale: Locale, publicUrl: string): string {
  const lang = locale.language;
  const account = item.accountName && item.accountName !== item.company ? `${item.company} / ${item.accountName}` : item.company;
  const head = `*${escapeMrkdwn(account)}* · ${word(lang, 'arrAtRisk')} ${escapeMrkdwn(formatAmount(lang, item.arr))}`;
  const when = item.end && item.end !== item.date ? `${formatDay(lang, item.date ?? '')} – ${formatDay(lang, item.end)}` : item.date ? formatDay(lang, item.date) : formatEffective(lang, item.effective);
  let what: string;
  if (item.kind === 'alert' || item.kind === 'announced_change') {
    const label = item.kind === 'alert' ? word(lang, 'alertItem') : word(lang, 'announcedChange');
    const person = `${item.person ?? '?'}${item.role ? ` (${item.role})` : ''}`;
    what = `${label}: ${escapeMrkdwn(person)} — ${escapeMrkdwn(item.change ? changeLabel(lang, item.change) : '')}, ${escapeMrkdwn(when)}`;
  } else {
    const label = item.kind === 'reshuffle_window' ? word(lang, 'reshuffleWindow') : item.kind === 'budget_window' ? word(lang, 'budgetWindow') : word(lang, 'renewalWindow');
    what = `${label}: ${escapeMrkdwn(when)}${item.basis ? ` — ${escapeMrkdwn(item.basis)}` : ''}`;
  }
  const links = [item.alertId !== null ? link(`${publicUrl.replace(/\/+$/u, '')}/alerts/${item.alertId}`, word(lang, 'openAlert')) : null, item.url ? link(item.url, word(lang, 'source')) : null].filter(Boolean);
  return `${head}\n${what}${links.length > 0 ? `\n${links.join(' · ')}` : ''}`;
}

export function digestTitle(content: DigestContent, locale: Locale): string {
  return content.kind === 'leadership_weekly'
    ? word(locale.language, 'leadershipTitle', { days: daysBetween(content.periodStart, content.periodEnd) })
    : word(locale.language, 'dailyTitle', { date: formatDay(locale.language, content.periodStart) });
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function digestSlackMessage(content: DigestContent, locale: Locale, publicUrl: string): SlackMessage {
  const lang = locale.language;
  const title = digestTitle(content, locale);
  const blocks: Record<string, unknown>[] = [
    { type: 'header', text: plain(title) },
    { type: 'context', elements: [mrkdwn(escapeMrkdwn(word(lang, 'generated', { time: formatInstant(locale, new Date(content.generatedAt)) })))] },
  ];
  if (content.items.length === 0) blocks.push({ type: 'section', text: mrkdwn(word(lang, 'nothing')) });
  for (const item of content.items.slice(0, MAX_DIGEST_ITEMS)) blocks.push({ type: 'section', text: mrkdwn(digestItemLine(item, locale, publicUrl)) });
  const rest = content.items.length - MAX_DIGEST_ITEMS;
  if (rest > 0) blocks.push({ type: 'context', elements: [mrkdwn(lang === 'ja' ? `ほか${rest}件` : `and ${rest} more`)] });
  blocks.push({ type: 'actions', elements: [{ type: 'button', action_id: 'open_dashboard', text: plain(word(lang, 'openAlert'), 75), url: `${publicUrl.replace(/\/+$/u, '')}/alerts` }] });
  return { text: title, blocks };
}
