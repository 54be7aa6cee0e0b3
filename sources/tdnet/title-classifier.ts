/**
 * Sorts TDnet disclosure titles into what ExecRadar reads: executive-change notices (their PDFs become
 * documents for event extraction), fiscal-calendar notices (fiscal year end, earnings date, AGM date) and the
 * rest, which is never downloaded. A pure function of the title, so the crawler fetches only what it needs.
 */

export type TdnetTitleKind = 'exec-change' | 'fiscal-calendar' | 'other';

// Compensation, stock options and shareholdings name officers without any change of post.
const NOT_A_CHANGE = /役員報酬|報酬制度|ストック・?オプション|株式報酬|持株会|自己株式|役員(?:等)?の?(?:株式|持株)|責任限定契約|賠償責任保険/u;

const EXEC_CHANGE =
  /代表(?:取締役|執行役|者)(?:等)?の(?:異動|交代|選定)|役員(?:人事|の異動|異動|体制|の選任|候補|の変更)|執行役員|人事異動|取締役候補|監査役候補|監査等委員(?:である取締役)?候補|社長(?:交代|の交代|人事)|会長(?:の)?(?:就任|交代)|退任|就任|辞任|逝去|選任/u;

const FISCAL_CALENDAR = /決算発表(?:予定)?日|決算(?:期|日)(?:の)?変更|事業年度(?:の)?変更|定時株主総会(?:の)?(?:開催|日程|延期|招集)|株主総会(?:の)?(?:開催日|基準日)/u;

/** Folds widths (ＣＥＯ, full-width digits) and drops spaces, which titles scatter between words (役員　人事). */
function normalizeTitle(title: string): string {
  return title.normalize('NFKC').replace(/\s+/gu, '');
}

export function classifyTdnetTitle(title: string): TdnetTitleKind {
  const text = normalizeTitle(title);
  if (EXEC_CHANGE.test(text) && !NOT_A_CHANGE.test(text)) return 'exec-change';
  if (FISCAL_CALENDAR.test(text)) return 'fiscal-calendar';
  return 'other';
}
