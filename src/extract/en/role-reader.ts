/**
 * Reads a job title that starts at a given place in a sentence ("as Chief Executive Officer and
 * President of the Company, effective ..." → "Chief Executive Officer and President of the Company") and
 * tells officer roles from board seats, because a person can join the board and take an office
 * as two separate events.
 */
import { findNameCandidates } from './person-finder.js';

const ROLE_WORDS = new Set(
  (
    'chief executive officer officers president presidents vice senior chairman chairwoman chairperson chair chairs ' +
    'director directors directorship directorships board member members managing general counsel secretary treasurer controller head lead ' +
    'independent non-executive interim acting principal financial operating accounting technology technical information ' +
    'marketing legal human resources people administrative commercial strategy strategic development corporate business ' +
    'sales operations global regional group division divisions unit ceo cfo coo cto cio cmo chro clo cao evp svp vp ' +
    'co-ceo co-ceos co-president co-presidents co-chairman co-chair sole outside non-executive supervisory management ' +
    'manager deputy assistant associate partner founder emeritus trustee governor product products research science ' +
    'scientific medical engineering digital data risk compliance audit investor relations communications brand customer ' +
    'officer-elect chairman-elect ceo-elect worldwide international americas north south east west europe asia pacific ' +
    'bank banking investment wealth asset consumer community retail class ' +
    'revenue growth transformation innovation sustainability security privacy ethics diversity inclusion talent ' +
    'supply chain manufacturing quality regulatory affairs government public policy procurement treasury tax credit ' +
    'lending underwriting analytics experience content creative design merchandising integration restructuring ' +
    'clinical commercialization services solutions platform platforms engineering administration finance general-manager ' +
    'advisor adviser advisory'
  ).split(' '),
);
/** A role word, prefixed ones included: "Co-Chief", "Co-Chief Executive Officers", "Vice-Chair". */
function isRoleWord(lower: string): boolean {
  if (ROLE_WORDS.has(lower)) return true;
  const prefixed = /^(?:co|vice)-(.+)$/u.exec(lower)?.[1];
  return prefixed !== undefined && ROLE_WORDS.has(prefixed);
}
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'for', 'its', 'our']);
const LEADING = /^(?:(?:its|the|our|his|her|their|a|an|new|newly|created|newly-created|expanded|appointed|role|roles|position|positions|office|duties|responsibilities|functions|of|\p{L}[\p{L}.&-]*['’]s?)\s+)+/iu;
const STOP_CAPS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Effective|Upon|Until)$/u;

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’&-]*|&|,|\S/gu;

/** The role starting at `from` in `text`, or null when no title starts there. */
export function readRole(text: string, from: number): string | null {
  return readRoleSpan(text, from)?.role ?? null;
}

/** A role and where it ends in `text`. */
export interface RoleSpan {
  readonly role: string;
  readonly end: number;
}

// "as CEO and as a member of the Board", "as CFO and a director", "as CEO and from the Board": a second office
// held or given up in the same breath, which the text reports as one change.
const SECOND_OFFICE = /^\s*,?\s*and\s+(?:(?:also\s+)?(?:as|to serve as)\s+|(?=(?:a|an)\s+(?:member|director|trustee)\b))/iu;
const FROM_BOARD = /^\s*,?\s*and\s+(?:also\s+)?from\s+(?:the|its|our|his|her|\p{L}+['’]s)\s+Board(?:\s+of\s+Directors)?\b/iu;

/**
 * The role at `from`, with a second office joined by "; " when the sentence names two with "and as"
 * ("Chief Executive Officer and President; member of the Board").
 */
export function readOffices(text: string, from: number): string | null {
  const first = readRoleSpan(text, from);
  if (!first) return null;
  const rest = text.slice(first.end);
  if (FROM_BOARD.test(rest) && roleClass(first.role) === 'officer') return `${first.role}; member of the Board`;
  const and = SECOND_OFFICE.exec(rest);
  if (!and) return first.role;
  const second = readRoleSpan(text, first.end + and[0].length);
  if (!second || isAnaphoricRole(second.role)) return first.role;
  return `${first.role}; ${second.role.replace(/^(?:a|an|the)\s+/iu, '')}`;
}

function readRoleSpan(text: string, from: number): RoleSpan | null {
  let rest = text.slice(from);
  const lead = /^\s*/u.exec(rest)?.[0].length ?? 0;
  rest = rest.slice(lead);
  // Skip determiners and possessives ("the Company's", "its new"), but only when a role word follows.
  const leading = LEADING.exec(rest);
  if (leading) {
    const after = rest.slice(leading[0].length);
    const firstWord = /^[\p{L}-]+/u.exec(after)?.[0].toLowerCase() ?? '';
    if (isRoleWord(firstWord)) rest = after;
  }
  const offset = text.length - rest.length;
  let end = -1;
  let lastGoodEnd = -1;
  let inOfPhrase = false;
  for (const m of rest.matchAll(TOKEN)) {
    const word = m[0];
    const lower = word.toLowerCase().replace(/['’]s$/u, '');
    const at = m.index ?? 0;
    if (isRoleWord(lower)) {
      lastGoodEnd = at + word.length;
      continue;
    }
    if (/^(?:I|II|III|IV|V)$/u.test(word) && lastGoodEnd >= 0) {
      // "Class II director"
      continue;
    }
    if (CONNECTORS.has(lower)) {
      if (lower === 'of') inOfPhrase = true;
      continue;
    }
    if (word === ',') {
      // "Vice President, Financial Planning and Analysis": the function a vice president heads, set off by a comma.
      const area = lastGoodEnd > 0 && /President$/u.test(rest.slice(0, lastGoodEnd)) ? functionArea(rest.slice(at)) : 0;
      if (area > 0) {
        lastGoodEnd = at + area;
        break;
      }
      // A comma continues a list of titles ("Chairman, President and CEO") only.
      const next = /^,\s*([\p{L}-]+)/u.exec(rest.slice(at))?.[1]?.toLowerCase() ?? '';
      if (isRoleWord(next) && next !== 'member' && next !== 'board') continue;
      break;
    }
    if (inOfPhrase && /^\p{Lu}/u.test(word) && !STOP_CAPS.test(word)) {
      lastGoodEnd = at + word.length;
      continue;
    }
    break;
  }
  end = lastGoodEnd;
  if (end <= 0) return null;
  const raw = text.slice(offset, offset + end);
  const role = raw.replace(/[\s,]+$/u, '').trim();
  return /\p{L}{2}/u.test(role) ? { role, end: offset + raw.replace(/[\s,]+$/u, '').length } : null;
}

const AREA = /^,\s*((?:\p{Lu}[\p{L}'’&-]*)(?:\s+(?:\p{Lu}[\p{L}'’&-]*|and|&|of|the))*?)(?=\s*(?:[,.;)]|$)|\s+(?:effective|will|who|has|to|and\s+will)\b)/u;

/** Length of ", Exploration" after "Vice President": a run of capitalized words that is no person's name. */
function functionArea(text: string): number {
  const m = AREA.exec(text);
  const run = m?.[1];
  if (!m || !run || /\s(?:and|&|of|the)$/u.test(run) || run.split(/\s+/u).length > 6) return 0;
  if (run.split(/\s+/u).some((w) => STOP_CAPS.test(w)) || findNameCandidates(run).some((n) => n.full)) return 0;
  return m[0].length;
}

// The issuer itself, named inside a title: "Chief Executive Officer of the Company", "the Company's Board".
const OF_ISSUER = /\s+of\s+(?:the|our)\s+(?:Company|Corporation|Registrant|Issuer)(?=$|;)/gu;
const ISSUER_BOARD = /\b(?:the\s+)?(?:Company|Corporation|Registrant)['’]s\s+Board\b/gu;

// A title shared by a list ("Co-Presidents Doe and Roe", "Board members Doe and Roe") is one person's in each event;
// "Board of Directors" stays as it is.
const PLURAL_TITLE = /(?<!\bof\s+)\b((?:Co-)?(?:President|CEO|Chair|Officer|[Mm]ember|Trustee|[Dd]irector))s\b/gu;

/**
 * A role as an alert shows it: the issuer's own name-words dropped ("of the Company"), since the alert
 * names the company already; everything else as written.
 */
export function tidyRole(role: string | null): string | null {
  if (!role) return role;
  const tidy = role.replace(OF_ISSUER, '').replace(ISSUER_BOARD, 'the Board').replace(PLURAL_TITLE, '$1').trim();
  return tidy.length > 0 ? tidy : role;
}

export type RoleClass = 'officer' | 'board' | 'unknown';

const OFFICER = /\b(?:chief|officers?|presidents?|ceos?|cfos?|coos?|ctos?|cios?|cmos?|vice|treasurer|secretary|counsel|controller|head|manager|managing|executive(?!\s+board))\b|\bc[a-z]o\b/iu;
const BOARD = /\b(?:board|director|directors|directorship|chair|chairman|chairwoman|chairperson|trustee)\b/iu;

/** Whether a role is an office, a board seat, or not stated. */
export function roleClass(role: string | null): RoleClass {
  if (!role) return 'unknown';
  if (OFFICER.test(role)) return 'officer';
  if (BOARD.test(role)) return 'board';
  return 'unknown';
}

const CHAIR = /\b(?:chair|chairman|chairwoman|chairperson)\b/iu;

/** True for a chair role ("Executive Chairman", "Vice Chair of the Board"). */
export function isChairRole(role: string): boolean {
  return CHAIR.test(role);
}

/** A role of its own, more than a board seat: an office or the chair. */
export function isOwnRole(role: string | null): boolean {
  return role !== null && (roleClass(role) === 'officer' || CHAIR.test(role));
}

/** Anaphoric roles ("each such position", "that role") name nothing by themselves. */
export function isAnaphoricRole(role: string): boolean {
  return /\b(?:such|that|this|these|those|same)\b/iu.test(role);
}
