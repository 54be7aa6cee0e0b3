// Role reading on its own: titles with a second office, and the tidy form an alert shows.
import { describe, expect, it } from 'vitest';
import { readOffices, readRole, tidyRole } from './role-reader.js';

function at(text: string, marker: string): number {
  return text.indexOf(marker) + marker.length;
}

describe('readOffices', () => {
  it('joins a second office named with "and as"', () => {
    const text = 'will retire as Chief Operating Officer and as a member of the Board of Directors, effective May 1.';
    expect(readOffices(text, at(text, 'retire as '))).toBe('Chief Operating Officer; member of the Board of Directors');
  });

  it('joins "and a director"', () => {
    const text = 'was appointed as Chief Financial Officer and a director of the Company.';
    expect(readOffices(text, at(text, 'appointed as '))).toBe('Chief Financial Officer; director of the Company');
  });

  it('leaves "and as a result" and another person alone', () => {
    const text = 'resigned as Treasurer and as a result the Board met; named Doe as CEO and Roe as CFO.';
    expect(readOffices(text, at(text, 'resigned as '))).toBe('Treasurer');
    expect(readOffices(text, at(text, 'Doe as '))).toBe('CEO');
  });

  it('reads the same first title as readRole', () => {
    const text = 'as Senior Vice President, General Counsel and Corporate Secretary, effective';
    expect(readOffices(text, 3)).toBe(readRole(text, 3));
  });
});

describe('tidyRole', () => {
  it.each([
    ['Chief Executive Officer of the Company', 'Chief Executive Officer'],
    ['President and CEO of the Company; member of the Company’s Board of Directors', 'President and CEO; member of the Board of Directors'],
    ['Co-Presidents of the Bank', 'Co-President of the Bank'],
    ['Board members', 'Board member'],
    ['Chairman of the Board of Directors', 'Chairman of the Board of Directors'],
    ['President of the Bank', 'President of the Bank'],
  ])('%s → %s', (role, tidy) => {
    expect(tidyRole(role)).toBe(tidy);
  });
});
