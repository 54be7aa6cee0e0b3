import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OfficerEvent } from '../announcement.js';
import { datelineOf } from './dateline.js';
import { extractJapanese } from './extract-japanese.js';
import { collapseWhitespace } from './mapped-text.js';

// Fixtures are notices we wrote in the TDnet / press-release / newspaper layouts; every company and person is fictional.
function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

async function extract(name: string, announced: string | null) {
  const text = fixture(name);
  const result = await extractJapanese({ text, announced, lang: 'ja' });
  for (const event of result.events) {
    expect(collapseWhitespace(text)).toContain(event.evidence);
  }
  return result;
}

function byPerson(events: readonly OfficerEvent[], person: string): OfficerEvent {
  const found = events.find((e) => e.person.replace(/[\s\u3000]/gu, '') === person.replace(/\s/gu, ''));
  if (!found) throw new Error(`no event for ${person}: ${events.map((e) => e.person).join(', ')}`);
  return found;
}

describe('extractJapanese: tables', () => {
  it('reads a 氏名/新役職/旧役職 table flattened to one line per row with single spaces', async () => {
    const { events } = await extract('tdnet-flattened-row-table.txt', '2025-02-14');
    expect(events).toHaveLength(2);
    const chair = byPerson(events, '山本 一郎');
    expect(chair).toMatchObject({ person: '山本 一郎', change: 'role_change', roleBefore: '代表取締役社長', roleAfter: '代表取締役会長', effective: '2025-04-01' });
    const president = byPerson(events, '田中 誠');
    expect(president).toMatchObject({ change: 'promoted', roleAfter: '代表取締役社長', effective: '2025-04-01', personReading: 'たなか まこと' });
    expect(president.roleBefore?.replace(/\s/gu, '')).toBe('取締役専務執行役員');
  });

  it('reads one-cell-per-line tables, keeps 髙/﨑 and the reading, and reads the section headings', async () => {
    const { events, fiscal } = await extract('tdnet-cell-per-line-tables.txt', '2025-05-12');
    const nominee = byPerson(events, '髙橋 美咲');
    expect(nominee.person).toBe('髙橋　美咲');
    expect(nominee).toMatchObject({ change: 'nominated', roleAfter: '取締役', personReading: 'たかはし　みさき', effective: '2025-06-26' });
    expect(byPerson(events, '岡﨑 誠二')).toMatchObject({ person: '岡﨑 誠二', change: 'nominated', roleAfter: '社外取締役', roleBefore: null });
    expect(byPerson(events, '中村 浩')).toMatchObject({ change: 'retiring', roleBefore: '取締役副社長', roleAfter: '顧問' });
    expect(byPerson(events, '渡辺 さくら')).toMatchObject({ change: 'promoted', roleBefore: '常務取締役', roleAfter: '専務取締役' });
    expect(events).toHaveLength(4);
    expect(fiscal.agmDate).toBe('2025-06-26');
  });

  it('reads columns split by runs of spaces, with the reading inside the name cell', async () => {
    const { events } = await extract('tdnet-spaced-columns.txt', '2025-04-18');
    expect(byPerson(events, '松田 勇気')).toMatchObject({ change: 'promoted', roleAfter: '代表取締役社長', roleBefore: '取締役副社長', personReading: 'まつだ ゆうき', effective: '2025-06-20' });
    expect(byPerson(events, '上野 忠')).toMatchObject({ change: 'role_change', roleAfter: '取締役会長', roleBefore: '代表取締役社長' });
  });

  it('reads tab-separated rows with empty cells, as our PDF layout step writes them (一ノ瀬, 𠮷)', async () => {
    const { events } = await extract('pdf-layout-tabbed-table.txt', '2026-02-10');
    expect(events).toHaveLength(4);
    expect(byPerson(events, '西園寺 玲')).toMatchObject({ change: 'appointed', roleBefore: null, effective: '2026-04-01' });
    expect(byPerson(events, '大河内 湊')).toMatchObject({ change: 'role_change', roleBefore: '取締役', roleAfter: '社外取締役' });
    expect(byPerson(events, '一ノ瀬 隼')).toMatchObject({ change: 'retiring', roleBefore: '常務執行役員', roleAfter: null, personReading: 'いちのせ しゅん' });
    expect(byPerson(events, '𠮷田 大地')).toMatchObject({ person: '𠮷田 大地', change: 'promoted', roleAfter: '代表取締役社長' });
  });

  it('reads 臨時報告書 tables: 氏名（生年月日）, 異動年月日 per row, shares column, two tables in a row', async () => {
    const { events } = await extract('extraordinary-report-tables.txt', '2025-05-20');
    expect(events).toHaveLength(2);
    const incoming = byPerson(events, '山田 太郎');
    expect(incoming).toMatchObject({ change: 'promoted', roleBefore: '取締役専務執行役員', roleAfter: '代表取締役社長', effective: '2025-06-27' });
    expect(incoming.evidence).not.toContain('なくなる者');
    expect(byPerson(events, '鈴木 一郎')).toMatchObject({ change: 'role_change', roleBefore: '代表取締役社長', roleAfter: '取締役会長', effective: '2025-06-27' });
  });

  it('joins wrapped cells back to their column (担当変更)', async () => {
    const { events } = await extract('assignment-change-wrapped-table.txt', '2025-03-28');
    expect(events).toHaveLength(2);
    const first = byPerson(events, '中島 恵子');
    expect(first).toMatchObject({ change: 'role_change', effective: '2025-04-01' });
    expect(first.roleAfter).toContain('営業本部長');
    expect(first.roleBefore).toContain('営業企画部長');
    expect(byPerson(events, '荒木 隆').roleAfter).toContain('経営企画担当');
  });

  it('reads LibreOffice-spaced digits and a 即日 departure in the notes', async () => {
    const { events } = await extract('libreoffice-spaced-notice.txt', '2025-03-14');
    expect(byPerson(events, '菅野 翔太')).toMatchObject({ change: 'promoted', effective: '2025-04-01' });
    expect(byPerson(events, '久保田 みどり')).toMatchObject({ change: 'retiring', effective: '2025-04-01' });
    expect(byPerson(events, '西村 拓也')).toMatchObject({ change: 'retiring', roleBefore: '執行役員', effective: '2025-03-14' });
  });

  it('splits a PDF-flattened row whose cells hold several titles, keeping each cell in the order titles are written', async () => {
    const { events } = await extract('pdf-flattened-multiword-cells.txt', '2026-02-20');
    expect(events).toHaveLength(3);
    expect(byPerson(events, '内藤 沙織')).toMatchObject({ change: 'promoted', roleAfter: '代表取締役社長 社長執行役員', roleBefore: '取締役副社長執行役員', effective: '2026-04-01' });
    expect(byPerson(events, '河合 正樹')).toMatchObject({ change: 'role_change', roleAfter: '取締役会長', roleBefore: '代表取締役社長 社長執行役員' });
    expect(byPerson(events, '市原 健')).toMatchObject({ change: 'promoted', roleAfter: '取締役 常務執行役員', roleBefore: '執行役員 経理部長' });
  });

  it('dates the tables of a sub-section by the numbered heading above it; a 補欠 candidate is no change', async () => {
    const { events } = await extract('section-dates-under-headings.txt', '2026-05-13');
    expect(events).toHaveLength(3);
    expect(byPerson(events, '桜井 隼人')).toMatchObject({ change: 'promoted', effective: '2026-07-01' });
    expect(byPerson(events, '土屋 由香')).toMatchObject({ change: 'nominated', roleBefore: null, effective: '2026-06-19' });
    expect(byPerson(events, '村瀬 力')).toMatchObject({ change: 'retiring', roleBefore: '常勤監査役', effective: '2026-06-19' });
  });
});

