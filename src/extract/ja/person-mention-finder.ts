/**
 * Finds where people are named in a folded Japanese text, from layout cues: a title after the
 * name (北川修平専務), 氏/さん after it, a title before it joined by の/である or a space
 * (代表取締役社長の小西亮氏, 取締役 山田 太郎), a reading in brackets, or — with the dictionary's
 * family/given-name tags as the only evidence — a bare name at the head of a clause.
 */
import type { NameCue, NamePlausibility, NameVerdict } from './name-plausibility.js';
import { containsTitle, startsWithTitle } from './role-lexicon.js';

export interface PersonMention {
  /** Folded-text range of the name itself. */
  readonly start: number;
  readonly end: number;
  /** Range including a title written before (…の, …である) and after (title, 氏, reading). */
  readonly spanStart: number;
  readonly spanEnd: number;
  /** Folded name without spaces: the key people are merged on. */
  readonly key: string;
  readonly titleBefore: string | null;
  readonly titleAfter: string | null;
  /** Folded-text range of the printed reading, when there is one. */
  readonly reading: { readonly start: number; readonly end: number } | null;
  readonly verdict: Exclude<NameVerdict, 'reject'>;
  readonly cue: NameCue;
}

/** Katakana parts joined by ・ (a Latin middle initial allowed: マイケル・J・ハリス) before 氏/さん, or before the Latin spelling in brackets (ジョン・スミス（John Smith）). */
const KATAKANA_NAME = /(?<![\p{sc=Katakana}ー・])[\p{sc=Katakana}ー]{2,}(?:[・= ](?:[A-Z]\.?[・= ])?[\p{sc=Katakana}ー]{2,}){1,3}(?=氏|さん|\s*[(（][A-Z][A-Za-z .,'-]*[)）])/gu;
const KANA_GIVEN_NAME = /(?<![\p{sc=Han}々ヶノ\p{sc=Hiragana}\p{sc=Katakana}ー])([\p{sc=Han}々ヶノ]{1,3})[ ]?([\p{sc=Hiragana}\p{sc=Katakana}ー]{2,4})(?=代表取締役|取締役|社長|会長|副社長|専務|常務|執行役員|監査役|氏|さん)/gu;
const NAME_RUN = /[\p{sc=Han}々〆ヵヶノ]+/gu;
const TITLE_AFTER = /^[\p{sc=Han}\p{sc=Katakana}ー・A-Za-z&]*(?:[(（](?:[A-Z]{2,5})[)）])?/u;
const READING = /^\s*[(（]\s*([\p{sc=Hiragana}\p{sc=Katakana}ー・ ]+?)\s*[)）]/u;
const HONORIFIC = /^(?:氏|さん|君|様)(?!名)/u;
const TITLE_BEFORE_JOINED = /([\p{sc=Han}\p{sc=Katakana}ー・A-Za-z0-9&]+(?:\s*兼\s*[\p{sc=Han}\p{sc=Katakana}ー・A-Za-z0-9&]+)*)(?:の|である|であった|だった|で、|、)?$/u;
const SERVED_AS = /([\p{sc=Han}\p{sc=Katakana}ー・]+)を(?:長年)?務め(?:た|る|ている|てきた)$/u;
/** The cheap test before SERVED_AS, which backtracks over every start. */
const SERVED_AS_END = /務め(?:た|る|ている|てきた)$/u;
const TITLE_WORDS = /代表取締役|取締役|監査役|執行役員|執行役|会長|社長|専務|常務|顧問|相談役|部長|議長|理事|頭取|最高[^\s(（]{0,6}責任者|C[A-Z]{1,3}O|役員|フェロー|アドバイザー|委員長?|担当/gu;
const ATOMS_IN_RUN = /代表取締役|取締役|監査役|執行役員|執行役|会長|社長|専務|常務|顧問|相談役|部長|本部長|議長|理事|頭取|社外|常勤|非常勤|当社|同社|新任/gu;

interface Run {
  readonly start: number;
  readonly text: string;
}

/** Runs of name characters, cut after 氏 (not 氏名), which is written straight after a name. */
function runsOf(text: string): Run[] {
  const runs: Run[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    let offset = 0;
    for (const piece of m[0].split(/(?<=氏)(?!名)/u)) {
      const trimmed = piece.endsWith('氏') ? piece.slice(0, -1) : piece;
      if (trimmed) runs.push({ start: m.index + offset, text: trimmed });
      offset += piece.length;
    }
  }
  return runs;
}

/** The title written after a name, cut after its last title word so a following verb (退任へ) stays out. */
function readTitleAfter(text: string): string | null {
  const region = TITLE_AFTER.exec(text)?.[0] ?? '';
  let end = 0;
  for (const m of region.matchAll(TITLE_WORDS)) end = Math.max(end, m.index + m[0].length);
  if (end === 0) return null;
  if (/[)）]/u.test(region.charAt(end))) end += 1;
  const paren = /^[(（][A-Z]{2,5}[)）]/u.exec(region.slice(end));
  return region.slice(0, end + (paren?.[0].length ?? 0));
}

export class PersonMentionFinder {
  readonly #names: NamePlausibility;

  constructor(names: NamePlausibility) {
    this.#names = names;
  }

  /** All mentions in `text` (folded), in order, non-overlapping. */
  find(text: string): PersonMention[] {
    const kanji = this.#findKanji(text);
    const extra = [...this.#findKatakana(text), ...this.#findKanaGiven(text)].filter((m) => !kanji.some((k) => k.start < m.end && m.start < k.end));
    return [...kanji, ...extra].sort((a, b) => a.start - b.start);
  }

  /** A kanji family name with a given name in kana before a title or 氏 (山田ゆかり社長, 田中 さくら氏). */
  #findKanaGiven(text: string): PersonMention[] {
    const mentions: PersonMention[] = [];
    for (const m of text.matchAll(KANA_GIVEN_NAME)) {
      const family = m[1] ?? '';
      const given = m[2] ?? '';
      if (!this.#names.kanaGivenName(family, given)) continue;
      const start = m.index;
      const end = start + m[0].length;
      const cue = /^(?:氏|さん)/u.test(text.slice(end, end + 2)) ? 'strong' : 'title';
      const mention = this.#make(text, start, end, cue, null, 'full');
      if (mention) mentions.push(mention);
    }
    return mentions;
  }

  /** Foreign names in katakana joined by ・ and followed by 氏 or their Latin spelling (ジョン・スミス氏). */
  #findKatakana(text: string): PersonMention[] {
    const mentions: PersonMention[] = [];
    for (const m of text.matchAll(KATAKANA_NAME)) {
      const start = m.index;
      const end = start + m[0].length;
      const mention = this.#make(text, start, end, 'strong', null, 'full');
      if (mention) mentions.push(mention);
    }
    return mentions;
  }

  #findKanji(text: string): PersonMention[] {
    const runs = runsOf(text);
    const mentions: PersonMention[] = [];
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i];
      const next = runs[i + 1];
      if (!run) continue;
      if (next && text.slice(run.start + run.text.length, next.start) === ' ' && run.text.length <= 4 && !containsTitle(run.text)) {
        const spaced = this.#evaluate(text, run.start, `${run.text} ${next.text}`, run.text.length);
        if (spaced) {
          mentions.push(spaced);
          i++;
          continue;
        }
      }
      const single = this.#evaluate(text, run.start, run.text, -1);
      if (single) mentions.push(single);
    }
    return mentions;
  }

  #evaluate(text: string, start: number, run: string, spaceAt: number): PersonMention | null {
    const runEnd = start + run.length;
    const after = text.slice(runEnd, runEnd + 40);
    // 1. 氏/さん after the run, possibly behind a reading: 渡邉 直樹（わたなべ なおき）氏.
    const readingAfterRun = READING.exec(after);
    const afterReading = readingAfterRun ? after.slice(readingAfterRun[0].length) : after;
    if (HONORIFIC.test(afterReading) || (readingAfterRun && spaceAt >= 0)) {
      let q = 0;
      for (const m of run.matchAll(ATOMS_IN_RUN)) if (m.index + m[0].length <= run.length - 2) q = Math.max(q, m.index + m[0].length);
      if (spaceAt >= 0 && q > spaceAt) q = 0;
      const mention = this.#make(text, start + q, runEnd, 'strong', q > 0 ? run.slice(0, q) : null);
      if (mention) return mention;
    }
    // 2. A title right after the name: 森下光彦取締役専務執行役員.
    const minSplit = spaceAt >= 0 ? spaceAt + 2 : 2;
    for (let p = minSplit; p <= Math.min(run.length - 1, spaceAt >= 0 ? spaceAt + 6 : 6); p++) {
      if (!startsWithTitle(run.slice(p))) continue;
      const name = run.slice(0, p);
      if (containsTitle(name)) break;
      const mention = this.#make(text, start, start + p, 'title', null);
      if (mention) return mention;
      break;
    }
    if (containsTitle(run)) return null;
    // 2b. Newspaper style 「山本真理子・常務執行役員」.
    if (/^・/u.test(after) && startsWithTitle(after.slice(1))) {
      const mention = this.#make(text, start, runEnd, 'title', null);
      if (mention) return mention;
    }
    // 3. A title before the name, or a bare name at the head of a clause.
    const before = text.slice(Math.max(0, start - 40), start);
    const boundaryAfter = /^(?:\s*[(（][^)）]{0,20}[)）])?(?:[がはをの、。\n]|は、|$)/u.test(after) || /^\s*$/u.test(after.slice(0, 1));
    if (!boundaryAfter) return null;
    const joined = /(?:の|である|であった|だった|[ ]|[/／])$/u.test(before) ? TITLE_BEFORE_JOINED.exec(before.replace(/[/／ ]$/u, '')) : null;
    if (joined?.[1] && containsTitle(joined[1])) return this.#make(text, start, runEnd, 'title', null);
    // 「…常務執行役員を務める大西 真一が」: the post held, written as a clause before the name.
    const served = SERVED_AS_END.test(before) ? SERVED_AS.exec(before) : null;
    if (served?.[1] && containsTitle(served[1])) return this.#make(text, start, runEnd, 'title', null);
    // 「…において、白樺 孝介を監査役に選任」: the object of an appointment to a post is a person, like a title cue.
    const appointed = /^を(?:新たに)?([^。、\n]{1,24}?)に(?:選任|選定|任命|起用|登用|迎え)/u.exec(after);
    if (appointed?.[1] && containsTitle(appointed[1]) && /(?:^|[、。\n])$/u.test(before)) return this.#make(text, start, runEnd, 'title', null);
    if (/(?:^|[、。\n「」はがでにと]|私、|私は|^\s*)$/u.test(before) && /^(?:[はがを]|氏)/u.test(after)) return this.#make(text, start, runEnd, 'weak', null);
    return null;
  }

  #make(text: string, start: number, end: number, cue: NameCue, inRunTitle: string | null, known?: 'full'): PersonMention | null {
    const folded = text.slice(start, end);
    const verdict = known ?? this.#names.judge(folded, cue);
    if (verdict === 'reject') return null;
    let spanStart = start;
    let titleBefore = inRunTitle;
    if (titleBefore === null) {
      const before = text.slice(Math.max(0, start - 40), start);
      const joined = /(?:の|である|であった|だった|[ ]|[/／])$/u.test(before)
        ? TITLE_BEFORE_JOINED.exec(before.replace(/(?:の|である|であった|だった|[ /／])$/u, ''))
        : null;
      const served = SERVED_AS_END.test(before) ? SERVED_AS.exec(before) : null;
      if (joined?.[1] && containsTitle(joined[1])) {
        titleBefore = joined[1];
        spanStart = start - (before.length - before.lastIndexOf(joined[1]));
      } else if (served?.[1] && containsTitle(served[1])) {
        titleBefore = served[1];
        spanStart = start - served[0].length;
      }
    }
    let cursor = end;
    let titleAfter: string | null = null;
    if (cue === 'title') {
      const dot = text.charAt(end) === '・' ? 1 : 0;
      titleAfter = readTitleAfter(text.slice(end + dot, end + 60));
      if (titleAfter) cursor += titleAfter.length + dot;
    }
    let reading: PersonMention['reading'] = null;
    const r = READING.exec(text.slice(cursor, cursor + 40));
    if (r?.[1] && /\p{sc=Hiragana}|\p{sc=Katakana}/u.test(r[1])) {
      const offset = r[0].indexOf(r[1]);
      reading = { start: cursor + offset, end: cursor + offset + r[1].length };
      cursor += r[0].length;
    }
    const honorific = HONORIFIC.exec(text.slice(cursor, cursor + 2));
    if (honorific) cursor += honorific[0].length;
    return {
      start, end, spanStart, spanEnd: cursor, key: folded.replace(/\s+/gu, ''),
      titleBefore, titleAfter, reading, verdict, cue,
    };
  }
}
