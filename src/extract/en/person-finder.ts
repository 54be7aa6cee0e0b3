/**
 * Finds people's names in one English sentence: runs of capitalized name words with middle initials,
 * quoted nicknames, particles and suffixes (Jr., III), after an optional honorific. Titles, company
 * words, months and headline verbs break a run, so "Chief Executive Officer Marta Quillon" yields
 * "Marta Quillon" and "Brightwater Technology PLC" yields nothing.
 */

export interface NameMention {
  /** Start of the mention in the sentence, honorific included. */
  readonly start: number;
  readonly end: number;
  /** The name as written, without honorific and without a possessive 's. */
  readonly name: string;
  /** Given names and surname, lower-cased, accents folded, initials and nicknames left out. */
  readonly parts: readonly string[];
  readonly surname: string;
  readonly hasHonorific: boolean;
  /** True for a first + last name; false for a bare surname ("Mr. Brandt", "Okafor"). */
  readonly full: boolean;
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Messrs|Mmes|Dr|Prof|Sir|Dame)$/u;
const SUFFIX = /^(?:Jr|Sr|II|III|IV|V)$/u;
const PARTICLE = /^(?:de|del|della|da|di|du|van|von|der|den|la|le|bin|al|dos|das)$/u;

// Capitalized words that are never part of a person's name in these texts.
const NOT_NAME = new Set(
  (
    // function words that start sentences and headlines
    'The A An In On At As For With From By Under Upon After Before Since During Following Prior Pursuant Effective Each All ' +
    'Our His Her Their This That These Those It Its He She We They I You Today Yesterday Additionally Also Furthermore However ' +
    'Meanwhile Moreover Further Both Either Neither Other Such And Or But Not No To Of Be Is Are Was Were Has Have Had Will ' +
    'Would Shall Should May Can Could Who Whom Which Where When While Once If Then Than New Former Current Previously Most ' +
    'Mr Mrs Ms Dr Prof Messrs Item Items Exhibit Section Form Annual Quarterly Report Current Release Press Immediate ' +
    'Contact Media Investor Investors Relations News Source About Forward Looking Statements Safe Harbor Note Notes ' +
    // titles and governance words
    'Chief Executive Officer Officers President Presidents Vice Senior Chairman Chairwoman Chairperson Chair Co Director ' +
    'Directors Board Boards Member Members Managing General Counsel Secretary Treasurer Controller Head Lead Independent ' +
    'Non Interim Acting Principal Financial Operating Accounting Technology Information Marketing Legal Human Resources People ' +
    'Administrative Commercial Strategy Strategic Development Corporate Business Sales Operations Global Regional Group ' +
    'Division Divisions Unit Committee Committees Supervisory Management Executives Founder Founders Emeritus Partner ' +
    'Partners Associate Assistant Deputy Manager Officer Trustee Trustees Governor Governors Council Nominating Governance ' +
    'Compensation Audit Risk Finance Investment Banking Bank Banks Capital Holdings Holding Trust Fund Funds Company ' +
    'Companies Corporation Corp Inc Incorporated Ltd Limited LLC LLP LP PLC AG SA NV SE GmbH Plc Co Industries Enterprises ' +
    'International Technologies Therapeutics Pharmaceuticals Pharma Healthcare HealthCare Health Systems Solutions Services ' +
    'Networks Bancorp Bancshares Bankshares Bancorporation Energy Resources Group Brands Products Labs Laboratories Sciences Biosciences Medical Motors Airlines ' +
    'Insurance Financial Partners Association University College School Institute Foundation Agency Department Ministry ' +
    'Exchange Securities Commission Nasdaq NYSE Stock Market Street Avenue Road North South East West Northern Southern ' +
    'Eastern Western American America United States National Federal Royal Global Americas Europe European Asia Pacific ' +
    'CEO CFO COO CTO CIO CMO CHRO CLO CAO EVP SVP VP MD MBA MPH PhD JD CPA CFA ESQ Esq Ph D M.D Hon ' +
    // months and days
    'January February March April May June July August September October November December Feb Mar Apr Jun Jul ' +
    'Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    // headline verbs and nouns
    'Announces Announced Announce Announcing Names Named Name Appoints Appointed Appoint Appointment Appointments Elects ' +
    'Elected Elect Election Promotes Promoted Promotion Hires Hired Joins Joined Join Retires Retire Retired Retirement ' +
    'Resigns Resigned Resign Resignation Steps Step Stepping Down Leaves Leaving Leave Departs Departure Departures ' +
    'Transitions Transition Transitioned Succeeds Succeed Successor Succession Welcomes Welcome Adds Add Becomes Become ' +
    'Nominates Nominated Nominee Nominees Passing Passes Dies Death Leadership Changes Change Changed Plans Plan ' +
    'Update Updates Expands Expanded Strengthens Bolsters Serve Serves Served Continue Continues Remain Remains Search ' +
    'Results Financial Fiscal Year Quarter First Second Third Fourth Full Record Revenue Revenues Dividend Declares ' +
    'Reports Reported Provides Completes Completed Agreement Separation Consulting Employment Plan Award Awards Bonus ' +
    'Compensatory Arrangements Arrangement Material Definitive Salary Base Incentive Equity Statement Proxy Appointing ' +
    'Naming Electing Ex ' +
    // a general press-release vocabulary: headline verbs, business nouns and clock words that a title-cased
    // headline or dateline capitalizes, none of them a plausible surname
    'Reacts Responds Comments Celebrates Mourns Honors Honours Recognizes Launches Unveils Introduces Posts Raises Cuts ' +
    'Reduces Lowers Increases Boosts Acquires Sells Divests Signs Enters Receives Wins Opens Extends Renews Reaffirms ' +
    'Affirms Confirms Schedules Prices Files Issues Approves Outlines Highlights Releases Expects Targets Delivers ' +
    'Achieves Surpasses Exceeds Reaches Begins Starts Concludes Initiates Resumes Suspends Amends Restructures ' +
    'Reorganizes Realigns Streamlines Enhances Accelerates Invests Collaborates Selects Chooses Taps Hosts Invites ' +
    'Presents Reveals Discloses Promote Promotes Cost Costs Savings Growth Profit Profits Margin Margins Debt Loans ' +
    'Deposits Assets Shares Stocks Offering Merger Acquisition Acquisitions Transaction Contract Program Initiative ' +
    'Initiatives Outlook Guidance Forecast Performance Discipline Efficiency Efficiencies Restructuring Reduction ' +
    'Reductions Expenses Expense Income Losses Transformation Expansion Integration Conference Webcast Presentation ' +
    'Meeting Shareholder Shareholders Stockholder Stockholders Vote Votes Voting Mutual Actions Measures Priorities Progress Milestone Milestones Time Daylight Standard ' +
    'Central Mountain Week Month Tomorrow Morning Afternoon Evening Noon Amid Toward Towards Via ' +
    // the functions after "Vice President," ("Senior Vice President, Supply Chain"), never a name
    'Supply Chain Quality Engineering Manufacturing Research Product Clinical Regulatory Affairs Communications ' +
    'Customer Digital Talent Procurement Logistics Treasury Innovation Scientific Safety Environmental Facilities ' +
    'Exploration Planning Analysis Compliance Ethics Sustainability Pricing Lending Underwriting Claims Actuarial ' +
    'Sourcing Analytics Infrastructure Platform Platforms Software Hardware Data Enterprise Consumer Retail Wholesale ' +
    // the defined terms and instruments of a filing ("Amended and Restated Bylaws", "the Retirement Date")
    'Amended Restated Amendment Amendments Bylaws By-laws By-Laws Articles Certificate Charter Incorporation Policy ' +
    'Severance Retention Transition Date Dated Signatures Signature Certain Registrant Undersigned ' +
    // real-estate and bank issuers' names ("Saltmarsh Realty Trust", "Harrowgate Mutual")
    'Realty REIT Properties Property Estate Mutual Savings Bancshares Trustees'
  ).split(' '),
);

