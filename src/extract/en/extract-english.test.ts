// English extraction, one test per supported pattern. Every text is our own writing in the style of an
// 8-K Item 5.02 section or a wire press release; companies and people are fictional.
import { describe, expect, it } from 'vitest';
import type { ExtractionResult, OfficerEvent } from '../announcement.js';
import { extractEnglish } from './extract-english.js';
import { normalizeWhitespace } from './sentence-splitter.js';

function run(text: string, announced: string | null = null): ExtractionResult {
  const result = extractEnglish({ text, announced });
  for (const event of result.events) {
    // The evidence invariant holds for every event of every test.
    expect(normalizeWhitespace(text)).toContain(normalizeWhitespace(event.evidence));
  }
  return result;
}

function only(result: ExtractionResult, person: string): OfficerEvent {
  const events = result.events.filter((e) => e.person === person);
  expect(events, `events for ${person}: ${JSON.stringify(result.events)}`).toHaveLength(1);
  return events[0] as OfficerEvent;
}

const ITEM_502 =
  'Item 5.02 Changes in Directors and Officers.\n\n';

describe('extractEnglish: departures', () => {
  it('reads "notified ... of her decision to resign ..., effective <date>" and merges "Ms. Whitfield"', () => {
    const r = run(
      `${ITEM_502}On March 3, 2025, Jane A. Whitfield notified the Board of Directors (the "Board") of Larkspur Dynamics, Inc. (the "Company") of her decision to resign as Chief Financial Officer of the Company, effective March 31, 2025. Ms. Whitfield's resignation is not the result of any disagreement with the Company on any matter relating to its operations, policies or practices.`,
    );
    const e = only(r, 'Jane A. Whitfield');
    expect(e.change).toBe('departed');
    expect(e.roleBefore).toMatch(/^Chief Financial Officer/u);
    expect(e.effective).toBe('2025-03-31');
    expect(r.events).toHaveLength(1);
  });

  it('reads "will step down as Chair ... at the conclusion of the annual meeting" as effective "agm"', () => {
    const r = run(
      'Vera Lindqvist, 64, will step down as Chair of the Board at the conclusion of the 2025 annual meeting of shareholders. The Board intends to elect independent director Oliver Grant as Chair at that time.',
      '2025-02-10',
    );
    const vera = only(r, 'Vera Lindqvist');
    expect(vera.change).toBe('departed');
    expect(vera.effective).toBe('agm');
    expect(only(r, 'Oliver Grant').roleAfter).toBe('Chair');
  });

  it('reads "has resigned as ... to pursue other opportunities"', () => {
    const r = run(
      'MERIDIAN FALLS, Iowa, April 14, 2025 (GLOBE NEWSWIRE) -- Cobalt Ridge Bancorp, Inc. (Nasdaq: CRBI) announced that Samuel Oyelaran has resigned as Executive Vice President and Chief Risk Officer to pursue other opportunities.',
      '2025-04-14',
    );
    const e = only(r, 'Samuel Oyelaran');
    expect(e.change).toBe('departed');
    expect(e.roleBefore).toBe('Executive Vice President and Chief Risk Officer');
    // No date is given: the dateline is the announcement, not the effective date.
    expect(e.effective).toBeNull();
  });

  it('reads "will not stand for re-election" through "she" as not_standing at the AGM', () => {
    const r = run(
      `${ITEM_502}On April 2, 2025, Theodora M. Quince informed the Board that she will not stand for re-election at the Company's 2025 Annual Meeting of Stockholders. Ms. Quince's decision not to stand for re-election was not the result of any disagreement with the Company.`,
    );
    const e = only(r, 'Theodora M. Quince');
    expect(e.change).toBe('not_standing');
    expect(e.effective).toBe('agm');
  });

  it('reads a title before the name and "will leave the company"', () => {
    const r = run('Chief Financial Officer Nathaniel Brooks will leave the company on June 30, 2025 to become chief executive of a private firm.', '2025-05-02');
    const e = only(r, 'Nathaniel Brooks');
    expect(e.change).toBe('departed');
    expect(e.roleBefore).toBe('Chief Financial Officer');
    expect(e.effective).toBe('2025-06-30');
  });

  it('reads a death ("passed away on <date>")', () => {
    const r = run(
      'It is with deep sadness that Brackenridge Tools Co. announces that its Chairman, Walter J. Emmerich, passed away on March 9, 2025.',
      '2025-03-10',
    );
    const e = only(r, 'Walter J. Emmerich');
    expect(e.change).toBe('departed');
    expect(e.effective).toBe('2025-03-09');
  });

  it('reads "was terminated" after a possessive service phrase', () => {
    const r = run(`${ITEM_502}On May 12, 2025, Owen K. Thackeray's employment as Chief Operating Officer of the Company was terminated.`);
    const e = only(r, 'Owen K. Thackeray');
    expect(e.change).toBe('departed');
    expect(e.roleBefore).toBe('Chief Operating Officer');
    expect(e.effective).toBe('2025-05-12');
  });
});

