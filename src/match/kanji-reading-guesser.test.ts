import { describe, expect, it } from 'vitest';
import { buildContactIndex } from './contact-index.js';
import { findMatches } from './find-matches.js';
import { createReadingGuesser, loadReadingGuesser } from './kanji-reading-guesser.js';
import { MATCH_THRESHOLDS } from './match-thresholds.js';

describe('createReadingGuesser', () => {
  const dictionary: Record<string, { personName: boolean; reading: string }[]> = {
    山田: [{ personName: true, reading: 'ヤマダ' }, { personName: true, reading: 'ヤマタ' }],
    太郎: [{ personName: true, reading: 'タロウ' }],
    高橋: [{ personName: true, reading: 'タカハシ' }],
    一郎: [{ personName: true, reading: 'イチロウ' }],
    山: [{ personName: false, reading: 'ヤマ' }],
  };
  const guess = createReadingGuesser((surface) => dictionary[surface] ?? []);

  it('returns every person-name split with each part\'s readings', () => {
    expect(guess('山田太郎')).toEqual([['yamada', 'tarou'], ['yamata', 'tarou']]);
    expect(guess('山田　太郎')).toEqual([['yamada', 'tarou'], ['yamata', 'tarou']]);
  });

  it('looks old-form kanji up by their common form', () => {
    expect(guess('髙橋一郎')).toEqual([['takahashi', 'ichirou']]);
  });

  it('returns nothing for names outside the dictionary', () => {
    expect(guess('北風凪')).toEqual([]);
  });
});

describe('loadReadingGuesser (IPADIC via kuromoji)', () => {
  it('lets a Latin announcement find an unread kanji contact at the same company', async () => {
    const guessReadings = await loadReadingGuesser();
    expect(guessReadings('高橋一郎')).toContainEqual(['takahashi', 'ichirou']);
    const contacts = [
      { contactId: 'G1', accountName: 'みなと精機株式会社', name: '髙橋一郎' },
      { contactId: 'G2', accountName: 'みなと精機株式会社', name: '高橋次郎' },
      { contactId: 'G3', accountName: 'Coppervale Mining', name: 'Taro Yamada' },
    ];
    const withGuesses = buildContactIndex(contacts, { guessReadings });
    const [match, ...rest] = findMatches(withGuesses, { company: { name: 'みなと精機' }, person: 'Ichiro Takahashi', change: 'departed' });
    expect(rest).toEqual([]);
    expect(match).toMatchObject({ contactId: 'G1', kind: 'same_company' });
    expect(match!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLDS.alert);
    expect(match!.reasons.at(-1)).toMatch(/^dictionary reading takahashi ichirou/u);
    expect(findMatches(withGuesses, { company: { name: 'Coppervale Mining Corp.' }, person: '山田太郎', change: 'departed' }).map((m) => m.contactId)).toEqual(['G3']);
    // Without the dictionary the scripts cannot meet.
    expect(findMatches(buildContactIndex(contacts), { company: { name: 'みなと精機' }, person: 'Ichiro Takahashi', change: 'departed' })).toEqual([]);
  });
});
