import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../test/fixtures/sources/edinet/zip-writer.js';
import { reportBodyFromPackage } from './report-body.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'sources', 'edinet');

describe('report body from a document package', () => {
  it('joins the PublicDoc pages in reading order, cover first, hidden XBRL headers dropped', () => {
    const body = reportBodyFromPackage(readFileSync(join(fixtures, 'S100ZZ01-type1.zip')));
    if (body.kind !== 'text') throw new Error(body.reason);
    expect(body.pages).toEqual([
      '0000000_header_jpcrp050000-esr-001_E99001-000_2027-05-20_01_2027-05-20_ixbrl.htm',
      '0101010_honbun_jpcrp050000-esr-001_E99001-000_2027-05-20_01_2027-05-20_ixbrl.htm',
    ]);
    expect(body.text.indexOf('【表紙】')).toBeLessThan(body.text.indexOf('１【提出理由】'));
    expect(body.text).toContain('企業内容等の開示に関する内閣府令第19条第２項第９号');
    expect(body.text).toMatch(/山本 健一\t1959年２月14日生\t取締役会長\t代表取締役社長\t2027年６月25日/u);
    expect(body.text).not.toContain('EDINETCodeDEI');
    expect(body.text.split('\n').filter((line) => line === 'E99001')).toHaveLength(0); // the hidden ix:header value
  });

  it('sorts pages by file name whatever the archive order', () => {
    const zip = writeZip([
      { name: 'XBRL/PublicDoc/0102010_honbun_b.htm', content: '<p>second</p>' },
      { name: 'XBRL/AuditDoc/0000000_audit.htm', content: '<p>audit</p>' },
      { name: 'XBRL/PublicDoc/0101010_honbun_a.htm', content: '<p>first</p>' },
    ]);
    const body = reportBodyFromPackage(zip);
    expect(body).toMatchObject({ kind: 'text', text: 'first\n\nsecond' });
  });

  it('turns EDINET JSON answers and broken packages into reasons', () => {
    expect(reportBodyFromPackage(readFileSync(join(fixtures, 'error-404-document.json')))).toEqual({
      kind: 'unavailable',
      reason: 'EDINET answered status 404 (Not Found) instead of a ZIP',
    });
    expect(reportBodyFromPackage(Buffer.from('%PDF-1.7\n'))).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('not a ZIP package') });
    expect(reportBodyFromPackage(writeZip([{ name: 'XBRL/PublicDoc/x.xbrl', content: '<x/>' }]))).toMatchObject({ reason: 'the package has no XBRL/PublicDoc pages' });
    const zip = writeZip([{ name: 'XBRL/PublicDoc/0101010_honbun.htm', content: '<p>本文</p>'.repeat(50) }]);
    expect(reportBodyFromPackage(zip.subarray(0, zip.length - 10))).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('unreadable ZIP package') });
  });
});