describe('extractJapanese: listings', () => {
  it('reads ▽ newspaper listings with company headers and their dates', async () => {
    const { events } = await extract('newspaper-listing.txt', '2025-03-20');
    expect(byPerson(events, '村井 健司')).toMatchObject({ change: 'promoted', roleBefore: '専務', roleAfter: '社長', effective: '2025-06' });
    expect(byPerson(events, '大久保義男')).toMatchObject({ change: 'role_change', roleAfter: '会長' });
    expect(byPerson(events, '石原徹')).toMatchObject({ change: 'retiring', roleAfter: '相談役' });
    expect(byPerson(events, '川上 直樹')).toMatchObject({ change: 'retiring', roleBefore: '常務' });
    expect(byPerson(events, '安西俊彦')).toMatchObject({ change: 'promoted', roleAfter: '取締役専務執行役員', effective: '2025-04-01' });
    expect(byPerson(events, '藤本 弘')).toMatchObject({ change: 'retiring', roleAfter: '顧問' });
    expect(events).toHaveLength(7);
  });

  it('reads roster lines that write the role after the name', async () => {
    const { events } = await extract('roster-role-after-name.txt', '2024-03-01');
    expect(events).toHaveLength(1);
    expect(byPerson(events, '山田 太郎')).toMatchObject({ change: 'promoted', roleBefore: '専務取締役', roleAfter: '代表取締役社長' });
  });

  it('reads listings written one person per line under a company（date）line, and stops at prose', async () => {
    const { events } = await extract('newspaper-listing-lines.txt', '2025-04-20');
    expect(events).toHaveLength(3);
    expect(byPerson(events, '山田太郎')).toMatchObject({ change: 'promoted', roleBefore: '専務', roleAfter: '社長', effective: '2025-06' });
    expect(byPerson(events, '鈴木一郎')).toMatchObject({ change: 'role_change', roleAfter: '会長' });
    expect(byPerson(events, '佐藤次郎')).toMatchObject({ change: 'retiring', roleBefore: '会長' });
  });

  it('reads rosters under 新任/退任 headings, with the 就任予定日 label', async () => {
    const { events } = await extract('section-roster.txt', '2025-05-10');
    expect(byPerson(events, '藤井 美和')).toMatchObject({ change: 'nominated', roleAfter: '常勤監査役', personReading: 'ふじい　みわ', effective: '2025-06-25' });
    expect(byPerson(events, '小松 茂')).toMatchObject({ change: 'retiring', roleBefore: '常勤監査役', roleAfter: '顧問' });
  });
});

