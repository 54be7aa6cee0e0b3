/**
 * Reads a job title that starts at a given place in a sentence ("as President and Chief Executive
 * Officer of the Company, effective ..." → "President and Chief Executive Officer of the Company") and
 * tells officer roles from board seats, because a person can join the board and take an office
 * as two separate events.
 */

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
    'bank banking investment wealth asset consumer community retail class'
  ).split(' '),
);
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'for', 'its', 'our']);
const LEADING = /^(?:(?:its|the|our|his|her|their|a|an|new|newly|created|newly-created|expanded|appointed|role|roles|position|positions|office|duties|responsibilities|functions|of|\p{L}[\p{L}.&-]*['’]s?)\s+)+/iu;
const STOP_CAPS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Effective|Upon|Until)$/u;

const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}'’&-]*|&|,|\S/gu;

/** The role starting at `from` in `text`, or null when no title starts there. */
export function readRole(text: string, from: number): string | null {
  let rest = text.slice(from);
  const lead = /^\s*/u.exec(rest)?.[0].length ?? 0;
  rest = rest.slice(lead);
  // Skip determiners and possessives ("the Company's", "its new"), but only when a role word follows.
  const leading = LEADING.exec(rest);
  if (leading) {
    const after = rest.slice(leading[0].length);
    const firstWord = /^[\p{L}-]+/u.exec(after)?.[0].toLowerCase() ?? '';
    if (ROLE_WORDS.has(firstWord)) rest = after;
  }
  const offset = text.length - rest.length;
  let end = -1;
  let lastGoodEnd = -1;
  let inOfPhrase = false;
  for (const m of rest.matchAll(TOKEN)) {
    const word = m[0];
    const lower = word.toLowerCase().replace(/['’]s$/u, '');
    const at = m.index ?? 0;
    if (ROLE_WORDS.has(lower)) {
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
      // A comma continues a list of titles ("Chairman, President and CEO") only.
      const next = /^,\s*([\p{L}-]+)/u.exec(rest.slice(at))?.[1]?.toLowerCase() ?? '';
      if (ROLE_WORDS.has(next) && next !== 'member' && next !== 'board') continue;
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
  const role = text.slice(offset, offset + end).replace(/[\s,]+$/u, '').trim();
  return /\p{L}{2}/u.test(role) ? role : null;
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

/** Anaphoric roles ("each such position", "that role") name nothing by themselves. */
export function isAnaphoricRole(role: string): boolean {
  return /\b(?:such|that|this|these|those|same)\b/iu.test(role);
}
