// Shapes of real 8-K Item 5.02 sections and wire releases that the sentence rules alone misread: obituaries
// of people who had already left, pronouns inside a "who" clause, two appointments in one sentence each with
// its own role, hedged effective dates and a date stated once for several changes. Every text is our own
// writing; companies and people are fictional.
import { describe, expect, it } from 'vitest';
import { only, run } from './extraction-test-helpers.js';

describe('deaths', () => {
  it('finds no event in an obituary of a former officer who retired years ago', () => {
    const r = run(
      'GRAND RAPIDS, Mich., Aug. 4, 2026 -- Ostwald Furniture Company is saddened by the death of Lorraine K. Ostwald, who served as the company\'s President from 1981 until her retirement in 1999. Ms. Ostwald died on August 1, 2026, surrounded by her family. "Lorraine shaped who we are," said Chief Executive Officer Tobias Renner.',
      '2026-08-04',
    );
    expect(r.events).toEqual([]);
  });

  it('still reports the death of a sitting director', () => {
    const r = run(
      'Item 5.02(b). On October 9, 2026, Quarrington Mills, Inc. (the "Company") learned that Desmond J. Halloway, a member of its Board of Directors since 2019, died on October 7, 2026. Mr. Halloway served on the Audit Committee.',
      '2026-10-12',
    );
    const e = only(r, 'Desmond J. Halloway');
    expect(e.change).toBe('departed');
    expect(e.effective).toBe('2026-10-07');
  });
});

describe('pronouns in a relative clause', () => {
  it('gives "she will not seek re-election" to the director the who-clause hangs on, not to her successor', () => {
    const r = run(
      'Item 5.02(d). On March 17, 2026, the Board of Directors of Penhallow Bancorp, Inc. (the "Company") nominated Idris M. Kettering for election as a director at the 2026 Annual Meeting of Shareholders. Mr. Kettering is expected to succeed Gwendolyn Ashcombe, who told the Board that she will not stand for re-election at the meeting.',
      '2026-03-19',
    );
    expect(only(r, 'Idris M. Kettering').change).toBe('nominated');
    const leaver = only(r, 'Gwendolyn Ashcombe');
    expect(leaver.change).toBe('not_standing');
    expect(leaver.effective).toBe('agm');
  });
});

describe('two appointments in one sentence', () => {
  it('reads "appointed Doe as Chair, and Roe, the COO, as CEO" as two people with their own roles', () => {
    const r = run(
      'HOUSTON, June 2, 2026 (BUSINESS WIRE) -- Brackenridge Energy Corp. (NYSE: BKE) announced today that its Board of Directors has elected Cornelius Vantongeren as Chairman of the Board, and Amara Okonjo-Bell, the company\'s Chief Operating Officer, as Chief Executive Officer and President. Both changes take effect July 1, 2026.',
      '2026-06-02',
    );
    const chair = only(r, 'Cornelius Vantongeren');
    expect(chair.roleAfter).toBe('Chairman of the Board');
    expect(chair.roleBefore).toBeNull();
    expect(chair.effective).toBe('2026-07-01');
    const ceo = only(r, 'Amara Okonjo-Bell');
    expect(ceo.roleAfter).toBe('Chief Executive Officer and President');
    expect(ceo.effective).toBe('2026-07-01');
  });
});

describe('hedged effective dates', () => {
  it('reads "effective on or about <date>" as the start date', () => {
    const r = run(
      'Item 5.02(c). On January 12, 2026, the Board of Directors of Thistlewood Labs, Inc. (the "Company") appointed Bernadette O. Quist as Chief Scientific Officer, effective on or about February 2, 2026.',
      '2026-01-14',
    );
    expect(only(r, 'Bernadette O. Quist').effective).toBe('2026-02-02');
  });

  it('reads "effective no later than <date>" as the leaving date', () => {
    const r = run(
      'Item 5.02(b). On May 4, 2026, Clement Ravensworth, Chief Information Officer of Dunleigh Stores, Inc. (the "Company"), informed the Company that he will resign, effective no later than June 12, 2026, to pursue another opportunity.',
      '2026-05-06',
    );
    const e = only(r, 'Clement Ravensworth');
    expect(e.change).toBe('departed');
    expect(e.effective).toBe('2026-06-12');
  });
});

describe('successors named through the predecessor', () => {
  it('reads "appointed Roe, currently CFO, as his successor" as Roe taking the leaver\'s role', () => {
    const r = run(
      'EDINBURGH, 3 March 2026 -- Glenrothes Holdings plc announces that Hamish Carruthers will retire as Chief Executive with effect from 31 July 2026. The Board has appointed Isla Macfarlane, currently Chief Operating Officer, as his successor with effect from 1 August 2026.',
      '2026-03-03',
    );
    const e = only(r, 'Isla Macfarlane');
    expect(e.change).toBe('promoted');
    expect(e.roleAfter).toBe('Chief Executive');
    expect(e.effective).toBe('2026-08-01');
    expect(only(r, 'Hamish Carruthers').change).toBe('retiring');
  });
});

