/**
 * Compares an announced person's name with a contact's name and explains the verdict. Every difference that two
 * spellings of one person can show costs a fixed penalty (below); a difference that two spellings of one person
 * cannot show (another given name, another middle initial, Jr. against Sr., other kanji) rejects the pair.
 * Kanji decide when both sides have them: equal readings with other kanji (小野/大野) are different people.
 */
import { compactFamily, type LatinName } from './latin-name-parser.js';
import { formalOf, nicknameRelation } from './nickname-table.js';
import type { ReadingGuesser } from './kanji-reading-guesser.js';
import { variantTier } from './kanji-variant-tiers.js';
import type { JapaneseSpelling, PreparedName } from './person-name.js';
import { hepburnKey } from './romaji-key.js';

/** What each kind of spelling difference costs, subtracted from 1. */
export const NAME_PENALTIES = {
  kanjiVariant: 0.05,
  /** A loose-tier pair (荘/庄, 園/苑): maybe one person, but below alert level at any company (review). */
  looseKanjiVariant: 0.2,
  hepburn: 0.05,
  compoundSurname: 0.12,
  orderSwapped: 0.08,
  nickname: 0.06,
  sharedNickname: 0.14,
  quotedNickname: 0.02,
  middleAsGiven: 0.05,
  givenInitialOnly: 0.2,
  givenPrefix: 0.15,
  givenMissing: 0.3,
  middleOneSided: 0.01,
  viaReading: 0.08,
  viaGuessedReading: 0.12,
  viaLatinColumn: 0.02,
  umlautSpelling: 0.02,
} as const;

/** German umlauts written out (Jürgen → Juergen, Müller → Mueller) against the plain letter (Jurgen, Muller). */
function umlautFold(name: string): string {
  return name.replace(/([aou])e/gu, '$1');
}

export interface NameComparison {
  readonly score: number;
  readonly reasons: readonly string[];
  /** Sum of penalties: 0 for the same spelling up to width, case, spacing and diacritics. */
  readonly penalty: number;
}

type Partial = { readonly penalty: number; readonly reasons: readonly string[] } | null;

function compareJapanese(event: JapaneseSpelling, contact: JapaneseSpelling): Partial {
  if (event.compact === contact.compact) {
    const spacing = event.spaced !== contact.spaced ? ' (spacing ignored)' : '';
    return { penalty: 0, reasons: [`same name in kanji${spacing}`] };
  }
  if (event.folded === contact.folded) {
    const theirs = [...contact.compact];
    const swaps = [...event.compact].flatMap((ch, i) => {
      const other = theirs[i];
      return other && other !== ch ? [{ pair: `${ch}=${other}`, tier: variantTier(ch, other) }] : [];
    });
    const loose = swaps.filter((swap) => swap.tier !== 'strict');
    if (loose.length > 0) {
      return {
        penalty: NAME_PENALTIES.looseKanjiVariant,
        reasons: [`name equal only through loose kanji variants (${loose.map((swap) => swap.pair).join(', ')}), which are distinct characters in many names: review`],
      };
    }
    return { penalty: NAME_PENALTIES.kanjiVariant, reasons: [`name equal after kanji variant folding (${swaps.map((swap) => swap.pair).join(', ')})`] };
  }
  return null;
}

