// Whole-filing patterns of English extraction: a full 8-K with cover page, signatures and exhibits; the
// boilerplate of Item 5.02(b)/(c)/(d) paragraphs; successions written with the successor as the subject.
// All companies and people are fictional.
import { describe, expect, it } from 'vitest';
import { extractEnglish } from './extract-english.js';
import { only, run } from './extraction-test-helpers.js';

const FULL_8K = `UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 8-K

CURRENT REPORT
Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

Date of Report (Date of earliest event reported): April 28, 2025

GRANITE BAY INSTRUMENTS, INC.
(Exact name of registrant as specified in its charter)

Check the appropriate box below if the Form 8-K filing is intended to simultaneously satisfy the filing obligation of the registrant under any of the following provisions:

Item 5.02 Changes in Directors and Officers.

(b) On April 28, 2025, Leonard P. Szabo informed the Board of Directors (the "Board") of Granite Bay Instruments, Inc. (the "Company") of his intention to retire as Chief Financial Officer, effective as of the close of business on June 30, 2025. Mr. Szabo's decision to retire was not the result of any disagreement with the Company.

(c) On April 28, 2025, the Board appointed Renata Kowalczyk, age 49, to serve as the Company's Chief Financial Officer, effective July 1, 2025. Ms. Kowalczyk has served as the Company's Vice President, Corporate Controller since March 2019. Prior to joining the Company, Ms. Kowalczyk served as Corporate Controller of Eastlake Devices Corp. from 2012 to 2019.

There are no arrangements or understandings between Ms. Kowalczyk and any other persons pursuant to which she was selected as an officer. There are no family relationships between Ms. Kowalczyk and any director or executive officer of the Company.

In connection with her appointment, Ms. Kowalczyk's annual base salary will be increased to $385,000.

Item 9.01 Exhibits.

(d) Exhibits
99.1 Press release of Granite Bay Instruments, Inc., dated April 29, 2025.

SIGNATURES

As the Exchange Act requires, this report is signed for the registrant by the officer named below.

GRANITE BAY INSTRUMENTS, INC.
By: /s/ Leonard P. Szabo
Name: Leonard P. Szabo
Title: Chief Financial Officer
Date: April 29, 2025

EX-99.1

Granite Bay Instruments Announces CFO Succession

SACRAMENTO, Calif., April 29, 2025 (BUSINESS WIRE) -- Granite Bay Instruments, Inc. (Nasdaq: GBAY) today announced that Leonard P. Szabo will retire as Chief Financial Officer on June 30, 2025 and that Renata Kowalczyk will succeed him.

EX-10.1

EMPLOYMENT AGREEMENT
If the Executive resigns for Good Reason or is terminated without Cause, the Executive shall be entitled to severance.
`;

describe('a whole 8-K', () => {
  it('reads Items 5.02(b) and (c) and the press release, ignoring the cover, signatures and contracts', () => {
    const r = run(FULL_8K);
    expect(r.events).toHaveLength(2);
    const szabo = only(r, 'Leonard P. Szabo');
    expect(szabo.change).toBe('retiring');
    expect(szabo.roleBefore).toBe('Chief Financial Officer');
    expect(szabo.effective).toBe('2025-06-30');
    const kowalczyk = only(r, 'Renata Kowalczyk');
    expect(kowalczyk.change).toBe('appointed');
    expect(kowalczyk.roleAfter).toBe('Chief Financial Officer');
    expect(kowalczyk.effective).toBe('2025-07-01');
  });
});

