/**
 * Country columns of CRM exports to ISO 3166 alpha-2 codes, the keys of the budget policies and of the calendar's
 * country filter: "JP", "jp", "Japan", "日本", "United States", "USA" and "U.S." all become a code. The names come
 * from the runtime's own region names (Intl.DisplayNames, English and Japanese), plus the usual abbreviations.
 * A value that is no known country is kept as written: it then meets only a policy configured under that name.
 */
const ALIASES: Readonly<Record<string, string>> = {
  usa: 'US', us: 'US', 'unitedstatesofamerica': 'US', america: 'US', 米国: 'US', アメリカ: 'US',
  uk: 'GB', greatbritain: 'GB', england: 'GB', 英国: 'GB', 'southkorea': 'KR', korea: 'KR', 韓国: 'KR', 中国: 'CN',
};

const fold = (value: string): string => value.normalize('NFKC').toLowerCase().replace(/[\s.\-_'’]/gu, '');

let byName: ReadonlyMap<string, string> | null = null;

function namesToCodes(): ReadonlyMap<string, string> {
  if (byName) return byName;
  const map = new Map<string, string>(Object.entries(ALIASES).map(([name, code]) => [fold(name), code]));
  const displays = ['en', 'ja'].map((locale) => new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' }));
  for (let a = 65; a <= 90; a += 1) {
    for (let b = 65; b <= 90; b += 1) {
      const code = String.fromCharCode(a, b);
      // Deprecated codes (DD, YU) canonicalize to their successors and would take the successor's name.
      if (Intl.getCanonicalLocales(`und-${code}`)[0] !== `und-${code}`) continue;
      for (const display of displays) {
        const name = display.of(code);
        if (name && !map.has(fold(name))) map.set(fold(name), code);
      }
    }
  }
  byName = map;
  return map;
}

/** The alpha-2 code of a country name or code; the trimmed input when unknown; null when empty. */
export function countryCode(value: string | null | undefined): string | null {
  const text = value?.normalize('NFKC').trim() ?? '';
  if (!text) return null;
  const alias = ALIASES[fold(text)];
  if (alias) return alias;
  if (/^[A-Za-z]{2}$/u.test(text)) return text.toUpperCase();
  return namesToCodes().get(fold(text)) ?? text;
}
