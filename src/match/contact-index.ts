/**
 * The contact index: every contact's name prepared once and filed under blocking keys, so that one event is
 * compared with a handful of contacts instead of all of them. Accounts are filed by identifier, by normalized
 * name and by the name's first word (for short forms); within a large account, contacts by name blocking key
 * (built when first needed); across accounts, by an exact-name key used only for job changes.
 */
import { companyKey, type CompanyKey } from './company-identity.js';
import { companyPrefixKey } from './company-name.js';
import { compactFamily } from './latin-name-parser.js';
import type { ReadingGuesser } from './kanji-reading-guesser.js';
import type { MatchableContact } from './match-types.js';
import { formalForms } from './nickname-table.js';
import { nameBlockingKeys, prepareName, type PreparedName } from './person-name.js';

export interface IndexedContact {
  readonly contact: MatchableContact;
  readonly name: PreparedName;
  readonly account: number;
}

export interface IndexedAccount {
  readonly key: CompanyKey;
  /** Positions in `ContactIndex.contacts`. */
  readonly members: readonly number[];
}

export interface ContactIndex {
  readonly contacts: readonly IndexedContact[];
  readonly accounts: readonly IndexedAccount[];
  /** `cik:…`, `jp:…` (証券コード), `corp:…` (法人番号), `ticker:…` → account positions. */
  readonly accountsByIdentifier: ReadonlyMap<string, readonly number[]>;
  readonly accountsByName: ReadonlyMap<string, readonly number[]>;
  readonly accountsByPrefix: ReadonlyMap<string, readonly number[]>;
  /** Exact-name keys across all accounts (job changes) → contact positions. */
  readonly contactsByPersonKey: ReadonlyMap<string, readonly number[]>;
  /** Per large account, name blocking key → positions; built on the first event that needs it. */
  readonly accountBlocks: Map<number, ReadonlyMap<string, readonly number[]>>;
  /** Dictionary readings for kanji names without furigana (optional, see kanji-reading-guesser.ts). */
  readonly guessReadings: ReadingGuesser | undefined;
}

export interface ContactIndexOptions {
  /** From `await loadReadingGuesser()`: lets Latin-written names match kanji names that have no reading. */
  readonly guessReadings?: ReadingGuesser;
}

// Accounts up to this size are scanned whole; a blocking map costs more than comparing a few names.
const SCAN_LIMIT = 24;

/** The contacts of `account` that share a blocking key with the event's name (all of them for small accounts). */
export function accountCandidates(index: ContactIndex, account: number, eventBlocks: readonly string[], withUnreadKanji: boolean): Iterable<number> {
  const { members } = index.accounts[account]!;
  if (members.length <= SCAN_LIMIT) return members;
  const unread = withUnreadKanji ? members.filter((p) => isUnreadKanji(index.contacts[p]!.name)) : [];
  let blocks = index.accountBlocks.get(account);
  if (!blocks) {
    const built = new Map<string, number[]>();
    for (const position of members) for (const block of nameBlockingKeys(index.contacts[position]!.name)) push(built, block, position);
    index.accountBlocks.set(account, built);
    blocks = built;
  }
  const found = new Set<number>(unread);
  for (const block of eventBlocks) for (const position of blocks.get(block) ?? []) found.add(position);
  return found;
}

/** A kanji name with neither reading nor Latin spelling: only a guessed reading can compare it with Latin. */
export function isUnreadKanji(name: PreparedName): boolean {
  return name.japanese !== null && name.readings.length === 0 && name.latin.length === 0;
}

export function identifierKeys(key: CompanyKey): readonly string[] {
  const keys: string[] = [];
  if (key.cik) keys.push(`cik:${key.cik}`);
  if (key.secCode) keys.push(`jp:${key.secCode}`);
  if (key.corporateNumber) keys.push(`corp:${key.corporateNumber}`);
  if (key.ticker) keys.push(`ticker:${key.ticker}`);
  return keys;
}

/**
 * Keys under which a person counts as "the same name" anywhere in the portfolio: the folded kanji spelling, or
 * family name plus the given name's formal forms (Bob files under robert too).
 */
export function personKeys(name: PreparedName): readonly string[] {
  const keys = new Set<string>();
  if (name.japanese) keys.add(`pj:${name.japanese.folded}`);
  for (const latin of name.latin) {
    if (!latin.given || latin.given.length < 2) continue;
    for (const formal of formalForms(latin.given)) keys.add(`pl:${compactFamily(latin.family)}|${formal}`);
  }
  return [...keys];
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

export function buildContactIndex(contacts: readonly MatchableContact[], options: ContactIndexOptions = {}): ContactIndex {
  const accountPositions = new Map<string, number>();
  const accountKeys: CompanyKey[] = [];
  const accountMembers: number[][] = [];
  const keyOfRaw = new Map<string, number>();
  const indexed: IndexedContact[] = [];
  const accountsByIdentifier = new Map<string, number[]>();
  const accountsByName = new Map<string, number[]>();
  const accountsByPrefix = new Map<string, number[]>();
  const contactsByPersonKey = new Map<string, number[]>();

  for (const contact of contacts) {
    // Contacts of one account repeat its name and identifiers: normalize each distinct spelling once.
    const raw = `${contact.accountName}\u0000${contact.cik ?? ''}\u0000${contact.secCode ?? ''}\u0000${contact.corporateNumber ?? ''}\u0000${contact.ticker ?? ''}`;
    let account = keyOfRaw.get(raw);
    if (account === undefined) {
      const key = companyKey({ ...contact, name: contact.accountName });
      const group = `${key.nameKey}|${key.cik ?? ''}|${key.secCode ?? ''}|${key.corporateNumber ?? ''}|${key.ticker ?? ''}`;
      account = accountPositions.get(group);
      if (account === undefined) {
        account = accountKeys.length;
        accountPositions.set(group, account);
        accountKeys.push(key);
        accountMembers.push([]);
        for (const id of identifierKeys(key)) push(accountsByIdentifier, id, account);
        if (key.nameKey) {
          push(accountsByName, key.compactName, account);
          push(accountsByPrefix, companyPrefixKey(key.nameKey), account);
        }
      }
      keyOfRaw.set(raw, account);
    }
    const position = indexed.length;
    const name = prepareName(contact.name, contact.nameReading, contact.nameLatin);
    indexed.push({ contact, name, account });
    accountMembers[account]!.push(position);
    for (const personKey of personKeys(name)) push(contactsByPersonKey, personKey, position);
  }

  return {
    contacts: indexed,
    accounts: accountKeys.map((key, i) => ({ key, members: accountMembers[i]! })),
    accountsByIdentifier,
    accountsByName,
    accountsByPrefix,
    contactsByPersonKey,
    accountBlocks: new Map(),
    guessReadings: options.guessReadings,
  };
}
