/**
 * Judges whether a run of kanji is a person's name, using IPADIC's part-of-speech tags as
 * evidence alongside the layout cue that proposed it. IPADIC alone finds few full names
 * (surnames come back as places, modern given names as common nouns), so the tags decide
 * only what the layout leaves open.
 */
import type { JapaneseTokenizer } from './tokenizer-loader.js';

/** Old-form glyphs missing from IPADIC, folded before tokenizing (the original text keeps them). */
export const DICTIONARY_GLYPH_FOLDS: Readonly<Record<string, string>> = {
  髙: '高', 﨑: '崎', '𠮷': '吉', 德: '徳', 邉: '辺', 邊: '辺', 濵: '浜', 濱: '浜', 齋: '斎', 齊: '斉',
  槗: '橋', 栁: '柳', 瀨: '瀬', 冨: '富', 曻: '昇', 寬: '寛', 眞: '真', 國: '国', 鐵: '鉄', 櫻: '桜',
  廣: '広', 澤: '沢', 龍: '竜', 榮: '栄', 惠: '恵', 條: '条', 藏: '蔵', 壽: '寿', 實: '実',
};

/** How strongly the layout says "a name is here". */
export type NameCue = 'strong' | 'title' | 'weak';

export type NameVerdict = 'full' | 'surname' | 'reject';

/** Endings of organisations and places that a title can also follow (架空技術研究所社長). */
const ORGANISATION_END = /(?:所|社|会|課|局|省|庁|院|銀行|工業|機構|協会|大学|学会|本部|事業部|事業|センター|グループ|財団|法人|県|府|党)$/u;
/** Words that precede titles but are not names. */
const NOT_NAMES = /^(?:次期|後任|前任|新任|現任|同社|当社|弊社|全社|両社|同氏|本日|同日|今回|女性|男性|初代|歴代|社外|社内|常勤|非常勤|専任|兼任|代表|執行|担当|事業|営業|管理|経営|技術|海外|国内|本社|支社|各社|子会社|関連|グループ|取締|傘下|米国|中国|日本|東京|大阪|当時|同年|現在|最高|副|新|旧|元|前|現|同|両|各|計|約|全)$/u;

export class NamePlausibility {
  readonly #tokenizer: JapaneseTokenizer;
  readonly #cache = new Map<string, NameVerdict>();

  constructor(tokenizer: JapaneseTokenizer) {
    this.#tokenizer = tokenizer;
  }

  /** A kanji family name followed by a kana given name: the family part must read as a name, the kana as one word. */
  kanaGivenName(family: string, given: string): boolean {
    const familyTokens = this.#tokenizer.tokenize(family);
    const givenTokens = this.#tokenizer.tokenize(given);
    const first = familyTokens[0];
    if (!first || familyTokens.length > 2 || NOT_NAMES.test(family)) return false;
    const familyOk = first.pos_detail_3 === '姓' || first.pos_detail_2 === '地域' || first.pos_detail_1 === '固有名詞';
    const givenOk = givenTokens.length === 1 && givenTokens[0]?.pos === '名詞';
    return familyOk && givenOk;
  }

  /** `name` is folded text (NFKC and glyph folds applied); spaces separate family and given name. */
  judge(name: string, cue: NameCue): NameVerdict {
    const key = `${cue}:${name}`;
    let verdict = this.#cache.get(key);
    if (verdict === undefined) {
      verdict = this.#judge(name, cue);
      // A long-running crawler sees endless candidates: keep the memo bounded.
      if (this.#cache.size >= 50_000) this.#cache.clear();
      this.#cache.set(key, verdict);
    }
    return verdict;
  }

  /**
   * 姓␣名 where both parts are common words (琥珀 一, 紬 花梨): a name when the layout says one is here, unless
   * either part reads as an ordinary word of a notice (生産 本部, 経営 企画, 営業 部長).
   */
  #plainWordsName(name: string): boolean {
    const [familyText = '', givenText = '', ...rest] = name.split(/\s+/u);
    if (rest.length > 0 || familyText.length + givenText.length < 3 || givenText.length > 2 || familyText.length > 4) return false;
    if (NOT_NAMES.test(familyText) || NOT_NAMES.test(givenText) || ORGANISATION_END.test(givenText) || /[名長部課室係店品業者別等]$/u.test(givenText)
      || /^[日月年記号円株上下内外中]$/u.test(givenText) || /^(?:以上|議案|資料|年月|別紙|参考|備考)$/u.test(familyText)) return false;
    const plain = (t: { pos: string; pos_detail_1: string }): boolean =>
      t.pos === '名詞' && !['サ変接続', '副詞可能', '形容動詞語幹', '接尾', '代名詞'].includes(t.pos_detail_1);
    const family = this.#tokenizer.tokenize(familyText);
    const given = this.#tokenizer.tokenize(givenText);
    return family.every((t) => plain(t) && t.pos_detail_1 !== '数') && (givenText.length === 1 || given.every((t) => plain(t) && t.pos_detail_1 !== '数'));
  }

