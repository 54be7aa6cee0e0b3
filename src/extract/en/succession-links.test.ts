// Successions written around both people and the dates that tie them: passive successions ("will be
// succeeded by"), predecessors who keep or return to another role, CEO to Executive Chairman, and dates
// given once for several changes ("effective the same date", "at that time", "effective upon Ms. X's
// departure", "through October 30"). Every text is our own writing in the style of an 8-K Item 5.02
// section or a wire press release; companies and people are fictional.
import { describe, expect, it } from 'vitest';
import { only, run } from './extraction-test-helpers.js';

describe('passive successions', () => {
  it('reads "CEO X will be succeeded by Co-President Y": Y takes the role X leaves, X moves', () => {
    const r = run(
      'BRIGHTON, Colo., May 4, 2026 /PRNewswire/ -- Tallis Outdoor Brands, Inc. (NYSE: TOB) said today that Chief Executive Officer Miriam Okonjo will be succeeded by Co-President Desmond Faraday, effective August 1, 2026. Okonjo will become Vice Chair of the Board.',
      '2026-05-04',
    );
    const faraday = only(r, 'Desmond Faraday');
    expect(faraday.change).toBe('promoted');
    expect(faraday.roleBefore).toBe('Co-President');
    expect(faraday.roleAfter).toBe('Chief Executive Officer');
    expect(faraday.effective).toBe('2026-08-01');
    const okonjo = only(r, 'Miriam Okonjo');
    expect(okonjo.change).toBe('role_change');
    expect(okonjo.roleBefore).toBe('Chief Executive Officer');
    expect(okonjo.roleAfter).toBe('Vice Chair of the Board');
    expect(okonjo.effective).toBe('2026-08-01');
  });

  it('reads "will be succeeded as CFO by Y, currently Treasurer, on <date>"', () => {
    const r = run('Mr. Halvard Strom will be succeeded as Chief Financial Officer of Ostlund Marine ASA by Priyanka Devaraj, currently Treasurer, on July 1, 2026.', '2026-05-04');
    const strom = only(r, 'Halvard Strom');
    expect(strom.change).toBe('departed');
    expect(strom.effective).toBe('2026-07-01');
    const devaraj = only(r, 'Priyanka Devaraj');
    expect(devaraj.roleBefore).toBe('Treasurer');
    expect(devaraj.roleAfter).toMatch(/^Chief Financial Officer/u);
  });

  it('reads "will succeed her as CFO" with her being the leaver of the sentence before', () => {
    const r = run(
      'Pellworth Minerals plc\n12 January 2026\n\nPellworth Minerals plc (LSE: PWM) announces that Agnes Drummond will step down as Chief Financial Officer with effect from 31 March 2026. Callum Reith, currently Group Financial Controller, will succeed her as Chief Financial Officer with effect from 1 April 2026.',
      '2026-01-12',
    );
    const drummond = only(r, 'Agnes Drummond');
    expect(drummond.change).toBe('departed');
    expect(drummond.effective).toBe('2026-03-31');
    const reith = only(r, 'Callum Reith');
    expect(reith.change).toBe('promoted');
    expect(reith.roleAfter).toBe('Chief Financial Officer');
    expect(reith.effective).toBe('2026-04-01');
  });
});

