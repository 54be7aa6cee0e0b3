/**
 * Events from running text: news items and the prose of press releases. Each person mention
 * owns the words up to the next mention in its sentence; the first change verb there (就任,
 * 昇格, 退任, 退く …) decides the event, the 「…に」 before the verb its new role. Mentions that
 * share a verb (「AがXに、BがYに就任」), verbs written before the name (「…に昇格し、…する山田氏」)
 * and labelled lines (「新任取締役／山田 太郎」) are handled here too.
 */
import type { DraftEvent } from './draft-event.js';
import type { EffectiveDateResolver } from './effective-date-resolver.js';
import type { PersonMention } from './person-mention-finder.js';
import { classifyChange, verbKind } from './change-classifier.js';
import { cleanRole } from './role-lexicon.js';

const PREDICATE =
  /引責辞任|辞任|辞職|退職|勇退|引退|退任|解任|退(?:く|き|いた|いて)|就任|就(?:く|き|いた|いて|ける)|昇格|昇任|昇進|選任|選定|起用|登用|抜擢|抜てき|異動|転任|として残(?:る|り)|内定|死去|逝去|迎え入れ|迎え(?:る|た|て)|招聘|招へい|充て(?:る|た|て)|就け(?:る|た)|(?<=に)変更/gu;
/** What may stand between two people who share one verb: 「A氏、B氏」「Aが専務取締役に、架空商事のB会長が…」. */
const COORDINATED = /^\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:[がは][^、。がはを]{1,30}?(?:に|へ))?\s*(?:、|と|及び|および|並びに)\s*(?:[^、。がはを()（）\s]{1,15}の)?\s*$/u;
const NEGATED = /^(?:し|せ|さ)?(?:ない|ず|なかった|ません|ませんでした)/u;
const STATE_AFTER = /^(?:(?:し|され)て(?:おり|い)(?:ます|る|ました)?|(?:し|され)ている|(?:する|した)?(?:理由|経緯))/u;
/** A verb that dates something else: 「社長就任以来」「就任当時」. */
const BACKGROUND_AFTER = /^(?:して)?(?:以来|以降|当時|後初|直後|前から|から\d|(?:して|した)?\d+年)/u;
const ROLE_BOUNDARY = /[がはを、。)）」\s]/u;
const TRAILING_TIMING = /(?:[、\s]*(?:本日|同日|即日|\d{1,2}日|\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日)付(?:け)?(?:で)?|[、\s]+)$/u;
const LABELLED = /(?:(新任|退任|昇任|就任|辞任)(?:予定)?(?:の)?\s*([^/／\n:：\s]{0,30}?)\s*[/／:：\s]|(?<![\p{sc=Han}])(新|前)((?:代表取締役(?:社長|会長)?|社長|会長|頭取|CEO|取締役|監査役)(?:[・\s]?(?:社長|CEO|執行役員))?)\s*[:：\s])\s*$/u;
const VERB_BEFORE = /([^、。がはを\s]{1,30}?)(?:に|へ)(昇格|昇任|就任)(?:し|して|した|する|予定の|が決まった)、?[^、。]{0,30}$/u;
const POSTING = /^\s*(?:氏|さん)?\s*(?:[(（][^()（）]{0,12}[)）])?\s*を\s*([^、。をがは\s]{1,20}?)(?:と|に)する(?:人事|こと)/u;
const TOPIC_VERB = /(辞任|退任|就任|昇格)する(?:のは|人物は)、?[^。]{0,40}$/u;

interface Predicate {
  readonly verb: string;
  /** Index in the folded text. */
  readonly index: number;
  readonly roleAfter: string | null;
  readonly roleBefore: string | null;
}

/** Replaces quoted speech with placeholders: what executives say does not announce changes. */
export function maskQuotes(text: string): string {
  return text.replace(/「[^「」]*」|『[^『』]*』/gu, (q) => `「${'＿'.repeat(Math.max(0, q.length - 2))}」`);
}

