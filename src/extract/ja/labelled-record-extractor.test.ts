import { describe, expect, it } from 'vitest';
import type { OfficerEvent } from '../announcement.js';
import { extractJapanese } from './extract-japanese.js';
import { byPerson, extractChecked, fixture } from './extraction-test-helpers.js';

// Notices we wrote in TDnet layouts; every company and person is fictional.
const extract = async (name: string, announced: string) => (await extractChecked(fixture(name), announced)).events;

describe('labelled records', () => {
  it('reads 「新役職 … 氏名 … 現役職 …」 rows written on one line, the date from the notice', async () => {
    const events = await extract('labelled-records-one-line.txt', '2026-02-13');
    expect(events).toHaveLength(2);
    expect(byPerson(events, '宮坂 俊彦')).toMatchObject({
      change: 'promoted', roleBefore: '常務執行役員 生産本部長', roleAfter: '専務執行役員 生産本部長', effective: '2026-04-01',
    });
    expect(byPerson(events, '戸田 あおい')).toMatchObject({
      change: 'promoted', roleBefore: '執行役員 品質保証部長', roleAfter: '常務執行役員', personReading: 'とだ あおい',
    });
  });

  it('reads one label per line (「氏名：」「新役職：」「異動日：」 in 和暦), a repeated label starting the next record', async () => {
    const events = await extract('labelled-records-stacked.txt', '2026-03-10');
    expect(events).toHaveLength(3);
    expect(byPerson(events, '栗原 大輔')).toMatchObject({
      change: 'promoted', roleBefore: '取締役副社長', roleAfter: '代表取締役社長', effective: '2026-04-01', personReading: 'くりはら だいすけ',
    });
    expect(byPerson(events, '野口 孝')).toMatchObject({ change: 'role_change', roleBefore: '代表取締役社長', roleAfter: '取締役会長', effective: '2026-04-01' });
    // The record-level 異動日 dates its own record, not the candidate listed under 新任取締役候補者.
    expect(byPerson(events, 'ピーター・ハンセン')).toMatchObject({ person: 'ピーター・ハンセン', personReading: null, change: 'nominated', roleAfter: '社外取締役', effective: 'agm' });
  });

  it('keeps 生年月日 and 年齢 lines inside the record', async () => {
    const text = '2026年3月2日\n代表取締役の異動に関するお知らせ\n2026年4月1日付で下記のとおり異動いたします。\n記\n氏名　　　柏木 怜（かしわぎ れい）\n生年月日　1970年5月2日\n年齢　　　55歳\n新役職　　代表取締役社長\n現役職　　取締役専務執行役員\n以上';
    const { events } = await extractJapanese({ text, announced: '2026-03-02', lang: 'ja' });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ person: '柏木 怜', personReading: 'かしわぎ れい', change: 'promoted', roleAfter: '代表取締役社長', effective: '2026-04-01' });
  });
});
