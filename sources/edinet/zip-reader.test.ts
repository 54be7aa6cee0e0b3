import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../test/fixtures/sources/edinet/zip-writer.js';
import { crc32, listZipEntries, looksLikeZip, readZipEntry, readZipFiles, ZipFormatError } from './zip-reader.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'sources', 'edinet');

describe('zip reader', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it('reads stored and deflated entries, and skips directories', () => {
    const text = '決算日,3月31日\r\n'.repeat(200);
    const zip = writeZip([
      { name: 'folder/', content: '', method: 'store' },
      { name: 'folder/a.txt', content: 'plain', method: 'store' },
      { name: 'folder/b.csv', content: text, method: 'deflate' },
    ]);
    expect(looksLikeZip(zip)).toBe(true);
    const entries = listZipEntries(zip);
    expect(entries.map((entry) => [entry.name, entry.method])).toEqual([['folder/', 0], ['folder/a.txt', 0], ['folder/b.csv', 8]]);
    expect(entries[2]!.compressedSize).toBeLessThan(entries[2]!.size);
    const files = readZipFiles(zip);
    expect(files.map((file) => file.name)).toEqual(['folder/a.txt', 'folder/b.csv']);
    expect(files[1]!.content.toString('utf8')).toBe(text);
    expect(readZipFiles(zip, { filter: (name) => name.endsWith('.csv') })).toHaveLength(1);
  });

  it('finds the central directory behind an archive comment and inside a larger buffer view', () => {
    const zip = writeZip([{ name: 'x.txt', content: 'hello' }], 'a comment that ends the file');
    const padded = Buffer.concat([Buffer.from('prefix'), zip]);
    const view = new Uint8Array(padded.buffer, padded.byteOffset + 6, zip.length);
    expect(readZipFiles(view)[0]!.content.toString()).toBe('hello');
  });

  it('decodes entry names: UTF-8 flag, and Shift_JIS without it', () => {
    const zip = writeZip([
      { name: '書類.csv', content: 'a' },
      { name: 'ignored', nameBytes: iconv.encode('決算.csv', 'cp932'), content: 'b', utf8Name: false },
    ]);
    expect(listZipEntries(zip).map((entry) => entry.name)).toEqual(['書類.csv', '決算.csv']);
  });

  it('reads archives written by another implementation (Python zipfile)', () => {
    const files = readZipFiles(readFileSync(join(fixtures, 'S100ZZ01-type1.zip')));
    expect(files.map((file) => file.name.split('/').pop())).toEqual([
      '0000000_header_jpcrp050000-esr-001_E99001-000_2027-05-20_01_2027-05-20_ixbrl.htm',
      '0101010_honbun_jpcrp050000-esr-001_E99001-000_2027-05-20_01_2027-05-20_ixbrl.htm',
      'manifest_PublicDoc.xml',
      'jpcrp050000-esr-001_E99001-000_2027-05-20_01_2027-05-20.xbrl',
    ]);
    expect(files[1]!.content.toString('utf8')).toContain('代表取締役の異動');
  });

  it('rejects what is not a readable ZIP with a ZipFormatError', () => {
    expect(looksLikeZip(Buffer.from('{"metadata":{}}'))).toBe(false);
    expect(() => listZipEntries(Buffer.from('{"StatusCode": 401}'))).toThrow(ZipFormatError);
    const zip = writeZip([{ name: 'a.txt', content: 'some content to be damaged '.repeat(20) }]);
    const truncated = zip.subarray(0, zip.length - 30);
    expect(() => listZipEntries(truncated)).toThrow(ZipFormatError);
    const damaged = Buffer.from(zip);
    damaged[40] = damaged[40]! ^ 0xff; // inside the deflated data
    expect(() => readZipFiles(damaged)).toThrow(ZipFormatError);
  });

  it('refuses unsupported methods, encrypted entries and oversized entries', () => {
    const zip = writeZip([{ name: 'a.txt', content: 'x'.repeat(5000) }]);
    const [entry] = listZipEntries(zip);
    expect(() => readZipEntry(zip, entry!, { maxEntryBytes: 100 })).toThrow(/over the 100-byte limit/u);
    expect(() => readZipEntry(zip, { ...entry!, method: 12 })).toThrow(/compression method 12/u);
    expect(() => readZipEntry(zip, { ...entry!, encrypted: true })).toThrow(/encrypted/u);
    // A size that lies (a zip bomb announcing little) stops at the announced size.
    const bomb = Buffer.from(zip);
    const lie = { ...entry!, size: 10 };
    expect(() => readZipEntry(bomb, lie)).toThrow(ZipFormatError);
  });
});