describe('extractJapanese: rosters', () => {
  it('nominates new director candidates, skips sitting directors standing again, and reads 退任予定', async () => {
    const { events } = await extract('director-candidates-roster.txt', '2025-05-14');
    expect(byPerson(events, '佐々木 一郎')).toMatchObject({ change: 'nominated', roleAfter: '取締役', roleBefore: '常務執行役員', effective: '2025-06-26' });
    expect(byPerson(events, '清水 次郎')).toMatchObject({ change: 'retiring', roleBefore: '取締役', effective: '2025-06-26' });
    expect(events.map((e) => e.person)).not.toContain('杉山 恵');
    expect(events).toHaveLength(2);
  });

  it('reads 新任/退任代表取締役 sections: the outgoing president stays as chairman; the 略歴 adds nothing', async () => {
    const { events, fiscal } = await extract('representative-change-sections.txt', '2025-05-09');
    expect(events).toHaveLength(2);
    expect(byPerson(events, '山田 太郎')).toMatchObject({ change: 'promoted', roleAfter: '代表取締役社長 社長執行役員', personReading: 'やまだ たろう', effective: '2025-06-20' });
    expect(byPerson(events, '鈴木 一郎')).toMatchObject({ change: 'role_change', roleBefore: '代表取締役社長', roleAfter: '取締役会長', effective: '2025-06-20' });
    expect(fiscal.agmDate).toBe('2025-06-20');
  });

  it('reads bulleted 人事 lines and titles joined by a spaced 兼, dating each change by its own date', async () => {
    const { events } = await extract('bulleted-roster-and-spaced-titles.txt', '2025-03-01');
    expect(byPerson(events, '山田 太郎')).toMatchObject({ change: 'promoted', roleAfter: '代表取締役社長', roleBefore: '専務取締役', effective: '2025-04-01' });
    expect(byPerson(events, '鈴木 花子')).toMatchObject({ change: 'promoted', roleAfter: '専務取締役' });
    expect(byPerson(events, '山口 拓海')).toMatchObject({ change: 'retiring', roleBefore: '代表取締役社長 兼 CEO', effective: '2025-03-31' });
    expect(byPerson(events, '小田 栞')).toMatchObject({ change: 'promoted', roleAfter: '代表取締役社長 兼 CEO', effective: '2025-04-01' });
  });

  it('reads katakana names with their Latin spelling in brackets (neither name nor reading), and 「退任後、当社顧問に就任予定」', async () => {
    const { events } = await extract('katakana-candidate-roster.txt', '2026-05-15');
    expect(events).toHaveLength(3);
    expect(byPerson(events, 'マリア・ゴンザレス')).toMatchObject({ person: 'マリア・ゴンザレス', personReading: null, change: 'nominated', roleAfter: '社外取締役', effective: '2026-06-24' });
    expect(byPerson(events, '大谷 美月')).toMatchObject({ change: 'nominated', roleAfter: '取締役', personReading: 'おおたに みづき' });
    expect(byPerson(events, 'エドワード・ブラウン')).toMatchObject({ change: 'retiring', roleBefore: '取締役', roleAfter: '顧問' });
  });

  it('reads a katakana name in a 氏名 column, spaced or tab-separated, without its Latin spelling', async () => {
    for (const sep of [' ', '\t']) {
      const text = ['2026年5月15日', '役員の異動に関するお知らせ', '記', '２．新任取締役候補者', ['氏名', '新役職', '現役職'].join(sep),
        ['マリア・ゴンザレス（Maria Gonzalez）', '社外取締役', '―'].join(sep), ['大谷 美月', '取締役', '執行役員'].join(sep), '以上'].join('\n');
      const { events } = await extractJapanese({ text, announced: '2026-05-15', lang: 'ja' });
      expect(events).toHaveLength(2);
      expect(byPerson(events, 'マリア・ゴンザレス')).toMatchObject({ person: 'マリア・ゴンザレス', personReading: null, change: 'nominated', roleBefore: null, roleAfter: '社外取締役', effective: 'agm' });
    }
  });

  it('gives everyone listed the date under 異動予定日: "agm" for a meeting whose day is not given', async () => {
    const { events } = await extract('agm-label-for-all.txt', '2026-05-08');
    expect(byPerson(events, '西田 裕二')).toMatchObject({ change: 'nominated', roleAfter: '常勤監査役', effective: 'agm' });
    expect(byPerson(events, '大野 敏行')).toMatchObject({ change: 'retiring', roleBefore: '常勤監査役', effective: 'agm' });
  });
});

