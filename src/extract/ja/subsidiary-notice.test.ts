import { describe, expect, it } from 'vitest';
import { isSubsidiaryNotice } from './subsidiary-notice.js';

describe('isSubsidiaryNotice', () => {
  it('recognises a notice about a subsidiary’s officers by its title', () => {
    expect(isSubsidiaryNotice('2026年3月2日\n各位\n株式会社架空電機\n連結子会社の代表取締役の異動に関するお知らせ\n当社の連結子会社である…')).toBe(true);
    expect(isSubsidiaryNotice('各位\n子会社における役員人事のお知らせ')).toBe(true);
  });

  it('does not take the company’s own or a joint notice for one', () => {
    expect(isSubsidiaryNotice('各位\n当社及び子会社の役員人事に関するお知らせ')).toBe(false);
    expect(isSubsidiaryNotice('各位\n代表取締役の異動に関するお知らせ\n退任 執行役員 山田 一郎（当社子会社 架空物流株式会社 代表取締役社長に就任予定）')).toBe(false);
  });
});