describe('5.02(d) board elections', () => {
  it('reads an appointment to fill a vacancy on an enlarged board', () => {
    const r = run(
      'On September 9, 2025, the Board of Directors of Fernhill Biosciences, Inc. increased the size of the Board from seven to eight members and appointed Caroline Ashdown-Pryce to fill the resulting vacancy, effective immediately. Ms. Ashdown-Pryce will serve as a Class II director.',
    );
    const e = only(r, 'Caroline Ashdown-Pryce');
    expect(e.change).toBe('appointed');
    expect(e.roleAfter).toBe('director');
    expect(e.effective).toBe('2025-09-09');
  });

  it('reads a director resignation accepted by the board', () => {
    const r = run(
      'On October 2, 2025, the Board of Directors of Wexford Marine Corp. accepted the resignation of Dmitri Volkov as a director, effective immediately. Mr. Volkov did not resign because of a disagreement with the Company.',
    );
    const e = only(r, 'Dmitri Volkov');
    expect(e.change).toBe('departed');
    expect(e.roleBefore).toBe('director');
    expect(e.effective).toBe('2025-10-02');
  });

  it('reads "intention to retire from the Board effective as of the Annual Meeting"', () => {
    const r = run(
      'On February 20, 2026, Gordon Achterberg notified the Company of his intention to retire from the Board effective as of the Annual Meeting of Shareholders.',
    );
    const e = only(r, 'Gordon Achterberg');
    expect(e.change).toBe('retiring');
    expect(e.effective).toBe('agm');
  });
});

describe('successions written around the successor', () => {
  it('reads "X will succeed Y as CEO" with Y leaving at the same date', () => {
    const r = run(
      'Larchmont Paper Co. announced that Imogen Reyes will succeed Howard Blakely as Chief Executive Officer, effective January 1, 2026. Mr. Blakely will remain with the company as an advisor through March 2026.',
      '2025-10-15',
    );
    const reyes = only(r, 'Imogen Reyes');
    expect(reyes.change).toBe('appointed');
    expect(reyes.roleAfter).toBe('Chief Executive Officer');
    expect(reyes.effective).toBe('2026-01-01');
    const blakely = only(r, 'Howard Blakely');
    expect(blakely.change).toBe('departed');
    expect(blakely.effective).toBe('2026-01-01');
  });

  it('reads "was named ..., replacing Y, who resigned" and the step down "upon the appointment of a successor"', () => {
    const r = run(
      'Theo Marchetti was named Chief Operating Officer of Brightwater Utilities, replacing Susan Greer, who resigned in August. Separately, Chief Executive Officer Dale Pruitt informed the board that he intends to step down upon the appointment of a successor.',
      '2025-09-02',
    );
    expect(only(r, 'Theo Marchetti').roleAfter).toBe('Chief Operating Officer of Brightwater Utilities');
    expect(only(r, 'Susan Greer').change).toBe('departed');
    const pruitt = only(r, 'Dale Pruitt');
    expect(pruitt.change).toBe('departed');
    expect(pruitt.effective).toBe('upon successor');
  });

  it('keeps the officer and the board seat of one person apart when both change', () => {
    const r = run(
      'Pinecrest Labs today announced that Nora Lindgren will join the company as Chief Executive Officer and President, effective October 6, 2025. Ms. Lindgren has also been appointed to the Board of Directors.',
      '2025-09-15',
    );
    const events = r.events.filter((e) => e.person === 'Nora Lindgren');
    expect(events.map((e) => e.roleAfter).sort()).toEqual(['Board of Directors', 'Chief Executive Officer and President']);
  });
});

describe('texts that only mention executives', () => {
  it('ignores a quote attribution that recalls how the speaker joined', () => {
    const r = run(
      '"Our backlog has never been stronger," said Priyanka Sethi, who recently joined Holloway Aerospace as Chief Commercial Officer. The company also raised its full-year guidance.',
      '2025-08-06',
    );
    expect(r.events).toEqual([]);
  });

  it('ignores re-elected directors in a shareholder-meeting report', () => {
    const r = run(
      'At the annual meeting held on May 20, 2025, the shareholders re-elected Arthur Penhaligon and Miriam Oduya as directors and ratified the appointment of Baxter & Reid LLP as auditors.',
      '2025-05-21',
    );
    expect(r.events).toEqual([]);
    expect(r.fiscal.agmDate).toBe('2025-05-20');
  });

  it('ignores a promotion referred back to in a compensation paragraph', () => {
    const r = run(
      'In connection with Mr. Whitaker\'s previously announced promotion to President, the Compensation Committee approved an increase of his base salary to $550,000. Mr. Whitaker\'s appointment was reported on a Current Report on Form 8-K filed on January 6, 2025.',
      '2025-02-14',
    );
    expect(r.events).toEqual([]);
  });
});