describe('leaving dates stated apart from the notice', () => {
  it('dates a retirement by "his retirement will be effective <date>", not by the day he gave notice', () => {
    const r = run(
      'Item 5.02(b). On January 13, 2026, Percival D. Ormsby, Vice President and Treasurer of Lyndhurst Chemical Company (the "Company"), informed the Company of his intention to retire. Mr. Ormsby will remain in his role through the filing of the Company\'s Annual Report on Form 10-K, and his retirement will be effective April 3, 2026.',
      '2026-01-15',
    );
    const e = only(r, 'Percival D. Ormsby');
    expect(e.change).toBe('retiring');
    expect(e.effective).toBe('2026-04-03');
  });
});

describe('recaps and lead-ins', () => {
  it('finds no event in a recap of a retirement effective weeks before the filing, told beside a consulting agreement', () => {
    const r = run(
      'Item 5.02(e). As previously disclosed in the Current Report on Form 8-K filed on November 3, 2025, Elspeth N. Varga retired as Chief Operating Officer of Wexcombe Tools, Inc. (the "Company") effective November 28, 2025. On January 16, 2026, the Company and Ms. Varga entered into a consulting agreement under which Ms. Varga will advise the Company for a fee of $20,000 a month.',
      '2026-01-20',
    );
    expect(r.events).toEqual([]);
  });

  it('gives the date of "announced the following appointments, effective <date>:" to each appointment listed under it', () => {
    const r = run(
      'OMAHA, Neb., Feb. 9, 2026 /PRNewswire/ -- Prairieland Mutual Holdings (NASDAQ: PMHX) announced the following leadership changes, effective February 2, 2026:\n\nGraciela Montoya has been named Chief Actuary. She previously served as Vice President, Pricing.\n\nBenedikt Aurand has been named General Counsel. He joins from Hartline Insurance Group.',
      '2026-02-09',
    );
    expect(only(r, 'Graciela Montoya').effective).toBe('2026-02-02');
    expect(only(r, 'Benedikt Aurand').effective).toBe('2026-02-02');
  });
});

describe('back-references and stopgaps', () => {
  it('finds no event in a 5.02(e) transition agreement "in connection with the previously announced retirement of" an officer', () => {
    const r = run(
      'Item 5.02(e). On October 6, 2026, Brackley Controls, Inc. (the "Company") entered into a transition services agreement with Rosalind Everard, the Company\'s Senior Vice President, Quality, in connection with the previously announced retirement of Ms. Everard effective January 8, 2027. Under the agreement Ms. Everard will receive a payment of $150,000.',
      '2026-10-08',
    );
    expect(r.events).toEqual([]);
  });

  it('dates an interim appointment told right after a departure "effective immediately" by that day', () => {
    const r = run(
      'Item 5.02(b),(c). On April 14, 2026, the Board of Directors of Tamworth Credit Union Bancorp (the "Company") terminated the employment of Lionel F. Atherby as Chief Financial Officer, effective immediately. The Board appointed Giselle Marchetti, the Company\'s Controller, as acting Chief Financial Officer.',
      '2026-04-16',
    );
    expect(only(r, 'Lionel F. Atherby').effective).toBe('2026-04-14');
    const e = only(r, 'Giselle Marchetti');
    expect(e.change).toBe('interim');
    expect(e.effective).toBe('2026-04-14');
  });
});

describe('more filing shapes', () => {
  it('reads "notified <Company>, Inc. (the "Company") of his resignation as <role>" across the abbreviation', () => {
    const r = run(
      'Item 5.02(b). On March 30, 2026, Augustin Pellerin notified Wyndcliff Analytics, Inc. (the "Company") of his resignation as Chief Product Officer, effective April 24, 2026.',
      '2026-04-01',
    );
    const e = only(r, 'Augustin Pellerin');
    expect(e.change).toBe('departed');
    expect(e.roleBefore).toBe('Chief Product Officer');
    expect(e.effective).toBe('2026-04-24');
  });

  it('finds no event when an executive is elected to lead an industry association', () => {
    const r = run(
      'RICHMOND, Va., Feb. 17, 2026 -- Colonial Rail Services announced that its President, Desmond Oakes, has been elected Chairman of the Virginia Freight Council for a two-year term.',
      '2026-02-17',
    );
    expect(r.events).toEqual([]);
  });

  it('dates bulleted changes by "approved the following changes to its executive officers, each effective <date>:"', () => {
    const r = run(
      'Item 5.02(c). On June 3, 2026, the Board of Directors of Merriwether Foods, Inc. (the "Company") approved the following changes to the Company\'s executive officers, each effective July 1, 2026:\n\n• Rosamund Kile, currently Senior Vice President, Supply Chain, will become Chief Operating Officer.\n• Emeka Obi will join the Company as Chief Information Officer.',
      '2026-06-05',
    );
    expect(only(r, 'Rosamund Kile').effective).toBe('2026-07-01');
    expect(only(r, 'Emeka Obi').effective).toBe('2026-07-01');
  });
});