describe('extractEnglish: successions', () => {
  it('reads a retirement and a successor with a quoted nickname and a suffix, one event each', () => {
    const r = run(
      'NORTHWIND, Ore., May 6, 2025 /PRNewswire/ -- Halvorsen Foods Corp. (NYSE: HVF) today announced that Robert "Bobby" Kincaid Jr. will retire as Chief Executive Officer on August 31, 2025, after 14 years at the helm. The Board has named Priya Raman, currently President and Chief Operating Officer, to succeed Mr. Kincaid as Chief Executive Officer, effective September 1, 2025. "Bobby built this company," said Raman.',
      '2025-05-06',
    );
    const kincaid = only(r, 'Robert "Bobby" Kincaid Jr.');
    expect(kincaid.change).toBe('retiring');
    expect(kincaid.effective).toBe('2025-08-31');
    const raman = only(r, 'Priya Raman');
    expect(raman.change).toBe('promoted');
    expect(raman.roleBefore).toBe('President and Chief Operating Officer');
    expect(raman.roleAfter).toBe('Chief Executive Officer');
    expect(raman.effective).toBe('2025-09-01');
    expect(r.events).toHaveLength(2);
  });

  it('reads "appointed X as Interim CEO, succeeding Y, who will retire on <date>"', () => {
    const r = run(
      `${ITEM_502}On January 21, 2025, the Board of Directors of Ostrander Mills, Inc. appointed Helen Voss as Interim Chief Executive Officer, succeeding Gregory Pike, who will retire on June 30, 2025.`,
    );
    const voss = only(r, 'Helen Voss');
    expect(voss.change).toBe('interim');
    expect(voss.roleAfter).toBe('Interim Chief Executive Officer');
    const pike = only(r, 'Gregory Pike');
    expect(pike.change).toBe('retiring');
    expect(pike.effective).toBe('2025-06-30');
  });

  it('gives a predecessor with no date of his own the successor\'s start date', () => {
    const r = run(
      'Dunmore Freight Lines said today that its board has named Carla Benedetti as Chief Executive Officer and President, effective immediately. Ms. Benedetti succeeds Harold Vance, who was removed by the Board following a review of expense reporting.',
      '2025-07-08',
    );
    expect(only(r, 'Carla Benedetti').effective).toBe('2025-07-08');
    const vance = only(r, 'Harold Vance');
    expect(vance.change).toBe('departed');
    expect(vance.effective).toBe('2025-07-08');
  });

  it('reads an appointment with the old role in an appositive and the new one after "to serve as"', () => {
    const r = run(
      `${ITEM_502}The Board appointed Marcus T. Delgado, 47, the Company's Vice President of Finance, to serve as interim Chief Financial Officer, effective April 1, 2025.`,
      '2025-03-20',
    );
    const e = only(r, 'Marcus T. Delgado');
    expect(e.change).toBe('interim');
    expect(e.roleBefore).toBe('Vice President of Finance');
    expect(e.roleAfter).toBe('interim Chief Financial Officer');
    expect(e.effective).toBe('2025-04-01');
  });
});