describe('more ways of saying it', () => {
  it('reads "will serve as interim CEO" and a board removing its CEO', () => {
    const r = run(
      'The Board of Directors of Caldera Outdoor Brands, Inc. today removed Preston Holloway as Chief Executive Officer. Chief Operating Officer Yvette Marchand will serve as interim Chief Executive Officer while the Board conducts a search.',
      '2025-03-12',
    );
    const holloway = only(r, 'Preston Holloway');
    expect(holloway.change).toBe('departed');
    expect(holloway.roleBefore).toBe('Chief Executive Officer');
    const marchand = only(r, 'Yvette Marchand');
    expect(marchand.change).toBe('interim');
    expect(marchand.roleBefore).toBe('Chief Operating Officer');
  });

  it('reads "ceased to serve as" and a name with a lower-case particle', () => {
    const r = run(
      `On June 2, 2025, Ken d'Aubigny ceased to serve as the Company's Chief Legal Officer and Corporate Secretary.`,
      '2025-06-04',
    );
    const e = only(r, "Ken d'Aubigny");
    expect(e.change).toBe('departed');
    expect(e.roleBefore).toBe('Chief Legal Officer and Corporate Secretary');
    expect(e.effective).toBe('2025-06-02');
  });

  it('does not take a committee chair for a change of office', () => {
    const r = run('Lydia Brennan will serve as chair of the Board\'s Nominating and Governance Committee.', '2025-04-01');
    expect(r.events).toEqual([]);
  });

  it('reads a news-style report with the company as the speaker', () => {
    const r = run(
      'Harwick Steel said on Tuesday that its chief executive, Gavin Thorne, would step down at the end of the year and that finance chief Leah Okafor would take over as CEO.',
      '2025-09-16',
    );
    expect(only(r, 'Gavin Thorne').change).toBe('departed');
    const okafor = only(r, 'Leah Okafor');
    expect(okafor.roleAfter).toBe('CEO');
  });
});

describe('shareholder meetings, severance plans and headline verbs', () => {
  it('finds no change in an Item 5.07 slate election', () => {
    const r = run(
      "Item 5.07 Submission of Matters to a Vote of Security Holders.\n\nAt the Company's Annual Meeting of Stockholders held on May 14, 2025, the stockholders elected each of Jane Corrigan, Robert Imbert and Mary Stoltz as directors to serve until the 2026 annual meeting.",
      '2025-05-16',
    );
    expect(r.events).toEqual([]);
    expect(r.fiscal.agmDate).toBe('2025-05-14');
  });

  it('finds no change in a severance plan that names its participants', () => {
    const r = run(
      `Item 5.02(e)\n\nOn March 3, 2025, the Compensation Committee adopted the Tollard Executive Severance Plan (the "Plan"). Under the Plan, if a participant's employment is terminated by the Company without cause or the participant resigns for good reason, the participant will receive severance. The Company's named executive officers, including Lorenzo Vitale, Hannah Kirsch and Peter Olesen, are participants in the Plan.`,
    );
    expect(r.events).toEqual([]);
  });

  it('does not take the company in "Acme Robotics Names ..." for a person', () => {
    const r = run(
      'Ardent Robotics Names New Head of Sales for EMEA\n\nArdent Robotics today announced that Fatima Rahal has been named Vice President of Sales for Europe, the Middle East and Africa. Rahal joins from Orbis Machines, where she served as sales director since 2019.',
      '2025-06-01',
    );
    expect(r.events.map((e) => e.person)).toEqual(['Fatima Rahal']);
  });
});

