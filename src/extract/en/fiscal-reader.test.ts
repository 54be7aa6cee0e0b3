// Fiscal facts in English, on our own sentences.
import { describe, expect, it } from 'vitest';
import { referenceDate } from './date-reader.js';
import { readFiscalFacts } from './fiscal-reader.js';
import { splitIntoSentences } from './sentence-splitter.js';

const facts = (text: string, announced = '2025-04-10') => readFiscalFacts(splitIntoSentences(text), referenceDate(announced));

describe('readFiscalFacts', () => {
  it('reads "fiscal year ending March 31" and a scheduled results release', () => {
    const f = facts(
      'Marlowe Instruments, whose fiscal year ends on March 31, will release its fourth quarter and full-year results after the market closes on Thursday, May 15, 2025.',
    );
    expect(f).toEqual({ fiscalYearEnd: '03-31', earningsDate: '2025-05-15', agmDate: null });
  });

  it('reads an annual general meeting date and ignores past results', () => {
    const f = facts(
      'The Company reported results for its fiscal year ended December 31, 2024 on March 4, 2025. The Annual General Meeting of Shareholders is scheduled for June 24, 2025.',
    );
    expect(f.fiscalYearEnd).toBe('12-31');
    expect(f.earningsDate).toBeNull();
    expect(f.agmDate).toBe('2025-06-24');
  });

  it('takes the release day, not the end of the quarter named before it', () => {
    const f = facts(
      'OMAHA, Neb., Jan. 8, 2026 /PRNewswire/ -- Kestwick Brands, Inc. (NASDAQ: KSWK) will release its financial results for the third quarter of fiscal 2026, which ends on February 28, 2026, on Tuesday, March 24, 2026, after the market closes.',
      '2026-01-08',
    );
    expect(f.earningsDate).toBe('2026-03-24');
  });

  it('finds nothing in a text without fiscal facts', () => {
    expect(facts('Jane Roe has been appointed Chief Financial Officer.')).toEqual({ fiscalYearEnd: null, earningsDate: null, agmDate: null });
  });
});

describe('readFiscalFacts with 52/53-week years', () => {
  it('reads "fiscal 2025 ended June 28, 2025"', () => {
    expect(facts('Results for fiscal 2025 ended June 28, 2025 were in line with guidance.').fiscalYearEnd).toBe('06-28');
  });
});
