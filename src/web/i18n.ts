/**
 * The dashboard's two languages: the viewer's choice (`?lang=` sets a cookie), else the browser's
 * Accept-Language. Dates are formatted in the viewer's locale (its full tag, e.g. en-GB), not the server's.
 */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export type Lang = 'en' | 'ja';

export interface Viewer {
  readonly lang: Lang;
  /** BCP 47 tag for Intl, e.g. `ja-JP`, `en-GB`. */
  readonly locale: string;
}

const LANG_COOKIE = 'execradar_lang';

function firstAcceptedLocale(header: string | undefined): string | null {
  if (!header) return null;
  const tags = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/u.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? null;
    } catch {
      // not a valid tag: try the next
    }
  }
  return null;
}

export function resolveViewer(c: Context): Viewer {
  const asked = c.req.query('lang');
  const accepted = firstAcceptedLocale(c.req.header('accept-language'));
  let lang: Lang;
  if (asked === 'en' || asked === 'ja') {
    setCookie(c, LANG_COOKIE, asked, { httpOnly: true, sameSite: 'Strict', path: '/', maxAge: 60 * 60 * 24 * 365 });
    lang = asked;
  } else {
    const cookie = getCookie(c, LANG_COOKIE);
    lang = cookie === 'en' || cookie === 'ja' ? cookie : accepted?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  }
  // Keep the browser's regional format when it speaks the chosen language.
  const locale = accepted && accepted.toLowerCase().startsWith(lang) ? accepted : lang === 'ja' ? 'ja-JP' : 'en-US';
  return { lang, locale };
}

/** `YYYY-MM-DD` (a calendar date, no time zone) in the viewer's locale. */
export function formatDay(viewer: Viewer, day: string | null | undefined): string {
  if (!day) return '—';
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(viewer.locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(date);
}

/** An instant in the viewer's locale (server time zone: the dashboard runs where its team is). */
export function formatInstant(viewer: Viewer, instant: Date | string | null | undefined): string {
  if (!instant) return '—';
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) return String(instant);
  return new Intl.DateTimeFormat(viewer.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatMoney(viewer: Viewer, amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return '—';
  return new Intl.NumberFormat(viewer.locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(amount);
}

export function formatMonth(viewer: Viewer, month: string): string {
  return new Intl.DateTimeFormat(viewer.locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
}
