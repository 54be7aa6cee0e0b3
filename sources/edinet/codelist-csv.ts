/**
 * The EDINET code list (`EdinetcodeDlInfo.csv` inside `Edinetcode.zip`): Shift_JIS (CP932) with CRLF, a
 * metadata line (download date, record count) above the header, every field quoted. Each row is one
 * filer: EDINET code, 提出者種別, 上場区分, 決算日 (`3月31日`, `2月末日`), names, 証券コード, 法人番号.
 * Columns are found by their header names, so a reordered or widened list still reads.
 */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { fiscalYearEndKey, parseFiscalYearEnd } from '../../src/windows/fiscal-year.js';

export interface CodeListRecord {
  readonly edinetCode: string;
  /** 提出者種別, e.g. 内国法人・組合, 外国法人・組合, 個人（組合発行者を除く）. */
  readonly filerKind: string;
  readonly listed: boolean;
  /** `MM-DD`; a February month end is `02-28` (see `src/windows/fiscal-year.ts`). */
  readonly fiscalYearEnd: string | null;
  /** 決算日 as written, kept for the record. */
  readonly fiscalYearEndText: string;
  readonly nameJa: string;
  readonly nameEn: string | null;
  readonly nameReading: string | null;
  readonly secCode: string | null;
  readonly corporateNumber: string | null;
}

export interface CodeList {
  /** The metadata line above the header, e.g. `ダウンロード実行日,2027年05月10日現在,件数,8件`. */
  readonly metadataLine: string;
  /** The record count the metadata line announces, when it gives one. */
  readonly declaredCount: number | null;
  readonly records: readonly CodeListRecord[];
  /** Rows without an EDINET code or a name. */
  readonly rejectedRows: number;
}

export class CodeListFormatError extends Error {
  override readonly name = 'CodeListFormatError';
}

const COLUMNS = {
  edinetCode: 'ＥＤＩＮＥＴコード',
  filerKind: '提出者種別',
  listing: '上場区分',
  fiscalYearEnd: '決算日',
  nameJa: '提出者名',
  nameEn: '提出者名（英字）',
  nameReading: '提出者名（ヨミ）',
  secCode: '証券コード',
  corporateNumber: '提出者法人番号',
} as const;

/** EDINET writes CP932; a file saved again as UTF-8 (with or without BOM) is read too. */
export function decodeCodeList(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) return buffer.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer);
  } catch {
    return iconv.decode(buffer, 'cp932');
  }
}

const headerKey = (cell: string): string => cell.normalize('NFKC').replace(/\s+/gu, '');

export function parseCodeList(bytes: Uint8Array): CodeList {
  const text = decodeCodeList(bytes);
  const rows = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  // The header is the first row naming the EDINET code column; the line(s) above it are metadata.
  const wanted = headerKey(COLUMNS.edinetCode);
  const headerIndex = rows.findIndex((row) => row.some((cell) => headerKey(cell) === wanted));
  if (headerIndex < 0) throw new CodeListFormatError(`no header row with "${COLUMNS.edinetCode}" in the first ${Math.min(rows.length, 5)} rows`);
  const header = rows[headerIndex]!.map(headerKey);
  const column = (name: string): number => header.indexOf(headerKey(name));
  const at = Object.fromEntries(Object.entries(COLUMNS).map(([key, name]) => [key, column(name)])) as Record<keyof typeof COLUMNS, number>;
  for (const required of ['edinetCode', 'nameJa'] as const) {
    if (at[required] < 0) throw new CodeListFormatError(`the header has no "${COLUMNS[required]}" column`);
  }
  const metadataRow = rows.slice(0, headerIndex).at(-1) ?? [];
  const metadataLine = metadataRow.join(',');
  const declared = /(\d[\d,]*)\s*件/u.exec(metadataLine.normalize('NFKC'));
  const records: CodeListRecord[] = [];
  let rejectedRows = 0;
  for (const row of rows.slice(headerIndex + 1)) {
    const cell = (index: number): string => (index >= 0 ? (row[index] ?? '').trim() : '');
    const edinetCode = cell(at.edinetCode).toUpperCase();
    const nameJa = cell(at.nameJa);
    if (!/^[A-Z]\d{5}$/u.test(edinetCode) || !nameJa) {
      rejectedRows++;
      continue;
    }
    const fiscalYearEndText = cell(at.fiscalYearEnd);
    const fiscalYearEnd = parseFiscalYearEnd(fiscalYearEndText);
    records.push({
      edinetCode,
      filerKind: cell(at.filerKind),
      listed: cell(at.listing) === '上場',
      fiscalYearEnd: fiscalYearEnd ? fiscalYearEndKey(fiscalYearEnd) : null,
      fiscalYearEndText,
      nameJa,
      nameEn: cell(at.nameEn) || null,
      nameReading: cell(at.nameReading) || null,
      secCode: cell(at.secCode) || null,
      corporateNumber: cell(at.corporateNumber) || null,
    });
  }
  return { metadataLine, declaredCount: declared ? Number(declared[1]!.replace(/,/gu, '')) : null, records, rejectedRows };
}

/** Individuals (提出者種別 個人…) file large-shareholding reports; they are people, not companies. */
export const isCompanyRecord = (record: CodeListRecord): boolean => !record.filerKind.startsWith('個人');