describe('term boilerplate and notices', () => {
  it('reads a director appointment whose term runs "until her successor is duly elected" as effective at once', () => {
    const r = run(
      'On May 5, 2025, the Board of Directors (the “Board”) of Quarry Lane Foods, Inc. (the “Company”), upon the recommendation of the Nominating and Corporate Governance Committee, appointed Odette Marchbanks as a member of the Board, effective immediately, to serve until the Company’s 2026 annual meeting of stockholders and until her successor is duly elected and qualified.',
    );
    const e = only(r, 'Odette Marchbanks');
    expect(e.change).toBe('appointed');
    expect(e.effective).toBe('2025-05-05');
  });

  it('reads "notified the Board of his resignation" and "will be leaving"', () => {
    const r = run(
      'On August 11, 2025, Clement Farrow notified the Board of his resignation as a director of the Company, effective August 31, 2025. Separately, Chief People Officer Ingrid Solberg will be leaving the Company at the end of September 2025.',
    );
    const farrow = only(r, 'Clement Farrow');
    expect(farrow.change).toBe('departed');
    expect(farrow.roleBefore).toBe('director');
    expect(farrow.effective).toBe('2025-08-31');
    const solberg = only(r, 'Ingrid Solberg');
    expect(solberg.change).toBe('departed');
    expect(solberg.roleBefore).toBe('Chief People Officer');
    expect(solberg.effective).toMatch(/^2025-09/u);
  });

  it('reads "announced the retirement of" as a retirement', () => {
    const r = run('Fallbrook Mutual announced the retirement of Executive Vice President Simone Achebe, effective December 31, 2025.', '2025-10-01');
    const e = only(r, 'Simone Achebe');
    expect(e.change).toBe('retiring');
    expect(e.roleBefore).toBe('Executive Vice President');
    expect(e.effective).toBe('2025-12-31');
  });
});

describe('successors who take over a role or its duties', () => {
  it('gives "named X ..., to succeed Mr. Y upon his retirement" Y\'s role and date', () => {
    const r = run(
      'WILMINGTON, Del., Feb. 3, 2025 (GLOBE NEWSWIRE) -- Tidewater Savings Bancorp (NASDAQ: TWSB) today announced that Senior Vice President and Chief Financial Officer Harold J. Pemberton, Jr. plans to retire on April 30, 2025. The Company has named Deepa Natarajan, currently Treasurer, to succeed Mr. Pemberton upon his retirement.',
      '2025-02-03',
    );
    expect(only(r, 'Harold J. Pemberton, Jr.').change).toBe('retiring');
    const e = only(r, 'Deepa Natarajan');
    expect(e.roleBefore).toBe('Treasurer');
    expect(e.roleAfter).toBe('Senior Vice President and Chief Financial Officer');
    expect(e.effective).toBe('2025-04-30');
  });

  it('reads "will assume the duties of ... until a successor is appointed" as interim', () => {
    const r = run(
      "Item 5.02. On July 15, 2025, Marcus Bell resigned from his position as Chief Accounting Officer of the Company. The Company's Chief Financial Officer, Rita Chowdhury, will assume the duties of principal accounting officer until a successor is appointed.",
    );
    const e = only(r, 'Rita Chowdhury');
    expect(e.change).toBe('interim');
    expect(e.roleAfter).toBe('principal accounting officer');
  });

  it('takes the start date from "He will take up the position on <date>"', () => {
    const r = run(
      'Nordhaven Shipping ASA: Change of CEO\n\nOslo, 4 March 2025: The board of directors of Nordhaven Shipping ASA has appointed Eirik Solheim as new CEO. He will take up the position on 1 June 2025. Solheim succeeds Kari Lunde, who has decided to leave the company after eight years.',
      '2025-03-04',
    );
    expect(only(r, 'Eirik Solheim').effective).toBe('2025-06-01');
    const lunde = only(r, 'Kari Lunde');
    expect(lunde.change).toBe('departed');
    expect(lunde.effective).toBe('2025-06-01');
  });

  it('reads a name followed by academic degrees', () => {
    const r = run(
      'On March 10, 2025, the Board of Directors of Solano Biotherapeutics, Inc. appointed Dr. Evelyn R. Hsu, Ph.D., as the Company\'s Chief Scientific Officer, effective March 17, 2025.',
    );
    const e = only(r, 'Evelyn R. Hsu');
    expect(e.roleAfter).toBe('Chief Scientific Officer');
    expect(e.effective).toBe('2025-03-17');
  });
});