function compareGiven(event: LatinName, contact: LatinName): { penalty: number; reason: string; usedMiddle: 'event' | 'contact' | null } | null {
  const ge = event.given;
  const gc = contact.given;
  if (!ge || !gc) return { penalty: NAME_PENALTIES.givenMissing, reason: 'only the family name is known on one side', usedMiddle: null };
  const flat = (s: string): string => s.replace(/[\s'-]/gu, '');
  if (flat(ge) === flat(gc)) return { penalty: 0, reason: `given name ${cap(gc)} equal`, usedMiddle: null };
  // "Ann Marie" parsed as given + middle is the hyphenated "Ann-Marie".
  const em0 = event.middles[0];
  const cm0 = contact.middles[0];
  if (em0 && em0.length > 1 && flat(ge + em0) === flat(gc)) return { penalty: 0, reason: `given name ${cap(gc)} equal (written in two parts)`, usedMiddle: 'event' };
  if (cm0 && cm0.length > 1 && flat(gc + cm0) === flat(ge)) return { penalty: 0, reason: `given name ${cap(ge)} equal (written in two parts)`, usedMiddle: 'contact' };
  if (umlautFold(flat(ge)) === umlautFold(flat(gc))) {
    return { penalty: NAME_PENALTIES.umlautSpelling, reason: `given name ${cap(ge)} = ${cap(gc)} (umlaut written out)`, usedMiddle: null };
  }
  if (ge.length > 1 && gc.length > 1 && hepburnKey(ge) === hepburnKey(gc)) {
    return { penalty: NAME_PENALTIES.hepburn, reason: `given name ${ge} = ${gc} after Hepburn folding`, usedMiddle: null };
  }
  if (event.nicknames.includes(gc) || contact.nicknames.includes(ge)) {
    return { penalty: NAME_PENALTIES.quotedNickname, reason: `quoted nickname matches given name ${cap(gc)}`, usedMiddle: null };
  }
  const direct = nicknameRelation(ge, gc);
  const pair = direct === 'direct' ? formalOf(ge, gc) : null;
  if (pair) return { penalty: NAME_PENALTIES.nickname, reason: `given name ${cap(pair.nickname)} is a nickname of ${cap(pair.formal)}`, usedMiddle: null };
  for (const nick of event.nicknames) {
    if (nicknameRelation(nick, gc) === 'direct') return { penalty: NAME_PENALTIES.nickname, reason: `quoted nickname ${cap(nick)} relates to ${cap(gc)}`, usedMiddle: null };
  }
  // "J. Robert Smith" goes by his middle name.
  const em = event.middles[0];
  const cm = contact.middles[0];
  if (ge.length === 1 && em && flat(em) === flat(gc)) return { penalty: NAME_PENALTIES.middleAsGiven, reason: `goes by middle name ${cap(em)}`, usedMiddle: 'event' };
  if (gc.length === 1 && cm && flat(cm) === flat(ge)) return { penalty: NAME_PENALTIES.middleAsGiven, reason: `goes by middle name ${cap(cm)}`, usedMiddle: 'contact' };
  if (direct === 'shared') return { penalty: NAME_PENALTIES.sharedNickname, reason: `given names ${cap(ge)} and ${cap(gc)} are nicknames of one name`, usedMiddle: null };
  if ((ge.length === 1 && gc.startsWith(ge)) || (gc.length === 1 && ge.startsWith(gc))) {
    return { penalty: NAME_PENALTIES.givenInitialOnly, reason: `given name only as an initial (${ge[0]!.toUpperCase()}.)`, usedMiddle: null };
  }
  const [short, long] = ge.length < gc.length ? [ge, gc] : [gc, ge];
  if (short.length >= 3 && long.startsWith(short)) {
    return { penalty: NAME_PENALTIES.givenPrefix, reason: `given name ${cap(short)} is a short form of ${cap(long)}`, usedMiddle: null };
  }
  return null;
}

function compareLatin(event: LatinName, contact: LatinName): Partial {
  if (event.suffix && contact.suffix && event.suffix !== contact.suffix) return null;
  const fe = compactFamily(event.family);
  const fc = compactFamily(contact.family);
  const reasons: string[] = [];
  let penalty = 0;
  if (fe === fc) {
    reasons.push(`family name ${cap(contact.family)} equal`);
  } else if (umlautFold(fe) === umlautFold(fc)) {
    penalty += NAME_PENALTIES.umlautSpelling;
    reasons.push(`family name ${cap(event.family)} = ${cap(contact.family)} (umlaut written out)`);
  } else if (hepburnKey(fe) === hepburnKey(fc)) {
    penalty += NAME_PENALTIES.hepburn;
    reasons.push(`family name ${cap(event.family)} = ${cap(contact.family)} after Hepburn folding`);
  } else if (
    event.familyParts.some((part) => contact.familyParts.includes(part)) ||
    contact.middles.some((m) => compactFamily(m) === fe) ||
    event.middles.some((m) => compactFamily(m) === fc)
  ) {
    penalty += NAME_PENALTIES.compoundSurname;
    reasons.push(`family names ${cap(event.family)} and ${cap(contact.family)} share a part (compound surname)`);
  } else if (event.given && contact.given && compactFamily(event.given) === fc && compactFamily(contact.given) === fe) {
    return { penalty: NAME_PENALTIES.orderSwapped, reasons: [`same name with family and given name in the other order`] };
  } else {
    return null;
  }
  const given = compareGiven(event, contact);
  if (!given) return null;
  penalty += given.penalty;
  reasons.push(given.reason);
  const initials = (name: LatinName, skipFirst: boolean): string[] =>
    name.middles.slice(skipFirst ? 1 : 0).filter((m) => !contact.familyParts.includes(m) && !event.familyParts.includes(m)).map((m) => m[0]!);
  const me = initials(event, given.usedMiddle === 'event');
  const mc = initials(contact, given.usedMiddle === 'contact');
  if (me.length > 0 && mc.length > 0) {
    if (me[0] !== mc[0]) return null;
    reasons.push(`middle initial ${me[0]!.toUpperCase()}. agrees`);
  } else if (me.length + mc.length > 0) {
    penalty += NAME_PENALTIES.middleOneSided;
    const [side, initial] = me.length > 0 ? ['announcement', me[0]!] : ['CRM', mc[0]!];
    reasons.push(`middle initial ${initial.toUpperCase()}. only in the ${side}`);
  }
  return { penalty, reasons };
}

function readingMatchesLatin(parts: readonly string[], latin: LatinName): boolean {
  if (!latin.given) return false;
  const family = hepburnKey(latin.family);
  const given = hepburnKey(latin.given);
  if (parts.length >= 2) {
    const rf = hepburnKey(parts[0]!);
    const rg = hepburnKey(parts.slice(1).join(''));
    return (rf === family && rg === given) || (rf === given && rg === family);
  }
  const whole = hepburnKey(parts.join(''));
  return whole === hepburnKey(latin.family + latin.given) || whole === hepburnKey(latin.given + latin.family);
}

function readingsMatch(a: readonly string[], b: readonly string[]): boolean {
  if (a.length >= 2 && b.length >= 2) {
    return hepburnKey(a[0]!) === hepburnKey(b[0]!) && hepburnKey(a.slice(1).join('')) === hepburnKey(b.slice(1).join(''));
  }
  return hepburnKey(a.join('')) === hepburnKey(b.join(''));
}

/** The best explanation for `event` and `contact` being one person, or null when they cannot be. */
export function compareNames(event: PreparedName, contact: PreparedName, guessReadings?: ReadingGuesser): NameComparison | null {
  // Kanji on both sides decide alone.
  if (event.japanese && contact.japanese) return finish(compareJapanese(event.japanese, contact.japanese));
  let best: Partial = null;
  const consider = (candidate: Partial, extra: number, why?: string): void => {
    if (!candidate) return;
    const penalty = candidate.penalty + extra;
    if (!best || penalty < best.penalty) best = { penalty, reasons: why ? [...candidate.reasons, why] : candidate.reasons };
  };
  event.latin.forEach((el, i) =>
    contact.latin.forEach((cl, j) => {
      const viaColumn = (i > 0 || !event.ownLatin) || (j > 0 || !contact.ownLatin);
      consider(compareLatin(el, cl), viaColumn ? NAME_PENALTIES.viaLatinColumn : 0, viaColumn ? 'compared through the Latin spelling column' : undefined);
    }),
  );
  const readingWhy = (parts: readonly string[], latin: LatinName): string =>
    `reading ${parts.join(' ')} matches ${cap(latin.given ?? '')} ${cap(latin.family)} after Hepburn folding`;
  for (const parts of event.readings) {
    for (const cl of contact.latin) if (readingMatchesLatin(parts, cl)) consider({ penalty: NAME_PENALTIES.viaReading, reasons: [readingWhy(parts, cl)] }, 0);
    for (const other of contact.readings) {
      if (readingsMatch(parts, other)) consider({ penalty: NAME_PENALTIES.viaReading, reasons: [`readings agree (${parts.join(' ')})`] }, 0);
    }
  }
  for (const parts of contact.readings) {
    for (const el of event.latin) if (readingMatchesLatin(parts, el)) consider({ penalty: NAME_PENALTIES.viaReading, reasons: [readingWhy(parts, el)] }, 0);
  }
  if (best === null && guessReadings) {
    // Kanji without any reading against a Latin spelling: try the dictionary's candidate readings.
    const guessed = (kanji: PreparedName, latin: PreparedName): void => {
      if (!kanji.japanese || kanji.readings.length > 0 || latin.japanese) return;
      for (const parts of guessReadings(kanji.display)) {
        for (const l of latin.latin) {
          if (readingMatchesLatin(parts, l)) {
            consider({ penalty: NAME_PENALTIES.viaGuessedReading, reasons: [`dictionary reading ${parts.join(' ')} of ${kanji.display} matches ${cap(l.given ?? '')} ${cap(l.family)}`] }, 0);
          }
        }
      }
    };
    guessed(event, contact);
    guessed(contact, event);
  }
  return finish(best);
}

function finish(partial: Partial): NameComparison | null {
  if (!partial) return null;
  return { score: Math.max(0, 1 - partial.penalty), penalty: partial.penalty, reasons: partial.reasons };
}

function cap(word: string): string {
  return word.replace(/(^|[\s-])(\p{Ll})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
