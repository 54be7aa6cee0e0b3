import { describe, expect, it } from 'vitest';
import { EffectiveDateResolver } from './effective-date-resolver.js';
import { mapText } from './mapped-text.js';

function resolver(text: string, announced: string | null): { r: EffectiveDateResolver; text: string } {
  const folded = mapText(text).text;
  return { r: new EffectiveDateResolver(folded, announced), text: folded };
}

function clause(text: string, announced: string | null, verb: string) {
  const { r, text: folded } = resolver(text, announced);
  return r.inClause(0, folded.length, folded.indexOf(verb));
}

describe('EffectiveDateResolver.inClause', () => {
  it('takes the 付 date written with the change, resolving the year from the announcement', () => {
    expect(clause('山田太郎は4月1日付で社長に就任する。', '2025-02-14', '就任')).toBe('2025-04-01');
  });

  it('prefers the date before the verb when a sentence carries two', () => {
    const text = '山口拓海が2025年3月31日をもって退任し、4月1日付で小田栞が社長に就任する。';
    expect(clause(text, '2025-03-01', '退任')).toBe('2025-03-31');
    expect(clause(text, '2025-03-01', '就任')).toBe('2025-04-01');
  });

  it('reads 定時株主総会終結の時をもって as "agm", or as the meeting date when the text gives it', () => {
    expect(clause('取締役 山田太郎は、定時株主総会終結の時をもって退任いたします。', '2025-05-15', '退任')).toBe('agm');
    expect(clause('山田太郎は、2025年6月27日開催予定の第65回定時株主総会終結の時をもって退任いたします。', '2025-05-15', '退任')).toBe('2025-06-27');
    expect(clause('山田太郎は、令和７年６月２７日開催予定の定時株主総会終結の時をもって退任。\n鈴木花子は定時株主総会終結の時をもって退任。', '2025-05-15', '鈴木')).toBe('2025-06-27');
  });

  it('reads 本日付 and 即日 as the announcement date, and 同日付 as the date before it', () => {
    expect(clause('山田太郎は本日付で辞任いたしました。', '2025-05-15', '辞任')).toBe('2025-05-15');
    expect(clause('山田太郎は即日退任した。', '2025-05-15', '退任')).toBe('2025-05-15');
    expect(clause('6月18日、臨時取締役会を開催し、同日付で山田太郎が社長に就任した。', '2025-06-20', '就任')).toBe('2025-06-18');
  });

  it('says nothing (undefined) when the clause has no date', () => {
    expect(clause('山田太郎社長は代表権のある会長に就く。', '2025-02-10', '就く')).toBeUndefined();
  });
});

describe('EffectiveDateResolver.documentDefault', () => {
  it('uses a labelled 異動予定日 / 就任日 first', () => {
    expect(resolver('2025年2月14日付で決議しました。\n4. 異動予定日\n2025年4月1日', '2025-02-14').r.documentDefault).toBe('2025-04-01');
    expect(resolver('＜就任日＞\n2018年7月17日', '2018-07-06').r.documentDefault).toBe('2018-07-17');
  });

  it('says "agm" when the changes await the shareholders meeting', () => {
    expect(resolver('正式決定は6月開催予定の定時株主総会およびその後の取締役会での承認後となる。', '2025-02-18').r.documentDefault).toBe('agm');
  });

  it('prefers a 付 date on or after the announcement over the resolution date', () => {
    expect(resolver('2025年2月10日付の取締役会決議により、2025年4月1日付で次のとおり異動します。', '2025-02-14').r.documentDefault).toBe('2025-04-01');
  });

  it('finds the AGM date the notice names, the meeting still to come', () => {
    const text = '2016年6月24日開催の第154回定時株主総会で更新され、2019年6月21日開催予定の第157回定時株主総会終結の時をもって満了します。';
    expect(resolver(text, '2019-05-20').r.agmDate).toBe('2019-06-21');
  });
});