describe('predecessors who keep or return to another role', () => {
  it('reads "replaces X, who served as interim CFO. X will return to his prior role as ..." as a role change', () => {
    const r = run(
      'Item 5.02(c). On April 6, 2026, the Board of Directors of Ferrand Analytics, Inc. (the "Company") appointed Selma Rautio, the Company\'s Senior Vice President, Treasury, as Chief Financial Officer, effective April 15, 2026. Ms. Rautio replaces Conrad B. Abernathy, who served as the Company\'s interim Chief Financial Officer since October 2025. Mr. Abernathy will return to his prior role as Vice President, Corporate Development.',
      '2026-04-08',
    );
    expect(only(r, 'Selma Rautio').roleAfter).toBe('Chief Financial Officer');
    const abernathy = only(r, 'Conrad B. Abernathy');
    expect(abernathy.change).toBe('role_change');
    expect(abernathy.roleBefore).toBe('interim Chief Financial Officer');
    expect(abernathy.roleAfter).toBe('Vice President, Corporate Development');
    expect(abernathy.effective).toBe('2026-04-15');
  });

  it('reads "step down as CEO at year-end ... will remain non-executive Chairman" as a role change dated YYYY-12', () => {
    const text =
      'TOLEDO, Ohio, March 3, 2026 /PRNewswire/ -- Brennick Valve Company today announced that Chairman and Chief Executive Officer Ansel W. Fairbrook will step down as CEO at year-end. The Board has named President Odile Vance to succeed him as CEO effective January 1, 2027. Fairbrook will remain non-executive Chairman.';
    const r = run(text, '2026-03-03');
    const fairbrook = only(r, 'Ansel W. Fairbrook');
    expect(fairbrook.change).toBe('role_change');
    expect(fairbrook.roleBefore).toBe('CEO');
    expect(fairbrook.roleAfter).toBe('non-executive Chairman');
    expect(fairbrook.effective).toBe('2026-12');
    expect(fairbrook.evidence).toContain('will step down as CEO at year-end');
    const vance = only(r, 'Odile Vance');
    expect(vance.roleAfter).toBe('CEO');
    expect(vance.effective).toBe('2027-01-01');
    // With no year known, "at year-end" is no date.
    const undated = run('Chairman and Chief Executive Officer Ansel W. Fairbrook will step down as CEO at year-end. Fairbrook will remain non-executive Chairman.');
    expect(only(undated, 'Ansel W. Fairbrook').effective).toBeNull();
  });

  it('keeps a retirement a retirement when the retiree stays on the board for a while, and drops a role merely kept', () => {
    const r = run(
      'Item 5.02(b). On June 1, 2026, Hollis Crane, the Chief Executive Officer of Pemberly Tools, Inc. (the "Company"), informed the Board that he will retire as Chief Executive Officer effective September 30, 2026. Mr. Crane will remain a member of the Board through the 2027 annual meeting of stockholders. Also on June 1, 2026, the Board appointed Vivian Osei, the Chair of the Board, as Lead Independent Director. Ms. Osei will continue to serve as Chair of the Audit Committee.',
      '2026-06-03',
    );
    const crane = only(r, 'Hollis Crane');
    expect(crane.change).toBe('retiring');
    expect(crane.effective).toBe('2026-09-30');
    expect(r.events.filter((e) => e.person === 'Vivian Osei')).toHaveLength(1);
  });

  it('reads a chief executive who keeps the chair as a move, and one who keeps only a board seat as leaving', () => {
    const chair = run('Kessling Group announced that Chief Executive Officer Tamar Oduya will step down as CEO on June 30, 2026 and will continue to serve as Chair of the Board.', '2026-03-03');
    const oduya = only(chair, 'Tamar Oduya');
    expect(oduya.change).toBe('role_change');
    expect(oduya.roleAfter).toBe('Chair of the Board');
    expect(oduya.effective).toBe('2026-06-30');
    const seat = run(
      'Mr. Corbin Lake, who served as Chief Executive Officer of Hexham Rail Corp. from 2015 to 2021, will return to the role of Chief Executive Officer effective July 1, 2026, replacing Ines Moray, who will step down as CEO and remain a director.',
      '2026-06-01',
    );
    const moray = only(seat, 'Ines Moray');
    expect(moray.change).toBe('departed');
    expect(moray.effective).toBe('2026-07-01');
    // A comeback without a role given up is an appointment.
    expect(only(seat, 'Corbin Lake').change).toBe('appointed');
  });

  it('does not turn a board resignation into a move to the office the person keeps', () => {
    const r = run('Item 5.02(b). On March 2, 2026, Ilse Varga resigned from the Board of Directors of Aldmere Bank Corp., effective March 6, 2026. She will remain Chief Executive Officer.', '2026-03-03');
    const varga = only(r, 'Ilse Varga');
    expect(varga.change).toBe('departed');
    expect(varga.roleBefore).toBe('director');
  });
});

