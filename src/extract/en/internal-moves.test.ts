// Moves inside the company (an officer given a new title), compound titles ("as CEO and as a member of the
// Board") and officer tables. Every text is our own writing in the style of an 8-K Item 5.02 section or a wire
// press release; companies and people are fictional.
import { describe, expect, it } from 'vitest';
import type { OfficerEvent } from '../announcement.js';
import { htmlToText } from '../html-text.js';
import { only, run } from './extraction-test-helpers.js';

const ITEM_502 =
  'Item 5.02 Changes in Directors and Officers.\n\n';

function expectMove(e: OfficerEvent, before: string, after: string, effective: string): void {
  expect(['promoted', 'role_change']).toContain(e.change);
  expect(e.roleBefore).toBe(before);
  expect(e.roleAfter).toBe(after);
  expect(e.effective).toBe(effective);
}

describe('an officer given a new title', () => {
  it('reads "appointed X, the Company\'s CIO, to the newly created position of CDO"', () => {
    const r = run(
      `${ITEM_502}On December 11, 2026, the Board of Directors (the "Board") of Tamarind Ridge Software, Inc. (the "Company") appointed Daniel Okafor, the Company's Chief Information Officer, to the newly created position of Chief Digital Officer, effective December 18, 2026. Mr. Okafor will not receive any additional compensation in connection with his new role.`,
    );
    expectMove(only(r, 'Daniel Okafor'), 'Chief Information Officer', 'Chief Digital Officer', '2026-12-18');
    expect(r.events).toHaveLength(1);
  });

  it('reads "named X, currently Senior Vice President, ..., as Chief Operating Officer"', () => {
    const r = run(
      'HALVERSON, Minn., January 6, 2027 (BUSINESS WIRE) -- Brookmere Foods Corp. (NYSE: BKF) said today that its board has named Priya Ramaswamy, currently Senior Vice President, Operations, as Chief Operating Officer, effective January 15, 2027.',
      '2027-01-06',
    );
    expectMove(only(r, 'Priya Ramaswamy'), 'Senior Vice President, Operations', 'Chief Operating Officer', '2027-01-15');
  });

  it('reads "X, who currently serves as ..., will become ..."', () => {
    const r = run(
      `${ITEM_502}The Company announced that Marcus Bell, who currently serves as Senior Vice President and Chief Financial Officer, will become President and Chief Operating Officer on February 1, 2027.`,
      '2027-01-12',
    );
    expectMove(only(r, 'Marcus Bell'), 'Senior Vice President and Chief Financial Officer', 'President and Chief Operating Officer', '2027-02-01');
  });

  it('reads "X, previously Vice President of Sales, was promoted to Chief Revenue Officer"', () => {
    const r = run('Helen Ostrowski, previously Vice President of Sales, was promoted to Chief Revenue Officer effective March 1, 2027.', '2027-02-20');
    const e = only(r, 'Helen Ostrowski');
    expect(e.change).toBe('promoted');
    expect(e.roleBefore).toBe('Vice President of Sales');
    expect(e.roleAfter).toBe('Chief Revenue Officer');
    expect(e.effective).toBe('2027-03-01');
  });

  it.each([
    ['to the role of', 'to the role of Chief Commercial Officer'],
    ['to the position of', 'to the position of Chief Commercial Officer'],
    ['to serve as', 'to serve as Chief Commercial Officer'],
    ['a bare "to"', 'to Chief Commercial Officer'],
  ])('reads "promoted X, the Company\'s VP, %s ROLE"', (_label, phrase) => {
    const r = run(
      `${ITEM_502}On February 24, 2027, the Board promoted Teodora Vance, the Company's Vice President of Sales, ${phrase}, effective March 1, 2027.`,
    );
    expectMove(only(r, 'Teodora Vance'), 'Vice President of Sales', 'Chief Commercial Officer', '2027-03-01');
  });

  it('reads the old role after the new one: "promoted to ... from Senior Vice President, Operations"', () => {
    const r = run(
      'Nadia Ferro has been promoted to Executive Vice President and Chief Operating Officer from Senior Vice President, Operations, effective January 4, 2027.',
      '2026-12-15',
    );
    expectMove(only(r, 'Nadia Ferro'), 'Senior Vice President, Operations', 'Executive Vice President and Chief Operating Officer', '2027-01-04');
  });

  it('reads "X, 51, who currently serves as our SVP ..., was appointed CTO"', () => {
    const r = run(
      `${ITEM_502}Nadia Ferro, 51, who currently serves as our Senior Vice President of Engineering, was appointed Chief Technology Officer on January 4, 2027.`,
      '2027-01-05',
    );
    expectMove(only(r, 'Nadia Ferro'), 'Senior Vice President of Engineering', 'Chief Technology Officer', '2027-01-04');
  });

  it('dates "will assume the newly created role of <long title> on <date>"', () => {
    const r = run(
      "Nadia Ferro, currently the Company's Chief Information Officer, will assume the newly created role of Chief Digital Officer on January 4, 2027.",
      '2026-12-15',
    );
    expectMove(only(r, 'Nadia Ferro'), 'Chief Information Officer', 'Chief Digital Officer', '2027-01-04');
  });

  it('does not take a reporting line ("will report to the Chief Executive Officer") for the new role', () => {
    const r = run(
      `${ITEM_502}On February 24, 2027, the Board appointed Teodora Vance, who will report to the Chief Executive Officer, as Chief Commercial Officer, effective March 1, 2027.`,
    );
    expect(only(r, 'Teodora Vance').roleAfter).toBe('Chief Commercial Officer');
  });
});

