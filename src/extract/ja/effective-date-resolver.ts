/**
 * Decides when a change takes effect: a date written with the change (4月1日付, 6月1日から,
 * 2026年6月25日の株主総会をもって), 「定時株主総会終結の時をもって」 → "agm", 本日付/即日 → the
 * announcement date, else what the notice says for all its changes (異動予定日/就任日 labels, an
 * AGM the changes await, the first 付 date).
 */
import type { Effective } from '../announcement.js';
import type { DateMention } from '../dates/japanese-date-parser.js';
import { findJapaneseDates, parseJapaneseDate, resolveDate } from '../dates/japanese-date-parser.js';

const EFFECTIVE_SUFFIX = /^(?:付|付け|から|より|をもって|以降|に遡って)/u;
// A weekday may stand between the date and the meeting: 「令和8年6月25日（木）開催予定の定時株主総会」.
const AGM_SUFFIX = /^\s*(?:[(（]\s*[月火水木金土日](?:曜日?)?\s*[)）])?\s*[)(（]?\s*(?:開催(?:予定)?)?\s*の?\s*(?:当社)?\s*(?:第\s*\d+\s*(?:回|期))?\s*(?:定時)?\s*株主総会/u;
const AGM_IN_CLAUSE = /(?<!臨時)株主総会(?:終結の時|終結時|の終結)?(?:をもって|で|において|にて|後|まで|終了後|を経て|の承認を経て)/u;
const AGM_AWAITED = new RegExp(
  [
    '開催予定の(?:第\\d+(?:回|期))?(?:定時)?株主総会',
    '(?<!臨時)株主総会(?:終結の時|終結時|の終結)をもって',
    // 「定時株主総会後に開く取締役会で決議」「定時株主総会及び同総会後の取締役会を経て決定」
    '(?<!臨時)株主総会(?:および|及び|ならびに|と)?(?:その|同総会)?後(?:の|に開く|に開かれる|に開催(?:される|する|予定の)?)?取締役会(?:で|において|を経て)(?:正式に?)?(?:決定|決め|決ま|決議|承認|選任|選定)',
    '(?<!臨時)株主総会(?:で|において|にて)(?:正式に?)?(?:決定|承認|選任)',
    '株主総会(?:での|の)(?:承認|決議)を(?:経て|条件)',
    '定時株主総会(?:終結)?後',
    '株主総会に(?:付議|上程)',
  ].join('|'),
  'u',
);
/** A line of a labelled record: its 氏名 or role label. */
const RECORD_LABEL_LINE = /(?:^|[\s【])(?:氏\s?名|(?:新|旧|現)(?:役職|職|担当))\s*[】:：\s]/u;
const LABELLED_DATE = /(?:就任|退任|異動|選任|辞任|交代|変更)(?:予定)?(?:年月)?日\s*[＞>:：)）\]】]?\s*/gu;

export class EffectiveDateResolver {
  readonly #text: string;
  readonly #announced: string | null;
  readonly #dates: readonly DateMention[];
  readonly #documentDefault: Effective;
  readonly #agmDate: string | null;
  readonly #labelledDefault: Effective | undefined;

  /** `text` is the folded document text. */
  constructor(text: string, announced: string | null) {
    this.#text = text;
    this.#announced = announced && /^\d{4}-\d{2}-\d{2}$/u.test(announced) ? announced : null;
    this.#dates = findJapaneseDates(text);
    this.#agmDate = this.#findAgmDate();
    this.#labelledDefault = this.#findLabelledDefault();
    this.#documentDefault = this.#findDocumentDefault();
  }

  /** The date of the (ordinary) shareholders' meeting the text names: the one still to come, else the last. */
  get agmDate(): string | null {
    return this.#agmDate;
  }

  get documentDefault(): Effective {
    return this.#documentDefault;
  }

  /**
   * When the candidates listed in a notice's section take office if its heading says nothing: at the AGM (its
   * date when the text gives one), or on the date the notice labels (就任予定日) — not on a 付 date that other
   * changes carry.
   */
  get nomineeDefault(): Effective {
    const labelled = this.#labelledDefault;
    return this.#agmDate ?? (labelled && /^\d{4}-\d{2}-\d{2}$/u.test(labelled) ? labelled : 'agm');
  }

  /** The year the text establishes before `index` (a full date or year-month), for dates written without one. */
  contextYear(index: number): number | null {
    let year: number | null = null;
    for (const d of this.#dates) {
      if (d.start >= index) {
        // Nothing before: a dateline written after the story (「2024年2月9日付朝刊より転載」).
        if (year === null && d.kind === 'full' && d.year !== null) return d.year;
        if (year !== null) break;
        continue;
      }
      if ((d.kind === 'full' || d.kind === 'year-month') && d.year !== null) year = d.year;
    }
    return year;
  }

