/**
 * The EDINET source against real payloads in ../shared/fixtures/sources/edinet (read in place, never copied):
 * a day's document list (code4fukui's CSV rendering of the API answer, turned back into the API's JSON shape
 * at run time), a sanitized real API answer, the real error bodies, and the real code list (Shift_JIS, CRLF,
 * metadata line) zipped at run time the way EDINET serves it. Served from a local server through the runner.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../src/config/logger.js';
import type { Settings } from '../../src/config/settings.js';
import { projectRoot } from '../../src/config/project-root.js';
import { createHttpClient } from '../../src/service/http-client-factory.js';
import { runSourceInline } from '../../src/service/inline-pipeline.js';
import { companyNameKey } from '../../src/match/company-name.js';
import { parseCodeList } from '../../sources/edinet/codelist-csv.js';
import { codeListFromZip } from '../../sources/edinet/codelist-task.js';
import { parseDocumentListBody } from '../../sources/edinet/document-list-schema.js';
import { selectDocuments } from '../../sources/edinet/document-selection.js';
import edinet from '../../sources/edinet/index.js';
import { reportBodyFromPackage } from '../../sources/edinet/report-body.js';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server.js';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '../support/test-database.js';
import { testSettings } from '../support/test-settings.js';
import { writeZip } from '../fixtures/sources/edinet/zip-writer.js';

const SHARED = join(projectRoot(), '..', 'shared', 'fixtures', 'sources', 'edinet');
const real = (name: string): string => {
  const file = join(SHARED, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: the shared suite needs ../shared/fixtures/sources/edinet next to the project`);
  return file;
};
const KEY = 'shared-test-key';
const listPath = (day: string) => `/api/v2/documents.json?date=${day}&type=2&Subscription-Key=${KEY}`;
const DEV_DAY = '2026-04-01';
const THE_CLAUSE = '第19条第2項第9号';

/** code4fukui writes the API's results as CSV (UTF-8 with BOM, API field names as columns): back to the API's JSON. */
function documentListJsonFromCsv(file: string, day: string): string {
  const rows = parse(readFileSync(file, 'utf8'), { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const results = rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [key, key === 'seqNumber' ? Number(value) : value === '' ? null : value])),
  );
  return JSON.stringify({
    metadata: { title: '提出された書類を把握するためのAPI', parameter: { date: day, type: '2' }, resultset: { count: results.length }, processDateTime: `${day} 23:59`, status: '200', message: 'OK' },
    results,
  });
}

/** The independent truth: 臨時報告書 whose comma-separated reasons include the clause itself. */
function expectedReports(rows: ReadonlyArray<Record<string, unknown>>): string[] {
  return rows
    .filter((row) => row['docTypeCode'] === '180' && String(row['currentReportReason'] ?? '').split(',').includes(THE_CLAUSE))
    .map((row) => String(row['docID']))
    .sort();
}