function roleChunkEndingAt(text: string, end: number): string {
  let start = end;
  while (start > 0 && !ROLE_BOUNDARY.test(text.charAt(start - 1))) start--;
  // 「代表権を持つ会長」: the one object that belongs inside a title.
  if (text.slice(Math.max(0, start - 4), start) === '代表権を') start -= 4;
  // 「代表取締役社長 兼 CEO」: titles joined by a spaced 兼.
  for (let joined = /([^\s、。がはを)）」]+)\s*兼\s*$/u.exec(text.slice(0, start)); joined; joined = /([^\s、。がはを)）」]+)\s*兼\s*$/u.exec(text.slice(0, start))) {
    start = joined.index;
  }
  return text.slice(start, end);
}

/** The role a verb points to, written just before it: 「代表取締役会長に就任」「取締役として残る」. */
function targetBefore(before: string, verb: string): { after: string | null; left: string | null } {
  const trimmed = before.replace(TRAILING_TIMING, '');
  if (verb.startsWith('として')) return { after: cleanRole(roleChunkEndingAt(trimmed, trimmed.length)), left: null };
  const to = /(?:には|に|へ|として)$/u.exec(trimmed);
  if (to) return { after: cleanRole(roleChunkEndingAt(trimmed, to.index)), left: null };
  const from = /を$/u.exec(trimmed);
  if (from) return { after: null, left: cleanRole(roleChunkEndingAt(trimmed, from.index)) };
  // Headline compounds: 「頭取就任へ」「社長退任」.
  const compound = /(?:^|[がはの、\s])([^がはをの、。\s]{1,12})$/u.exec(trimmed)?.[1] ?? null;
  const role = compound && /^[\p{sc=Han}\p{sc=Katakana}ー・A-Z]+$/u.test(compound) ? cleanRole(compound) : null;
  if (role) return verbKind(verb) === 'leave' ? { after: null, left: role } : { after: role, left: null };
  return { after: null, left: null };
}

/** 「取締役会議長には森下四十八社外取締役が就いた」「後任の社長として…を選定」: the role written before the person. */
function targetAhead(back: string): string | null {
  // 「後任の社長として、専務の…を選定」 too; not the に of 「取締役会において」「本件について」.
  const matches = [...back.matchAll(/(?:には|として|に(?!おいて|おける|ついて|つき|対し|よ|て|関し|関する|伴))/gu)].reverse();
  for (const m of matches) {
    const role = cleanRole(roleChunkEndingAt(back, m.index));
    if (role) return role;
  }
  return null;
}

function firstPredicate(masked: string, start: number, end: number): Predicate | null {
  const seg = masked.slice(start, end);
  // 「常務の山田花子氏を社長とする人事を発表した」: the post is named by 「…とする人事」, no verb of its own.
  const posted = POSTING.exec(seg);
  if (posted?.[1]) {
    const role = cleanRole(posted[1]);
    if (role) return { verb: '就任', index: start + posted.index + posted[0].length, roleAfter: role, roleBefore: null };
  }
  for (const m of seg.matchAll(PREDICATE)) {
    const rest = seg.slice(m.index + m[0].length);
    if (NEGATED.test(rest) || BACKGROUND_AFTER.test(rest)) continue;
    // 「社外取締役に選任しております」 (governance reports) states who holds a post, it announces nothing.
    if (verbKind(m[0]) === 'join' && STATE_AFTER.test(rest)) continue;
    // 「人事異動」「異動の理由」 name the topic, not a move of this person.
    if (m[0] === '異動' && (/(?:人事|役員の|組織)$/u.test(seg.slice(0, m.index)) || /^の(?:理由|目的|内容|概要|件)/u.test(rest))) continue;
    // A post at a subsidiary (「子会社の架空サービスの社長に就任」) is not a change at the announcing company.
    if (/(?:子会社|関連会社|グループ会社)[^、。]{0,20}$/u.test(seg.slice(0, m.index).replace(/(?:には|に|へ)$/u, ''))) return null;
    const target = targetBefore(seg.slice(0, m.index), m[0]);
    let roleAfter = target.after;
    const leaving = verbKind(m[0]) === 'leave';
    if (leaving && !/^退(?:く|き|いた|いて)/u.test(m[0])) {
      // 「…を退任し、顧問に就任」: the leaver's next post, if the same clause names one.
      const rest = seg.slice(m.index + m[0].length);
      const next = /^[^。]*?([^がはを、。\s]+)(?:に|へ)(?:就任|就(?:く|き))/u.exec(rest);
      roleAfter = next?.[1] ? cleanRole(next[1]) : null;
    }
    // 「担当を営業本部長から経営企画本部長に変更」 is a move only when a title is what changes.
    if (m[0] === '変更' && !roleAfter) continue;
    return { verb: m[0], index: start + m.index, roleAfter, roleBefore: target.left };
  }
  return null;
}