describe('former roles', () => {
  it('reads a former chief executive who "will continue as Chairman" as a role change', () => {
    const r = run(
      'Brisbane Lane Hospitality today announced that the Board has appointed Yusuf Adeyemi as Chief Executive Officer and President. The company also announced that Colin Marsh, the former Chief Executive Officer and President, will continue with the company as Executive Chairman.',
      '2025-04-09',
    );
    expect(only(r, 'Yusuf Adeyemi').roleAfter).toBe('Chief Executive Officer and President');
    const marsh = only(r, 'Colin Marsh');
    expect(marsh.change).toBe('role_change');
    expect(marsh.roleAfter).toBe('Executive Chairman');
  });

  it('finds no departure in the passing of a former chief executive', () => {
    const r = run(
      'Dovecote Mills mourns the passing of former Chief Executive Officer Albert Penrose, who led the company from 1979 to 1996.',
      '2025-01-20',
    );
    expect(r.events).toEqual([]);
  });
});

describe('changes told in passing or elsewhere', () => {
  it('finds no change in a bonus paragraph about a director "who resigned"', () => {
    const r = run(
      'On February 26, 2025, the Compensation Committee approved a pro-rated 2024 bonus of $120,000 for Russell Ingram, who resigned as Chief Financial Officer effective December 31, 2024.',
      '2025-02-28',
    );
    expect(r.events).toEqual([]);
  });

  it('finds no change in a nomination of incumbents for re-election', () => {
    const r = run('The Board has nominated Wendell Ames and Rosa Delacroix for re-election at the 2025 Annual Meeting.', '2025-03-03');
    expect(r.events).toEqual([]);
  });

  it('ignores a seat on another organisation\'s board when the issuer is known', () => {
    const text = "Glenrock Insurance Group announced that its Chief Financial Officer, Patrice Lemaire, has been elected to the board of directors of the Harwood Arts Foundation.";
    expect(extractEnglish({ text, announced: '2025-05-01', company: 'Glenrock Insurance Group, Inc.' }).events).toEqual([]);
    const own = "Glenrock Insurance Group announced that Patrice Lemaire has been elected to the board of directors of Glenrock Insurance Group, effective June 1, 2025.";
    expect(extractEnglish({ text: own, announced: '2025-05-01', company: 'Glenrock Insurance Group, Inc.' }).events.map((e) => e.person)).toEqual(['Patrice Lemaire']);
  });
});

describe('moves and recaps', () => {
  it('keeps a founder who moves to Executive Chairman as one role change, not a departure', () => {
    const r = run(
      "HILLSBORO, Ore., Sept. 8, 2025 /PRNewswire/ -- Corvallis Semiconductor, Inc. (NASDAQ: CVSM) said today that its board has appointed Priscilla Han, 48, currently the Company's President and Chief Operating Officer, as Chief Executive Officer, effective October 1, 2025. Ms. Han will succeed co-founder Walter Grieg, who will transition to the role of Executive Chairman.",
      '2025-09-08',
    );
    expect(only(r, 'Priscilla Han').change).toBe('promoted');
    const grieg = only(r, 'Walter Grieg');
    expect(grieg.change).toBe('role_change');
    expect(grieg.roleAfter).toBe('Executive Chairman');
    expect(grieg.effective).toBe('2025-10-01');
  });

  it('finds no event in a results release recapping an appointment made months before', () => {
    const r = run(
      'Bluefin Therapeutics Reports Third Quarter 2025 Financial Results\n\nCAMBRIDGE, Mass., Nov. 6, 2025 (GLOBE NEWSWIRE) -- Bluefin Therapeutics, Inc. (Nasdaq: BLFN) today reported financial results for the third quarter ended September 30, 2025.\n\nRecent Highlights\n- Appointed Dr. Anika Basu as Chief Medical Officer in August 2025.\n- Completed enrollment in the Phase 2 CURRENT trial.',
    );
    expect(r.events).toEqual([]);
  });
});

