/**
 * Company-name keys: the same company written "Coppervale Corp." in a filing, "Coppervale" in a CRM and "ＣＯＰＰＥＲＶＡＬＥ"
 * in a spreadsheet gets one key. Legal forms (株式会社, (株), ㈱, Inc., Corp., Co., Ltd., AG, …) and group words
 * (ホールディングス and its short form ＨＤ, Holdings, Group) are dropped; widths, case, diacritics, punctuation and kanji variants folded.
 */
import { foldKanjiVariants, foldWidthAndSpace, isJapaneseScript, stripDiacritics } from './text-fold.js';

// Japanese legal forms appear before or after the name; NFKC has already turned ㈱ into (株).
const JA_LEGAL_FORMS =
  /株式会社|有限会社|合同会社|合資会社|合名会社|相互会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|独立行政法人|\((?:株|有|同|資|名)\)/gu;
// TDnet and newspapers shorten ホールディングス to ＨＤ (北辰ＨＤ); lower-cased here, after NFKC.
const JA_GROUP_WORDS = /(?:ホールディングス|ホールディング|グループ本社|グループ|hd)$/u;
// The same short form glued to a name in capitals (ＫＧＸＨＤ): split off, so it goes as "Holdings" would.
const GLUED_CAPITAL_HD = /^([A-Z0-9&.・-]{2,})HD$/u;

// Latin legal forms and group words, removed from the end of the name (repeatedly: "Holdings Co., Ltd.").
const LATIN_TRAILING = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'cos', 'companies', 'ltd', 'limited', 'llc',
  'plc', 'lp', 'llp', 'ag', 'aktiengesellschaft', 'se', 'sa', 'nv', 'bv', 'gmbh', 'kk', 'kabushiki', 'kaisha',
  'pty', 'oyj', 'ab', 'asa', 'spa', 'srl', 'holdings', 'holding', 'hd', 'hldgs', 'group', 'grp',
]);

/** A comparison key for a company name ("" when nothing is left, e.g. a name that is only a legal form). */
export function companyNameKey(name: string): string {
  let text = foldKanjiVariants(stripDiacritics(foldWidthAndSpace(name))).replace(GLUED_CAPITAL_HD, '$1 HD').toLowerCase();
  if (isJapaneseScript(text)) {
    text = text.replace(JA_LEGAL_FORMS, '').replace(/[\s・･.,、。'’"“”()（）「」-]+/gu, '');
    const withoutGroup = text.replace(JA_GROUP_WORDS, '');
    return withoutGroup || text;
  }
  const tokens = text
    .replace(/&/gu, ' and ')
    .replace(/['’`.]/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (tokens[0] === 'the' && tokens.length > 1) tokens.shift();
  while (tokens.length > 1 && LATIN_TRAILING.has(tokens[tokens.length - 1]!)) tokens.pop();
  // "Kabushiki Kaisha Foo" and "K.K. Foo": Japanese legal forms written in Latin letters may also lead.
  while (tokens.length > 1 && (tokens[0] === 'kabushiki' || tokens[0] === 'kaisha' || tokens[0] === 'kk')) tokens.shift();
  if (tokens.length > 1 && tokens[tokens.length - 1] === 'and') tokens.pop(); // "… & Co." leaves a dangling "and"
  return tokens.join(' ');
}

/**
 * True when one key is a shortened form of the other: whole leading words for Latin names ("coppervale" of
 * "coppervale mining"), a leading run of at least two characters for Japanese ("三ツ星重工" of "三ツ星重工業").
 * A one-word generic prefix ("first", "national", "日本") would join unrelated companies, so the short form must
 * carry at least three letters ("QXR" of "QXR Industries"; two Japanese characters and half of the longer key)
 * and not be a generic word.
 */
export function isShortFormOf(shortKey: string, longKey: string): boolean {
  if (!shortKey || shortKey.length >= longKey.length) return false;
  if (isJapaneseScript(longKey)) {
    return shortKey.length >= 2 && longKey.startsWith(shortKey) && shortKey.length * 2 >= longKey.length;
  }
  return shortKey.replace(/ /gu, '').length >= 3 && longKey.startsWith(`${shortKey} `) && !GENERIC_FIRST_WORDS.has(shortKey);
}

const GENERIC_FIRST_WORDS = new Set(['first', 'national', 'american', 'general', 'united', 'international', 'global', 'royal', 'bank', 'china', 'japan']);

/** The first word (Latin) or first two characters (Japanese) of a key: the blocking key for short forms. */
export function companyPrefixKey(key: string): string {
  if (isJapaneseScript(key)) return Array.from(key).slice(0, 2).join('');
  return key.split(' ')[0] ?? '';
}