describe('compound titles', () => {
  it('keeps both offices of "retire from his offices as CEO and President and as a member of the Board"', () => {
    const r = run(
      `${ITEM_502}On March 2, 2027, Gerald Ashcombe informed the Board that he will retire from his offices as Chief Executive Officer and President and as a member of the Board, effective March 31, 2027.`,
    );
    const e = only(r, 'Gerald Ashcombe');
    expect(e.change).toBe('retiring');
    expect(e.roleBefore).toBe('Chief Executive Officer and President; member of the Board');
    expect(e.effective).toBe('2027-03-31');
  });

  it('keeps both offices of an appointment "as ... and as a member of the Board"', () => {
    const r = run(
      `${ITEM_502}On April 7, 2027, the Board appointed Ravi Menon as Chief Executive Officer and President and as a member of the Board, effective April 14, 2027.`,
    );
    const e = only(r, 'Ravi Menon');
    expect(e.change).toBe('appointed');
    expect(e.roleAfter).toBe('Chief Executive Officer and President; member of the Board');
    expect(e.effective).toBe('2027-04-14');
    expect(r.events).toHaveLength(1);
  });

  it('reads "resign as the Company\'s CFO and from the Board" as both seats', () => {
    const r = run(`${ITEM_502}Mr. Oduya will resign as the Company's Chief Financial Officer and from the Board as of May 9, 2027.`, '2027-05-02');
    const e = only(r, 'Oduya');
    expect(e.change).toBe('departed');
    expect(e.roleBefore).toBe('Chief Financial Officer; member of the Board');
    expect(e.effective).toBe('2027-05-09');
  });

  it('does not join a second person\'s role: "named Doe as CEO and Roe as CFO"', () => {
    const r = run('The Board named Ilse Brandvold as Chief Executive Officer and Tomas Quirke as Chief Financial Officer, effective June 2, 2027.', '2027-05-20');
    expect(only(r, 'Ilse Brandvold').roleAfter).toBe('Chief Executive Officer');
    expect(only(r, 'Tomas Quirke').roleAfter).toBe('Chief Financial Officer');
  });
});