describe('contract terms', () => {
  it('finds no change in severance terms written as conditions', () => {
    const r = run(
      `Item 5.02(e). On April 7, 2025, the Company entered into an employment agreement with Ms. Tamsin Okoro, its Chief Executive Officer. If Ms. Okoro resigns for good reason, she will receive twelve months of base salary. In the event that Ms. Okoro's employment is terminated without cause, her equity awards will vest in full.`,
    );
    expect(r.events).toEqual([]);
  });

  it('still reads a stated termination without cause', () => {
    const r = run('On June 9, 2025, the Board terminated the employment of Felix Amberg, the Company\'s Chief Operating Officer, without cause, effective immediately.');
    const e = only(r, 'Felix Amberg');
    expect(e.change).toBe('departed');
    expect(e.effective).toBe('2025-06-09');
  });
});

describe('successions without a named role', () => {
  it('gives "X will succeed Ms. Y" Y\'s role and end date, and X\'s old role from "who has served as"', () => {
    const r = run(
      'Mr. Lionel Calloway, who has served as our Chief Financial Officer since 2019, will succeed Ms. Verity Lang. Ms. Lang will retire as Chief Executive Officer on June 30, 2025.',
      '2025-03-10',
    );
    expect(only(r, 'Verity Lang').change).toBe('retiring');
    const e = only(r, 'Lionel Calloway');
    expect(e.change).toBe('promoted');
    expect(e.roleBefore).toBe('Chief Financial Officer');
    expect(e.roleAfter).toBe('Chief Executive Officer');
    expect(e.effective).toBe('2025-06-30');
  });

  it('reads "the newly created position of"', () => {
    const r = run('Kenji Watanabe was appointed to the newly created position of Chief Digital Officer, effective April 1, 2025.', '2025-03-10');
    expect(only(r, 'Kenji Watanabe').roleAfter).toBe('Chief Digital Officer');
  });
});

describe('moves within the company', () => {
  it('reads "will step down as X and become Y" as one role change with both roles', () => {
    const r = run(
      'Marisa Quell will step down as Chief Financial Officer on September 30, 2025 and will become Chief Strategy Officer of the Company.',
      '2025-08-01',
    );
    expect(r.events).toHaveLength(1);
    const e = only(r, 'Marisa Quell');
    expect(e.change).toBe('role_change');
    expect(e.roleBefore).toBe('Chief Financial Officer');
    expect(e.roleAfter).toBe('Chief Strategy Officer');
    expect(e.effective).toBe('2025-09-30');
  });
});

describe('headline and news verbs', () => {
  const cases: readonly (readonly [string, string, string, string | null])[] = [
    ['Odalys Pérez will take the helm as Chief Executive Officer on July 1, 2025.', 'Odalys Pérez', 'appointed', '2025-07-01'],
    ['Harbor Freightways said its chief financial officer, Quentin Marsh, exits as of May 30, 2025.', 'Quentin Marsh', 'departed', '2025-05-30'],
    ['Veronica Stahl has been elevated to President of the Company, effective immediately.', 'Veronica Stahl', 'promoted', '2025-04-10'],
    ['Theo Lindqvist has accepted the position of Chief Operating Officer and will start on June 2, 2025.', 'Theo Lindqvist', 'appointed', '2025-06-02'],
    ['Chief Executive Officer Rupert Vance was ousted by the board on Tuesday.', 'Rupert Vance', 'departed', null],
  ];
  for (const [text, person, change, effective] of cases) {
    it(`reads "${text.slice(0, 60)}..."`, () => {
      const e = only(run(text, '2025-04-10'), person);
      expect(e.change).toBe(change);
      expect(e.effective).toBe(effective);
    });
  }
});

describe('ages in appositives', () => {
  it('reads "Name, age 61, the Company\'s Chief Operating Officer, will retire"', () => {
    const r = run(
      "On May 2, 2025, the Board appointed Gemma Holt, age 52, as Chief Financial Officer. Quinn Arroway, age 61, the Company's Chief Operating Officer, will retire on June 30, 2025.",
    );
    expect(only(r, 'Gemma Holt').roleAfter).toBe('Chief Financial Officer');
    const e = only(r, 'Quinn Arroway');
    expect(e.roleBefore).toBe('Chief Operating Officer');
    expect(e.effective).toBe('2025-06-30');
  });
});
