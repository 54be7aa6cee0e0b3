// Law-firm drafting in 8-K Item 5.02 sections: names and dates given defined terms (“Ms. Doe”, the “Separation
// Date”), instruments with capitalized names (Amended and Restated Bylaws), co-CEOs, advisory tails after a
// separation, and meetings whose day is written out. Every text is our own writing; companies and people are fictional.
import { describe, expect, it } from 'vitest';
import { only, run } from './extraction-test-helpers.js';

describe('defined terms', () => {
  it('reads a leaver whose full name is followed by a defined short name', () => {
    const r = run(
      'Item 5.02 Changes in Directors and Officers.\n\nEffective July 15, 2026, Cordelia N. Ashgrove (“Ms. Ashgrove”) ceased to serve as Chief Human Resources Officer of Pinemoor Outfitters, Inc. (the “Company”).',
      '2026-07-16',
    );
    const e = only(r, 'Cordelia N. Ashgrove');
    expect(e.change).toBe('departed');
    expect(e.effective).toBe('2026-07-15');
  });

  it('dates a change "effective as of the Separation Date" by the day the term was defined with', () => {
    const r = run(
      'Item 5.02. On August 3, 2026, Bartholomew K. Easterling (“Mr. Easterling”) informed the Board of Directors (the “Board”) of Wrenfield Tools Corp. (the “Company”) of his decision to resign as Chief Operating Officer, effective August 28, 2026 (the “Separation Date”). On August 3, 2026, the Board appointed Henrietta J. Colville to serve as Chief Operating Officer, effective as of the Separation Date.',
      '2026-08-05',
    );
    expect(only(r, 'Bartholomew K. Easterling').effective).toBe('2026-08-28');
    expect(only(r, 'Henrietta J. Colville').effective).toBe('2026-08-28');
  });

  it('takes no capitalized instrument for a person', () => {
    const r = run(
      'Item 5.03 Amendments to Articles of Incorporation or Bylaws.\n\nOn September 2, 2026, the Board of Directors of Quarrystone Brands, Inc. adopted Second Amended and Restated Bylaws, effective immediately, which provide that officers may be appointed by the Board and that a Lead Independent Director may be elected by the independent directors.',
      '2026-09-03',
    );
    expect(r.events).toEqual([]);
  });
});

describe('co-chief executives, advisers after a separation, meeting days', () => {
  it('appoints both of two Co-Chief Executive Officers named together', () => {
    const r = run(
      'On March 9, 2026, the Board of Directors of Elmsworth Advisors, Inc. appointed Rufus T. Halloran and Odette M. Fairclough as Co-Chief Executive Officers of the Company, effective April 1, 2026.',
      '2026-03-10',
    );
    for (const person of ['Rufus T. Halloran', 'Odette M. Fairclough']) {
      const e = only(r, person);
      expect(e.change).toBe('appointed');
      expect(e.roleAfter).toMatch(/Co-Chief Executive Officer/u);
      expect(e.effective).toBe('2026-04-01');
    }
  });

  it('keeps a separation a departure when the leaver "will serve as an advisor until" a date', () => {
    const r = run(
      'Item 5.02. On May 11, 2026, Ignatius P. Velloso resigned as Chief Information Officer of Harrowgate Mutual Holdings, Inc. (the “Company”), effective immediately. Under a separation agreement with the Company, Mr. Velloso will serve as an advisor to the Company until August 31, 2026.',
      '2026-05-12',
    );
    const e = only(r, 'Ignatius P. Velloso');
    expect(e.change).toBe('departed');
    expect(e.effective).toBe('2026-05-11');
  });

  it('dates a chair leaving "at the close of the annual meeting to be held on" a full date', () => {
    const r = run(
      'CALGARY, Alberta, Feb. 2, 2026 (GLOBE NEWSWIRE) -- Foxhollow Energy Inc. announced today that Augustin Rivard will not stand for re-election as a director, effective at the close of the annual and special meeting of shareholders to be held on May 14, 2026.',
    );
    const e = only(r, 'Augustin Rivard');
    expect(e.change).toBe('not_standing');
    expect(e.effective).toBe('2026-05-14');
  });
});

describe('real-estate issuers and stockholder slates', () => {
  it('takes no "<Name> Realty Trust" issuer for the trustee who resigns after it', () => {
    const r = run(
      'Item 5.02. On June 8, 2026, Leopold Varga (“Mr. Varga”), a Class II trustee of Brackenfield Realty Trust (the “Trust”), tendered his resignation from the Board of Trustees (the “Board”), effective June 30, 2026.',
      '2026-06-09',
    );
    expect(r.events.map((e) => e.person)).toEqual(['Leopold Varga']);
    expect(only(r, 'Leopold Varga').effective).toBe('2026-06-30');
  });

  it('finds no appointment in "the stockholders of <Company>, Inc. elected" nominees "to serve as" directors', () => {
    const r = run(
      'Item 5.07. At the annual meeting of stockholders held on June 3, 2026, the stockholders of Kittering Devices, Inc. elected each of the director nominees, Agatha Voss, Benedikt Lorne and Carys Penhaligon, to serve as Class I directors until the 2029 annual meeting.',
      '2026-06-05',
    );
    expect(r.events).toEqual([]);
  });
});
