/**
 * Words and dates of the messages in Japanese and English. Calendar dates (effective, renewal) are days, not
 * instants, so they are formatted in UTC and never shift; instants (when a digest was made) are formatted in the
 * reader's zone — always Asia/Tokyo for Japanese.
 */
import type { Language } from './notify-settings.js';

export interface Locale {
  readonly language: Language;
  /** IANA zone for instants. */
  readonly timeZone: string;
}

export function localeFor(language: Language, englishTimeZone = 'UTC'): Locale {
  return { language, timeZone: language === 'ja' ? 'Asia/Tokyo' : englishTimeZone };
}

const CHANGE_LABELS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  appointed: { en: 'appointed', ja: '就任' },
  departed: { en: 'leaving', ja: '退任' },
  retiring: { en: 'retiring', ja: '退任予定' },
  promoted: { en: 'promoted', ja: '昇格' },
  role_change: { en: 'changing role', ja: '役職変更' },
  interim: { en: 'interim appointment', ja: '暫定就任' },
  nominated: { en: 'nominated', ja: '候補者指名' },
  not_standing: { en: 'not standing for re-election', ja: '再任されない予定' },
};

const KIND_LABELS: Readonly<Record<string, Readonly<Record<Language, string>>>> = {
  contact_leaving: { en: 'Contact leaving', ja: '担当窓口の退任' },
  contact_moving: { en: 'Contact changing role', ja: '担当窓口の異動' },
  contact_joined_elsewhere: { en: 'Contact joined another company', ja: '担当窓口の転職' },
  reshuffle_nudge: { en: 'Reshuffle window ahead', ja: '人事異動の時期' },
  budget_nudge: { en: 'Budget window ahead', ja: '予算策定の時期' },
};

const WORDS = {
  who: { en: 'Who', ja: '対象者' },
  change: { en: 'Change', ja: '変更内容' },
  effective: { en: 'Effective', ja: '発効日' },
  account: { en: 'Account', ja: '取引先' },
  arr: { en: 'ARR', ja: 'ARR' },
  renewal: { en: 'Renewal', ja: '契約更新日' },
  evidence: { en: 'Evidence', ja: '根拠' },
  source: { en: 'Source', ja: '出典' },
  openAlert: { en: 'Open in ExecRadar', ja: 'ExecRadarで開く' },
  openSource: { en: 'Read the disclosure', ja: '開示資料を読む' },
  announced: { en: 'Announced', ja: '公表日' },
  contact: { en: 'CRM contact', ja: 'CRM上の担当者' },
  notStated: { en: 'not stated', ja: '記載なし' },
  unknown: { en: 'unknown', ja: '不明' },
  leadershipTitle: { en: 'Executive changes ahead: the next {days} days', ja: '今後{days}日間の役員異動' },
  dailyTitle: { en: 'Your executive-change alerts for {date}', ja: '{date}の役員異動アラート' },
  window: { en: 'Window', ja: '期間' },
  keyPeople: { en: 'Key people', ja: '主要な担当者' },
  playbook: { en: 'Suggested next steps', ja: '推奨アクション' },
  why: { en: 'Why', ja: '根拠' },
  nothing: { en: 'Nothing to report.', ja: '該当はありません。' },
  arrAtRisk: { en: 'ARR at risk', ja: '影響ARR' },
  reshuffleWindow: { en: 'Likely reshuffle window', ja: '人事異動の見込み時期' },
  budgetWindow: { en: 'Budget planning window', ja: '予算策定期間' },
  renewalWindow: { en: 'Contract renewal', ja: '契約更新' },
  announcedChange: { en: 'Announced change', ja: '公表済みの異動' },
  alertItem: { en: 'Alert', ja: 'アラート' },
  generated: { en: 'Generated {time}', ja: '{time} 作成' },
  footer: { en: 'Sent by ExecRadar · idempotency key {key}', ja: 'ExecRadarからの通知 · 冪等キー {key}' },
} as const satisfies Record<string, Record<Language, string>>;

export type WordKey = keyof typeof WORDS;

export function word(language: Language, key: WordKey, values: Readonly<Record<string, string | number>> = {}): string {
  return WORDS[key][language].replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function changeLabel(language: Language, change: string): string {
  return CHANGE_LABELS[change]?.[language] ?? change;
}

export function kindLabel(language: Language, kind: string): string {
  return KIND_LABELS[kind]?.[language] ?? kind;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MONTH = /^(\d{4})-(\d{2})$/u;

/** A `YYYY-MM-DD` day as the reader writes it (2027年4月1日 / Apr 1, 2027); other text is returned as is. */
export function formatDay(language: Language, day: string): string {
  const match = DAY.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-US', { timeZone: 'UTC', dateStyle: language === 'ja' ? 'long' : 'medium' }).format(date);
}

/** The extraction contract's `effective` (a day, a month, `agm`, `upon successor`, null) in words. */
export function formatEffective(language: Language, effective: string | null | undefined): string {
  if (!effective) return word(language, 'notStated');
  if (DAY.test(effective)) return formatDay(language, effective);
  const month = MONTH.exec(effective);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-US', { timeZone: 'UTC', year: 'numeric', month: 'long' }).format(date);
  }
  if (effective === 'agm') return language === 'ja' ? '定時株主総会の日' : 'at the annual general meeting';
  if (effective === 'upon successor') return language === 'ja' ? '後任者の就任時' : 'when a successor takes office';
  return effective;
}

/** An instant in the reader's zone, with the zone named. */
export function formatInstant(locale: Locale, instant: Date): string {
  return new Intl.DateTimeFormat(locale.language === 'ja' ? 'ja-JP' : 'en-US', {
    timeZone: locale.timeZone,
    year: 'numeric',
    month: locale.language === 'ja' ? 'long' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(instant);
}

export function formatAmount(language: Language, amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return word(language, 'unknown');
  return new Intl.NumberFormat(language === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 0 }).format(amount);
}

/** The calendar day of `instant` in `timeZone`, `YYYY-MM-DD`. */
export function dayIn(timeZone: string, instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Weekday (0 = Sunday), hour, minute and second of `instant` on the wall clock of `timeZone`. */
export function weekdayAndHourIn(timeZone: string, instant: Date): { readonly weekday: number; readonly hour: number; readonly minute: number; readonly second: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' }).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.find((part) => part.type === 'weekday')?.value ?? '');
  return { weekday, hour: get('hour'), minute: get('minute'), second: get('second') };
}
