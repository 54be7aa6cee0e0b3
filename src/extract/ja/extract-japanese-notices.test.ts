import { describe, expect, it } from 'vitest';
import type { OfficerEvent } from '../announcement.js';
import { extractJapanese } from './extract-japanese.js';
import { NamePlausibility } from './name-plausibility.js';
import { getJapaneseTokenizer } from './tokenizer-loader.js';
import { byPerson, extractChecked, fixture } from './extraction-test-helpers.js';

// Notice shapes written with fictional companies and people.
const extract = extractChecked;

describe('extractJapanese: reference sections, honorifics, lead words, weekdays', () => {
  it('lists a 「【参考】」 board after a 退任 section as holders, not leavers', async () => {
    const text = [
      '２０２６年５月８日', '株式会社架空ミズホ工業', '', '役員の異動に関するお知らせ', '',
      '１．退任予定監査役', '　常勤監査役　　　　岩清水　聡', '',
      '【参考】総会後の監査役会', '　常勤監査役　　　　深山　和也（新任）', '　監査役　　　　　　浜辺　裕子', '　監査役　　　　　　岡崎　信',
    ].join('\n');
    const { events } = await extract(text, '2026-05-08');
    expect(events.map((e) => e.person.replace(/\s/gu, '')).sort()).toEqual(['岩清水聡', '深山和也'].sort());
    expect(byPerson(events, '岩清水 聡').change).toBe('retiring');
    expect(byPerson(events, '深山 和也').change).toBe('appointed');
  });

  it('cuts 氏/様 off a listed name, so prose and listing agree on one person', async () => {
    const text = '▽架空フジ物産（７月１日）社長　桐生修平氏（副社長）▽相談役（社長）　若林肇氏';
    const { events } = await extract(text, '2026-06-10');
    expect(events).toHaveLength(2);
    expect(byPerson(events, '桐生修平')).toMatchObject({ change: 'promoted', roleBefore: '副社長', roleAfter: '社長' });
    expect(byPerson(events, '若林肇').roleAfter).toBe('相談役');
  });

  it('reads the first item of a ▽ line that stands under its company line', async () => {
    const text = '◇架空ナルミ電機（６月２０日）\n専務執行役員　正親町実▽常務執行役員（執行役員）大河内晴';
    const { events } = await extract(text, '2026-06-01');
    expect(byPerson(events, '正親町実')).toMatchObject({ change: 'appointed', roleAfter: '専務執行役員' });
    expect(byPerson(events, '大河内晴').change).toBe('promoted');
  });

  it('reads 新任/退任-led lines between 記 and 以上 without a section heading', async () => {
    const text = [
      '2026年8月20日', '株式会社架空カナメ', '', 'CTO交代のお知らせ', '', '記', '異動日：2026年10月1日',
      '退任　取締役兼執行役員 CTO　土屋 進（当社技術顧問に就任予定）',
      '新任　執行役員 CTO　早乙女 綾（現 技術開発部長）', '以上',
    ].join('\n');
    const { events } = await extract(text, '2026-08-20');
    expect(byPerson(events, '土屋 進')).toMatchObject({ change: 'retiring', effective: '2026-10-01' });
    expect(byPerson(events, '早乙女 綾')).toMatchObject({ roleAfter: '執行役員 CTO', effective: '2026-10-01' });
  });

  it('takes an AGM date written in 和暦 with its weekday, and 「本日開催の定時株主総会」 as the notice date', async () => {
    const withWeekday = await extract('当社は、令和８年６月２４日（水）開催予定の第４１回定時株主総会に、下記の取締役候補者を付議いたします。', '2026-05-12');
    expect(withWeekday.fiscal.agmDate).toBe('2026-06-24');
    const today = await extract('当社は、本日開催の第２２回定時株主総会において、剣持　保を取締役に選任いたしました。', '2026-06-19');
    expect(today.fiscal.agmDate).toBe('2026-06-19');
  });
});

describe('extractJapanese: the object of an appointment', () => {
  it('reads 「…において、姓 名を取締役に選任」 without 氏 or a title beside the name', async () => {
    const { events } = await extract('当社は、本日開催の臨時株主総会において、若菜　秀一を新たに取締役に選任いたしました。', '2026-03-02');
    expect(byPerson(events, '若菜 秀一')).toMatchObject({ change: 'appointed', roleAfter: '取締役' });
    const firm = await extract('当社は、本日開催の定時株主総会において、架空監査法人を会計監査人に選任いたしました。', '2026-06-20');
    expect(firm.events).toEqual([]);
  });
});

describe('NamePlausibility: 姓␣名 made of common words', () => {
  it('accepts them under a strong cue, but not notice words', async () => {
    const names = new NamePlausibility(await getJapaneseTokenizer());
    expect(names.judge('檜 翔', 'strong')).toBe('full');
    expect(names.judge('桔梗 一', 'strong')).toBe('full');
    expect(names.judge('生産 本部', 'strong')).toBe('reject');
    expect(names.judge('会社 名', 'strong')).toBe('reject');
    expect(names.judge('年月 日', 'strong')).toBe('reject');
  });
});