  /** The latest year written anywhere in the text (the "now" of an undated text). */
  latestYear(): number | null {
    let year: number | null = this.#announced ? Number.parseInt(this.#announced.slice(0, 4), 10) : null;
    if (year !== null) return year;
    for (const d of this.#dates) if (d.kind === 'full' && d.year !== null) year = Math.max(year ?? 0, d.year);
    return year;
  }

  /** The first date written in `text` (a table cell), resolved against the announcement. */
  resolveText(text: string): string | null {
    return parseJapaneseDate(text, { announced: this.#announced });
  }

  resolve(d: DateMention): string | null {
    return resolveDate(d, { announced: this.#announced, contextYear: this.contextYear(d.start), sameDay: this.#sameDay(d.start) });
  }

  /** Dates in [start, end) of the folded text. */
  datesIn(start: number, end: number): DateMention[] {
    return this.#dates.filter((d) => d.start >= start && d.end <= end);
  }

  /**
   * The effective date a clause states, nearest to `focus` (the verb); `undefined` when the clause
   * says nothing, so the caller falls back to `documentDefault`.
   */
  inClause(start: number, end: number, focus: number): Effective | undefined {
    // Japanese puts the date before its verb: prefer the nearest date before `focus`, else the nearest after.
    let best: { value: Effective; distance: number } | null = null;
    for (const d of this.datesIn(start, end)) {
      if (d.kind === 'year') continue;
      const suffix = this.#text.slice(d.end, d.end + 30);
      let value: Effective | undefined;
      if (d.kind === 'today' && /^(?:付|即日)/u.test(suffix)) value = this.#announced;
      else if (EFFECTIVE_SUFFIX.test(suffix)) value = this.resolve(d);
      else if (AGM_SUFFIX.test(suffix) && (d.kind === 'full' || d.kind === 'day' || d.kind === 'month-day')) value = this.resolve(d) ?? 'agm';
      else if (AGM_SUFFIX.test(suffix) && d.kind === 'today') value = this.#announced;
      // 「2025年5月3日に逝去」: a full date written straight before the verb.
      else if (/^に/u.test(suffix) && focus >= d.end && focus - d.end <= 3 && (d.kind === 'full' || d.kind === 'month-day')) value = this.resolve(d);
      if (value === undefined) continue;
      const distance = d.start <= focus ? focus - d.start : 10_000 + d.start - focus;
      if (!best || distance < best.distance) best = { value, distance };
    }
    if (best) return best.value;
    const clause = this.#text.slice(start, end);
    if (/即日/u.test(clause)) return this.#announced;
    if (AGM_IN_CLAUSE.test(clause)) return this.#agmDate ?? 'agm';
    return undefined;
  }

  #findAgmDate(): string | null {
    const found: string[] = [];
    const convocation = /(?<!臨時)株主総会招集(?:ご|御)?通知/u.test(this.#text.slice(0, 200));
    for (const d of this.#dates) {
      // 「本日開催の定時株主総会」 is held on the notice's date.
      if (d.kind !== 'full' && d.kind !== 'day' && d.kind !== 'month-day' && d.kind !== 'today') continue;
      const before = this.#text.slice(Math.max(0, d.start - 12), d.start);
      const after = this.#text.slice(d.end, d.end + 30);
      const labelled = /(?<!臨時)株主総会(?:の)?(?:開催)?(?:予定)?(?:日\s*[:：は]?|を|は)\s*$/u.test(before)
        // A convocation notice's 「日時 2025年6月19日（木曜日）午前10時」 is its meeting's.
        || (convocation && /(?:^|\n)\s*(?:\d+\s*[.．]\s*)?(?:開催)?日\s*時\s*[:：]?\s*$/u.test(before));
      if (!labelled && !AGM_SUFFIX.test(after.replace(/^に/u, ''))) continue;
      if (/^[^。]{0,20}臨時株主総会/u.test(after) && !/^[^。]{0,20}定時/u.test(after)) continue;
      const value = this.resolve(d);
      if (value && /^\d{4}-\d{2}-\d{2}$/u.test(value)) found.push(value);
    }
    if (found.length === 0) return null;
    const announced = this.#announced;
    const upcoming = announced ? found.filter((v) => v >= announced).sort() : [];
    return upcoming[0] ?? [...found].sort().at(-1) ?? null;
  }

  #sameDay(index: number): string | null {
    let last: DateMention | null = null;
    for (const d of this.#dates) {
      if (d.start >= index) break;
      if (d.kind === 'full' || d.kind === 'month-day' || d.kind === 'day' || d.kind === 'today') last = d;
    }
    if (!last) return this.#announced;
    return resolveDate(last, { announced: this.#announced, contextYear: this.contextYear(last.start) });
  }

  /**
   * The date a 異動予定日/就任日 label gives the whole notice. A label inside a labelled record
   * (「氏名：…」「新役職：…」「異動日：…」) dates that record only. 「2025年6月下旬開催予定の定時株主総会終結の時
   * をもって」 under the label is the AGM: its date when the text gives one, else "agm".
   */
  #findLabelledDefault(): Effective | undefined {
    for (const m of this.#text.matchAll(LABELLED_DATE)) {
      const lineStart = this.#text.lastIndexOf('\n', m.index - 1) + 1;
      const previousLine = this.#text.slice(this.#text.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1, lineStart);
      if (RECORD_LABEL_LINE.test(previousLine) || RECORD_LABEL_LINE.test(this.#text.slice(lineStart, m.index))) continue;
      const at = m.index + m[0].length;
      const d = this.#dates.find((x) => x.start >= at && x.start <= at + 3 && x.kind !== 'year');
      if (!d) continue;
      if (d.kind !== 'full' && /^[^。\n]{0,12}株主総会/u.test(this.#text.slice(d.end, d.end + 40))) return this.#agmDate ?? 'agm';
      return this.resolve(d);
    }
    return undefined;
  }

  #findDocumentDefault(): Effective {
    if (this.#labelledDefault !== undefined) return this.#labelledDefault;
    if (AGM_AWAITED.test(this.#text)) return this.#agmDate ?? 'agm';
    // The first 付 date, preferring one on or after the announcement (a resolution date comes first in many notices).
    let first: string | null = null;
    for (const d of this.#dates) {
      if (d.kind === 'year' || !/^(?:付|付け)(?!\s*\d+\s*面|朝刊|夕刊|紙面)/u.test(this.#text.slice(d.end, d.end + 5))) continue;
      const value = this.resolve(d);
      if (value === null) continue;
      if (!this.#announced || value >= this.#announced) return value;
      first ??= value;
    }
    if (first) return first;
    return null;
  }
}
