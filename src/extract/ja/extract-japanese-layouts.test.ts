import { describe, expect, it } from 'vitest';
import type { OfficerEvent } from '../announcement.js';
import { extractJapanese } from './extract-japanese.js';
import { byPerson, extractChecked, fixture } from './extraction-test-helpers.js';

// More layouts seen in real notices and papers, written with fictional companies and people.
const extract = (name: string, announced: string | null) => extractChecked(fixture(name), announced);

describe('extractJapanese: more table and roster layouts', () => {
  it('skips candidates whose 区分 says 再任/重任 and gives new ones the seat the heading names', async () => {
    const { events } = await extract('candidates-status-column.txt', '2026-05-15');
    expect(events.map((e) => e.person).sort()).toEqual(['エミリー・ワトソン', '川上 愛']);
    expect(byPerson(events, '川上 愛')).toMatchObject({ change: 'nominated', roleAfter: '取締役', effective: '2026-06-25' });
    expect(byPerson(events, 'エミリー・ワトソン')).toMatchObject({ change: 'nominated', roleAfter: '社外取締役' });
  });

  it('reads a section heading with a long note in brackets, 「（監査等委員）」 as part of the title, 「現 …」 without brackets', async () => {
    const { events } = await extract('long-heading-note-roster.txt', '2026-05-20');
    expect(events).toHaveLength(3);
    expect(byPerson(events, '小田切 正')).toMatchObject({ change: 'nominated', roleBefore: '内部監査室長', effective: '2026-06-26' });
    expect(byPerson(events, '谷口 由香')).toMatchObject({ change: 'nominated', roleAfter: '取締役(監査等委員)' });
    expect(byPerson(events, '村岡 勝')).toMatchObject({ change: 'retiring', roleBefore: '取締役(監査等委員)' });
  });

  it('reads lines led by 新任/退任 and 「現 … → 新 …」 lines under a plain 異動 heading', async () => {
    const { events } = await extract('lead-word-and-arrow-lines.txt', '2026-02-27');
    expect(events).toHaveLength(4);
    expect(byPerson(events, '西川 大輔')).toMatchObject({ change: 'promoted', roleBefore: '取締役副社長', roleAfter: '代表取締役社長', effective: '2026-04-01' });
    expect(byPerson(events, '東山 健')).toMatchObject({ change: 'role_change', roleAfter: '取締役会長', personReading: 'ひがしやま けん' });
    expect(byPerson(events, '南 美穂')).toMatchObject({ change: 'appointed', roleBefore: '福岡支店長', effective: '2026-04-01' });
    expect(byPerson(events, '北野 誠')).toMatchObject({ change: 'retiring', roleBefore: '執行役員 物流部長', effective: '2026-04-01' });
  });

  it('takes a 新体制 list for who holds office: only a line that says what was held before is a change', async () => {
    const { events } = await extract('new-board-structure-list.txt', '2026-05-13');
    expect(events.map((e) => e.person).sort()).toEqual(['大橋 聡', '小池 正', '松井 千里']);
    expect(byPerson(events, '小池 正')).toMatchObject({ change: 'retiring', roleAfter: '顧問' });
    expect(byPerson(events, '大橋 聡')).toMatchObject({ change: 'promoted', roleBefore: '常務取締役', roleAfter: '取締役副社長' });
  });

  it('reads a 退任代表取締役 row whose new post keeps a board seat as a role change', async () => {
    const { events } = await extract('representative-table-stays-on-board.txt', '2026-03-13');
    expect(byPerson(events, '大塚 和彦')).toMatchObject({ change: 'role_change', roleBefore: '代表取締役社長', roleAfter: '取締役相談役' });
    expect(byPerson(events, '三浦 拓也')).toMatchObject({ change: 'promoted', effective: '2026-04-01' });
  });
});

describe('extractJapanese: more listing and prose layouts', () => {
  it('reads items separated by ◇ instead of ▽ under a company（date）line', async () => {
    const { events } = await extract('diamond-separated-listing.txt', '2026-04-28');
    expect(events).toHaveLength(3);
    expect(byPerson(events, '前川 徹')).toMatchObject({ change: 'promoted', roleBefore: '専務理事', roleAfter: '理事長' });
    expect(byPerson(events, '杉浦 一馬')).toMatchObject({ change: 'role_change', roleAfter: '会長' });
    expect(byPerson(events, '岩崎 昭')).toMatchObject({ change: 'retiring', roleBefore: '会長' });
  });

  it('reads listing items set apart by wide gaps as new post, old post, name; a ▽ may open the company', async () => {
    const { events } = await extract('spaced-listing-items.txt', '2026-02-20');
    expect(events).toHaveLength(3);
    expect(byPerson(events, '岡本 健二')).toMatchObject({ change: 'promoted', roleBefore: '常務', roleAfter: '専務', effective: '2026-04-01' });
    expect(byPerson(events, '北村 結衣')).toMatchObject({ change: 'promoted', roleBefore: '取締役', roleAfter: '常務' });
    expect(byPerson(events, '石井 茂')).toMatchObject({ change: 'retiring', roleBefore: '会長', roleAfter: '相談役' });
  });

  it('reads 「…を社長とする人事を発表した」', async () => {
    const { events } = await extract('posting-prose.txt', '2026-02-03');
    expect(byPerson(events, '野口真一')).toMatchObject({ change: 'promoted', roleBefore: '取締役', roleAfter: '社長' });
    expect(byPerson(events, '平田正人')).toMatchObject({ change: 'role_change', roleAfter: '代表権のある会長' });
  });

  it('reads the post given with 「後任の…として」 ahead of the person, and katakana names with a Latin middle initial', async () => {
    const { events } = await extract('successor-as-role-prose.txt', '2026-01-16');
    expect(byPerson(events, '青木 亮介')).toMatchObject({ change: 'promoted', roleBefore: '常務取締役', roleAfter: '代表取締役社長' });
    expect(byPerson(events, 'デビッド・K・ミラー')).toMatchObject({ change: 'appointed', roleAfter: '執行役員CTO', effective: '2026-02-01' });
  });

  it('yields nothing from a notice about a subsidiary’s officers', async () => {
    const { events } = await extract('negative-subsidiary-officers.txt', '2026-03-02');
    expect(events).toEqual([]);
  });

  it('takes a convocation notice’s 日時 as its AGM date, and names no one', async () => {
    const { events, fiscal } = await extract('convocation-notice.txt', '2026-06-02');
    expect(events).toEqual([]);
    expect(fiscal.agmDate).toBe('2026-06-24');
  });
});
