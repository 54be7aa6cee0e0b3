/**
 * Turns the bytes of a CRM export into text: UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode
 * text"), or Shift_JIS — what Excel in Japan writes by default; decoded as Windows-31J (cp932), the superset
 * Excel actually uses (①, ㈱, NEC/IBM extensions).
 */
import iconv from 'iconv-lite';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'shift_jis';

export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

export function decodeCsv(input: Buffer): DecodedCsv {
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) {
    return { text: input.subarray(3).toString('utf8'), encoding: 'utf-8' };
  }
  if (input[0] === 0xff && input[1] === 0xfe) return { text: iconv.decode(input.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (input[0] === 0xfe && input[1] === 0xff) return { text: iconv.decode(input.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  try {
    // A Shift_JIS file with any non-ASCII byte is almost never valid UTF-8, so strict UTF-8 decides.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(input, 'cp932'), encoding: 'shift_jis' };
  }
}
