/**
 * Events from listings that name one person per item without a table header: newspaper 人事
 * columns (「▽社長 山田太郎（専務）▽退任（会長）鈴木一郎」) and the rosters under a notice's section
 * headings (「（１）新任取締役候補」 then 「取締役　山田　太郎（現 当社執行役員）」).
 */
import type { ChangeKind, Effective } from '../announcement.js';
import type { DraftEvent } from './draft-event.js';
import type { EffectiveDateResolver } from './effective-date-resolver.js';
import type { NamePlausibility } from './name-plausibility.js';
import type { SectionKind } from './section-kind.js';
import { cleanRole, containsTitle, isBoardRole, roleRank } from './role-lexicon.js';
import { SECTION_HEADING, sectionKindOf } from './section-kind.js';
import { sectionEffective } from './section-date.js';
import { linesOf } from './table-structure.js';
import { isAdvisoryRole } from './change-classifier.js';
import { rowChange } from './table-row-change.js';
import { isHoldersHeading } from './holders-heading.js';
import { HONORIFIC_END, HONORIFIC_START } from './honorific.js';
import { leadChangeWord, listingHeaderEnd } from './lead-line.js';

const ITEM_MARK = /[▽▼△◇◆]/u;
/** A ◇/◆ followed by a title or 退任: an item mark, not a company group's. */
const DIAMOND_ITEM = /[◇◆]\s*(?:退任|辞任|[^◇◆()（）\s]{0,10}?(?:社長|会長|取締役|執行役員|執行役|監査役|専務|常務|頭取|相談役|顧問|理事|部長))/gu;
/** Overlapping candidates (a lookahead capture at every position): 姓␣名 or an unspaced run. */
const NAME_CANDIDATE = /(?=([\p{sc=Han}々〆ヵヶノ]{1,4}[ ][\p{sc=Han}々〆ヵヶノ]{1,5}|[\p{sc=Han}々〆ヵヶノ]{1,4}[ ][\p{sc=Hiragana}\p{sc=Katakana}ー]{2,6}|[\p{sc=Han}々〆ヵヶノ]{2,6}))/gu;
/** A foreign name in katakana, its parts joined by ・ or a space (ジョン・スミス, マイケル スミス). */
const KATAKANA_NAME = /(?<![\p{sc=Katakana}ー・])[\p{sc=Katakana}ー]{2,}(?:[・=＝ ](?:[A-Z]\.?[・=＝ ])?[\p{sc=Katakana}ー]{2,}){1,3}(?![\p{sc=Katakana}ー・])/gu;
const READING = /^\s*[(（]\s*([\p{sc=Hiragana}\p{sc=Katakana}ー・ ]+?)\s*[)）]/u;
const LISTING_HEADER = /^(?:【[^】]{1,20}】|[^\s()（）。、]{2,20})\s*[(（]\s*(?:\d{1,2}\s*月[^()（）]{0,8}|[^()（）]{0,12}株主総会[^()（）]{0,6})\s*[)）]$/u;
const ARROW = /[→⇒➡]/u;
const PLAIN_HEADING = /^(?:[(（]\s*\d+\s*[)）]|\d+\s*[.．、]|[一二三四五六七八九十]+\s*[.．、]|[■●◆□【])\s*[^。\n]{1,40}$/u;
const ARROW_MOVE = /^\s*([^→⇒➡]*?)\s*[→⇒➡]\s*([^→⇒➡]+?)\s*$/u;
const PAREN = /[(（]([^()（）]*)[)）]/gu;
/** A bracket that qualifies a title (「監査役（社外）」「取締役（監査等委員）」) rather than naming a post held before. */
const QUALIFIER = /^(?:社外|常勤|非常勤|独立役員|社外・独立役員|補欠|監査等委員|常勤監査等委員|社外・監査等委員|監査等委員・社外)$/u;

/**
 * A listing item that holds several people set apart by wide gaps (「社長 取締役 山田 太郎  会長 社長 鈴木 一郎」, in
 * papers that use no ▽ between them): one range per person, when every part has a title.
 */
