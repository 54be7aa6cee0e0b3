/**
 * Which press releases may announce an executive change: a keyword in the title, width and case folded. Press
 * releases are mostly products and events; only these are worth fetching and extracting. The summary is not
 * searched: it is where HR-software releases say 人事 and product launches say 就任記念.
 */

export const DEFAULT_PERSONNEL_KEYWORDS = ['人事', '役員', '就任', '退任', '異動', '社長交代'] as const;

export function isPersonnelRelease(title: string, keywords: readonly string[] = DEFAULT_PERSONNEL_KEYWORDS): boolean {
  if (keywords.length === 0) return true;
  const text = title.normalize('NFKC').toLowerCase();
  return keywords.some((keyword) => text.includes(keyword.normalize('NFKC').toLowerCase()));
}
