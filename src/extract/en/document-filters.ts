/**
 * Document-level reasons to drop a change mention: a results release recapping old news, a seat on
 * another organisation's board. They need the whole document (its headline, its issuer), not one sentence.
 */
import type { ChangeMention } from './mention-finder.js';
import type { Sentence } from './sentence-splitter.js';

// A periodic results release recaps the quarter: a change dated a month or more before it is old news.
const RESULTS_HEADLINE = /\b(?:reports?|announces?|posts?|delivers?)\b[^.]{0,80}\b(?:results|earnings)\b/iu;

function isOldNews(effective: string | null, reference: Date | null): boolean {
  if (!effective || !reference || !/^\d{4}-\d{2}/u.test(effective)) return false;
  const at = Date.parse(`${effective.length === 7 ? `${effective}-28` : effective}T00:00:00Z`);
  return at < reference.getTime() - 30 * 86_400_000;
}

// Words that name the issuer itself in a filing ("the board of directors of the Company").
const SELF_REFERENCE = /^(?:the\s+)?(?:company|bank|firm|registrant|corporation|trust|partnership|fund|group|holding company)\b/iu;

/** "elected to the board of Harwood University": a seat at another organisation, when the issuer is known. */
export function isOtherBoard(m: ChangeMention, company: string | null | undefined): boolean {
  if (m.direction !== 'join' || !m.roleAfter || !company) return false;
  const org = /\bboard\b(?:\s+of\s+(?:directors|trustees))?\s+of\s+(?!(?:directors|trustees)\b)(.+)$/iu.exec(m.roleAfter)?.[1];
  if (!org || SELF_REFERENCE.test(org)) return false;
  const issuerWords = new Set(company.toLowerCase().split(/[^\p{L}\d]+/u).filter((w) => w.length >= 3));
  const orgWords = org.toLowerCase().replace(/^the\s+/u, '').split(/[^\p{L}\d]+/u).filter((w) => w.length >= 3).slice(0, 2);
  return orgWords.length > 0 && !orgWords.some((w) => issuerWords.has(w) || issuerWords.has(w.replace(/['’]s$/u, '')));
}

// "elected Chairman of the Texas Pipeline Association": a post at a trade body, charity or school, not at the issuer.
const OUTSIDE_BODY =
  /\bof\s+(?:the\s+)?(?:[\p{Lu}][\p{L}&.'’-]*\s+){0,6}(?:Association|Council|Foundation|University|College|Institute|Chamber(?:\s+of\s+Commerce)?|Society|Federation|Alliance|Forum|Coalition|League|Academy|Museum|Hospital|Symphony|Orchestra)\b/u;

/** A role at an outside body (an industry association, a university): whoever the issuer is. */
export function isOutsideBody(m: ChangeMention): boolean {
  return m.direction === 'join' && m.roleAfter !== null && OUTSIDE_BODY.test(m.roleAfter);
}

/** True when the document is a periodic results release (its headline says so). */
export function isResultsRelease(sentences: readonly Sentence[]): boolean {
  return sentences.slice(0, 2).some((s) => RESULTS_HEADLINE.test(s.text));
}

// A death is news for the issuer only while the person held office: "who served as CEO from 1978 until his
// retirement in 2004", "retired as Chairman in 2010", "the former President" describe someone who had left.
const DEATH = /\b(?:passed away|died|passing|death)\b/iu;
const ENDED_SERVICE =
  /\b(?:until|through)\s+(?:his|her|their)\s+retirement\b|\bretired\s+(?:as\s+[^.;]{2,80}?\s+|from\s+[^.;]{2,80}?\s+)?in\s+((?:19|20)\d{2})\b|\bserved\s+(?:as|on)\s+[^.;]{2,140}?\b(?:until|to|through)\s+((?:19|20)\d{2})\b|\b(?:the\s+company['’]s\s+)?former\s+(?:chief|president|chair|chairman|ceo|cfo|coo|director|executive|vice|general|founder)/iu;

function endedServiceBefore(text: string, reference: Date | null): boolean {
  const m = ENDED_SERVICE.exec(text);
  if (!m) return false;
  const year = Number(m[1] ?? m[2] ?? Number.NaN);
  return Number.isNaN(year) || !reference || year < reference.getUTCFullYear();
}

/** "mourns the passing of Doe, who served as CEO until his retirement in 2004": a former officer's death. */
export function isFormerOfficerDeath(m: ChangeMention, sentences: readonly Sentence[], reference: Date | null): boolean {
  if (m.direction !== 'leave' || (m.ruleId !== 'died' && m.ruleId !== 'passing-of')) return false;
  if (!DEATH.test(sentences[m.sentenceIndex]?.text ?? '')) return false;
  const surname = m.name.surname;
  if (!surname) return false;
  const word = new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\b`, 'iu');
  return sentences.some((s) => word.test(s.text.normalize('NFD').replace(/\p{M}/gu, '')) && endedServiceBefore(s.text, reference));
}

/** Mentions that still count once the whole document is known. */
export function keepDocumentMentions(
  mentions: readonly ChangeMention[],
  sentences: readonly Sentence[],
  company: string | null | undefined,
  reference: Date | null,
): ChangeMention[] {
  const resultsRelease = isResultsRelease(sentences);
  return mentions.filter(
    (m) =>
      !m.historical &&
      !isOtherBoard(m, company) &&
      !isOutsideBody(m) &&
      !(resultsRelease && isOldNews(m.effective, reference)) &&
      !isFormerOfficerDeath(m, sentences, reference),
  );
}