describe('extractJapanese: lines that mark their own change', () => {
  it('reads 新代表取締役 / 前代表取締役 labels, with the former one staying on as chairman', async () => {
    const { events } = await extract('new-and-former-labels.txt', '2024-03-01');
    expect(events).toHaveLength(3);
    expect(byPerson(events, '山田 太郎')).toMatchObject({ change: 'appointed', roleAfter: '代表取締役', effective: '2024-03-01' });
    expect(byPerson(events, '鈴木 一郎')).toMatchObject({ change: 'role_change', roleBefore: '代表取締役', roleAfter: '取締役会長' });
    expect(byPerson(events, '田辺 誠')).toMatchObject({ change: 'retiring', roleBefore: '監査役' });
  });

  it('reads （新任）（昇任）（退任） markers, skips （重任）, and gives a labelled 新任取締役候補者 the AGM', async () => {
    const { events } = await extract('marked-roster-lines.txt', '2025-03-25');
    expect(byPerson(events, '山田 太郎')).toMatchObject({ change: 'appointed', roleAfter: '代表取締役社長', effective: '2025-04-01' });
    expect(byPerson(events, '鈴木 一郎')).toMatchObject({ change: 'promoted', roleAfter: '取締役副社長' });
    expect(byPerson(events, '佐藤 花子')).toMatchObject({ change: 'retiring', roleBefore: '取締役' });
    expect(byPerson(events, '木村 蓮')).toMatchObject({ change: 'nominated', roleAfter: '取締役', effective: 'agm', personReading: 'きむら れん' });
    expect(events.map((e) => e.person)).not.toContain('高木　進');
    expect(events).toHaveLength(4);
  });

  it('reads 「…の担当を…から…に変更」 as a role change, and ignores 変更 of anything but a title', async () => {
    const { events } = await extract('assignment-change-prose.txt', '2025-03-25');
    expect(events).toHaveLength(1);
    expect(byPerson(events, '前原 悠斗')).toMatchObject({ change: 'role_change', roleBefore: '取締役', roleAfter: '経営企画本部長' });
  });
});

