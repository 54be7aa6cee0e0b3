/**
 * Fiscal facts stated in English: the fiscal year end ("fiscal year ending March 31" → "03-31"), the
 * date earnings will be announced, and the date of the annual shareholders' meeting.
 */
import type { FiscalFacts } from '../announcement.js';
import { findDates } from './date-reader.js';
import type { Sentence } from './sentence-splitter.js';

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const LAST_DAY = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const pad = (n: number): string => String(n).padStart(2, '0');

const FISCAL_YEAR_END =
  /\bfiscal\s+(?:year\s+)?(?:(?:19|20)\d{2}\s+)?(?:,\s*which\s+)?(?:end(?:s|ed|ing)?|closes?|closing)\s+(?:on\s+)?(?:the\s+)?(?:(last\s+day\s+of\s+)|(last\s+\p{L}+day\s+(?:of|in)\s+))?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?/iu;
const FISCAL_YEAR_END_ALT = /\b(?:fiscal|financial)\s+year[- ]end(?:ed|ing)?\s+(?:of|is|on)?\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})\b/iu;

function fiscalYearEnd(text: string): string | null {
  const m = FISCAL_YEAR_END.exec(text);
  if (m) {
    const month = MONTHS[(m[3] ?? '').toLowerCase()];
    if (!month) return null;
    // "the last Sunday in January" (52/53-week years): the month's last day is the nominal year end.
    const day = m[4] && !m[2] ? Number(m[4]) : m[1] || m[2] ? LAST_DAY[month - 1] : null;
    if (day && day >= 1 && day <= 31) return `${pad(month)}-${pad(day)}`;
  }
  const alt = FISCAL_YEAR_END_ALT.exec(text);
  if (alt) {
    const month = MONTHS[(alt[1] ?? '').toLowerCase()];
    const day = Number(alt[2]);
    if (month && day >= 1 && day <= 31) return `${pad(month)}-${pad(day)}`;
  }
  return null;
}

const EARNINGS =
  /\b(?:report|release|announce|issue|publish|discuss|host)\w*\b[^.]{0,160}?\b(?:results|earnings)\b|\b(?:results|earnings)\b[^.]{0,80}?\b(?:will be|to be|are expected to be|is scheduled to be)\s+(?:released|reported|announced|published)/iu;
const FUTURE = /\b(?:will|plans? to|expects? to|intends? to|to be|scheduled|upcoming|is set to)\b/iu;
const AGM = /\b(?:annual|general|annual general)\s+(?:general\s+)?meeting(?:\s+of\s+(?:share|stock)holders)?\b|\bAGM\b/iu;
const AGM_DATE_CUE = /\b(?:will be held|to be held|is scheduled|scheduled for|held on|was held|will take place|convene[sd]?|set for)\b/iu;

// "for the second quarter, which ends on February 28, 2025, on March 27": a period's end is not the day of the event.
const PERIOD_END = /\b(?:ends?|ended|ending)\s+(?:on\s+)?$/iu;

function fullDate(sentence: string, reference: Date | null, after = 0): string | null {
  const hit = findDates(sentence, reference).find((d) => d.start >= after && d.value.length === 10 && !PERIOD_END.test(d.before));
  return hit?.value ?? null;
}

export function readFiscalFacts(sentences: readonly Sentence[], reference: Date | null): FiscalFacts {
  let fiscalYearEndValue: string | null = null;
  let earningsDate: string | null = null;
  let agmDate: string | null = null;
  for (const s of sentences) {
    const text = s.text;
    if (!fiscalYearEndValue && /fiscal|financial\s+year/iu.test(text)) fiscalYearEndValue = fiscalYearEnd(text);
    if (!earningsDate && /results|earnings/iu.test(text)) {
      const m = EARNINGS.exec(text);
      if (m && FUTURE.test(text)) earningsDate = fullDate(text, reference, m.index ?? 0);
    }
    if (!agmDate && /meeting|AGM/iu.test(text) && AGM.test(text) && AGM_DATE_CUE.test(text)) {
      const m = AGM.exec(text);
      agmDate = fullDate(text, reference, Math.max(0, (m?.index ?? 0) - 60));
    }
  }
  return { fiscalYearEnd: fiscalYearEndValue, earningsDate, agmDate };
}
