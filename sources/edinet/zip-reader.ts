/**
 * A small ZIP reader for what EDINET serves: the code list (`Edinetcode.zip`) and document packages
 * (`documents/{docID}?type=1`). Node has no unzip, and the format needs little: find the end-of-central-
 * directory record, walk the central directory, and inflate each wanted entry (stored or deflated) from
 * its local header. Sizes are bounded so a hostile archive cannot exhaust memory; CRCs are checked.
 */
import { inflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly crc32: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

export interface ZipReadOptions {
  /** Largest uncompressed entry accepted. @default 64 MB */
  readonly maxEntryBytes?: number;
}

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN_LENGTH = 22;
const MAX_COMMENT_LENGTH = 0xffff;
const ZIP64_MARKER = 0xffffffff;
const UTF8_NAME_FLAG = 0x0800;
const DEFAULT_MAX_ENTRY_BYTES = 64 * 1024 * 1024;

/** True when the bytes start like a ZIP archive (a local file header, or an empty archive's EOCD). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  if (bytes.length < 4) return false;
  const signature = Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32LE(0);
  return signature === LOCAL_SIGNATURE || signature === EOCD_SIGNATURE;
}

/** Lists the archive's entries from its central directory. Throws `ZipFormatError` when it is not a readable ZIP. */
export function listZipEntries(bytes: Uint8Array): ZipEntry[] {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(data);
  const count = data.readUInt16LE(eocd + 10);
  const directorySize = data.readUInt32LE(eocd + 12);
  const directoryOffset = data.readUInt32LE(eocd + 16);
  if (directorySize === ZIP64_MARKER || directoryOffset === ZIP64_MARKER || count === 0xffff) {
    throw new ZipFormatError('ZIP64 archives are not supported');
  }
  if (directoryOffset + directorySize > eocd) throw new ZipFormatError('central directory lies outside the archive');
  const entries: ZipEntry[] = [];
  let offset = directoryOffset;
  for (let index = 0; index < count; index++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError(`central directory entry ${index} is damaged`);
    }
    const flags = data.readUInt16LE(offset + 8);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const nameBytes = data.subarray(offset + 46, offset + 46 + nameLength);
    const entry: ZipEntry = {
      name: decodeName(nameBytes, (flags & UTF8_NAME_FLAG) !== 0),
      method: data.readUInt16LE(offset + 10),
      crc32: data.readUInt32LE(offset + 16),
      compressedSize: data.readUInt32LE(offset + 20),
      size: data.readUInt32LE(offset + 24),
      localHeaderOffset: data.readUInt32LE(offset + 42),
      encrypted: (flags & 0x0001) !== 0,
    };
    if (entry.compressedSize === ZIP64_MARKER || entry.size === ZIP64_MARKER || entry.localHeaderOffset === ZIP64_MARKER) {
      throw new ZipFormatError(`${entry.name}: ZIP64 entries are not supported`);
    }
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of one entry, CRC-checked. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, options: ZipReadOptions = {}): Buffer {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const maxBytes = options.maxEntryBytes ?? DEFAULT_MAX_ENTRY_BYTES;
  if (entry.encrypted) throw new ZipFormatError(`${entry.name}: encrypted entries are not supported`);
  if (entry.size > maxBytes) throw new ZipFormatError(`${entry.name}: ${entry.size} bytes uncompressed, over the ${maxBytes}-byte limit`);
  const header = entry.localHeaderOffset;
  if (header + 30 > data.length || data.readUInt32LE(header) !== LOCAL_SIGNATURE) {
    throw new ZipFormatError(`${entry.name}: local header missing`);
  }
  // The local header's own name/extra lengths decide where the data starts (its extra field may differ).
  const start = header + 30 + data.readUInt16LE(header + 26) + data.readUInt16LE(header + 28);
  const end = start + entry.compressedSize;
  if (end > data.length) throw new ZipFormatError(`${entry.name}: data runs past the end of the archive`);
  const raw = data.subarray(start, end);
  let content: Buffer;
  if (entry.method === 0) content = Buffer.from(raw);
  else if (entry.method === 8) {
    try {
      content = inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
    } catch (error) {
      throw new ZipFormatError(`${entry.name}: cannot inflate (${(error as Error).message})`, { cause: error });
    }
  } else throw new ZipFormatError(`${entry.name}: compression method ${entry.method} is not supported (only stored and deflated)`);
  if (content.length !== entry.size) throw new ZipFormatError(`${entry.name}: expected ${entry.size} bytes, got ${content.length}`);
  if (crc32(content) !== entry.crc32) throw new ZipFormatError(`${entry.name}: CRC mismatch`);
  return content;
}

/** Every file entry (directories left out) with its bytes, in archive order. */
export function readZipFiles(bytes: Uint8Array, options: ZipReadOptions & { readonly filter?: (name: string) => boolean } = {}): Array<{ readonly name: string; readonly content: Buffer }> {
  return listZipEntries(bytes)
    .filter((entry) => !entry.name.endsWith('/') && (options.filter?.(entry.name) ?? true))
    .map((entry) => ({ name: entry.name, content: readZipEntry(bytes, entry, options) }));
}

function findEndOfCentralDirectory(data: Buffer): number {
  if (data.length < EOCD_MIN_LENGTH) throw new ZipFormatError(`not a ZIP archive (${data.length} bytes)`);
  const lowest = Math.max(0, data.length - EOCD_MIN_LENGTH - MAX_COMMENT_LENGTH);
  for (let offset = data.length - EOCD_MIN_LENGTH; offset >= lowest; offset--) {
    if (data.readUInt32LE(offset) === EOCD_SIGNATURE && offset + EOCD_MIN_LENGTH + data.readUInt16LE(offset + 20) <= data.length) return offset;
  }
  throw new ZipFormatError('not a ZIP archive (no end-of-central-directory record)');
}

/** Names without the UTF-8 flag are CP437 by the spec, but Japanese tools write Shift_JIS: try UTF-8, then CP932. */
function decodeName(bytes: Buffer, utf8Flag: boolean): string {
  if (utf8Flag || bytes.every((byte) => byte < 0x80)) return bytes.toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'cp932');
  }
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
