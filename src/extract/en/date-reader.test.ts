// Date forms in English announcements, resolved against the announcement date.
import { describe, expect, it } from 'vitest';
import { findDates, firstExplicitDate, referenceDate } from './date-reader.js';

const values = (text: string, announced: string | null = '2025-03-03') => findDates(text, referenceDate(announced)).map((d) => d.value);

describe('findDates', () => {
  it('reads the usual written forms', () => {
    expect(values('effective March 31, 2025')).toEqual(['2025-03-31']);
    expect(values('effective Nov. 4, 2025')).toEqual(['2025-11-04']);
    expect(values('effective 1 June 2025')).toEqual(['2025-06-01']);
    expect(values('effective 6/2/2025')).toEqual(['2025-06-02']);
    expect(values('effective 2025-07-01')).toEqual(['2025-07-01']);
    expect(values('on the 15th of May, 2025')).toEqual(['2025-05-15']);
  });

  it('gives a month without a day as YYYY-MM, and a year end as YYYY-12', () => {
    expect(values('in September 2025')).toEqual(['2025-09']);
    expect(values('at the end of 2025')).toEqual(['2025-12']);
  });

  it('reads "at year-end" as the announcement year\'s last month, but not a fiscal year-end', () => {
    expect(values('will step down as CEO at year-end.')).toEqual(['2025-12']);
    expect(values('will retire at the end of the year')).toEqual(['2025-12']);
    expect(values('will step down as CEO at year-end.', null)).toEqual([]);
    expect(values('after the fiscal year-end audit')).toEqual([]);
  });

  it('takes a missing year from the announcement, and leaves the date out without one', () => {
    expect(values('will retire July 1 after')).toEqual(['2025-07-01']);
    expect(values('will retire July 1 after', null)).toEqual([]);
  });

  it('marks a press release dateline', () => {
    const [hit] = findDates('ATLANTA, Jan. 21, 2025 /PRNewswire/ -- Acme today announced', referenceDate('2025-01-21'));
    expect(hit?.dateline).toBe(true);
  });

  it('finds the first date written with its year', () => {
    expect(firstExplicitDate('Date of Report: April 28, 2025. On May 1, 2025 ...')).toBe('2025-04-28');
    expect(firstExplicitDate('no date here')).toBeNull();
  });
});