function spacedItems(text: string, item: Item): Item[] {
  const body = text.slice(item.start, item.end);
  const parts: Item[] = [];
  let from = 0;
  for (const gap of body.matchAll(/\s{2,}/gu)) {
    if (gap.index > from) parts.push({ start: item.start + from, end: item.start + gap.index });
    from = gap.index + gap[0].length;
  }
  if (from < body.length) parts.push({ start: item.start + from, end: item.end });
  return parts.length > 1 && parts.every((p) => containsTitle(text.slice(p.start, p.end))) ? parts : [item];
}

interface Item {
  readonly start: number;
  readonly end: number;
}

interface ItemNames {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly length: number;
}

export class RosterEventExtractor {
  readonly #names: NamePlausibility;

  constructor(names: NamePlausibility) {
    this.#names = names;
  }

  extract(text: string, dates: EffectiveDateResolver, termExpiry: boolean): DraftEvent[] {
    return [...this.#listing(text, dates, termExpiry), ...this.#sections(text, dates, termExpiry)];
  }

  /**
   * ▽ items. A ◇/◆ (or 【】) starts a company group whose bracket gives the date (「◇東邦電機（6月下旬）」);
   * without one, the text before a line's first ▽ is its header.
   */
  #listing(text: string, dates: EffectiveDateResolver, termExpiry: boolean): DraftEvent[] {
    const events: DraftEvent[] = [];
    if (!ITEM_MARK.test(text)) return events;
    let offset = 0;
    for (const written of text.split('\n')) {
      const lineStart = offset;
      offset += written.length + 1;
      // Some papers separate the items with ◇/◆ instead of ▽ (「◇頭取（専務）山田太郎◇会長（頭取）…」): read those
      // marks as ▽ (same length, so positions hold) when two or more of them start a title.
      const line = !/[▽▼△]/u.test(written) && (written.match(DIAMOND_ITEM) ?? []).length >= 2 ? written.replace(/[◇◆]/gu, '▽') : written;
      if (!/[▽▼△]/u.test(line)) continue;
      for (const group of line.matchAll(/[◇◆■]?[^◇◆■]+/gu)) {
        const groupStart = lineStart + group.index;
        const body = group[0];
        const firstMark = body.search(/[▽▼△]/u);
        if (firstMark < 0) continue;
        // 「▽架空化成（6月下旬）社長 …」: a ▽ may open the company too, when its bracket holds the timing.
        const header = /^[◇◆■]?\s*(?:【[^】]*】)?[^()（）▽▼△]{0,40}[(（]([^()（）]*)[)）]/u.exec(body)
          ?? /^[▽▼△]\s*[^()（）▽▼△\s]{2,20}[(（]([^()（）]*(?:\d{1,2}\s*月|株主総会)[^()（）]*)[)）]/u.exec(body);
        const headerEnd = header ? header[0].length : listingHeaderEnd(body.slice(0, firstMark));
        const headerEffective = this.#headerEffective(body.slice(0, headerEnd), groupStart, dates)
          ?? (headerEnd === 0 ? this.#headerEffective(text.slice(Math.max(0, text.lastIndexOf('\n', lineStart - 2) + 1), lineStart), Math.max(0, text.lastIndexOf('\n', lineStart - 2) + 1), dates) : undefined);
        const cuts = [headerEnd, ...[...body.matchAll(/[▽▼△]/gu)].map((m) => m.index)].filter((c, i, all) => all.indexOf(c) === i && c >= headerEnd).sort((a, b) => a - b);
        cuts.forEach((cut, i) => {
          const start = groupStart + cut + (/[▽▼△]/u.test(body.charAt(cut)) ? 1 : 0);
          const end = groupStart + (cuts[i + 1] ?? body.length);
          if (end <= start) return;
          const parts = spacedItems(text, { start, end });
          for (const part of parts) {
            const event = this.#item(text, part, 'auto', headerEffective ?? dates.documentDefault, termExpiry, parts.length > 1);
            if (event) events.push(event);
          }
        });
      }
    }
    return events;
  }

  #headerEffective(header: string, offset: number, dates: EffectiveDateResolver): Effective | undefined {
    if (!header.trim()) return undefined;
    if (/株主総会/u.test(header)) return dates.inClause(offset, offset + header.length, offset + header.length) ?? 'agm';
    const d = dates.datesIn(offset, offset + header.length).find((x) => x.kind !== 'year');
    return d ? dates.resolve(d) : undefined;
  }

