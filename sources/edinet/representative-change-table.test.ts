import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractAnnouncement } from '../../src/extract/extract-announcement.js';
import { reportBodyFromPackage } from './report-body.js';
import { readRepresentativeChanges, restateRepresentativeChanges } from './representative-change-table.js';

const packageText = (): string => {
  const body = reportBodyFromPackage(readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'sources', 'edinet', 'S100ZZ01-type1.zip')));
  if (body.kind !== 'text') throw new Error(body.reason);
  return body.text;
};

const LABELLED = [
  '２【報告内容】',
  '(1) 新たに代表取締役になる者',
  '① 氏名 　　　　桐谷 彩（きりたに あや）',
  '② 生年月日 1972年11月8日',
  '③ 新役職名 代表取締役社長執行役員',
  '④ 旧役職名 常務執行役員 経営企画本部長',
  '⑤ 異動年月日 令和９年６月26日',
  '⑥ 所有株式数 3,200株',
  '(2) 代表取締役でなくなる者',
  '① 氏名：海老原 誠（1957年1月30日生）',
  '② 新役職名：相談役',
  '③ 旧役職名：代表取締役社長',
  '④ 異動年月日：令和９年６月26日',
].join('\n');

describe('representative director changes in a 臨時報告書', () => {
  it('reads the table form, leaving birth dates and the cover page out', () => {
    expect(readRepresentativeChanges(packageText())).toEqual([
      { name: '森川 直樹', newRole: '代表取締役社長', oldRole: '取締役常務執行役員', date: '2027年6月25日' },
      { name: '山本 健一', newRole: '取締役会長', oldRole: '代表取締役社長', date: '2027年6月25日' },
    ]);
  });

  it('reads the labelled-list form, with the reading kept and the birth date dropped', () => {
    expect(readRepresentativeChanges(LABELLED)).toEqual([
      { name: '桐谷 彩（きりたに あや）', newRole: '代表取締役社長執行役員', oldRole: '常務執行役員 経営企画本部長', date: '令和9年6月26日' },
      { name: '海老原 誠', newRole: '相談役', oldRole: '代表取締役社長', date: '令和9年6月26日' },
    ]);
  });

  it('reads a table whose name column carries the birth date, and rows for two dates', () => {
    const text = ['氏名（生年月日）\t新役職名\t旧役職名\t異動年月日\t所有株式数', '原田 悠（1970年5月5日生）\t代表取締役副社長\t取締役\t2027年4月1日\t100株', '辻 恒一（1961年2月2日生）\t取締役\t代表取締役副社長\t2027年6月20日\t0株', '(2) 異動の理由'].join('\n');
    const changes = readRepresentativeChanges(text);
    expect(changes.map((change) => [change.name, change.date])).toEqual([['原田 悠', '2027年4月1日'], ['辻 恒一', '2027年6月20日']]);
    expect(restateRepresentativeChanges(changes)!.split('\n\n')).toHaveLength(2);
  });

  it('reads headers spelt 氏　名 / 役職名（新） / 役職名（旧）', () => {
    const text = ['氏　名\t役職名（新）\t役職名（旧）\t異動予定年月日', '安西 光\t代表取締役\t取締役\t2027年７月１日'].join('\n');
    expect(readRepresentativeChanges(text)).toEqual([{ name: '安西 光', newRole: '代表取締役', oldRole: '取締役', date: '2027年7月1日' }]);
  });

  it('finds nothing in text without such a section', () => {
    expect(readRepresentativeChanges('１【提出理由】\n当社は、定時株主総会において決議事項が決議されましたので…\n【代表者の役職氏名】\t代表取締役社長 山本 健一')).toEqual([]);
    expect(restateRepresentativeChanges([])).toBeNull();
  });

  it('restates them so the Japanese extractor finds each person, role and date', async () => {
    for (const text of [packageText(), LABELLED]) {
      const restated = restateRepresentativeChanges(readRepresentativeChanges(text))!;
      const result = await extractAnnouncement({ text: `${restated}\n\n${text}`, lang: 'ja', company: '北辰精機株式会社', announced: '2027-05-20' });
      const people = readRepresentativeChanges(text).map((change) => change.name.replace(/（.*$/u, ''));
      for (const person of people) expect(result.events.map((event) => event.person), person).toContain(person);
      expect(result.events.every((event) => event.effective !== null)).toBe(true);
    }
  });
});
