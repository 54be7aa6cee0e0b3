/**
 * The people of one document: "Jane A. Doe", "Ms. Doe", "Jane" and a nickname ("Bill" for William) resolve to
 * one person, and a bare surname to the person of that name named most recently before it.
 */
import type { NameMention } from './person-finder.js';

/** Where a full name occurs, to resolve later bare surnames to the nearest person. */
export interface NameOccurrence {
  readonly name: NameMention;
  readonly sentenceIndex: number;
  /** True when written in a capitals-only headline (a worse form to report). */
  readonly allCaps: boolean;
  /** The name as written in the original text (headlines keep their capitals). */
  readonly written: string;
}

const NICKNAMES: Readonly<Record<string, string>> = {
  bill: 'william', will: 'william', bob: 'robert', rob: 'robert', bobby: 'robert', dick: 'richard', rick: 'richard',
  rich: 'richard', joe: 'joseph', mike: 'michael', jim: 'james', jimmy: 'james', tom: 'thomas', steve: 'stephen',
  chris: 'christopher', dan: 'daniel', danny: 'daniel', ted: 'edward', ed: 'edward', ken: 'kenneth', doug: 'douglas',
  tony: 'anthony', liz: 'elizabeth', beth: 'elizabeth', kate: 'katherine', kathy: 'katherine', jen: 'jennifer',
  jenny: 'jennifer', sam: 'samuel', ben: 'benjamin', andy: 'andrew', drew: 'andrew', pat: 'patrick', russ: 'russell',
  greg: 'gregory', matt: 'matthew', jeff: 'jeffrey', larry: 'lawrence', nick: 'nicholas', alex: 'alexander',
  don: 'donald', ron: 'ronald', jack: 'john', hank: 'henry', peggy: 'margaret', meg: 'margaret', sue: 'susan',
  becky: 'rebecca', chuck: 'charles', charlie: 'charles', fred: 'frederick', jerry: 'gerald', gene: 'eugene',
  frank: 'francis', hal: 'harold', harry: 'harold', tim: 'timothy', dave: 'david', phil: 'philip', ray: 'raymond',
  walt: 'walter', abby: 'abigail', cathy: 'catherine', debbie: 'deborah', deb: 'deborah', vicky: 'victoria',
};

function canonicalFirst(first: string): string {
  return NICKNAMES[first] ?? first;
}

function compatibleFirst(a: string, b: string): boolean {
  if (a === b) return true;
  const ca = canonicalFirst(a);
  const cb = canonicalFirst(b);
  if (ca === cb) return true;
  if (ca === 'stephen' && cb === 'steven') return true;
  return (a.length >= 3 && b.startsWith(a)) || (b.length >= 3 && a.startsWith(b));
}

export interface Person {
  readonly id: number;
  readonly surname: string;
  readonly first: string;
  readonly occurrences: NameOccurrence[];
}

/** Groups the document's full names into people. */
export class PersonRegistry {
  readonly #people: Person[] = [];

  constructor(occurrences: readonly NameOccurrence[]) {
    for (const occ of occurrences) {
      if (!occ.name.full) continue;
      const first = occ.name.parts[0] ?? '';
      const existing = this.#people.find((p) => p.surname === occ.name.surname && compatibleFirst(p.first, first));
      if (existing) existing.occurrences.push(occ);
      else this.#people.push({ id: this.#people.length, surname: occ.name.surname, first, occurrences: [occ] });
    }
  }

  /** The person a mention refers to; a new bare-surname person when the document never gives the full name. */
  resolve(name: NameMention, sentenceIndex: number): Person {
    const sameSurname = this.#people.filter((p) => p.surname === name.surname);
    if (name.full) {
      const first = name.parts[0] ?? '';
      const match = sameSurname.find((p) => compatibleFirst(p.first, first));
      if (match) return match;
    } else if (sameSurname.length === 1 && sameSurname[0]) {
      return sameSurname[0];
    } else if (sameSurname.length > 1) {
      // Several people share the surname: take the one named most recently before this sentence.
      let best: Person | undefined;
      let bestIndex = -1;
      for (const p of sameSurname) {
        for (const o of p.occurrences) {
          if (o.sentenceIndex <= sentenceIndex && o.sentenceIndex > bestIndex) {
            best = p;
            bestIndex = o.sentenceIndex;
          }
        }
      }
      const fallback = best ?? sameSurname[0];
      if (fallback) return fallback;
    }
    const created: Person = {
      id: this.#people.length,
      surname: name.surname,
      first: name.full ? (name.parts[0] ?? '') : '',
      occurrences: [{ name, sentenceIndex, allCaps: false, written: name.name }],
    };
    this.#people.push(created);
    return created;
  }
}

/** The best written form of a person's name: mixed case, with middle initials, the longest. */
export function displayName(person: Person): string {
  const sorted = [...person.occurrences].sort((a, b) => {
    if (a.allCaps !== b.allCaps) return a.allCaps ? 1 : -1;
    if (a.name.full !== b.name.full) return a.name.full ? -1 : 1;
    return b.written.length - a.written.length;
  });
  return sorted[0]?.written ?? person.surname;
}