export interface ProseContext {
  /** Folded text with quotes masked. */
  readonly masked: string;
  /** Folded text as is (quotes kept: 「一身上の都合」 still tells a resignation). */
  readonly text: string;
  readonly sentences: readonly { readonly start: number; readonly end: number }[];
  readonly mentions: readonly PersonMention[];
  /** Resolved person key for each mention (null: a family name nobody else completes). */
  readonly keys: ReadonlyMap<PersonMention, string | null>;
  readonly dates: EffectiveDateResolver;
  readonly termExpiry: boolean;
}

function isBackground(ctx: ProseContext, from: number, to: number): boolean {
  const reference = ctx.dates.latestYear();
  if (reference === null) return false;
  return ctx.dates.datesIn(from, to).some((d) => {
    if (d.year === null || d.year >= reference) return false;
    return /^(?:\d{1,2}月)?(?:\d{1,2}日)?(?:に|以来)/u.test(ctx.masked.slice(d.end, d.end + 6));
  });
}

/** The post the latest leaver or mover gave up: what 「後任」 refers to. */
function vacated(events: readonly DraftEvent[]): string | null {
  return [...events].reverse().find((e) => e.change !== 'appointed' && e.change !== 'nominated' && e.roleBefore)?.roleBefore ?? null;
}

/** The effective date of the last event told in the paragraph that `at` is in (no line break between). */
function sameStoryDate(ctx: ProseContext, events: readonly DraftEvent[], at: number): DraftEvent['effective'] {
  const last = events.at(-1);
  if (!last || last.effective === null || last.evidenceEnd > at) return null;
  return ctx.text.slice(last.evidenceEnd, at).includes('\n') ? null : last.effective;
}