describe('officer tables', () => {
  it('reads one appointment per Name/Title row of an HTML table after "appointed the following officers"', () => {
    const html = `<html><body>
<p>Item 5.02 Changes in Directors and Officers.</p>
<p>On May 3, 2027, the Board of Directors of Pelican Cove Logistics, Inc. (the &ldquo;Company&rdquo;) appointed the following individuals as officers of the Company, effective May 10, 2027:</p>
<table>
<tr><td><b>Name</b></td><td><b>Title</b></td></tr>
<tr><td>Laura Kimball</td><td>Chief Financial Officer</td></tr>
<tr><td>Tobias Renner</td><td>Senior Vice President, General Counsel and Corporate Secretary</td></tr>
<tr><td>Mei-Ling Zhou</td><td>Senior Vice President and Chief Accounting Officer</td></tr>
</table>
<p>There are no family relationships between any of the individuals named above and any director or executive officer of the Company.</p>
</body></html>`;
    const r = run(htmlToText(html));
    expect(r.events.map((e) => e.person)).toEqual(['Laura Kimball', 'Tobias Renner', 'Mei-Ling Zhou']);
    expect(only(r, 'Laura Kimball').roleAfter).toBe('Chief Financial Officer');
    expect(only(r, 'Tobias Renner').roleAfter).toBe('Senior Vice President, General Counsel and Corporate Secretary');
    expect(only(r, 'Mei-Ling Zhou').roleAfter).toBe('Senior Vice President and Chief Accounting Officer');
    for (const e of r.events) {
      expect(e.change).toBe('appointed');
      expect(e.effective).toBe('2027-05-10');
    }
  });

  it('reads an Age column, and former and new titles from the header', () => {
    const text = `${ITEM_502}On June 1, 2027, the following officers of Quillfeather Bancorp (the "Company") were promoted by the Board, effective immediately:\n\nName\tAge\tPrevious Position\tNew Position\nOrla Devereux\t52\tSenior Vice President, Treasury\tExecutive Vice President and Treasurer\nBenedikt Sauer\t47\tVice President, Credit Administration\tSenior Vice President and Chief Credit Officer\n`;
    const r = run(text, '2027-06-02');
    const orla = only(r, 'Orla Devereux');
    expect(orla.change).toBe('promoted');
    expect(orla.roleBefore).toBe('Senior Vice President, Treasury');
    expect(orla.roleAfter).toBe('Executive Vice President and Treasurer');
    expect(orla.effective).toBe('2027-06-01');
    expect(only(r, 'Benedikt Sauer').roleAfter).toBe('Senior Vice President and Chief Credit Officer');
    expect(r.events).toHaveLength(2);
  });

  it('takes a row\'s own effective date from a date cell', () => {
    const text = `On July 8, 2027, the Board named the following executive officers:\nName\tPosition\tEffective Date\nKasimir Lund\tChief Operating Officer\tJuly 15, 2027\nAnya Petrakis\tChief Marketing Officer\tAugust 2, 2027\n`;
    const r = run(text, '2027-07-09');
    expect(only(r, 'Kasimir Lund').effective).toBe('2027-07-15');
    expect(only(r, 'Anya Petrakis').effective).toBe('2027-08-02');
  });

  it('finds nothing in a table of pay set for officers (Item 5.02(e))', () => {
    const text = `${ITEM_502}On February 12, 2027, the Compensation Committee of the Board approved the following base salaries for the following executive officers, effective March 1, 2027:\nName\tTitle\t2027 Base Salary\nLaura Kimball\tChief Financial Officer\t$465,000\nTobias Renner\tGeneral Counsel\t$410,000\n`;
    expect(run(text, '2027-02-14').events).toEqual([]);
  });

  it('reads "approved the following appointments" with the title first and the name second', () => {
    const text = `On September 14, 2027, the Board approved the following appointments, effective October 1, 2027:\nPosition\tName\nChief Risk Officer\tFenella Oduya\nController\tAmos Whitcombe\n`;
    const r = run(text, '2027-09-15');
    expect(only(r, 'Fenella Oduya').roleAfter).toBe('Chief Risk Officer');
    expect(only(r, 'Amos Whitcombe').roleAfter).toBe('Controller');
    expect(only(r, 'Amos Whitcombe').effective).toBe('2027-10-01');
  });

  it('finds nothing in a table of officers who will host a call', () => {
    const text = `Pelican Cove Logistics, Inc. named its auditors and announced that the following executive officers will host the conference call on August 3, 2027:\nName\tTitle\nLaura Kimball\tChief Financial Officer\nTobias Renner\tGeneral Counsel\n`;
    expect(run(text, '2027-07-20').events).toEqual([]);
  });

  it('finds nothing in a roster of current officers or in shareholder vote results', () => {
    const roster = `The executive officers of the Company are listed below.\nName\tTitle\nLaura Kimball\tChief Financial Officer\nTobias Renner\tGeneral Counsel\n`;
    expect(run(roster, '2027-02-14').events).toEqual([]);
    const votes = `${ITEM_502.replace('5.02', '5.07')}At the annual meeting held on May 20, 2027, the stockholders elected the following directors:\nNominee\tFor\tWithheld\nLaura Kimball\t10,452,118\t211,904\nTobias Renner\t10,398,220\t265,802\n`;
    expect(run(votes, '2027-05-22').events).toEqual([]);
  });
});
