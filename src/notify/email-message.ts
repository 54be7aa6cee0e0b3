/**
 * E-mail bodies (plain text and HTML) for an alert and for a digest. Every value that came from a crawled
 * page or the CRM is HTML-escaped, and links are only ever http(s); the subject is one line (nodemailer encodes
 * non-ASCII subjects as RFC 2047 UTF-8 words).
 */
import { safeLink, type AlertView } from './alert-view.js';
import type { DigestContent, DigestItem } from './digest-types.js';
import { changeLabel, formatAmount, formatDay, formatEffective, formatInstant, word, type Locale } from './notify-i18n.js';
import { alertHeadline, digestTitle, windowText } from './slack-message.js';

export interface EmailMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export function escapeHtml(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;').replace(/'/gu, '&#39;');
}

const oneLine = (value: string): string => value.replace(/[\r\n\t]+/gu, ' ').replace(/\s{2,}/gu, ' ').trim();

function htmlLink(url: string | null, label: string): string {
  const safe = safeLink(url);
  return safe ? `<a href="${escapeHtml(safe)}">${escapeHtml(label)}</a>` : escapeHtml(label);
}

function page(lang: string, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body style="font-family:sans-serif;line-height:1.5">${body}</body></html>`;
}

export function alertEmail(view: AlertView, locale: Locale): EmailMessage {
  const lang = locale.language;
  const headline = alertHeadline(view, locale);
  const role = view.roleBefore && view.roleAfter ? `${view.roleBefore} → ${view.roleAfter}` : (view.roleAfter ?? view.roleBefore);
  const people = view.keyPeople.map((person) => `${person.name}${person.title ? ` (${person.title})` : ''}`).join(', ');
  const rows: Array<[string, string]> = view.window
    ? [
        [word(lang, 'window'), windowText(view, locale)],
        [word(lang, 'account'), view.account?.name ?? view.company ?? word(lang, 'unknown')],
        [word(lang, 'arr'), formatAmount(lang, view.account?.arr)],
        [word(lang, 'renewal'), view.account?.renewalDate ? formatDay(lang, view.account.renewalDate) : word(lang, 'unknown')],
        ...(people ? [[word(lang, 'keyPeople'), people] as [string, string]] : []),
      ]
    : [
    [word(lang, 'who'), `${view.person ?? '?'}${role ? ` (${role})` : ''}`],
    [word(lang, 'change'), view.change ? changeLabel(lang, view.change) : word(lang, 'unknown')],
    [word(lang, 'effective'), formatEffective(lang, view.effective)],
    [word(lang, 'account'), view.account?.name ?? view.company ?? word(lang, 'unknown')],
    [word(lang, 'arr'), formatAmount(lang, view.account?.arr)],
    [word(lang, 'renewal'), view.account?.renewalDate ? formatDay(lang, view.account.renewalDate) : word(lang, 'unknown')],
  ];
  if (view.window) return nudgeEmail(view, locale, headline, rows);
  if (view.contact?.name) rows.push([word(lang, 'contact'), `${view.contact.name}${view.contact.title ? `, ${view.contact.title}` : ''}`]);
  if (view.announced) rows.push([word(lang, 'announced'), formatDay(lang, view.announced)]);
  const evidence = view.evidence ? oneLine(view.evidence) : null;
  const sourceLabel = view.documentTitle ?? view.documentUrl ?? '';
  const footer = word(lang, 'footer', { key: view.idempotencyKey });

  const text = [
    headline,
    '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
    ...(evidence ? ['', `${word(lang, 'evidence')}:`, `> ${evidence}`] : []),
    ...(view.documentUrl ? ['', `${word(lang, 'source')}: ${sourceLabel}`, view.documentUrl] : []),
    '',
    `${word(lang, 'openAlert')}: ${view.dashboardUrl}`,
    '',
    `-- ${footer}`,
  ].join('\n');

  const html = page(
    lang,
    headline,
    [
      `<h2>${escapeHtml(headline)}</h2>`,
      `<table cellpadding="4">${rows.map(([label, value]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>`,
      evidence ? `<p><strong>${escapeHtml(word(lang, 'evidence'))}</strong></p><blockquote>${escapeHtml(evidence)}</blockquote>` : '',
      sourceLabel ? `<p>${escapeHtml(word(lang, 'source'))}: ${htmlLink(view.documentUrl, sourceLabel)}</p>` : '',
      `<p>${htmlLink(view.dashboardUrl, word(lang, 'openAlert'))}</p>`,
      `<p style="color:#777;font-size:small">${escapeHtml(footer)}</p>`,
    ].join(''),
  );
  return { subject: oneLine(`[ExecRadar] ${headline}`), text, html };
}

function nudgeEmail(view: AlertView, locale: Locale, headline: string, rows: ReadonlyArray<readonly [string, string]>): EmailMessage {
  const lang = locale.language;
  const basis = view.window?.basis ?? view.evidence;
  const footer = word(lang, 'footer', { key: view.idempotencyKey });
  const text = [
    headline,
    '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
    ...(basis ? ['', `${word(lang, 'why')}: ${oneLine(basis)}`] : []),
    ...(view.playbook.length > 0 ? ['', `${word(lang, 'playbook')}:`, ...view.playbook.map((step) => `- ${oneLine(step)}`)] : []),
    '',
    `${word(lang, 'openAlert')}: ${view.dashboardUrl}`,
    '',
    `-- ${footer}`,
  ].join('\n');
  const html = page(
    lang,
    headline,
    [
      `<h2>${escapeHtml(headline)}</h2>`,
      `<table cellpadding="4">${rows.map(([label, value]) => `<tr><th align="left">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`).join('')}</table>`,
      basis ? `<p><strong>${escapeHtml(word(lang, 'why'))}</strong>: ${escapeHtml(oneLine(basis))}</p>` : '',
      view.playbook.length > 0 ? `<p><strong>${escapeHtml(word(lang, 'playbook'))}</strong></p><ul>${view.playbook.map((step) => `<li>${escapeHtml(step)}</li>`).join('')}</ul>` : '',
      `<p>${htmlLink(view.dashboardUrl, word(lang, 'openAlert'))}</p>`,
      `<p style="color:#777;font-size:small">${escapeHtml(footer)}</p>`,
    ].join(''),
  );
  return { subject: oneLine(`[ExecRadar] ${headline}`), text, html };
}

function itemWords(item: DigestItem, locale: Locale): { readonly head: string; readonly what: string } {
  const lang = locale.language;
  const account = item.accountName && item.accountName !== item.company ? `${item.company} / ${item.accountName}` : item.company;
  const when = item.end && item.end !== item.date ? `${formatDay(lang, item.date ?? '')} – ${formatDay(lang, item.end)}` : item.date ? formatDay(lang, item.date) : formatEffective(lang, item.effective);
  const head = `${account} · ${word(lang, 'arrAtRisk')} ${formatAmount(lang, item.arr)}`;
  if (item.kind === 'alert' || item.kind === 'announced_change') {
    const label = item.kind === 'alert' ? word(lang, 'alertItem') : word(lang, 'announcedChange');
    return { head, what: `${label}: ${item.person ?? '?'}${item.role ? ` (${item.role})` : ''} — ${item.change ? changeLabel(lang, item.change) : ''}, ${when}` };
  }
  const label = item.kind === 'reshuffle_window' ? word(lang, 'reshuffleWindow') : item.kind === 'budget_window' ? word(lang, 'budgetWindow') : word(lang, 'renewalWindow');
  return { head, what: `${label}: ${when}${item.basis ? ` — ${item.basis}` : ''}` };
}

export function digestEmail(content: DigestContent, locale: Locale, publicUrl: string, idempotencyKey: string): EmailMessage {
  const lang = locale.language;
  const title = digestTitle(content, locale);
  const generated = word(lang, 'generated', { time: formatInstant(locale, new Date(content.generatedAt)) });
  const base = publicUrl.replace(/\/+$/u, '');
  const alertUrl = (item: DigestItem): string | null => (item.alertId !== null ? `${base}/alerts/${item.alertId}` : null);
  const lines = content.items.map((item) => {
    const { head, what } = itemWords(item, locale);
    return [`* ${oneLine(head)}`, `  ${oneLine(what)}`, ...[alertUrl(item), safeLink(item.url)].filter((url): url is string => url !== null).map((url) => `  ${url}`)].join('\n');
  });
  const footer = word(lang, 'footer', { key: idempotencyKey });
  const text = [title, generated, '', ...(lines.length > 0 ? lines : [word(lang, 'nothing')]), '', `${base}/alerts`, '', `-- ${footer}`].join('\n');
  const items = content.items
    .map((item) => {
      const { head, what } = itemWords(item, locale);
      const links = [alertUrl(item) ? htmlLink(alertUrl(item), word(lang, 'openAlert')) : null, safeLink(item.url) ? htmlLink(item.url, word(lang, 'source')) : null].filter(Boolean).join(' · ');
      return `<li><strong>${escapeHtml(head)}</strong><br>${escapeHtml(what)}${links ? `<br>${links}` : ''}</li>`;
    })
    .join('');
  const html = page(
    lang,
    title,
    `<h2>${escapeHtml(title)}</h2><p style="color:#777">${escapeHtml(generated)}</p>${items ? `<ol>${items}</ol>` : `<p>${escapeHtml(word(lang, 'nothing'))}</p>`}<p>${htmlLink(`${base}/alerts`, word(lang, 'openAlert'))}</p><p style="color:#777;font-size:small">${escapeHtml(footer)}</p>`,
  );
  return { subject: oneLine(`[ExecRadar] ${title}`), text, html };
}