  #judge(name: string, cue: NameCue): NameVerdict {
    const spaced = /\s/u.test(name);
    const compact = name.replace(/\s+/gu, '');
    if (compact.length < 2 && !spaced) return 'reject';
    if (compact.length > 7 || (!spaced && compact.length > 6)) return 'reject';
    if (NOT_NAMES.test(compact) || /\d/u.test(compact)) return 'reject';
    const tokens = this.#tokenizer.tokenize(compact);
    const person = tokens.filter((t) => t.pos_detail_2 === '人名');
    const place = tokens.filter((t) => t.pos_detail_2 === '地域');
    const unknown = tokens.filter((t) => t.word_type === 'UNKNOWN');
    const organisation = tokens.some((t) => t.pos_detail_2 === '組織');
    const verbs = tokens.some((t) => t.pos === '動詞' || t.pos === '助詞' || t.pos === '助動詞');
    const first = tokens[0];
    if (!first) return 'reject';
    if (organisation && person.length === 0) return 'reject';
    if (ORGANISATION_END.test(compact) && tokens[tokens.length - 1]?.pos_detail_2 !== '人名') return 'reject';
    if (spaced && cue === 'strong' && this.#plainWordsName(name)) return 'full';
    const commonWords = tokens.filter((t) => t.surface_form.length >= 2 && t.pos === '名詞' && (t.pos_detail_1 === 'サ変接続' || t.pos_detail_1 === '形容動詞語幹'));
    if (commonWords.length > 0 && person.length === 0) return 'reject';
    const longCommon = tokens.some((t) => t.pos === '名詞' && t.pos_detail_1 === '一般' && t.surface_form.length >= 2);
    if (longCommon && person.length + place.length === 0 && !tokens.some((t) => t.pos_detail_1 === '固有名詞')) return 'reject';
    // A single dictionary word: a family name alone (北原社長) or not a name at all (次期社長).
    if (tokens.length === 1 && !spaced) {
      if (first.pos_detail_3 === '姓' || first.pos_detail_2 === '地域') return compact.length <= 3 ? 'surname' : 'full';
      // A given name alone (光彦) or a short unknown word is a partial name: it must be completed elsewhere.
      if (first.pos_detail_2 === '人名' || first.word_type === 'UNKNOWN') return cue === 'weak' ? 'reject' : compact.length <= 2 ? 'surname' : 'full';
      if (first.pos_detail_1 === '固有名詞') return cue === 'weak' ? 'reject' : 'surname';
      return 'reject';
    }
    // Two characters make a full name only as family + given name (林 修); else a family name (栃山).
    if (!spaced && compact.length === 2 && !(tokens.length === 2 && first.pos_detail_2 === '人名' && tokens[1]?.pos_detail_3 === '名')) return 'surname';
    if (cue === 'weak') {
      // Without a title or 氏: a dictionary family name first, then only name-like pieces (吉田 蓮, not 中村 工場).
      const familyFirst = first.pos_detail_3 === '姓' || (first.pos_detail_2 === '地域' && first.surface_form.length >= 2);
      const rest = tokens.slice(1);
      const nameLike = rest.every((t) => t.pos === '名詞' && (t.pos_detail_2 === '人名' || t.pos_detail_1 === '固有名詞' || t.word_type === 'UNKNOWN' || t.surface_form.length === 1));
      return familyFirst && rest.length > 0 && rest.length <= 3 && nameLike && !verbs ? 'full' : 'reject';
    }
    if (spaced) {
      // 姓␣名 spacing is itself a cue; reject only what reads as ordinary words (就任 北原仁).
      const [familyText = '', givenText = ''] = name.split(/\s+/u);
      const family = this.#tokenizer.tokenize(familyText);
      const given = this.#tokenizer.tokenize(givenText);
      if (NOT_NAMES.test(familyText)) return 'reject';
      const wordy = (ts: typeof family): boolean =>
        ts.some((t) => t.pos !== '名詞' || t.pos_detail_1 === 'サ変接続' || t.pos_detail_1 === '数' || t.pos_detail_1 === '副詞可能' || t.pos_detail_1 === '形容動詞語幹');
      if (wordy(family)) return 'reject';
      const proper = [...family, ...given, ...tokens].some((t) => t.pos_detail_1 === '固有名詞' || t.word_type === 'UNKNOWN');
      return proper || familyText.length === 1 ? 'full' : 'reject';
    }
    if (person.length + place.length + unknown.length === 0 && tokens.every((t) => t.pos_detail_1 === '一般' && t.surface_form.length >= 2)) {
      return 'reject';
    }
    return 'full';
  }
}