describe('interim officers going back', () => {
  it('reads "who will resume her role as <role>" as a move back, not a departure', () => {
    const r = run(
      'Item 5.02(c). On September 8, 2026, the Board of Directors of Ashgrove Utilities, Inc. (the "Company") appointed Cyril Mortimer as Chief Financial Officer, effective September 21, 2026. Mr. Mortimer will succeed Henrietta Vale, who has served as interim Chief Financial Officer since May 2026 and who will resume her role as Vice President, Investor Relations.',
      '2026-09-10',
    );
    const e = only(r, 'Henrietta Vale');
    expect(e.change).toBe('role_change');
    expect(e.roleAfter).toBe('Vice President, Investor Relations');
    expect(only(r, 'Cyril Mortimer').change).toBe('appointed');
  });
});

describe('a chair who stays on the board', () => {
  it('reads "succeeding Doe, who will continue to serve as a director" after a new Chair as Doe moving, not leaving', () => {
    const r = run(
      'Item 5.02(d). On February 19, 2026, the Board of Directors of Pellingham Bancorp, Inc. (the "Company") elected Roderick S. Fane, a current director, as Chairman of the Board, effective March 1, 2026, succeeding Isadora Quill, who will continue to serve as a director.',
      '2026-02-23',
    );
    const e = only(r, 'Isadora Quill');
    expect(e.change).toBe('role_change');
    expect(e.roleBefore).toBe('Chairman of the Board');
    expect(e.roleAfter).toBe('director');
  });
});

describe('successors, start dates and advisers', () => {
  it('finds no departure for a predecessor "who was named CEO in <month>", and dates the successor by "She will start <date>"', () => {
    const r = run(
      'LOUISVILLE, Ky., Jan. 12, 2026 -- Bluegrass Cartage Co. today named Henrike Olsen, 41, its new chief financial officer. She will start Jan. 26, 2026. Olsen replaces Travis Mabry, who was named the company\'s chief executive officer in October.',
      '2026-01-12',
    );
    expect(r.events.map((e) => e.person)).toEqual(['Henrike Olsen']);
    const e = only(r, 'Henrike Olsen');
    expect(e.roleAfter).toBe('chief financial officer');
    expect(e.effective).toBe('2026-01-26');
  });

  it('finds no event when a newcomer is appointed an Operating Partner or to a Scientific Advisory Board', () => {
    const r = run(
      'CAMBRIDGE, Mass., March 2, 2026 -- Northwall Ventures announced that it has appointed Lydia Brandvold, former Chief Operating Officer of Spruce Diagnostics, as an Operating Partner. Separately, its portfolio company Anselm Bio has appointed Dr. Kenji Watanabe to its Scientific Advisory Board.',
      '2026-03-02',
    );
    expect(r.events).toEqual([]);
  });

  it('still reports an officer who moves to a Senior Advisor role', () => {
    const r = run(
      'Item 5.02(b). On June 1, 2026, Oriel Summers, the Chief Financial Officer of Tessington Corp. (the "Company"), informed the Company that she will transition to the role of Senior Advisor, effective July 1, 2026.',
      '2026-06-03',
    );
    const e = only(r, 'Oriel Summers');
    expect(e.roleAfter).toBe('Senior Advisor');
    expect(e.effective).toBe('2026-07-01');
  });
});

describe('roles before', () => {
  it('reads "Doe, formerly Senior Vice President, Sales, as Chief Revenue Officer" as a promotion', () => {
    const r = run(
      'Item 5.02(c). On March 2, 2026, the Board of Directors of Coldharbour Systems, Inc. (the "Company") appointed Perpetua Lindahl, formerly Senior Vice President, Sales, as the Company\'s Chief Revenue Officer, effective immediately.',
      '2026-03-04',
    );
    const e = only(r, 'Perpetua Lindahl');
    expect(e.change).toBe('promoted');
    expect(e.roleBefore).toBe('Senior Vice President, Sales');
  });

  it('gives no role before, and no promotion, when the new role is only read twice', () => {
    const r = run(
      'BANGOR, Maine, Jan. 5, 2026 -- Penobscot Timber Co. today named Sigrid Halvorsen, 46, its new chief financial officer. Halvorsen replaces Owen Tuttle, who was named the company\'s president in November.',
      '2026-01-05',
    );
    const e = only(r, 'Sigrid Halvorsen');
    expect(e.change).toBe('appointed');
    expect(e.roleBefore).toBeNull();
  });
});
