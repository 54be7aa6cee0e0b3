import { describe, expect, it } from 'vitest';
import { classifyTdnetTitle } from './title-classifier.js';

describe('classifyTdnetTitle', () => {
  it.each([
    '代表取締役の異動に関するお知らせ',
    '役員人事に関するお知らせ',
    '役員の異動に関するお知らせ',
    '執行役員人事に関するお知らせ',
    '組織変更及び人事異動に関するお知らせ',
    '取締役候補者の選任に関するお知らせ',
    '監査等委員である取締役候補者の決定に関するお知らせ',
    '社長交代に関するお知らせ',
    '代表者の異動に関するお知らせ',
    '取締役の辞任に関するお知らせ',
    '当社取締役の逝去及び退任に関するお知らせ',
    '〔訂正〕「役員の異動に関するお知らせ」の一部訂正について',
    '新任監査役候補者に関するお知らせ',
    '（開示事項の経過）代表取締役の異動について',
  ])('%s is an executive change', (title) => {
    expect(classifyTdnetTitle(title)).toBe('exec-change');
  });

  it.each([
    '2026年3月期 決算発表予定日に関するお知らせ',
    '決算期変更に関するお知らせ',
    '決算期の変更及び定款の一部変更に関するお知らせ',
    '第78回定時株主総会の開催日に関するお知らせ',
    '定時株主総会の延期に関するお知らせ',
    '事業年度の変更に関するお知らせ',
  ])('%s is a fiscal-calendar notice', (title) => {
    expect(classifyTdnetTitle(title)).toBe('fiscal-calendar');
  });

  it.each([
    '2026年3月期 決算短信〔日本基準〕(連結)',
    '業績予想の修正に関するお知らせ',
    '役員報酬制度の改定に関するお知らせ',
    '譲渡制限付株式報酬としての自己株式の処分に関するお知らせ',
    '取締役に対するストックオプション(新株予約権)の発行に関するお知らせ',
    '剰余金の配当に関するお知らせ',
    '自己株式の取得状況に関するお知らせ',
    '',
  ])('%s is other', (title) => {
    expect(classifyTdnetTitle(title)).toBe('other');
  });

  it('reads full-width and spaced titles', () => {
    expect(classifyTdnetTitle('　役員　人事に 関するお知らせ\n')).toBe('exec-change');
    expect(classifyTdnetTitle('２０２６年３月期　決算発表予定日のお知らせ')).toBe('fiscal-calendar');
  });
});
