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
    expect(clause('当社は9月2日に臨時取締役会を開き、同日付で佐野直人が代表取締役社長に就任いたしました。', '2025-09-04', '就任')).toBe('2025-09-02');
  });

  it('says nothing (undefined) when the clause has no date', () => {
    expect(clause('小池正志専務は副社長に昇格し、営業部門を統括する。', '2025-02-10', '昇格')).toBeUndefined();
  });
});

describe('EffectiveDateResolver.documentDefault', () => {
  it('uses a labelled 異動予定日 / 就任日 first', () => {
    expect(resolver('4. 異動予定日\n2026年6月下旬開催予定の定時株主総会終結の時をもって', '2026-05-08').r.documentDefault).toBe('agm');
    // A 異動日 inside a labelled record dates that record only.
    expect(resolver('氏名：山田 太郎\n新役職：取締役\n異動日：2026年4月1日', '2026-03-10').r.documentDefault).toBeNull();
    expect(resolver('2025年2月14日付で決議しました。\n4. 異動予定日\n2025年4月1日', '2025-02-14').r.documentDefault).toBe('2025-04-01');
    expect(resolver('【就任予定日】\n2026年1月5日', '2025-12-12').r.documentDefault).toBe('2026-01-05');
  });

  it('says "agm" when the changes await the shareholders meeting', () => {
    expect(resolver('いずれも6月開催予定の第70回定時株主総会及び同総会後の取締役会を経て正式に決定いたします。', '2025-02-18').r.documentDefault).toBe('agm');
    expect(resolver('新体制は6月下旬の定時株主総会後に発足する。', '2025-03-03').r.documentDefault).toBe('agm');
    expect(resolver('いずれも定時株主総会と同総会後の取締役会を経て決める。', '2025-03-12').r.documentDefault).toBe('agm');
    expect(resolver('新任取締役は6月下旬の定時株主総会後に開かれる取締役会で選定する。', '2025-03-12').r.documentDefault).toBe('agm');
  });

  it('prefers a 付 date on or after the announcement over the resolution date', () => {
    expect(resolver('2025年2月10日付の取締役会決議に基づき、2025年4月1日付で下記の者が異動いたします。', '2025-02-14').r.documentDefault).toBe('2025-04-01');
  });

  it('finds the AGM date the notice names, the meeting still to come', () => {
    const text = '取締役の任期は、2023年6月28日開催の第56回定時株主総会で選任された時から、2025年6月26日開催予定の第58回定時株主総会終結の時までです。';
    expect(resolver(text, '2025-05-20').r.agmDate).toBe('2025-06-26');
  });
});