describe('CEO to Executive Chairman, and board roles', () => {
  it('reads CEO → Executive Chairman as a role change, "effective the same date" and "at that time" from the sentence before', () => {
    const r = run(
      'DAYTON, Ohio, Feb. 17, 2026 /PRNewswire/ -- Wexmoor Instruments (NYSE: WXM) today announced leadership changes. Camille R. Ostrander, Chief Executive Officer and President, will become Executive Chairman of the Board, effective April 1, 2026. The Board has elected Rupert Allingham, currently Chief Operating Officer, as Chief Executive Officer and President, effective the same date. Current Chairman Basil H. Montrose will retire from the Board at that time after 14 years of service.',
      '2026-02-17',
    );
    const ostrander = only(r, 'Camille R. Ostrander');
    expect(ostrander.change).toBe('role_change');
    expect(ostrander.roleBefore).toBe('Chief Executive Officer and President');
    expect(ostrander.roleAfter).toBe('Executive Chairman of the Board');
    const allingham = only(r, 'Rupert Allingham');
    expect(allingham.change).toBe('promoted');
    expect(allingham.effective).toBe('2026-04-01');
    const montrose = only(r, 'Basil H. Montrose');
    expect(montrose.change).toBe('retiring');
    expect(montrose.roleBefore).toBe('Chairman');
    expect(montrose.effective).toBe('2026-04-01');
  });

  it('reads a director leaving "the Board" as a director', () => {
    const r = run(
      'Item 5.02(b). On July 14, 2026, Marisol Teague notified Arbutus Home Goods, Inc. (the "Company") of her decision to resign from the Board of Directors of the Company, effective July 31, 2026, to focus on other commitments.',
      '2026-07-16',
    );
    const e = only(r, 'Marisol Teague');
    expect(e.change).toBe('departed');
    expect(e.roleBefore).toBe('director');
    expect(e.effective).toBe('2026-07-31');
  });
});

describe('dates given once for several changes', () => {
  it('gives an interim appointment "effective upon Ms. X\'s departure" X\'s departure date', () => {
    const r = run(
      'Item 5.02(b) and (c). On January 12, 2026, Oriel Patterson tendered her resignation as Chief Financial Officer of Lindqvist Holdings, Inc. (the "Company"), effective February 6, 2026. The Board of Directors has appointed Dorian F. Weekes, the Company\'s Corporate Controller, to serve as interim Chief Financial Officer, effective upon Ms. Patterson\'s departure.',
      '2026-01-14',
    );
    expect(only(r, 'Oriel Patterson').effective).toBe('2026-02-06');
    const weekes = only(r, 'Dorian F. Weekes');
    expect(weekes.change).toBe('interim');
    expect(weekes.effective).toBe('2026-02-06');
  });

  it('dates a leaver named in an "effective immediately" sentence with the announcement date', () => {
    const r = run(
      'HOUSTON, Sept. 2, 2026 (BUSINESS WIRE) -- Redwing Pipeline Corp. announced that its Chief Operating Officer, Nadia Ferrante, has been appointed Chief Executive Officer with immediate effect, following the resignation of Owen T. Blakemore. Blakemore resigned as Chief Executive Officer and a director for personal reasons.',
      '2026-09-02',
    );
    expect(only(r, 'Nadia Ferrante').effective).toBe('2026-09-02');
    const blakemore = only(r, 'Owen T. Blakemore');
    expect(blakemore.change).toBe('departed');
    expect(blakemore.effective).toBe('2026-09-02');
    const opening = run('Effective immediately, Jane Marlow has stepped down as Chief Financial Officer of Ostrander Labs, Inc.', '2026-04-02');
    expect(only(opening, 'Jane Marlow').effective).toBe('2026-04-02');
  });

  it('gives a leaver who "will remain with the company through <date>" that date, and the role her successor takes', () => {
    const r = run(
      'PITTSBURGH, Oct. 1, 2026 /PRNewswire/ -- Ardmore Freight, Inc. announced that its Board has appointed Julius "Jules" Okafor as Chief Financial Officer, effective October 20, 2026. Okafor succeeds Wendeline Marsh, who is leaving the company to pursue other opportunities. Marsh will remain with Ardmore through October 30, 2026 to ensure an orderly transition.',
      '2026-10-01',
    );
    expect(only(r, 'Julius "Jules" Okafor').effective).toBe('2026-10-20');
    const marsh = only(r, 'Wendeline Marsh');
    expect(marsh.change).toBe('departed');
    expect(marsh.roleBefore).toBe('Chief Financial Officer');
    expect(marsh.effective).toBe('2026-10-30');
  });
});
