/**
 * Fiscal facts from Japanese notices: the fiscal year end (「決算期」「3月期」「決算日」, a 決算期変更's
 * new date), the earnings-announcement date (決算発表予定日) and the date of the AGM
 * (「2025年6月27日開催予定の第10回定時株主総会」「定時株主総会開催予定日 2025年6月27日」).
 */
import type { FiscalFacts } from '../announcement.js';
import type { EffectiveDateResolver } from './effective-date-resolver.js';

function monthDay(month: number, day: number | 'end'): string | null {
  if (month < 1 || month > 12) return null;
  const last = new Date(Date.UTC(2001, month, 0)).getUTCDate();
  const d = day === 'end' ? last : day;
  if (d < 1 || d > last) return null;
  return `${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function fromMatch(m: RegExpExecArray | null, monthGroup = 1, dayGroup = 2): string | null {
  if (!m) return null;
  const month = Number.parseInt(m[monthGroup] ?? '', 10);
  const dayText = m[dayGroup];
  if (dayText === undefined) return monthDay(month, 'end');
  return monthDay(month, dayText === '末' ? 'end' : Number.parseInt(dayText, 10));
}

/** Fiscal year end as `MM-DD`, trying the most specific wordings first. */
export function findFiscalYearEnd(text: string): string | null {
  const rules: RegExp[] = [
    // 決算期変更: 「変更後：毎年3月31日」, 「決算日を12月31日から…3月31日に変更」
    /変更後\s*[:：]?\s*(?:毎年)?\s*(\d{1,2})\s*月\s*(\d{1,2}|末)\s*日/u,
    /決算(?:日|期)(?:[(（][^()（）]{0,12}[)）])?を[^。]{0,20}?から[^。]{0,30}?(\d{1,2})\s*月\s*(\d{1,2}|末)\s*日?に変更/u,
    /当社の(?:連結)?決算日[^。\d]{0,8}(\d{1,2})\s*月\s*(\d{1,2}|末)\s*日/u,
    /(?:事業年度|会計年度)(?:は|\s*[:：]|\s)[^。]{0,10}?\d{1,2}\s*月\s*\d{1,2}\s*日から[^。]{0,6}?(\d{1,2})\s*月\s*(\d{1,2}|末)\s*日まで/u,
    /(?<!四半期)(?:決算日|決算期|期末日|事業年度(?:の)?末日?)\s*[:：は]?\s*(?:毎年)?\s*(\d{1,2})\s*月\s*(\d{1,2}|末)\s*日/u,
    /(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:は|が)[^。\n]{0,15}?(?:年度|期)(?:の)?(?:最終日|末日)/u,
  ];
  for (const rule of rules) {
    const value = fromMatch(rule.exec(text));
    if (value) return value;
  }
  // A calendar table: a line for the month that holds 本決算日(20日) / 期末.
  let month: number | null = null;
  for (const line of text.split('\n')) {
    const lead = /^\s*(\d{1,2})\s*月/u.exec(line);
    if (lead) month = Number.parseInt(lead[1] ?? '', 10);
    const close = /(?<!四半期)(?:本決算日|決算日|期末日)\s*[(（]\s*(\d{1,2}|末)\s*日?\s*[)）]/u.exec(line);
    if (close && month !== null) {
      const value = monthDay(month, close[1] === '末' ? 'end' : Number.parseInt(close[1] ?? '', 10));
      if (value) return value;
    }
  }
  const period = /(?:\d{4}|令和\s*\d+|平成\s*\d+)\s*年\s*(\d{1,2})\s*月期/u.exec(text) ?? /(?<![\d第])(\d{1,2})\s*月期(?:決算|末|の)/u.exec(text);
  if (period) return monthDay(Number.parseInt(period[1] ?? '', 10), 'end');
  const dotted = /決算期[^\n\d]{0,40}\n?\s*\d{4}\.(\d{1,2})\b/u.exec(text);
  if (dotted) return monthDay(Number.parseInt(dotted[1] ?? '', 10), 'end');
  return null;
}

/** The date labelled 決算発表(予定)日, resolved. */
function findEarningsDate(text: string, dates: EffectiveDateResolver): string | null {
  for (const m of text.matchAll(/決算(?:短信)?(?:の)?(?:発表|開示|公表)(?:予定)?(?:日\s*[:：は]?|は|を)\s*/gu)) {
    const at = m.index + m[0].length;
    const d = dates.datesIn(at, at + 30).find((x) => x.start <= at + 3 && x.kind !== 'year');
    const value = d ? dates.resolve(d) : null;
    if (value && /^\d{4}-\d{2}-\d{2}$/u.test(value)) return value;
  }
  return null;
}

export function extractFiscalFacts(text: string, dates: EffectiveDateResolver): FiscalFacts {
  return {
    fiscalYearEnd: findFiscalYearEnd(text),
    earningsDate: findEarningsDate(text, dates),
    agmDate: dates.agmDate,
  };
}
