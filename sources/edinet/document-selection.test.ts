import { describe, expect, it } from 'vitest';
import type { DocumentListEntry } from './document-list-schema.js';
import type { TrackedCompany } from '../source-definition.js';
import { annualReportFiscalYearEnd, filerIdentity, isRepresentativeDirectorChangeReport, selectDocuments, submittedAt, trackedFiler } from './document-selection.js';
import { hasClause, reportReasonClauses } from './report-reason.js';

function entry(overrides: Partial<DocumentListEntry>): DocumentListEntry {
  return {
    docID: 'S100TEST',
    edinetCode: 'E99001',
    secCode: '99010',
    JCN: '7100001099001',
    filerName: '北辰精機株式会社',
    fundCode: null,
    ordinanceCode: '010',
    formCode: '053000',
    docTypeCode: '180',
    periodStart: null,
    periodEnd: null,
    submitDateTime: '2027-05-20 09:00',
    docDescription: '臨時報告書',
    currentReportReason: '第19条第2項第9号',
    parentDocID: null,
    withdrawalStatus: '0',
    xbrlFlag: '1',
    pdfFlag: '1',
    ...overrides,
  };
}

describe('currentReportReason clauses', () => {
  it('splits on commas of every width and on 、, and compares whole clauses', () => {
    expect(reportReasonClauses('第19条第2項第3号,第19条第2項第9号')).toEqual(['第19条第2項第3号', '第19条第2項第9号']);
    expect(reportReasonClauses('第19条第2項第3号、第19条第2項第9号の2')).toEqual(['第19条第2項第3号', '第19条第2項第9号の2']);
    expect(reportReasonClauses('第１９条第２項第９号，第19条第2項第4号')).toEqual(['第19条第2項第9号', '第19条第2項第4号']);
    expect(reportReasonClauses(null)).toEqual([]);
    expect(hasClause('第19条第2項第9号', '第19条第2項第9号')).toBe(true);
    for (const neighbour of ['第19条第2項第9号の2', '第19条第2項第9号の3', '第19条第2項第9号の4', '第19条第2項第9号の2,第19条第2項第9号の3']) {
      expect(hasClause(neighbour, '第19条第2項第9号'), neighbour).toBe(false);
    }
  });
});

describe('document selection', () => {
  it('keeps 臨時報告書 for clause 第19条第2項第9号 only, live, under the corporate disclosure ordinance', () => {
    expect(isRepresentativeDirectorChangeReport(entry({}))).toBe(true);
    expect(isRepresentativeDirectorChangeReport(entry({ currentReportReason: '第19条第2項第4号,第19条第2項第9号' }))).toBe(true);
    expect(isRepresentativeDirectorChangeReport(entry({ currentReportReason: '第19条第2項第9号の2' }))).toBe(false);
    expect(isRepresentativeDirectorChangeReport(entry({ docTypeCode: '190' }))).toBe(false);
    expect(isRepresentativeDirectorChangeReport(entry({ withdrawalStatus: '1' }))).toBe(false);
    expect(isRepresentativeDirectorChangeReport(entry({ ordinanceCode: '030', currentReportReason: '第19条第2項第9号' }))).toBe(false);
    expect(isRepresentativeDirectorChangeReport(entry({ currentReportReason: null }))).toBe(false);
  });

  it('reads the fiscal year end of 有価証券報告書 from periodEnd; February month ends are 02-28', () => {
    const annual = (periodEnd: string | null, more: Partial<DocumentListEntry> = {}) =>
      annualReportFiscalYearEnd(entry({ docTypeCode: '120', currentReportReason: null, periodStart: '2026-04-01', periodEnd, ...more }));
    expect(annual('2027-03-31')).toBe('03-31');
    expect(annual('2024-02-29')).toBe('02-28');
    expect(annual('2027-02-28')).toBe('02-28');
    expect(annual('2026-12-20')).toBe('12-20');
    expect(annual(null)).toBeNull();
    expect(annual('2027/03/31')).toBeNull();
    expect(annual('2027-03-31', { fundCode: 'G00001', ordinanceCode: '030' })).toBeNull();
    expect(annual('2027-03-31', { withdrawalStatus: '1' })).toBeNull();
    expect(annualReportFiscalYearEnd(entry({ docTypeCode: '130', periodEnd: '2027-03-31' }))).toBeNull();
  });

  it('splits a day into reports and fiscal year ends', () => {
    const selection = selectDocuments([
      entry({ docID: 'A' }),
      entry({ docID: 'B', currentReportReason: '第19条第2項第9号の2' }),
      entry({ docID: 'C', docTypeCode: '120', currentReportReason: null, periodEnd: '2027-03-31' }),
    ]);
    expect(selection.representativeChanges.map((e) => e.docID)).toEqual(['A']);
    expect(selection.annualReports.map((r) => [r.entry.docID, r.fiscalYearEnd])).toEqual([['C', '03-31']]);
  });

  it('gives the filer identity and the submission time in Japan time', () => {
    expect(filerIdentity(entry({ filerName: ' 北辰精機株式会社 ' }))).toEqual({
      name: '北辰精機株式会社',
      nameJa: '北辰精機株式会社',
      country: 'JP',
      edinetCode: 'E99001',
      secCode: '99010',
      corporateNumber: '7100001099001',
    });
    expect(submittedAt(entry({}))).toBe('2027-05-20T09:00:00+09:00');
    expect(new Date(submittedAt(entry({}))!).toISOString()).toBe('2027-05-20T00:00:00.000Z');
    expect(submittedAt(entry({ submitDateTime: null }))).toBeNull();
    expect(submittedAt(entry({ submitDateTime: '20 May 2027' }))).toBeNull();
  });

  it('recognises a tracked filer by EDINET code, 法人番号 or the four-character securities code', () => {
    const company = (id: number, ids: Partial<TrackedCompany>): TrackedCompany => ({
      id, name: 'x', cik: null, ticker: null, secCode: null, corporateNumber: null, edinetCode: null, fiscalYearEnd: null, ...ids,
    });
    const tracked = [company(1, { secCode: '9901' }), company(2, { corporateNumber: '3180001099003' }), company(3, { edinetCode: 'E99004' })];
    expect(trackedFiler(entry({ secCode: '99010' }), tracked)?.id).toBe(1);
    expect(trackedFiler(entry({ edinetCode: 'E99003', secCode: null, JCN: '3180001099003' }), tracked)?.id).toBe(2);
    expect(trackedFiler(entry({ edinetCode: 'e99004', secCode: null, JCN: null }), tracked)?.id).toBe(3);
    expect(trackedFiler(entry({ edinetCode: 'E99005', secCode: '99050', JCN: '5120001099005' }), tracked)).toBeNull();
  });
});
