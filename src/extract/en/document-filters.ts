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

/** True when the document is a periodic results release (its headline says so). */
export function isResultsRelease(sentences: readonly Sentence[]): boolean {
  return sentences.slice(0, 2).some((s) => RESULTS_HEADLINE.test(s.text));
}

/** Mentions that still count once the whole document is known. */
export function keepDocumentMentions(
  mentions: readonly ChangeMention[],
  sentences: readonly Sentence[],
  company: string | null | undefined,
  reference: Date | null,
): ChangeMention[] {
  const resultsRelease = isResultsRelease(sentences);
  return mentions.filter((m) => !m.historical && !isOtherBoard(m, company) && !(resultsRelease && isOldNews(m.effective, reference)));
}