export function extractProseEvents(ctx: ProseContext): DraftEvent[] {
  const events: DraftEvent[] = [];
  for (const sentence of ctx.sentences) {
    const inSentence = ctx.mentions.filter((m) => m.start >= sentence.start && m.start < sentence.end);
    const predicates = inSentence.map((m, i) => {
      const next = inSentence[i + 1];
      return firstPredicate(ctx.masked, m.spanEnd, next ? next.spanStart : sentence.end);
    });
    inSentence.forEach((mention, i) => {
      const key = ctx.keys.get(mention);
      if (!key) return;
      const previousEnd = i > 0 ? (inSentence[i - 1]?.spanEnd ?? sentence.start) : sentence.start;
      const back = ctx.masked.slice(previousEnd, mention.spanStart);
      let predicate = predicates[i] ?? null;
      if (!predicate) {
        // 「AがXに、BがYに就任」: borrow the verb of the next mention when this one ends in 、/と.
        const next = inSentence[i + 1];
        const seg = ctx.masked.slice(mention.spanEnd, next ? next.spanStart : sentence.end);
        let j = i + 1;
        while (j < inSentence.length && !predicates[j]) j++;
        const borrowed = predicates[j];
        if (next && borrowed && COORDINATED.test(seg)) {
          const own = /([^がはを、。)）\s]+)(?:に|へ)、\s*(?:[^、。がはを()（）\s]{1,15}の)?\s*$/u.exec(seg);
          predicate = { ...borrowed, roleAfter: own?.[1] ? cleanRole(own[1]) : borrowed.roleAfter, roleBefore: null };
        }
      }
      if (!predicate) {
        const labelled = LABELLED.exec(ctx.masked.slice(previousEnd, mention.start));
        const verbBefore = VERB_BEFORE.exec(back);
        const topic = TOPIC_VERB.exec(back);
        const label = labelled?.[1] ?? labelled?.[3];
        if (labelled && label) {
          const role = cleanRole(labelled[2] ?? labelled[4] ?? '');
          const leaving = label === '退任' || label === '辞任' || label === '前';
          const verb = label === '新' ? '就任' : label === '前' ? '退任' : label;
          predicate = { verb, index: mention.start, roleAfter: leaving ? null : role, roleBefore: leaving ? role : null };
        } else if (verbBefore?.[2]) {
          predicate = { verb: verbBefore[2], index: mention.start, roleAfter: cleanRole(verbBefore[1]), roleBefore: null };
        } else if (topic?.[1]) {
          predicate = { verb: topic[1], index: mention.start, roleAfter: null, roleBefore: null };
        }
      }
      if (!predicate) return;
      if (isBackground(ctx, previousEnd, predicate.index)) return;
      // The death of a former executive changes nothing at the company.
      if (/^(?:死去|逝去)/u.test(predicate.verb) && /(?:^|[^代])(?:元|前|名誉)|相談役|顧問|OB/u.test(`${mention.titleBefore ?? ''}${mention.titleAfter ?? ''}${back.slice(-12)}`)) return;
      let roleAfter = predicate.roleAfter;
      const join = verbKind(predicate.verb) === 'join';
      if (!roleAfter && join && /後任(?:に|には|として)?[、\s]*$/u.test(back)) {
        // 「後任に取締役の松岡絵里が就任」: the successor takes the post the last leaver held.
        roleAfter = vacated(events);
      }
      if (!roleAfter && join && predicate.index > mention.start) roleAfter = targetAhead(back);
      if (!roleAfter && join && /後任/u.test(back)) roleAfter = vacated(events);
      // 「新社長 田中一郎」「次期社長の…」 name the post to come, not the one held.
      const heldBefore = mention.titleBefore && !/^(?:新任|新た|新し|新|次期|後任)/u.test(mention.titleBefore) ? mention.titleBefore : null;
      let roleBefore = cleanRole(mention.titleAfter) ?? cleanRole(heldBefore) ?? predicate.roleBefore;
      // 「山田新社長の就任」: with no other post named, the title written with the name is the new one.
      if (join && !roleAfter && roleBefore && /の$/u.test(ctx.masked.slice(Math.max(0, predicate.index - 1), predicate.index))) {
        roleAfter = roleBefore;
        roleBefore = null;
      }
      const external = /元(?:代表取締役|取締役|副?社長|副?会長|専務|常務|執行役員)/u.test(mention.titleBefore ?? '');
      const sentenceText = ctx.text.slice(sentence.start, sentence.end);
      const stated = ctx.dates.inClause(sentence.start, sentence.end, predicate.index);
      let effective = stated ?? ctx.dates.documentDefault;
      // 「Aが株主総会を経て社長に就任する。B社長は会長に就く。」: a change the story adds without a date of its own
      // happens with the one just told, in the same paragraph.
      if (effective === null && stated === undefined) effective = sameStoryDate(ctx, events, sentence.start);
      const change = classifyChange({
        verb: predicate.verb, roleBefore, roleAfter, sentence: sentenceText, effective, termExpiry: ctx.termExpiry,
        external, atAgm: effective === 'agm' || (effective !== null && effective === ctx.dates.agmDate),
      });
      // A director candidate takes office at the AGM, whatever date other changes in the notice carry.
      if (change === 'nominated' && stated === undefined) effective = ctx.dates.agmDate ?? 'agm';
      events.push({
        key, change, roleBefore, roleAfter, effective,
        evidenceStart: sentence.start, evidenceEnd: sentence.end, confidence: mention.cue === 'weak' ? 0.6 : 0.8,
        nameStart: mention.start, nameEnd: mention.end, reading: mention.reading,
        exactName: mention.verdict === 'full' && mention.key === key,
      });
    });
  }
  return events;
}
