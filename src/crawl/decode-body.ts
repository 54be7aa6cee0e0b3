/**
 * Turns response bytes into text. Japanese disclosure sites still serve Shift_JIS and EUC-JP, often
 * declaring it only in a `<meta>` tag, so the charset is looked for where a browser would: a BOM
 * first (a BOM is unambiguous, and the HTML standard lets it override the header), then the
 * Content-Type header, then `<meta charset>` / `<meta http-equiv>` / the XML declaration in the
 * first bytes, else UTF-8.
 */
import iconv from 'iconv-lite';

export type CharsetSource = 'bom' | 'header' | 'meta' | 'xml-declaration' | 'default';

export interface DecodedBody {
  readonly text: string;
  /** The decoder used (an iconv-lite name, e.g. `utf-8`, `cp932`, `eucjp`, `windows-1252`). */
  readonly charset: string;
  /** Where the charset came from. */
  readonly source: CharsetSource;
}

/** How far into the body to look for a `<meta>` or XML declaration (the HTML standard scans 1024). */
export const CHARSET_SNIFF_BYTES = 4096;

// Labels → decoder. Shift_JIS labels decode as CP932 (windows-31j), its superset: pages that say
// Shift_JIS routinely use NEC/IBM extension characters (①, ㈱), which strict Shift_JIS would garble.
// ISO-8859-1 and ASCII decode as windows-1252, as browsers do, so “smart quotes” survive.
const LABELS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  shift_jis: 'cp932',
  'shift-jis': 'cp932',
  sjis: 'cp932',
  'x-sjis': 'cp932',
  ms_kanji: 'cp932',
  csshiftjis: 'cp932',
  'windows-31j': 'cp932',
  cp932: 'cp932',
  ms932: 'cp932',
  'euc-jp': 'eucjp',
  eucjp: 'eucjp',
  'x-euc-jp': 'eucjp',
  cseucpkdfmtjapanese: 'eucjp',
  'iso-8859-1': 'windows-1252',
  iso8859_1: 'windows-1252',
  latin1: 'windows-1252',
  l1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
};

/** Maps a charset label to a decoder name, or null when we cannot decode it. */
export function resolveCharset(label: string): string | null {
  const key = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (key === '') return null;
  const known = LABELS[key];
  if (known !== undefined) return known;
  return iconv.encodingExists(key) ? key : null;
}

/** The `charset` parameter of a Content-Type header value, if any. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (contentType == null) return null;
  const match = /;\s*charset\s*=\s*("([^"]*)"|[^;\s]+)/i.exec(contentType);
  return match === null ? null : (match[2] ?? match[1] ?? null);
}

export function decodeBody(body: Uint8Array, contentType: string | null): DecodedBody {
  const bom = charsetFromBom(body);
  if (bom !== null) return decodeWith(body, bom, 'bom');

  const headerLabel = charsetFromContentType(contentType);
  const fromHeader = headerLabel === null ? null : resolveCharset(headerLabel);
  if (fromHeader !== null) return decodeWith(body, fromHeader, 'header');

  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.byteLength, CHARSET_SNIFF_BYTES)).toString('latin1');
  const xmlLabel = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1];
  const fromXml = xmlLabel === undefined ? null : resolveCharset(xmlLabel);
  if (fromXml !== null) return decodeWith(body, asciiCompatible(fromXml), 'xml-declaration');

  const fromMeta = charsetFromMeta(head);
  if (fromMeta !== null) return decodeWith(body, asciiCompatible(fromMeta), 'meta');

  return decodeWith(body, 'utf-8', 'default');
}

function charsetFromBom(body: Uint8Array): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return null;
}

function charsetFromMeta(head: string): string | null {
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    // Covers <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    const label = /\bcharset\s*=\s*["']?\s*([^"'\s;/>]+)/i.exec(tag)?.[1];
    const charset = label === undefined ? null : resolveCharset(label);
    if (charset !== null) return charset;
  }
  return null;
}

/** A document that declared UTF-16 inside itself was readable as ASCII, so it is not UTF-16. */
function asciiCompatible(charset: string): string {
  return charset.startsWith('utf-16') || charset.startsWith('utf16') ? 'utf-8' : charset;
}

function decodeWith(body: Uint8Array, charset: string, source: CharsetSource): DecodedBody {
  const text =
    charset === 'utf-8'
      ? new TextDecoder('utf-8').decode(body)
      : iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), charset);
  return { text, charset, source };
}