describe('EDINET real payloads: parsing', () => {
  it('finds the shared fixtures', () => {
    expect(existsSync(SHARED), `${SHARED} is missing`).toBe(true);
  });

  it('picks exactly the reports filed under clause 第19条第2項第9号 from a real day, none of 第9号の2/の3/の4', () => {
    const json = documentListJsonFromCsv(real('documents-2026-04-01.code4fukui.csv'), DEV_DAY);
    const body = parseDocumentListBody(json);
    if (body.kind !== 'list') throw new Error(`expected a list, got ${body.kind}`);
    const rows = (JSON.parse(json) as { results: Array<Record<string, unknown>> }).results;
    expect(body.skipped).toBe(0);
    expect(body.entries).toHaveLength(rows.length);
    const selection = selectDocuments(body.entries);
    const picked = selection.representativeChanges.map((entry) => entry.docID).sort();
    const expected = expectedReports(rows);
    const prefixMatches = rows.filter((row) => String(row['currentReportReason'] ?? '').includes(THE_CLAUSE)).length;
    console.log(`edinet ${DEV_DAY}: ${rows.length} entries, ${picked.length} 第9号 reports picked, ${prefixMatches} entries a prefix match would take`);
    expect(picked).toEqual(expected);
    expect(picked.length).toBeGreaterThan(0);
    expect(prefixMatches).toBeGreaterThan(picked.length); // the day does hold the 第9号の2… traps
    for (const entry of selection.representativeChanges) expect(entry.currentReportReason!.split(',')).toContain(THE_CLAUSE);
  });

  it('reads the sanitized real API answer and keeps nothing from it (a 第9号の2 report and a corrected annual report)', () => {
    const body = parseDocumentListBody(readFileSync(real('documents-2025-06-27-subset.json'), 'utf8'));
    if (body.kind !== 'list') throw new Error(`expected a list, got ${body.kind}`);
    expect(body.entries).toHaveLength(2);
    expect(selectDocuments(body.entries)).toEqual({ representativeChanges: [], annualReports: [] });
  });

  it('recognises the real error bodies', () => {
    expect(parseDocumentListBody(readFileSync(real('error-401-auth.json'), 'utf8'))).toMatchObject({ kind: 'auth_error', status: 401 });
    expect(parseDocumentListBody(readFileSync(real('error-400-bad-request.json'), 'utf8'))).toMatchObject({ kind: 'api_error', status: 400 });
    expect(parseDocumentListBody(readFileSync(real('error-404-not-found.json'), 'utf8'))).toMatchObject({ kind: 'api_error', status: 404 });
    expect(reportBodyFromPackage(readFileSync(real('error-404-not-found.json')))).toMatchObject({ kind: 'unavailable', reason: expect.stringContaining('status 404') });
  });

  it('parses the real code list: Shift_JIS, CRLF, metadata line, 決算日 including 月末日', () => {
    const bytes = readFileSync(real('EdinetcodeDlInfo-20231031-truncated.csv'));
    const started = performance.now();
    const list = parseCodeList(bytes);
    const ms = performance.now() - started;
    const lines = bytes.toString('latin1').split('\r\n').filter(Boolean);
    console.log(`edinet code list: ${list.records.length} records parsed in ${ms.toFixed(1)} ms; metadata declares ${list.declaredCount}`);
    expect(list.metadataLine.startsWith('ダウンロード実行日')).toBe(true);
    expect(list.declaredCount).toBeGreaterThan(list.records.length); // the shared file is a truncated prefix
    expect(list.records.length + list.rejectedRows).toBe(lines.length - 2);
    expect(list.rejectedRows).toBe(0);
    for (const record of list.records) {
      expect(record.edinetCode).toMatch(/^E\d{5}$/u);
      expect(record.nameJa).not.toMatch(/[\uFFFD]/u);
      if (!record.fiscalYearEndText) expect(record.fiscalYearEnd).toBeNull();
      else if (record.fiscalYearEndText === '2月末日') expect(record.fiscalYearEnd).toBe('02-28');
      else {
        const [, month, day] = /^(\d{1,2})月(\d{1,2}|末)日$/u.exec(record.fiscalYearEndText) ?? [];
        expect(month, record.fiscalYearEndText).toBeDefined();
        const expected = day === '末' ? new Date(Date.UTC(2001, Number(month), 0)).getUTCDate() : Number(day);
        expect(record.fiscalYearEnd).toBe(`${month!.padStart(2, '0')}-${String(expected).padStart(2, '0')}`);
      }
    }
    expect(list.records.filter((record) => record.fiscalYearEndText === '2月末日').length).toBeGreaterThan(0);
    expect(list.records.some((record) => record.fiscalYearEndText.endsWith('末日') && record.fiscalYearEndText !== '2月末日')).toBe(true);
    const zipped = codeListFromZip(writeZip([{ name: 'EdinetcodeDlInfo.csv', content: bytes }]));
    expect(typeof zipped === 'string' ? zipped : zipped.records).toEqual(list.records);
  });
});