  /** Lines under a 新任/退任/昇任 heading, until a blank line or the next heading. */
  #sections(text: string, dates: EffectiveDateResolver, termExpiry: boolean): DraftEvent[] {
    const events: DraftEvent[] = [];
    const lines = linesOf(text);
    let kind: SectionKind | null = null;
    let effective: Effective = null;
    let listing = false;
    let holders = false;
    for (const [k, { start, text: line }] of lines.entries()) {
      const trimmed = line.trim();
      // A newspaper listing's company line: 「架空化成（6月下旬）」「【架空化成】（4月1日）」.
      const company = LISTING_HEADER.exec(trimmed);
      if (company && !ITEM_MARK.test(line)) {
        kind = 'auto';
        listing = true;
        effective = this.#headerEffective(trimmed, start + line.indexOf(trimmed), dates) ?? dates.documentDefault;
        continue;
      }
      if (SECTION_HEADING.test(line) && !ITEM_MARK.test(line)) {
        listing = false;
        holders = false;
        const headingKind = sectionKindOf(trimmed);
        kind = headingKind === 'auto' && !/人事|異動/u.test(trimmed) ? null : headingKind;
        effective = sectionEffective(lines, k, k + 1, headingKind, dates);
        continue;
      }
      // 「3．新体制（6月26日以降）」「■ 役員体制」, or any numbered heading naming neither a change nor a title: what
      // follows lists who holds office, so only lines that say what they held before (「（現 …）」, →) count.
      if (trimmed.length <= 40 && !/。/u.test(trimmed) && (isHoldersHeading(trimmed) || (PLAIN_HEADING.test(trimmed) && !containsTitle(trimmed)))) {
        kind = isHoldersHeading(trimmed) ? 'auto' : null;
        holders = kind !== null;
        listing = false;
        continue;
      }
      if (!trimmed) {
        continue;
      }
      if (/略\s*歴|経\s*歴|生年月日|所有株式/u.test(trimmed)) {
        kind = null;
        continue;
      }
      if (/^(?:\d{4}|(?:令和|平成|昭和)\s*(?:\d+|元))\s*年/u.test(trimmed)) continue;
      // A line that marks its own change: 「取締役 佐藤 花子（退任）」, or outside a section 「退任　取締役 佐藤 花子」.
      const marker = /[(（]\s*(新任|昇任|昇格|退任|辞任|重任|再任|担当変更)(?:予定)?\s*[)）]/u.exec(trimmed)?.[1] ?? (kind === null ? leadChangeWord(trimmed) : undefined);
      if (marker && trimmed.length <= 60 && !/。/u.test(trimmed)) {
        const event = this.#item(text, { start, end: start + line.length }, sectionKindOf(marker), effective ?? dates.documentDefault, termExpiry);
        if (event) events.push(event);
        continue;
      }
      if (kind === null || trimmed.length > 60 || /。|氏名|新役職|旧役職/u.test(trimmed)) {
        if (trimmed.length > 60 || /。/u.test(trimmed)) kind = null;
        continue;
      }
      // Under a plain 人事/異動 heading only lines shaped like a roster entry count.
      if (holders && !ARROW.test(trimmed) && !/[(（]\s*(?:現|前|旧)/u.test(trimmed)) continue;
      // A leading 新任/退任 word is such a shape too, and names the change (「退任 執行役員 山田 太郎（顧問に就任予定）」).
      const lead = /^(新任|退任|辞任|昇任|昇格|重任|再任)[\s　]/u.exec(trimmed)?.[1];
      if (kind === 'auto' && !listing && !lead && !ARROW.test(trimmed) && !/^[・●■◆\-－]|[(（]\s*(?:現|前|旧)/u.test(trimmed)) continue;
      if (kind === 'auto' && lead) {
        const event = this.#item(text, { start, end: start + line.length }, sectionKindOf(lead), effective, termExpiry);
        if (event) events.push(event);
        continue;
      }
      if (listing && !/^(?:退任|辞任)|^[^\s(（]*(?:社長|会長|取締役|執行役員|監査役|専務|常務|頭取|相談役|顧問|理事)/u.test(trimmed)) {
        listing = false;
        kind = null;
        continue;
      }
      const event = this.#item(text, { start, end: start + line.length }, kind, effective, termExpiry);
      if (event) events.push(event);
    }
    return events;
  }

  /** The longest name-like run in the item outside brackets (姓␣名 preferred): 「社長 村井 健司（専務）」 → 村井 健司. */
  #findName(text: string, item: Item): ItemNames | null {
    const body = text.slice(item.start, item.end);
    let found: ItemNames | null = null;
    for (const m of body.matchAll(NAME_CANDIDATE)) {
      const candidate = (m[1] ?? '').replace(HONORIFIC_END, '');
      const at = m.index;
      if (/[\p{sc=Han}々〆ヵヶノ]/u.test(body.charAt(at - 1))) continue;
      if (/[\p{sc=Han}々〆ヶ\p{sc=Hiragana}\p{sc=Katakana}]/u.test(body.charAt(at + candidate.length)) && !HONORIFIC_START.test(body.slice(at + candidate.length))) continue;
      if (containsTitle(candidate) || candidate.replace(/\s/gu, '').length < 2) continue;
      if (/[(（][^)）]*$/u.test(body.slice(0, at))) continue;
      if (this.#names.judge(candidate, 'strong') !== 'full') continue;
      const length = candidate.replace(/\s/gu, '').length + (/\s/u.test(candidate) ? 0.5 : 0);
      if (!found || length >= found.length) {
        found = { start: item.start + at, end: item.start + at + candidate.length, key: candidate.replace(/\s+/gu, ''), length };
      }
    }
    if (found) return found;
    // No kanji name: a katakana one outside brackets; its Latin spelling in brackets after it is a note, not a role.
    for (const m of body.matchAll(KATAKANA_NAME)) {
      if (containsTitle(m[0]) || /[(（][^)）]*$/u.test(body.slice(0, m.index))) continue;
      return { start: item.start + m.index, end: item.start + m.index + m[0].length, key: m[0].replace(/\s+/gu, ''), length: m[0].length };
    }
    return null;
  }

  /** `spaced`: an item of a listing without brackets, 「社長 取締役 山田 太郎」 = new post, old post, name. */
  #item(text: string, item: Item, kind: SectionKind, effective: Effective, termExpiry: boolean, spaced = false): DraftEvent | null {
    const name = this.#findName(text, item);
    if (!name || kind === 'unchanged') return null;
    const before = text.slice(item.start, name.start);
    let after = text.slice(name.end, item.end);
    const readingMatch = READING.exec(after);
    let reading: DraftEvent['reading'] = null;
    if (readingMatch?.[1]) {
      const at = name.end + after.indexOf(readingMatch[1]);
      reading = { start: at, end: at + readingMatch[1].length };
      after = after.slice(readingMatch[0].length);
    }
    // 「山田 太郎　現 取締役　→　新 代表取締役社長」: the old post, an arrow, the new one.
    const moved = ARROW_MOVE.exec(`${before} ${after}`.replace(PAREN, (all, inner: string) => (QUALIFIER.test(inner.trim()) ? all : ' ')));
    if (moved) {
      const change = rowChange((moved[2] ?? '').trim(), (moved[1] ?? '').trim(), kind, effective, termExpiry);
      return change && {
        key: name.key, ...change, evidenceStart: item.start, evidenceEnd: item.end, confidence: 0.85, nameStart: name.start, nameEnd: name.end, reading,
      };
    }
    const notes = [...`${before}${after}`.matchAll(PAREN)].map((m) => (m[1] ?? '').trim());
    // 「現 当社執行役員」 written after the name without brackets is the post held now.
    const unbracketed = /^\s*(?:現|現職)\s*[:：]?\s*([^()（）]+?)\s*$/u.exec(after.replace(PAREN, ' '));
    if (unbracketed?.[1]) notes.push(`現 ${unbracketed[1]}`);
    // The role is written before the name (「社長 山田太郎」) or, in some lists, after it (「山田 太郎 代表取締役社長」);
    // a qualifier glued to it stays (「取締役（監査等委員）」).
    const written = before.replace(PAREN, (all, inner: string) => (QUALIFIER.test(inner.trim()) ? all : ' ')).replace(/^[\s・●■◆\-－]+/u, '').trim();
    const pair = spaced && !/[(（]/u.test(before) ? /^(\S+)\s+(\S+)$/u.exec(written) : null;
    if (pair?.[1] && pair[2] && containsTitle(pair[1]) && containsTitle(pair[2])) notes.push(pair[2]);
    const lead = (notes.at(-1) === pair?.[2] ? pair?.[1] : undefined) ?? (written || after.replace(PAREN, ' ').trim());
    const leaving = /^退任|^辞任/u.test(lead) || kind === 'retire' || kind === 'resign';
    const newRole = leaving ? null : cleanRole(lead);
    let oldRole: string | null = null;
    let nextRole: string | null = null;
    for (const note of notes) {
      // 「監査役（社外）」「取締役（非常勤）」: a qualifier of the title, not a post held before.
      if (QUALIFIER.test(note)) continue;
      const next = /(.+?)(?:に|へ)(?:就任|就く)?(?:予定)?$/u.exec(note);
      if (next?.[1] && leaving) nextRole = cleanRole(next[1]);
      else oldRole ??= cleanRole(note.replace(/^(?:現|前|元)\s*/u, ''));
    }
    if (leaving && !oldRole) oldRole = cleanRole(lead.replace(/^(?:退任|辞任)(?:予定)?/u, ''));
    if (!leaving && (!newRole || /^補欠/u.test(newRole))) return null;
    let change: ChangeKind;
    // 「(2) 退任代表取締役」 over 「取締役会長 鈴木 一郎（現 代表取締役社長）」: he leaves one post for another.
    const current = notes.some((n) => /^(?:現|現任)\s*/u.test(n));
    const next = cleanRole(lead);
    if (leaving && !/^退任|^辞任/u.test(lead) && current && next && oldRole && next !== oldRole) {
      return {
        key: name.key, change: isAdvisoryRole(next) ? 'retiring' : 'role_change', roleBefore: oldRole, roleAfter: next, effective,
        evidenceStart: item.start, evidenceEnd: item.end, confidence: 0.85, nameStart: name.start, nameEnd: name.end, reading,
      };
    }
    if (leaving) change = kind === 'resign' || /^辞任/u.test(lead) ? 'departed' : termExpiry && effective === 'agm' ? 'not_standing' : 'retiring';
    else if (kind === 'nominate') {
      // A sitting director standing again (「取締役 山田 太郎（現 取締役）」) is no change.
      if (isBoardRole(oldRole) && isBoardRole(newRole) || /再任|重任/u.test(text.slice(item.start, item.end))) return null;
      change = 'nominated';
    }
    else if (kind === 'promote') change = 'promoted';
    else if (kind === 'appoint' && (roleRank(oldRole) ?? 0) < 1) change = 'appointed';
    else if (kind === 'reassign') change = 'role_change';
    else if (oldRole && isAdvisoryRole(newRole)) change = 'retiring';
    else if (!oldRole || /当社/u.test(oldRole) === false && /\p{sc=Katakana}{2,}|株式会社|銀行/u.test(oldRole)) change = 'appointed';
    else {
      const a = roleRank(newRole);
      const b = roleRank(oldRole);
      change = a !== null && b !== null && a > b ? 'promoted' : isBoardRole(newRole) && !isBoardRole(oldRole) ? 'appointed' : 'role_change';
    }
    return {
      key: name.key, change, roleBefore: oldRole, roleAfter: leaving ? nextRole : newRole, effective,
      evidenceStart: item.start, evidenceEnd: item.end, confidence: 0.85,
      nameStart: name.start, nameEnd: name.end, reading,
    };
  }
}