describe('extractJapanese: prose', () => {
  it('reads 「…を社長に昇格させる」, 「氏名・役職」 and a bare name the dictionary knows', async () => {
    const { events } = await extract('news-object-promotion.txt', '2025-02-05');
    expect(byPerson(events, '山下一郎')).toMatchObject({ change: 'promoted', roleBefore: '専務', roleAfter: '社長' });
    expect(byPerson(events, '山本 真理子')).toMatchObject({ change: 'promoted', roleBefore: '常務執行役員', roleAfter: '副社長' });
    expect(byPerson(events, '山田太郎')).toMatchObject({ change: 'appointed', roleAfter: '執行役員' });
    expect(events).toHaveLength(3);
  });

  it('reads 「…は、…終結の時をもって…を退任し、顧問に就任」, 後任, 辞任 and 本日付', async () => {
    const { events, fiscal } = await extract('press-release-prose.txt', '2025-05-15');
    expect(byPerson(events, '森 正和')).toMatchObject({ change: 'retiring', roleBefore: '代表取締役会長', roleAfter: '顧問', effective: '2025-06-27' });
    expect(byPerson(events, '北村 亮介')).toMatchObject({ change: 'promoted', roleAfter: '代表取締役社長', roleBefore: '取締役常務執行役員' });
    expect(byPerson(events, '桑原 俊之')).toMatchObject({ change: 'departed', effective: '2025-05-15' });
    expect(byPerson(events, '野口 彩')).toMatchObject({ change: 'retiring', roleBefore: '常務執行役員' });
    expect(events).toHaveLength(4);
    expect(fiscal.agmDate).toBe('2025-06-27');
  });

  it('reads a sentence hard-wrapped across lines, with the AGM date on the line before the meeting', async () => {
    const { events } = await extract('hard-wrapped-prose.txt', '2025-05-10');
    expect(events).toHaveLength(1);
    expect(byPerson(events, '大森 隆')).toMatchObject({ change: 'retiring', roleBefore: '代表取締役会長', roleAfter: '相談役', effective: '2025-06-27' });
  });

  it('reads 和暦 dates (令和元年) with 同日付', async () => {
    const { events } = await extract('era-dates-notice.txt', '2019-05-24');
    expect(byPerson(events, '佐伯 光太郎')).toMatchObject({ change: 'promoted', effective: '2019-06-27', roleAfter: '代表取締役社長' });
    expect(byPerson(events, '長尾 康介')).toMatchObject({ change: 'role_change', roleAfter: '取締役相談役', effective: '2019-06-27' });
  });

  it('reads a news item: 昇格 with age brackets, 代表権のある会長, 退く to an advisory post, a headline with the family name only', async () => {
    const { events } = await extract('news-promotion.txt', '2025-02-10');
    expect(events).toHaveLength(3);
    expect(byPerson(events, '田村洋平')).toMatchObject({ change: 'promoted', roleAfter: '社長', effective: '2025-04-01' });
    expect(byPerson(events, '田村洋平').evidence).toContain('田村洋平常務執行役員');
    expect(byPerson(events, '小島勝')).toMatchObject({ change: 'role_change', roleAfter: '代表権のある会長', effective: '2025-04-01' });
    expect(byPerson(events, '吉川 孝夫')).toMatchObject({ change: 'retiring', roleAfter: '特別顧問' });
  });

  it('resolves "agm" when the changes await the shareholders meeting; an outside director joining then is nominated; katakana names', async () => {
    const { events } = await extract('news-agm-awaited.txt', '2025-02-01');
    expect(byPerson(events, '高野美穂')).toMatchObject({ change: 'promoted', roleAfter: '頭取', effective: 'agm' });
    expect(byPerson(events, '清水浩二')).toMatchObject({ roleAfter: '会長', effective: 'agm' });
    expect(byPerson(events, 'ジョン・スミス')).toMatchObject({ change: 'nominated', roleAfter: '社外取締役', effective: 'agm' });
  });

  it('gives the successor the post the leaver held', async () => {
    const { events } = await extract('news-resignation-successor.txt', '2025-02-20');
    expect(byPerson(events, '大野智也')).toMatchObject({ change: 'departed', roleBefore: '代表取締役社長', effective: '2025-02-28' });
    expect(byPerson(events, '松岡絵里')).toMatchObject({ change: 'promoted', roleBefore: '取締役', roleAfter: '代表取締役社長' });
  });

  it('finds family names in kanji with given names in kana (but not 「会社として」), and katakana names split by a space', async () => {
    const { events } = await extract('kana-given-names.txt', '2025-03-01');
    expect(events).toHaveLength(3);
    expect(byPerson(events, 'マイケル スミス')).toMatchObject({ change: 'appointed', roleAfter: '社外取締役' });
    expect(byPerson(events, '山田ゆかり')).toMatchObject({ change: 'promoted', roleBefore: '取締役', roleAfter: '社長', effective: '2025-04-01' });
    expect(byPerson(events, '中村 さくら')).toMatchObject({ change: 'appointed', roleAfter: '専務' });
  });

  it('reads headline compounds (頭取就任へ) and roles written before the person (会長には…が就き)', async () => {
    const { events } = await extract('headline-compound-and-role-first.txt', '2025-03-01');
    expect(byPerson(events, '山田太郎')).toMatchObject({ change: 'appointed', roleAfter: '頭取' });
    expect(byPerson(events, '佐藤一郎')).toMatchObject({ change: 'role_change', roleBefore: '社長', roleAfter: '会長' });
    expect(byPerson(events, '鈴木次郎')).toMatchObject({ change: 'promoted', roleBefore: '副社長', roleAfter: '社長' });
    expect(byPerson(events, '鈴木一郎')).toMatchObject({ change: 'promoted', roleBefore: '副社長', roleAfter: '社長' });
  });

  it('dates an election at 「27日の株主総会」 from the announcement date', async () => {
    const { events } = await extract('news-agm-election.txt', '2025-06-27');
    expect(byPerson(events, '山口 花子')).toMatchObject({ change: 'appointed', roleAfter: '取締役', effective: '2025-06-27' });
    expect(byPerson(events, '坂本 武')).toMatchObject({ change: 'promoted', roleAfter: '代表取締役副社長', effective: '2025-06-27' });
  });
});