describe.each(testDatabaseKinds())('EDINET real payloads through the runner on %s', (kind) => {
  let database: TestDatabase;
  let server: FixtureServer;
  beforeEach(async () => {
    vi.stubEnv('EDINET_API_KEY', '');
    database = await createTestDatabase(kind);
    server = await startFixtureServer({
      [listPath(DEV_DAY)]: { body: documentListJsonFromCsv(real('documents-2026-04-01.code4fukui.csv'), DEV_DAY), contentType: 'application/json' },
      [listPath('2026-03-31')]: { file: real('error-400-bad-request.json'), contentType: 'application/json' },
      '/codelist/Edinetcode.zip': { body: writeZip([{ name: 'EdinetcodeDlInfo.csv', content: readFileSync(real('EdinetcodeDlInfo-20231031-truncated.csv')) }]), contentType: 'application/zip' },
    });
  });
  afterEach(async () => {
    vi.unstubAllEnvs();
    await server.close();
    await database.close();
  });

  const settingsFor = (options: Record<string, unknown>): Settings =>
    testSettings({ sources: { edinet: { baseUrls: { api: `${server.origin}/api/v2`, codelist: `${server.origin}/codelist` }, options } } });
  const run = (task: 'daily' | 'codelist', options: Record<string, unknown>) => {
    const settings = settingsFor(options);
    return runSourceInline(
      { db: database.db, http: createHttpClient(settings, [edinet], silentLogger), settings, logger: silentLogger, now: () => new Date('2026-04-01T06:00:00Z') },
      edinet,
      { task, trigger: 'manual' },
    );
  };

  it('stores one document per 第9号 report of the real day, records the error day, and duplicates nothing on a re-crawl', async () => {
    const first = await run('daily', { apiKey: KEY, bodies: 'none' });
    expect(first.status).toBe('partial'); // 2026-03-31 answered status 400 inside a 200 body
    const json = documentListJsonFromCsv(real('documents-2026-04-01.code4fukui.csv'), DEV_DAY);
    const expected = expectedReports((JSON.parse(json) as { results: Array<Record<string, unknown>> }).results);
    const documents = await database.db.selectFrom('documents').select(['external_id', 'company_id', 'published_at', 'text']).orderBy('external_id').execute();
    expect(documents.map((d) => d.external_id)).toEqual(expected);
    expect(documents.every((d) => d.company_id !== null && d.published_at !== null && d.text.includes(`提出理由: `))).toBe(true);
    const state = await database.db.selectFrom('crawl_state').select('last_error').where('url', 'like', '%2026-03-31%').executeTakeFirstOrThrow();
    expect(state.last_error).toMatch(/status 400 \(Bad Request\)/u);
    const second = await run('daily', { apiKey: KEY, bodies: 'none' });
    expect(second.stats['reports_known']).toBe(expected.length);
    expect(await database.db.selectFrom('documents').select('id').execute()).toHaveLength(expected.length);
  });

  it('builds the company master from the real code list', async () => {
    const list = parseCodeList(readFileSync(real('EdinetcodeDlInfo-20231031-truncated.csv')));
    const started = performance.now();
    // No key at all: the code list is a public download, so it is read all the same.
    const withoutKey = await run('codelist', {});
    const withoutKeySeconds = (performance.now() - started) / 1000;
    expect(withoutKey.error).toBeNull();
    expect(withoutKey.status).toBe('ok');
    const companies = await database.db.selectFrom('companies').select(['edinet_code', 'sec_code', 'fiscal_year_end', 'normalized_name']).execute();
    const nameKeys = new Set(list.records.map((record) => companyNameKey(record.nameJa)));
    console.log(`edinet code list on ${kind}: ${list.records.length} records → ${companies.length} companies in ${withoutKeySeconds.toFixed(1)} s (${((withoutKeySeconds / list.records.length) * 1000).toFixed(1)} ms/record); ${list.records.length - nameKeys.size} records share a name key with another`);
    const byCode = new Map(companies.map((company) => [company.edinet_code, company]));
    let checked = 0;
    for (const record of list.records) {
      const company = byCode.get(record.edinetCode);
      if (!company) continue;
      checked++;
      expect(company.fiscal_year_end).toBe(record.fiscalYearEnd);
      if (record.secCode) expect(company.sec_code).toBe(record.secCode.slice(0, 4));
    }
    // Records whose name key another record already holds merge into it (upsertCompany's name fallback).
    expect(checked).toBeGreaterThanOrEqual(nameKeys.size);
    const facts = await database.db.selectFrom('fiscal_facts').select('id').execute();
    expect(facts.length).toBeGreaterThan(0);
  });
});
