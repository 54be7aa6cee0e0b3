import { describe, expect, it } from 'vitest';
import { formalForms, formalOf, nicknameRelation } from './nickname-table.js';

describe('nickname table', () => {
  it('knows Bob/Robert, Bill/William, Peggy/Margaret, Jack/John, Tom/Thomas', () => {
    for (const [formal, nick] of [['robert', 'bob'], ['william', 'bill'], ['margaret', 'peggy'], ['john', 'jack'], ['thomas', 'tom']] as const) {
      expect(nicknameRelation(formal, nick)).toBe('direct');
      expect(nicknameRelation(nick, formal)).toBe('direct');
      expect(formalOf(nick, formal)).toEqual({ nickname: nick, formal });
      expect(formalForms(nick)).toContain(formal);
    }
  });

  it('links two nicknames of one name only weakly, and unrelated names not at all', () => {
    expect(nicknameRelation('liz', 'betsy')).toBe('shared');
    expect(nicknameRelation('robert', 'william')).toBeNull();
    expect(nicknameRelation('robert', 'robert')).toBeNull();
  });
});
