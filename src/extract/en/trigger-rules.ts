/**
 * The English phrases that announce an executive change, and where the person sits relative to each:
 * before the verb ("Jane Doe will retire"), after it ("the Board appointed Jane Doe"), or either way
 * ("named": "Doe was named CEO" / "the Board named Doe CEO"). Weak rules are back-references
 * ("Doe's appointment") that only count in a document that also states a change outright.
 */
import type { ChangeKind } from '../announcement.js';

export type Direction = 'join' | 'leave';
export type Voice = 'subject' | 'object' | 'auto';

export interface TriggerRule {
  readonly id: string;
  readonly pattern: RegExp;
  /** Words one of which must occur for the pattern to match: a cheap test before the costly one. */
  readonly hint: RegExp;
  readonly direction: Direction;
  readonly kind: ChangeKind;
  readonly voice: Voice;
  readonly weak?: boolean;
  /** Only adds to a change stated elsewhere (e.g. the start date in "He will take up the position on ..."). */
  readonly mergeOnly?: boolean;
  /** Whether the role follows the trigger ("retire as CEO", "named CEO"). */
  readonly roleAfterTrigger?: boolean;
  /** A join only counts when a role (or the board) is named: "will become effective" is no appointment. */
  readonly needsRole?: boolean;
}

export const TRIGGER_RULES: readonly TriggerRule[] = [
  // Leaving
  {
    id: 'retire',
    hint: /retir/iu,
    pattern: /(?<!\b(?:a|an|the|is a|was a|as a|and)\s)\bretir(?:e|es|ed|ing)\b(?!\s+(?:executive|partner|officer|general|colonel|admiral|from\s+\p{Lu}[\p{L}]+\s+in\b))/giu,
    direction: 'leave',
    kind: 'retiring',
    voice: 'subject',
    roleAfterTrigger: true,
  },
  {
    id: 'resign',
    hint: /resign/iu,
    pattern: /\b(?:resign(?:s|ed|ing)?|(?:tendered|submitted|offered) (?:his|her|their) resignation)\b/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'subject',
    roleAfterTrigger: true,
  },
  {
    id: 'step-down',
    hint: /step|relinquish|ceas|vacat/iu,
    pattern: /\b(?:step(?:s|ped|ping)? (?:down|aside)|relinquish(?:es|ed|ing)? (?:his|her|their|the) (?:role|position|title|duties)|ceased? to (?:serve|be)|vacat(?:es|ed|ing) (?:his|her|the) (?:seat|position|office))\b/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'subject',
    roleAfterTrigger: true,
  },
  {
    id: 'leave',
    hint: /leav|left|depart|exit/iu,
    pattern:
      /\b(?:(?:will|to|is|has decided to|decided to|will be|would be)\s+leav(?:e|ing)|leaves|left)\b(?=\s+(?:the|its|our|from)\b)(?!\s+the\s+(?:door|option|decision|matter)\b)|\b(?:will|to) leave\b|\bdepart(?:s|ed|ing)?\b(?=\s+(?:from|the|as|at|on|effective)\b)|\bdepart(?:s|ing)\b(?=\s*(?:$|[;,.]))|\bexit(?:s|ed|ing)?\b(?=\s+(?:as|the|from)\b)/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'subject',
    roleAfterTrigger: true,
  },
  {
    // "was terminated", "Doe's employment with the Company will terminate effective ...". The words between
    // "employment" and the verb hold no other "employment" and no condition, so that "subject to his continued
    // employment, and will accelerate if his employment is terminated" is read from its last "employment".
    id: 'terminated',
    hint: /terminat|remov|dismiss|ousted|fired|reliev|ended|will end|ceas/iu,
    pattern:
      /\b(?:(?:was|were|has been|have been|had been|is being|will be) (?:terminated|removed|dismissed|ousted|fired|relieved of (?:his|her) duties)|terminated (?:his|her) employment|(?:employment|service)(?!\s+(?:agreement|contract|letter|arrangement)s?\b)(?:(?!\b(?:employment|service|if|unless|upon|should|whether|in the event)\b)[^.;]){0,60}?\b(?:terminated|ended|will end|ceased|will cease|(?:will|is expected to|is scheduled to|shall) (?:terminate|end|cease)|terminates|ends))\b/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'subject',
  },
  {
    // "Mr. Doe's last day of employment will be April 30, 2025", "her last day with the Company is expected to be ..."
    id: 'last-day',
    hint: /last day/iu,
    pattern:
      /\blast\s+day\s+(?:of\s+(?:employment|service)|(?:with|at)\s+(?:the|our)\s+(?:company|bank|firm|corporation)|as\s+(?:an?\s+)?(?:employee|officer|\p{Lu}[^.;]{2,60}?))(?:\s+(?:with|at)\s+(?:the|our)\s+(?:company|bank|firm|corporation))?\s+(?:will\s+be|is\s+expected\s+to\s+be|is\s+scheduled\s+(?:to\s+be|for)|is\s+planned\s+for)\b/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'subject',
  },
  {
    // "informed Orrin Biotherapeutics, Inc. (the "Company") of his resignation": the company's "Inc." is no full stop.
    id: 'notified-resignation',
    hint: /notified|informed|advised|told/iu,
    pattern:
      /\b(?:notified|informed|advised|told)\b(?:[^.;]|(?<=\b(?:Inc|Corp|Co|Ltd|Bancorp|Bros|N\.A|L\.P|S\.A))\.){0,120}?\b(?:of|about)\s+(?:his|her|their)\s+(?:resignation|retirement|(?:decision|intention|intent|plan) to (?:resign|retire|step down))\b/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'subject',
    roleAfterTrigger: true,
  },
  {
    id: 'not-standing',
    hint: /election/iu,
    pattern:
      /\b(?:(?:will|would|does|did|has decided|decided|chose|has chosen|intends|elected)\s+not\s+(?:to\s+)?(?:stand|seek|run)\s+for\s+re-?election|not\s+(?:to\s+)?(?:be\s+)?(?:standing|seeking|stand|seek)\s+(?:for\s+)?re-?election|declined\s+to\s+(?:stand|be nominated)\s+for\s+re-?election|will not be (?:re-?)?nominated)\b/giu,
    direction: 'leave',
    kind: 'not_standing',
    voice: 'subject',
    roleAfterTrigger: true,
  },
  {
    // "the Nominating Committee determined not to renominate Jane Doe for election at the 2026 Annual Meeting"
    id: 'not-renominated',
    hint: /nominat/iu,
    pattern: /\b(?:(?:determined|decided|elected|chose|resolved|voted)\s+not\s+to\s+(?:re-?nominate|nominate)|(?:will|would|did|does)\s+not\s+(?:re-?nominate|nominate))\b/giu,
    direction: 'leave',
    kind: 'not_standing',
    voice: 'object',
  },
  {
    id: 'not-renew',
    hint: /extend|renew/iu,
    pattern: /\b(?:not (?:seeking|seek|to seek) to extend (?:his|her) (?:term|contract)|(?:will|would) not (?:renew|extend) (?:his|her) (?:contract|term|employment agreement))\b/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'subject',
  },
  {
    id: 'died',
    hint: /passed away|died/iu,
    pattern: /\b(?:passed away|died)\b/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'subject',
  },
  {
    id: 'passing-of',
    hint: /passing|death|resignation|retirement|departure|terminated|removed|dismissed|fired|ousted/iu,
    pattern:
      /\b(?:the (?:passing|death) of|(?:accepted|accepts|announced|announces|announce|accept|announcing) (?:the )?(?:resignation|retirement|departure) of|terminated the (?:employment|services) of|(?:removed|dismissed|fired|ousted)(?=\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?\p{Lu}))/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'object',
  },
  {
    id: 'succeeds',
    hint: /succeed|replac/iu,
    pattern: /\b(?:succeed(?:s|ing)?|(?:will|would) succeed|to succeed|replac(?:es|ing)|(?:will|would) replace|to replace)\b(?!\s+(?:in|at|with)\b)/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'object',
  },
  {
    // "Chief Executive Officer Jane Doe will be succeeded by Co-President John Roe": Doe leaves her role.
    id: 'succeeded-by',
    hint: /succeeded|replaced/iu,
    pattern: /\b(?:will be|is to be|would be|is being|to be|was|has been|had been)\s+(?:succeeded|replaced)\b(?=\s+(?:as\s+[^.;]{2,80}?\s+)?by\b)/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'subject',
  },
  {
    // "his retirement will be effective June 30, 2026": the date of a leaving stated elsewhere.
    id: 'leaving-effective',
    hint: /effective/iu,
    pattern: /\b(?:retirement|resignation|departure)\s+(?:will\s+be(?:come)?|is|becomes|shall\s+be|is\s+expected\s+to\s+be(?:come)?)\s+effective\b/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'subject',
    mergeOnly: true,
  },
  {
    id: 'accepted-possessive',
    hint: /resignation|retirement|departure/iu,
    pattern: /(?<=\b(?:accepted|accepts|received|receives|announced|announces)\s+(?:the\s+)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[\p{L}.\s'’-]{2,40}?['’]s?\s+)(?:resignation|retirement|departure)\b/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'subject',
  },
  {
    id: 'retirement-of',
    hint: /resignation|retirement|departure/iu,
    pattern: /\bthe (?:resignation|retirement|departure) of\b/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'object',
    weak: true,
  },
  {
    id: 'possessive-leave',
    hint: /resignation|retirement|departure/iu,
    pattern: /(?<=\p{L}['’]s?\s+(?:planned\s+|upcoming\s+|pending\s+)?)(?:resignation|retirement|departure)\b/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'subject',
    weak: true,
  },
  // Joining or moving
  {
    id: 'appoint',
    hint: /appoint|nam|elect|promot|elevat|hir|select|chosen|designat|tapped/iu,
    pattern:
      /(?<!\bre-?)\b(?:appoint(?:s|ed|ing)?|nam(?:es|ed|ing)|elect(?:s|ed|ing)?|promot(?:es|ed|ing)|elevat(?:es|ed)|hir(?:es|ed|ing)|select(?:s|ed)|chosen|designat(?:es|ed)|tapped)\b(?!\s+(?:executive\s+officers?|neos?|in the proxy|a special committee|as a defendant|plaintiff)\b)/giu,
    direction: 'join',
    kind: 'appointed',
    voice: 'auto',
    roleAfterTrigger: true,
  },
  {
    // "Roe will succeed Doe as CEO": Roe joins (Doe's side is the 'succeeds' rule).
    id: 'succeeds-subject',
    hint: /succeed|replac/iu,
    pattern: /\b(?:succeeds|(?:will|would) succeed|to succeed|succeeded|replaces|(?:will|would) replace|to replace|replaced)\b(?=\s+(?:(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?\p{Lu}|(?:him|her)\b))/gu,
    direction: 'join',
    kind: 'appointed',
    voice: 'subject',
  },
  {
    // "Doe will be succeeded by Co-President John Roe": Roe takes Doe's role (the 'succeeded-by' rule is Doe's side).
    id: 'succeeded-by-successor',
    hint: /succeeded|replaced/iu,
    pattern: /(?<=\b(?:will be|is to be|would be|is being|to be|was|has been|had been)\s+(?:succeeded|replaced)\s+(?:as\s+[^.;]{2,80}?\s+)?)by\b/giu,
    direction: 'join',
    kind: 'appointed',
    voice: 'object',
  },
  {
    id: 'join',
    hint: /join/iu,
    pattern:
      /\b(?:(?:will|would) (?:re)?join|has (?:re)?joined|(?:re)?joins|(?:re)?joined|to (?:re)?join|(?:re)?joining)\b(?=\s+(?:as\b|(?:the|our|its|\p{Lu}[\p{L}-]*['’]s?)\s+(?:\p{L}+\s+)?(?:company|firm|bank|board|team|organization)\b))/giu,
    direction: 'join',
    kind: 'appointed',
    voice: 'subject',
  },
  {
    id: 'become',
    hint: /becom|became|assum|take|took|accepted/iu,
    pattern: /\b(?:(?:will|would) become|becomes|became|to become|(?:will|would) assume|assumes|assumed|to assume|(?:will|would|to) take over|takes over|took over|(?:will|would|to) take the helm|takes the helm|took the helm|(?:has\s+)?accepted (?:the|an?) (?:position|role|offer) (?:of|as|to serve as))\b(?!\s+(?:effective|operative|due|available|necessary)\b)/giu,
    direction: 'join',
    kind: 'appointed',
    voice: 'subject',
    roleAfterTrigger: true,
    needsRole: true,
  },
  {
    // "Doe, who gave up the CEO post, will continue ... as Chairman": a role kept after giving one up.
    id: 'continues-as',
    hint: /continue|remain/iu,
    pattern: /\b(?:will|to|shall|and)\s+(?:continue|remain)\b[^.;]{0,50}?\bas\b/giu,
    direction: 'join',
    kind: 'role_change',
    voice: 'subject',
    needsRole: true,
  },
  {
    // "Doe will remain non-executive Chairman", "will continue to serve as a director": a role kept. It makes an
    // event only beside the same person giving up another role (see `continuing` in mention-finder).
    id: 'remains',
    hint: /remain|stay/iu,
    pattern: /\b(?:will|to|shall|would|and)\s+(?:also\s+)?(?:remain|stay\s+on\s+as|stay\s+as)\b(?!\s+(?:with|at|in|as|employed|available|committed|focused|responsible|on\s+(?:track|schedule))\b)/giu,
    direction: 'join',
    kind: 'role_change',
    voice: 'subject',
    roleAfterTrigger: true,
    needsRole: true,
  },
  {
    // "Mr. Doe will return to his prior role as Vice President, Financial Planning": a move back.
    id: 'returns-to',
    // "will resume his role as Senior Vice President, Treasurer" says the same.
    hint: /return|resum/iu,
    pattern:
      /\b(?:will|to|shall|would)\s+(?:return\s+to\s+(?:(?:his|her|their|the)\s+)?|resume\s+(?:his|her|their|the)\s+)(?:(?:prior|previous|former|earlier)\s+)?(?:role|position|post|office|duties)\s+(?:as|of)\b/giu,
    direction: 'join',
    kind: 'role_change',
    voice: 'subject',
    roleAfterTrigger: true,
    needsRole: true,
  },
  {
    // "Doe will remain with the company through October 31, 2025": the day a leaver actually goes.
    id: 'stays-until',
    hint: /remain|stay|continue/iu,
    pattern: /\b(?:will|to|shall|would)\s+(?:remain|stay|continue)\b(?=[^.;]{0,90}?\b(?:through|until|till)\s)/giu,
    direction: 'leave',
    kind: 'departed',
    voice: 'subject',
    mergeOnly: true,
  },
  {
    id: 'take-up',
    hint: /take up|assume|start in|begin in|commence in/iu,
    pattern: /\b(?:will|to|would|shall)\s+(?:take\s+up|assume|start\s+in|begin\s+in|commence\s+in)\s+(?:the|his|her|their|this|that|these|the new)\s+(?:position|role|post|office|duties|responsibilities)\b/giu,
    direction: 'join',
    kind: 'appointed',
    voice: 'subject',
    mergeOnly: true,
  },
  {
    // "She will start Nov. 16, 2026.": the start date of an appointment stated elsewhere.
    id: 'start-date',
    hint: /start|begin|commenc/iu,
    pattern: /\b(?:will|to|shall|is expected to|is scheduled to)\s+(?:start|begin|commence)(?:\s+(?:work|employment|(?:in|with)\s+(?:the|her|his)\s+(?:new\s+)?(?:role|position|company)))?(?=\s+(?:on\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d)/giu,
    direction: 'join',
    kind: 'appointed',
    voice: 'subject',
    mergeOnly: true,
  },
  {
    id: 'transition',
    hint: /transition|move/iu,
    pattern: /\b(?:transitions|transitioned|transitioning|will transition|to transition|moves|moved|will move)\b(?=\s+(?:from|to|into)\b)/giu,
    direction: 'join',
    kind: 'role_change',
    voice: 'subject',
    needsRole: true,
  },
  {
    // "Roe will serve as interim Chief Executive Officer": a new role, unless it merely continues.
    id: 'will-serve',
    hint: /serve as/iu,
    pattern: /(?<!\b(?:continue|continues|continued|remain|remains|cease|ceases|ceased|not)\s)\b(?:will|shall|to)\s+(?:now\s+|also\s+)?serve\s+as\b/giu,
    direction: 'join',
    kind: 'appointed',
    voice: 'subject',
    needsRole: true,
  },
  {
    id: 'welcome',
    hint: /welcom/iu,
    pattern: /\bwelcom(?:es|ed|e|ing)\b/giu,
    direction: 'join',
    kind: 'appointed',
    voice: 'object',
    needsRole: true,
  },
  {
    id: 'nominate',
    hint: /nominat|for election/iu,
    pattern: /\b(?:nominat(?:es|ed)|(?:is|was|were) (?:proposed|recommended) for election|will stand for election|to stand for election)\b/giu,
    direction: 'join',
    kind: 'nominated',
    voice: 'auto',
    roleAfterTrigger: true,
  },
  {
    id: 'announced-appointment',
    hint: /appointment|election|promotion|hiring|nomination/iu,
    pattern: /\b(?:announced|announces|announce|announcing|approved|approves|confirmed|confirms) (?:the )?(?:appointments?|elections?|promotions?|hiring|nominations?) of\b/giu,
    direction: 'join',
    kind: 'appointed',
    voice: 'object',
  },
  {
    id: 'appointment-of',
    hint: /appointment|election|promotion|hiring|naming/iu,
    pattern: /(?<!\b(?:announced|announces|announce|announcing|approved|approves|confirmed|confirms)\s)\bthe (?:appointment|election|promotion|hiring|naming) of\b/giu,
    direction: 'join',
    kind: 'appointed',
    voice: 'object',
    weak: true,
  },
  {
    id: 'possessive-join',
    hint: /appointment|election|promotion|hiring/iu,
    pattern: /(?<=\p{L}['’]s?\s+)(?:appointment|election|promotion|hiring)\b/giu,
    direction: 'join',
    kind: 'appointed',
    voice: 'subject',
    weak: true,
    roleAfterTrigger: true,
  },
];