describe('extractEnglish: appointments and promotions', () => {
  it('reads a board election with an honorific, a suffix and "effective immediately"', () => {
    const r = run(
      `${ITEM_502}On February 12, 2025, the Board of Directors of Pemberton Analytics, Inc. elected Dr. Lionel K. Ashby III to the Board, effective immediately. Dr. Ashby will serve on the Audit Committee.`,
    );
    const e = only(r, 'Lionel K. Ashby III');
    expect(e.change).toBe('appointed');
    expect(e.roleAfter).toMatch(/Board/u);
    expect(e.effective).toBe('2025-02-12');
  });

  it('reads "has been promoted to ..., effective <date>"', () => {
    const r = run(
      'SPRINGVALE, Ky., Nov. 4, 2025 (BUSINESS WIRE) -- Kestrel Logistics today announced that Maria Celeste Ibarra has been promoted to Chief Operating Officer, effective January 1, 2026. Ibarra most recently served as Senior Vice President of Operations.',
      '2025-11-04',
    );
    const e = only(r, 'Maria Celeste Ibarra');
    expect(e.change).toBe('promoted');
    expect(e.roleAfter).toBe('Chief Operating Officer');
    expect(e.effective).toBe('2026-01-01');
  });

  it('reads "announced the appointment of X and Y to its Board" as two directors', () => {
    const r = run(
      'Juniper Hollow Holdings (TSX: JHH) announced the appointment of Aiko Tanabe and Rafael Montoya to its Board of Directors, effective May 1, 2025.',
      '2025-04-22',
    );
    for (const name of ['Aiko Tanabe', 'Rafael Montoya']) {
      const e = only(r, name);
      expect(e.change).toBe('appointed');
      expect(e.effective).toBe('2025-05-01');
    }
  });

  it('reads "has joined the Company as its General Counsel" with a numeric date', () => {
    const r = run('Arbordale Systems announced that Fiona M. Castellanos has joined the Company as its General Counsel and Corporate Secretary, effective 6/2/2025.', '2025-06-03');
    const e = only(r, 'Fiona M. Castellanos');
    expect(e.roleAfter).toBe('General Counsel and Corporate Secretary');
    expect(e.effective).toBe('2025-06-02');
  });

  it('reads an opening "Effective <date>," and a month-year start', () => {
    const r = run(
      'Effective May 15, 2025, the Board appointed Gwendolyn Oakes as Chief Accounting Officer. Separately, Tobias Engel will join the Company as Chief Technology Officer in September 2025.',
      '2025-05-01',
    );
    expect(only(r, 'Gwendolyn Oakes').effective).toBe('2025-05-15');
    const engel = only(r, 'Tobias Engel');
    expect(engel.roleAfter).toBe('Chief Technology Officer');
    expect(engel.effective).toBe('2025-09');
  });

  it('reads a nomination for election as a director (effective "agm")', () => {
    const r = run('The Board has nominated Franklin D. Osei for election as a director at the 2025 Annual Meeting of Shareholders.', '2025-03-01');
    const e = only(r, 'Franklin D. Osei');
    expect(e.change).toBe('nominated');
    expect(e.effective).toBe('agm');
  });

  it('reads "transitioned from the role of X to Y" as a role change', () => {
    const r = run(
      `${ITEM_502}On July 1, 2025, Beatrix Olmstead transitioned from the role of Chief Marketing Officer to Chief Strategy Officer.`,
    );
    const e = only(r, 'Beatrix Olmstead');
    expect(e.change).toBe('role_change');
    expect(e.roleBefore).toBe('Chief Marketing Officer');
    expect(e.roleAfter).toBe('Chief Strategy Officer');
    expect(e.effective).toBe('2025-07-01');
  });

  it('reads a capitals headline and resolves the year of "July 1" from the announcement date', () => {
    const r = run(
      'TARRANT MILLS NAMES DESMOND A. FAIRWEATHER CHIEF FINANCIAL OFFICER\nLOWELL, Mass., March 3, 2025 -- Tarrant Mills, Inc. today announced that Desmond A. Fairweather will become Chief Financial Officer on July 1.',
      '2025-03-03',
    );
    const e = only(r, 'Desmond A. Fairweather');
    expect(e.roleAfter).toBe('Chief Financial Officer');
    expect(e.effective).toBe('2025-07-01');
  });
});

describe('extractEnglish: texts that announce nothing', () => {
  it('finds no event in an earnings release that quotes the CEO, and reads its fiscal facts', () => {
    const r = run(
      'Quillfeather Software Reports Fourth Quarter and Fiscal 2025 Results\n\nBOULDER, Colo., March 4, 2025 (GLOBE NEWSWIRE) -- Quillfeather Software, Inc. (NYSE: QFS) today reported results for its fourth quarter and fiscal year ended January 31, 2025.\n\n"We closed the year with record bookings and welcomed a new Chief Revenue Officer to the team," said Amelia Hart, Chief Executive Officer of Quillfeather. "I want to thank our employees."\n\nQuillfeather will report first quarter fiscal 2026 results on May 28, 2025, after the market closes. The Company\'s 2025 Annual Meeting of Stockholders will be held on June 17, 2025.',
      '2025-03-04',
    );
    expect(r.events).toEqual([]);
    expect(r.fiscal).toEqual({ fiscalYearEnd: '01-31', earningsDate: '2025-05-28', agmDate: '2025-06-17' });
  });

  it('finds no event in a compensation-only Item 5.02(e)', () => {
    const r = run(
      `${ITEM_502}(e) On January 28, 2025, the Board's Compensation Committee of Tamsin Robotics, Inc. approved an increase in the annual base salary of Daniel R. Whitcombe, the Company's Chief Executive Officer and President, to $650,000, effective February 1, 2025. The Committee also approved a target bonus of 75% of base salary for Mr. Whitcombe. In connection with Ms. Laura P. Ng's promotion to Chief Operating Officer, previously reported on a Current Report on Form 8-K filed on January 5, 2025, the Committee approved a grant of 20,000 restricted stock units to Ms. Ng.`,
    );
    expect(r.events).toEqual([]);
  });

  it('finds no event in a director biography full of past appointments', () => {
    const r = run(
      'Ms. Harriet Olsen joined Vantage Metals in 2009 as Treasurer and became Chief Financial Officer in 2014. She was elected to the board of Ridgeway Foods in 2018 and retired from Vantage Metals in 2021. Ms. Olsen is a retired partner of Carver & Lund LLP.',
      '2025-06-01',
    );
    expect(r.events).toEqual([]);
  });

  it('finds no event in product news naming executives', () => {
    const r = run(
      'Pellucid Audio today introduced the Aria 7 headphones. "Aria 7 is the product our engineers dreamed of," said Chief Executive Officer Marisol Vega. The headphones were designed by a team led by Chief Technology Officer Anand Pillai and will be available on October 1.',
      '2025-09-10',
    );
    expect(r.events).toEqual([]);
  });
});

describe('extractEnglish: fiscal facts', () => {
  it('reads a 52/53-week fiscal year ending on the last Saturday of a month', () => {
    const r = run('Its fiscal year closes on the last Saturday of September.');
    expect(r.fiscal.fiscalYearEnd).toBe('09-30');
  });
});
