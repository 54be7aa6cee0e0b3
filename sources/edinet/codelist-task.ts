/**
 * The `codelist` task: downloads EDINET's code list (`Edinetcode.zip`, no API key needed) and makes it
 * the company master — one company per filer with its EDINET code, securities code, 法人番号 and
 * Japanese/English names — and records each company's fiscal year end (決算日) as a fiscal fact.
 * Individuals in the list (large-shareholding filers) are people, not companies, and are skipped.
 */
import type { SourceRunContext } from '../source-definition.js';
import { CodeListFormatError, isCompanyRecord, parseCodeList, type CodeList } from './codelist-csv.js';
import type { EdinetOptions } from './edinet-options.js';
import { looksLikeZip, readZipFiles, ZipFormatError } from './zip-reader.js';

export const CODELIST_FILE = 'Edinetcode.zip';

export async function readCodeList(context: SourceRunContext, options: EdinetOptions): Promise<void> {
  const url = `${context.baseUrls['codelist']}/${CODELIST_FILE}`;
  // Unconditional: a 304 after a run that stopped half-way would leave the master incomplete for a week.
  const response = await context.fetch(url, { accept: 'application/zip, application/octet-stream;q=0.9', conditional: false });
  if (response.kind !== 'fetched') return;
  const list = codeListFromZip(response.body);
  if (typeof list === 'string') {
    await context.reportUnusable(url, `${url}: ${list}`);
    return;
  }
  if (list.declaredCount !== null && list.declaredCount !== list.records.length + list.rejectedRows) {
    context.log.warn({ declared: list.declaredCount, read: list.records.length, rejected: list.rejectedRows }, 'edinet: code list row count differs from its metadata line');
  }
  if (list.rejectedRows > 0) context.counters.increment('codelist_rows_rejected', list.rejectedRows);
  const records = list.records.filter((record) => isCompanyRecord(record) && (!options.listedOnly || record.listed));
  context.counters.increment('codelist_records', list.records.length);
  for (const [index, record] of records.entries()) {
    if (index % 100 === 0) {
      context.progress(index, records.length);
      if (context.signal.aborted) break;
    }
    const companyId = await context.upsertCompany({
      name: record.nameJa,
      nameJa: record.nameJa,
      nameEn: record.nameEn,
      country: 'JP',
      edinetCode: record.edinetCode,
      secCode: record.secCode,
      corporateNumber: record.corporateNumber,
    });
    context.counters.increment('companies');
    if (record.fiscalYearEnd) {
      await context.recordFiscalFact(companyId, 'fiscal_year_end', record.fiscalYearEnd);
      context.counters.increment('fiscal_year_ends');
    }
  }
  context.progress(records.length, records.length);
}

/** The parsed code list from the downloaded bytes, or why it cannot be read. */
export function codeListFromZip(bytes: Uint8Array): CodeList | string {
  if (!looksLikeZip(bytes)) {
    return `not a ZIP archive; the body starts ${JSON.stringify(Buffer.from(bytes.subarray(0, 40)).toString('utf8'))}`;
  }
  try {
    const csv = readZipFiles(bytes, { filter: (name) => /\.csv$/iu.test(name) });
    const member = csv.find((file) => /EdinetcodeDlInfo/iu.test(file.name)) ?? csv[0];
    if (!member) return 'the archive holds no CSV file';
    return parseCodeList(member.content);
  } catch (error) {
    if (error instanceof ZipFormatError || error instanceof CodeListFormatError) return error.message;
    throw error;
  }
}
