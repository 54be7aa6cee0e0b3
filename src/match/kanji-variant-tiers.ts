/**
 * How much a kanji variant pair proves. The fold table (kanji-variants.generated.ts) joins every variant to one
 * form, which is right for blocking and keys; for scoring, only a *strict* pair is one character written two ways
 * (髙/高, 﨑/崎, 邊/邉/辺, 齋/斎, 濱/浜, 澤/沢, 國/国). itaiji_list also joins characters that are distinct in names
 * (荘/庄, 園/苑, 閏/壬) and Chinese simplified forms: its provenance note says to use it as a *loose* tier, so such
 * a pair is a candidate for a person to confirm, never an alert by itself.
 *
 * The tier follows from the Japanese character sets (iconv-lite's CP932 and EUC-JP tables):
 * - loose when both characters are JIS X 0208 level-1 kanji: each is an everyday character in its own right, so
 *   the pair is more often two families' names (庄司/荘司, 冨田/富田, 嶋田/島田) than two spellings of one name;
 * - loose when either character is in no Japanese character set (neither CP932 nor JIS X 0212): mostly
 *   simplified Chinese forms (伞, 劳, 单), which Japanese registers and disclosures do not use;
 * - strict otherwise: an old or variant form (JIS level 2, the Windows IBM/NEC extensions, JIS X 0212) of a
 *   common character.
 * The character sets cannot see that some such pairs are officially one character, so these are strict whatever
 * the sets say: 旧字体 in brackets and 許容字体 of the 常用漢字表 (2010, 龍/竜, 瀧/滝, 步/歩, 剝/剥), 常用漢字の異体字
 * of the 人名用漢字 list (戸籍法施行規則 別表第二(二): 嶋/島, 冨/富, 峯/峰, 薗/園) and 簡易慣用字体 of the
 * 表外漢字字体表 (2000: 噓/嘘, 屛/屏, 禰/祢). Disclosures print the old forms of such names; CRMs type the new ones.
 */
import iconv from 'iconv-lite';
import { KANJI_VARIANT_PAIRS } from './kanji-variants.generated.js';

export type KanjiVariantTier = 'strict' | 'loose';

type CharacterSet = 'level1' | 'japanese' | 'none';

const LEVEL1_FIRST = 0x889f;
const LEVEL1_LAST = 0x9872;

function characterSet(ch: string): CharacterSet {
  const sjis = iconv.encode(ch, 'cp932');
  if (sjis.length === 2 && iconv.decode(sjis, 'cp932') === ch) {
    const code = sjis[0]! * 256 + sjis[1]!;
    return code >= LEVEL1_FIRST && code <= LEVEL1_LAST ? 'level1' : 'japanese';
  }
  const euc = iconv.encode(ch, 'euc-jp');
  return euc.length === 3 && euc[0] === 0x8f && iconv.decode(euc, 'euc-jp') === ch ? 'japanese' : 'none';
}

/** Variant + canonical, as in the fold table; only pairs the character-set rule would call loose are listed. */
const OFFICIAL_PAIRS: ReadonlySet<string> = new Set(
  [
    // 常用漢字表: 旧字体 (brackets) and 許容字体.
    '龍竜', '瀧滝', '燈灯', '曾曽', '倂併', '卽即', '巢巣', '徵徴', '旣既', '晚晩', '曆暦', '步歩', '歷歴', '每毎',
    '涉渉', '溫温', '狀状', '硏研', '緣縁', '虛虚', '錄録', '黃黄', '槪概', '剝剥', '𠮟叱',
    // 人名用漢字 別表第二(二): 常用漢字の異体字.
    '冨富', '嶋島', '峯峰', '薗園', '駈駆', '盃杯', '埜野',
    // 表外漢字字体表: 印刷標準字体 and 簡易慣用字体.
    '禰祢', '頴穎', '俱倶', '吞呑', '噓嘘', '姸妍', '屛屏', '幷并', '簞箪', '蟬蝉', '驒騨',
  ],
);

export function tierOfPair(variant: string, canonical: string): KanjiVariantTier {
  if (OFFICIAL_PAIRS.has(variant + canonical)) return 'strict';
  const a = characterSet(variant);
  const b = characterSet(canonical);
  if (a === 'none' || b === 'none' || (a === 'level1' && b === 'level1')) return 'loose';
  return 'strict';
}

/** Variant → its canonical form and the tier of that pair; built on first use (1,382 pairs, a few ms). */
let table: ReadonlyMap<string, { readonly canonical: string; readonly tier: KanjiVariantTier }> | null = null;

function variantTable(): NonNullable<typeof table> {
  if (table) return table;
  const chars = Array.from(KANJI_VARIANT_PAIRS);
  const built = new Map<string, { canonical: string; tier: KanjiVariantTier }>();
  for (let i = 0; i + 1 < chars.length; i += 2) built.set(chars[i]!, { canonical: chars[i + 1]!, tier: tierOfPair(chars[i]!, chars[i + 1]!) });
  table = built;
  return built;
}

/**
 * The tier joining two different characters that fold to one form: strict when each is that form or a strict
 * variant of it, loose otherwise; null when they do not fold together.
 */
export function variantTier(a: string, b: string): KanjiVariantTier | null {
  const variants = variantTable();
  const ea = variants.get(a);
  const eb = variants.get(b);
  const canonical = ea?.canonical ?? a;
  if (canonical !== (eb?.canonical ?? b)) return null;
  return ea?.tier === 'loose' || eb?.tier === 'loose' ? 'loose' : 'strict';
}
