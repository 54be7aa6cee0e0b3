import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { codeListFromZip } from './codelist-task.js';
import { isCompanyRecord, parseCodeList } from './codelist-csv.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'sources', 'edinet');

describe('EDINET code list', () => {
  it('reads the zipped Shift_JIS list: metadata line, header, quoted fields, 決算日 forms', () => {
    const list = codeListFromZip(readFileSync(join(fixtures, 'Edinetcode.zip')));
    if (typeof list === 'string') throw new Error(list);
    expect(list.metadataLine).toBe('ダウンロード実行日,2027年05月10日現在,件数,8件');
    expect(list.declaredCount).toBe(8);
    expect(list.records).toHaveLength(8);
    expect(list.rejectedRows).toBe(0);
    const byCode = new Map(list.records.map((record) => [record.edinetCode, record]));
    expect(byCode.get('E99001')).toEqual({
      edinetCode: 'E99001',
      filerKind: '内国法人・組合',
      listed: true,
      fiscalYearEnd: '03-31',
      fiscalYearEndText: '3月31日',
      nameJa: '北辰精機株式会社',
      nameEn: 'HOKUSHIN SEIKI CO.,LTD.',
      nameReading: 'ホクシンセイキカブシキガイシャ',
      secCode: '99010',
      corporateNumber: '7100001099001',
    });
    expect(byCode.get('E99002')).toMatchObject({ fiscalYearEnd: '02-28', fiscalYearEndText: '2月末日', nameJa: '株式会社　みなと食品' });
    expect(byCode.get('E99004')).toMatchObject({ fiscalYearEnd: '03-31', listed: false, secCode: null, nameEn: 'SHINONOME LOGISTICS CO., LTD.' });
    expect(byCode.get('E99005')).toMatchObject({ fiscalYearEnd: '09-20', nameJa: '株式会社髙森工業', secCode: '990A0' });
    expect(byCode.get('E99006')).toMatchObject({ fiscalYearEnd: null, corporateNumber: null });
    expect(byCode.get('E99008')).toMatchObject({ fiscalYearEnd: '02-28', fiscalYearEndText: '2月29日' });
    expect(list.records.filter(isCompanyRecord).map((record) => record.edinetCode)).not.toContain('E99007');
  });

  it('finds columns by header name and reads a UTF-8 re-save too', () => {
    const csv = [
      'ダウンロード実行日,2027年05月10日現在,件数,1件',
      '提出者名,決算日,ＥＤＩＮＥＴコード,証券コード',
      '"架空物産株式会社","6月30日","E99100","99100"',
      '"","3月31日","E99101",""',
      '"名前だけ株式会社","3月31日","not-a-code",""',
    ].join('\r\n');
    const list = parseCodeList(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, 'utf8')]));
    expect(list.records).toEqual([expect.objectContaining({ edinetCode: 'E99100', nameJa: '架空物産株式会社', fiscalYearEnd: '06-30', nameEn: null })]);
    expect(list.rejectedRows).toBe(2);
    expect(parseCodeList(iconv.encode(csv, 'cp932')).records[0]!.nameJa).toBe('架空物産株式会社');
  });

  it('says why a download is not a code list', () => {
    expect(codeListFromZip(Buffer.from('<html>メンテナンス中</html>'))).toMatch(/not a ZIP archive/u);
    expect(() => parseCodeList(Buffer.from('a,b\r\n1,2\r\n'))).toThrow(/no header row/u);
  });
});