describe('extractJapanese: prose, the post held and the AGM', () => {
  const read = async (text: string, announced: string) => {
    const { events } = await extractJapanese({ text, announced, lang: 'ja' });
    for (const e of events) expect(collapseWhitespace(text)).toContain(e.evidence);
    return events;
  };

  it('「…を務める大西 真一が就任し」: the post held written as a clause before the name', async () => {
    const events = await read('　新社長には、現在常務執行役員を務める大西 真一が就任し、現社長の佐伯 亮は代表取締役会長に就任します。就任日は2026年4月1日です。', '2026-02-16');
    expect(byPerson(events, '大西 真一')).toMatchObject({ change: 'promoted', roleBefore: '常務執行役員', roleAfter: '社長', effective: '2026-04-01' });
    expect(byPerson(events, '佐伯 亮')).toMatchObject({ change: 'role_change', roleAfter: '代表取締役会長' });
  });

  it('「株主総会後の取締役会で決議」 makes the changes of the story "agm"', async () => {
    const events = await read('架空海運、社長に村上氏\n\n架空海運は14日、村上拓也専務（57）が社長に昇格する人事を発表した。人事は6月下旬に開く定時株主総会後の取締役会で決議する。杉山誠社長（65）は代表権のある会長に就く。', '2026-03-14');
    expect(byPerson(events, '村上拓也')).toMatchObject({ change: 'promoted', roleAfter: '社長', effective: 'agm' });
    expect(byPerson(events, '杉山誠')).toMatchObject({ change: 'role_change', roleAfter: '代表権のある会長', effective: 'agm' });
  });

  it('「…が株主総会を経て社長に就任」: the role without 経て, and the date shared with the next change of the story', async () => {
    const events = await read('架空製紙は8日、森井由紀常務執行役員が6月下旬の株主総会を経て社長に就任すると発表した。川端修社長は会長に就く。', '2026-04-08');
    expect(byPerson(events, '森井由紀')).toMatchObject({ change: 'promoted', roleBefore: '常務執行役員', roleAfter: '社長', effective: 'agm' });
    expect(byPerson(events, '川端修')).toMatchObject({ change: 'role_change', roleBefore: '社長', roleAfter: '会長', effective: 'agm' });
  });

  it('a katakana name followed by its Latin spelling is a person in prose too', async () => {
    const events = await read('社外取締役には、リサ・ミラー（Lisa Miller）が2026年6月25日付で就任する予定です。', '2026-05-12');
    expect(byPerson(events, 'リサ・ミラー')).toMatchObject({ person: 'リサ・ミラー', personReading: null, roleAfter: '社外取締役', effective: '2026-06-25' });
  });
});

