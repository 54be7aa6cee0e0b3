import { describe, expect, it } from 'vitest';
import { EXPECTED_NOTICE_TEXT } from './notice-expectations.js';
import { missingTextWarning } from './pdf-document.js';

describe('EXPECTED_NOTICE_TEXT', () => {
  it('accepts notices that name their change, however the PDF spaced or widened the words', () => {
    const exec = EXPECTED_NOTICE_TEXT['exec-change'];
    expect(missingTextWarning('代表取締役の異動に関するお知らせ', exec)).toBeNull();
    expect(missingTextWarning('役 員 人 事 に 関 す る お 知 ら せ', exec)).toBeNull(); // LibreOffice spacing
    expect(missingTextWarning('取締役の辞任について', exec)).toBeNull();
    const fiscal = EXPECTED_NOTICE_TEXT['fiscal-calendar'];
    expect(missingTextWarning('２０２６年３月期　決算発表予定日のお知らせ', fiscal)).toBeNull();
    expect(missingTextWarning('第78回定時株主総会の開催日について', fiscal)).toBeNull();
  });

  it('warns about a text that says none of it, with the keywords and the length', () => {
    expect(missingTextWarning('当社は、下記のとおりお知らせいたします。 記 以上', EXPECTED_NOTICE_TEXT['exec-change'])).toBe(
      'suspicious: none of 異動/人事/役員/就任/退任/辞任/選任/選定/候補/交代/逝去 in the text (23 characters); damaged PDF?',
    );
    expect(missingTextWarning('代表取締役の異動に関するお知らせ', EXPECTED_NOTICE_TEXT['fiscal-calendar'])).toMatch(/^suspicious: none of 決算\/株主総会\/事業年度/u);
  });
});