// Title words that make a hyphenated compound a title, not a double-barrelled surname: "Co-President",
// "Past-President", "Vice-Chairman", "President-Elect", "Co-Founder".
const TITLE_PART = /^(?:President|Chairman|Chairwoman|Chairperson|Chair|CEO|CFO|COO|Director|Officer|Founder|Executive|Chief|Vice|Member|Partner|Manager|Elect|Designate|Treasurer|Secretary|Counsel|Co)$/u;

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’-]*|\d+|\S/gu;

function tokenize(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/** Lower-case, accents folded: the comparison form of one name part. */
export function foldNamePart(part: string): string {
  return part.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A capitalized name word: "Brandt", "MacAllister", "DeVane", "Mary-Beth", "O'Neil". */
function isNameWord(word: string): boolean {
  // "d'Aubigny", "l'Heureux"
  if (/^[dl]['’]\p{Lu}\p{Ll}+$/u.test(word)) return true;
  if (!/^\p{Lu}/u.test(word) || !/\p{Ll}/u.test(word)) return false;
  if (NOT_NAME.has(word)) return false;
  if (word.includes('-') && word.split('-').some((part) => TITLE_PART.test(part))) return false;
  return /^\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*$/u.test(word);
}

function stripPossessive(token: Token): Token {
  const m = /['’]s?$/u.exec(token.text);
  if (!m || token.text.length - m[0].length < 2) return token;
  return { text: token.text.slice(0, m.index), start: token.start, end: token.start + m.index };
}

function adjacent(a: Token, b: Token, text: string, maxGap = 1): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length <= maxGap && /^\s*$/u.test(gap);
}

// Words that follow a company name: "Harrow Chemical Corporation", "Pell Whitby & Co."
const ORG_FOLLOWER = /^(?:Inc|Corp|Corporation|Company|Co|LLC|LLP|Ltd|Limited|PLC|Plc|AG|SA|NV|SE|GmbH|ASA|AS|AB|Oyj|SpA|BV|KK|Pty|Bhd|SAS|SARL|Aktiengesellschaft|Group|Holdings|Partners|Technologies|Technology|Therapeutics|Pharmaceuticals|Healthcare|HealthCare|Bank|Capital|International|Industries|Enterprises|Systems|Energy|Foundation|University|Associates|&)$/u;

/**
 * Name mentions in a sentence. `knownSurnames` (folded) lets a bare surname such as "Okafor" count as a
 * mention once the document has named the full person somewhere.
 */
export function findNames(text: string, knownSurnames: ReadonlySet<string> = new Set()): NameMention[] {
  return keepNames(findNameCandidates(text), knownSurnames);
}

/** Keeps full names, names after an honorific, and bare surnames of people the document names in full. */
export function keepNames(candidates: readonly NameMention[], knownSurnames: ReadonlySet<string>): NameMention[] {
  return candidates.filter((n) => n.full || n.hasHonorific || knownSurnames.has(n.surname));
}

/** Every name-shaped run of a sentence, bare capitalized single words included (see `keepNames`). */
export function findNameCandidates(text: string): NameMention[] {
  const tokens = tokenize(text);
  const mentions: NameMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const startToken = tokens[i];
    if (!startToken) break;
    let j = i;
    let hasHonorific = false;
    let start = startToken.start;
    if (HONORIFIC.test(startToken.text)) {
      const dot = tokens[j + 1];
      j += dot?.text === '.' && dot.start === startToken.end ? 2 : 1;
      hasHonorific = true;
      const next = tokens[j];
      if (!next || !adjacent(tokens[j - 1] ?? startToken, next, text, 2)) {
        i = j;
        continue;
      }
    }
    const nameStart = tokens[j];
    if (!nameStart) break;
    if (!hasHonorific) start = nameStart.start;
    const parts: string[] = [];
    let words = 0;
    let end = -1;
    let lastWasWord = false;
    let wordEnd = -1;
    let k = j;
    let prev: Token | undefined;
    while (k < tokens.length) {
      const raw = tokens[k];
      if (!raw) break;
      if (prev && !adjacent(prev, raw, text, 3)) break;
      const tok = stripPossessive(raw);
      const possessive = tok !== raw;
      const next = tokens[k + 1];
      if (/^\p{Lu}$/u.test(tok.text) && next?.text === '.' && next.start === tok.end) {
        // middle initial "A." (also "H.D.")
        end = next.end;
        prev = next;
        k += 2;
        lastWasWord = false;
        continue;
      }
      if (/^["“‘]$/u.test(tok.text) && words > 0) {
        // quoted nickname: Theodore "Ted" Marlow
        const nick = tokens[k + 1];
        const close = tokens[k + 2];
        if (nick && close && /^["”’]$/u.test(close.text) && isNameWord(nick.text) && nick.start === tok.end && close.start === nick.end) {
          prev = close;
          k += 3;
          continue;
        }
        break;
      }
      const afterParticles = tokens.slice(k + 1, k + 3).find((t) => !PARTICLE.test(t.text));
      if (PARTICLE.test(tok.text) && words > 0 && afterParticles && isNameWord(afterParticles.text)) {
        parts.push(tok.text);
        prev = tok;
        k += 1;
        continue;
      }
      if (words > 0 && (SUFFIX.test(tok.text) || (tok.text === ',' && next && SUFFIX.test(next.text) && lastWasWord))) {
        const suffix = tok.text === ',' ? next : tok;
        if (!suffix) break;
        const dot = tokens[k + (tok.text === ',' ? 2 : 1)];
        const suffixEnd = dot?.text === '.' && dot.start === suffix.end ? dot.end : suffix.end;
        end = suffixEnd;
        k += (tok.text === ',' ? 2 : 1) + (suffixEnd !== suffix.end ? 1 : 0);
        break;
      }
      if (!isNameWord(tok.text) || (tok.text === 'Jan' && next?.text === '.')) break;
      parts.push(tok.text);
      words += 1;
      end = tok.end;
      wordEnd = tok.end;
      prev = tok;
      lastWasWord = true;
      k += 1;
      if (possessive) break;
    }
    // A name ends in a name word or a suffix; trailing initials belong to the next phrase.
    if (end >= 0 && !lastWasWord && /\p{Lu}\.$/u.test(text.slice(0, end))) end = wordEnd;
    if (words === 0 || end < 0) {
      i = Math.max(k, i + 1);
      continue;
    }
    const followerTok = tokens[k];
    const follower = followerTok && adjacent(tokens[k - 1] ?? followerTok, followerTok, text, 2) ? followerTok.text : '';
    const isOrg = ORG_FOLLOWER.test(follower) || (follower === ',' && /^,\s*(?:Inc|Ltd|LLC|L\.P|N\.A)\b/u.test(text.slice(end)));
    const surname = foldNamePart(parts[parts.length - 1] ?? '');
    const full = words >= 2;
    const accepted = !isOrg && words <= 4;
    if (accepted) {
      mentions.push({
        start,
        end,
        name: text.slice(nameStart.start, end),
        parts: parts.filter((p) => !PARTICLE.test(p)).map(foldNamePart),
        surname,
        hasHonorific,
        full,
      });
    }
    i = Math.max(k, i + 1);
  }
  return mentions;
}

/** Title-cases a capitals-only headline so that names in it can be found (same length, same offsets). */
export function titleCase(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => {
    if (word.length <= 1) return word;
    // Keep initialisms that are known abbreviations as they are.
    if (/^(?:CEO|CFO|COO|CTO|CIO|CMO|CHRO|CLO|CAO|EVP|SVP|VP|II|III|IV|USA|US)$/u.test(word)) return word;
    const lower = word.slice(1).toLowerCase();
    const titled = (word[0] ?? '') + lower;
    return titled.length === word.length ? titled : word;
  });
}