describe('extractJapanese: news phrasings (one item per line, each read as its own document)', () => {
  const items = fixture('news-variants-one-per-line.txt').split('\n').filter((line) => line.trim());
  const read = async (i: number) => {
    const text = items[i] ?? '';
    const result = await extractJapanese({ text, announced: '2025-02-10', lang: 'ja' });
    for (const e of result.events) expect(collapseWhitespace(text)).toContain(e.evidence);
    return result.events;
  };

  it('「会長に退き、後任に…を充てる」: the chairman keeps a seat, the successor takes the vacated post', async () => {
    const events = await read(0);
    expect(byPerson(events, '赤坂大輔')).toMatchObject({ change: 'role_change', roleBefore: '社長', roleAfter: '代表権のない会長' });
    expect(byPerson(events, '鳥居 恵美子')).toMatchObject({ change: 'promoted', roleAfter: '社長', effective: '2025-04-01' });
  });

  it('「株主総会を経て…を社長に迎える」: an outsider appointed at the AGM', async () => {
    expect(byPerson(await read(1), '柴田 進')).toMatchObject({ change: 'appointed', roleAfter: '社長', effective: 'agm' });
  });

  it('「健康上の理由で辞任」 and 「後任の社長には…18日付で就任」', async () => {
    const events = await read(2);
    expect(byPerson(events, '北川健一郎')).toMatchObject({ change: 'departed', roleBefore: '代表取締役社長' });
    expect(byPerson(events, '森本 崇')).toMatchObject({ change: 'promoted', roleAfter: '社長', effective: '2025-02-18' });
  });

  it('two people sharing a family name, and a family-name-only quote that matches both', async () => {
    const events = await read(3);
    expect(events).toHaveLength(2);
    expect(byPerson(events, '松下 陽一')).toMatchObject({ change: 'promoted', roleAfter: '社長' });
    expect(byPerson(events, '松下 恒夫')).toMatchObject({ change: 'role_change', roleAfter: '会長兼CEO' });
  });

  it('「就任予定の…氏」 and a 「新社長 氏名（よみ）」 caption', async () => {
    expect(byPerson(await read(4), '河野 聡')).toMatchObject({ change: 'appointed', roleAfter: '代表取締役社長' });
    expect(byPerson(await read(5), '田中 一郎')).toMatchObject({ change: 'appointed', roleAfter: '社長', roleBefore: null, personReading: 'たなか いちろう' });
  });

  it('no event from a president quoted about his own appointment, and no company name inside the role', async () => {
    expect(await read(6)).toEqual([]);
    expect(byPerson(await read(7), '大塚 浩二')).toMatchObject({ change: 'promoted', roleAfter: '社長', roleBefore: '常務執行役員' });
  });
});

