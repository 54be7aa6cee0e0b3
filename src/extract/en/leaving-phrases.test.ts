// Ways of saying that someone leaves, and contract terms that only sound like it: conditional terminations,
// "employment will terminate", "last day", boards that decline to renominate, and retirements told next to a
// career history. Every text is our own writing in the style of an 8-K Item 5.02 section or a wire press
// release; companies and people are fictional.
import { describe, expect, it } from 'vitest';
import { only, run } from './extraction-test-helpers.js';

describe('conditional and hypothetical terminations', () => {
  it('finds no departure in an award that accelerates "if his employment is terminated without cause"', () => {
    const r = run(
      "Item 5.02(e). On February 3, 2026, the Board's Compensation Committee of Marrowgate Logistics, Inc. (the \"Company\") granted Orlando V. Prentiss, the Company's Chief Operating Officer, 40,000 restricted stock units that vest ratably over three years, subject to his continued employment, and that will vest in full if his employment is terminated without cause or if he resigns for good reason within twelve months following a change in control.",
      '2026-02-05',
    );
    expect(r.events).toEqual([]);
  });

  it('finds no departure in severance terms "in the event of", "upon a" and "may be terminated"', () => {
    const r = run(
      "Item 5.02(e). On January 20, 2026, Tenby Water Holdings, Inc. entered into an employment agreement with Delphine Ashdown-Hale, its Chief Financial Officer. In the event of a termination of Ms. Ashdown-Hale's employment without cause, or upon a resignation for good reason, she will receive eighteen months of base salary. Ms. Ashdown-Hale's employment may be terminated by either party on sixty days' notice. Should her service as an officer end before the first anniversary of the agreement, her signing bonus must be repaid. She will also receive a payment if, during the term, her employment with the Company will terminate for any reason other than cause.",
      '2026-01-22',
    );
    expect(r.events).toEqual([]);
  });
});

describe('employment that will terminate or end', () => {
  it('reads "Mr. X\'s employment with the Company will terminate effective <date>" with the role it names', () => {
    const r = run(
      'Item 5.02(b). On March 2, 2026, Corliss Freight Systems, Inc. (the "Company") announced that Gideon P. Thorvaldsen\'s employment with the Company as Executive Vice President, Sales will terminate effective April 17, 2026.',
      '2026-03-04',
    );
    const e = only(r, 'Gideon P. Thorvaldsen');
    expect(e.change).toBe('departed');
    expect(e.roleBefore).toBe('Executive Vice President, Sales');
    expect(e.effective).toBe('2026-04-17');
  });

  it('reads "his employment will end on <date>" and "Her last day of employment will be <date>"', () => {
    const r = run(
      'Item 5.02(b). Wendell A. Ostrowski, the Chief Information Officer of Saltire Foods Corp. (the "Company"), and the Company have agreed that his employment will end on April 30, 2026. Separately, Rowena Achterberg informed the Company that she will resign as Chief People Officer. Her last day of employment will be May 29, 2026.',
      '2026-03-04',
    );
    const ostrowski = only(r, 'Wendell A. Ostrowski');
    expect(ostrowski.change).toBe('departed');
    expect(ostrowski.effective).toBe('2026-04-30');
    const achterberg = only(r, 'Rowena Achterberg');
    expect(achterberg.change).toBe('departed');
    expect(achterberg.roleBefore).toBe('Chief People Officer');
    expect(achterberg.effective).toBe('2026-05-29');
  });
});

describe('directors the board does not put up again', () => {
  it('reads "determined not to renominate X" as not standing, at the annual meeting', () => {
    const r = run(
      'Item 5.02(b). On March 9, 2026, the Nominating and Governance Committee of the Board of Directors of Pelham Mutual Bancorp (the "Company") determined not to renominate Ezra J. Wexford for election at the Company\'s 2026 Annual Meeting of Shareholders. Mr. Wexford\'s term as a director will expire at the Annual Meeting.',
      '2026-03-11',
    );
    const e = only(r, 'Ezra J. Wexford');
    expect(e.change).toBe('not_standing');
    expect(e.roleBefore).toBe('director');
    expect(e.effective).toBe('agm');
  });

  it('reads "will not be nominated for re-election" but not "will be nominated for re-election"', () => {
    const out = run('Adaeze Mbeki will not be nominated for re-election at the 2026 annual meeting of stockholders of Corvid Paper Co.', '2026-03-11');
    expect(only(out, 'Adaeze Mbeki').change).toBe('not_standing');
    expect(only(out, 'Adaeze Mbeki').effective).toBe('agm');
    expect(run('Adaeze Mbeki will be nominated for re-election to the Board at the 2026 annual meeting.', '2026-03-11').events).toEqual([]);
  });
});

describe('career history beside a future change', () => {
  it('keeps "X, who has led the company since 2011, will retire as CEO on that date"', () => {
    const r = run(
      'AUSTIN, Texas, Feb. 9, 2026 /PRNewswire/ -- Quarrystone Materials Corp. (NYSE: QSM) today announced that Beatrix Holloway, currently Chief Operating Officer, will succeed Leopold N. Garrick as Chief Executive Officer, effective May 1, 2026. Mr. Garrick, who has led Quarrystone since 2011, will retire as CEO on that date and will remain a director through the 2027 annual meeting.',
      '2026-02-09',
    );
    const garrick = only(r, 'Leopold N. Garrick');
    expect(garrick.change).toBe('retiring');
    expect(garrick.effective).toBe('2026-05-01');
    expect(only(r, 'Beatrix Holloway').change).toBe('promoted');
  });

  it('still drops a succession told in the past tense inside a career history', () => {
    const r = run('Corin Aldous served as Chief Executive Officer of Tamsworth Mills from 2009 to 2019 and was succeeded by Mabel Quist.', '2026-05-04');
    expect(r.events).toEqual([]);
  });
});