describe('extractJapanese: negatives and fiscal facts', () => {
  it('finds no event in an earnings release that quotes the president and changes only pay', async () => {
    const { events, fiscal } = await extract('negative-earnings-release.txt', '2025-05-09');
    expect(events).toEqual([]);
    expect(fiscal).toEqual({ fiscalYearEnd: '03-31', earningsDate: null, agmDate: '2025-06-24' });
  });

  it('finds no event in news that mentions executives, a tenure since an earlier appointment, or an obituary', async () => {
    const { events } = await extract('negative-news-quotes.txt', '2025-05-15');
    expect(events).toEqual([]);
  });

  it('reads the earnings date and the AGM date written in sentences', async () => {
    const { fiscal } = await extract('fiscal-calendar-prose.txt', '2025-04-10');
    expect(fiscal).toEqual({ fiscalYearEnd: '03-31', earningsDate: '2025-05-13', agmDate: '2025-06-25' });
  });

  it('finds no event in quotes, 人事異動 as a topic, the death of a former president, an interview about a past appointment, or a post at a subsidiary', async () => {
    const { events } = await extract('negative-news-more.txt', '2025-05-10');
    expect(events).toEqual([]);
  });

  it('finds no event in a governance report that states who holds a post (選任しております)', async () => {
    const { events } = await extract('negative-governance-report.txt', '2025-03-01');
    expect(events).toEqual([]);
  });

  it('reads the death of a sitting chairman as a departure on the date written before the verb', async () => {
    const { events } = await extract('obituary-sitting-chairman.txt', '2025-05-07');
    expect(events).toHaveLength(1);
    expect(byPerson(events, '大森 隆')).toMatchObject({ change: 'departed', roleBefore: '代表取締役会長', effective: '2025-05-03' });
  });

  it('reads a 決算期変更 notice: the new fiscal year end, the earnings date and the AGM date', async () => {
    const { events, fiscal } = await extract('fiscal-period-change.txt', '2025-03-07');
    expect(events).toEqual([]);
    expect(fiscal).toEqual({ fiscalYearEnd: '03-31', earningsDate: '2025-04-11', agmDate: '2025-05-29' });
  });
});

describe('when the publication date is unknown', () => {
  it('reads the dateline at the head of the text', () => {
    expect(datelineOf('2023/09/14\n\n役員の異動に関するお知らせ')).toBe('2023-09-14');
    expect(datelineOf('架空電機、新社長に山田氏\n\n2016年2月3日 09:30\n\n印刷')).toBe('2016-02-03');
    expect(datelineOf('- 2024/11/05 掲載\n架空製菓社長退任')).toBe('2024-11-05');
    expect(datelineOf('当社は2025年4月1日付で…')).toBeNull();
  });

  it('resolves 本日付 from the dateline, and a year from a dateline written after the story', async () => {
    const headed = await extractJapanese({ text: '2025年5月15日\n取締役 桑原 俊之は、本日付で辞任いたしました。', lang: 'ja' });
    expect(headed.events[0]).toMatchObject({ change: 'departed', effective: '2025-05-15' });
    const trailing = await extractJapanese({ text: '架空林業は4月1日付で山下一郎専務が社長に昇格する人事を決めた。\n\n（2024年2月9日付朝刊より転載）', lang: 'ja' });
    expect(trailing.events[0]).toMatchObject({ change: 'promoted', effective: '2024-04-01' });
  });
});
