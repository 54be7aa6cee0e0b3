import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody, resolveCharset } from './decode-body.js';

const JA = '株式会社架空商事 代表取締役の異動に関するお知らせ ①㈱';
const encode = (text: string, charset: string) => new Uint8Array(iconv.encode(text, charset));

describe('decodeBody', () => {
  it('decodes Shift_JIS named in the header, including CP932 extension characters', () => {
    const page = `<html><body><p>${JA}</p></body></html>`;
    for (const label of ['Shift_JIS', 'x-sjis', 'windows-31j', 'CP932', '"shift_jis"']) {
      const decoded = decodeBody(encode(page, 'cp932'), `text/html; charset=${label}`);
      expect(decoded).toMatchObject({ charset: 'cp932', source: 'header' });
      expect(decoded.text).toContain(JA);
    }
  });

  it('decodes EUC-JP named in the header', () => {
    const decoded = decodeBody(encode(`<p>${'人事異動のお知らせ'}</p>`, 'euc-jp'), 'text/html;charset=EUC-JP');
    expect(decoded.charset).toBe('eucjp');
    expect(decoded.text).toBe('<p>人事異動のお知らせ</p>');
  });

  it('finds <meta charset> and <meta http-equiv> when the header has none', () => {
    const metaCharset = `<!doctype html><html><head><meta charset="Shift_JIS"><title>t</title></head><body>${JA}</body></html>`;
    const decoded = decodeBody(encode(metaCharset, 'cp932'), 'text/html');
    expect(decoded).toMatchObject({ charset: 'cp932', source: 'meta' });
    expect(decoded.text).toContain(JA);

    const httpEquiv = `<html><head><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=euc-jp"></head><body>役員の異動</body></html>`;
    const fromEquiv = decodeBody(encode(httpEquiv, 'euc-jp'), null);
    expect(fromEquiv).toMatchObject({ charset: 'eucjp', source: 'meta' });
    expect(fromEquiv.text).toContain('役員の異動');
  });

  it('reads the XML declaration', () => {
    const xml = `<?xml version="1.0" encoding="Shift_JIS"?><feed><title>適時開示</title></feed>`;
    const decoded = decodeBody(encode(xml, 'cp932'), 'application/xml');
    expect(decoded).toMatchObject({ charset: 'cp932', source: 'xml-declaration' });
    expect(decoded.text).toContain('適時開示');
  });

  it('lets the header win over a conflicting meta, and a BOM win over both', () => {
    const page = '<meta charset="shift_jis"><p>café</p>';
    expect(decodeBody(encode(page, 'utf-8'), 'text/html; charset=utf-8')).toMatchObject({ source: 'header', text: page });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(page, 'utf-8')]);
    const decoded = decodeBody(withBom, 'text/html; charset=Shift_JIS');
    expect(decoded).toMatchObject({ charset: 'utf-8', source: 'bom' });
    expect(decoded.text).toBe(page);
  });

  it('decodes UTF-16 by its BOM', () => {
    const decoded = decodeBody(new Uint8Array(iconv.encode('執行役員', 'utf-16le', { addBOM: true })), null);
    expect(decoded).toMatchObject({ charset: 'utf-16le', text: '執行役員' });
  });

  it('treats ISO-8859-1 as windows-1252 and defaults to UTF-8', () => {
    const latin = new Uint8Array([0x93, 0x43, 0x45, 0x4f, 0x94, 0x20, 0xe9]);
    expect(decodeBody(latin, 'text/html; charset=ISO-8859-1')).toMatchObject({ charset: 'windows-1252', text: '“CEO” é' });
    expect(decodeBody(encode('naïve', 'utf-8'), 'application/json')).toMatchObject({ charset: 'utf-8', source: 'default', text: 'naïve' });
  });

  it('ignores an unknown label and keeps sniffing', () => {
    const page = '<meta charset="euc-jp"><p>取締役</p>';
    expect(decodeBody(encode(page, 'euc-jp'), 'text/html; charset=x-unknown-thing')).toMatchObject({ source: 'meta', text: page });
  });
});

describe('charset helpers', () => {
  it('parses the charset parameter', () => {
    expect(charsetFromContentType('text/html; charset="Shift_JIS"; foo=bar')).toBe('Shift_JIS');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });

  it('resolves aliases', () => {
    expect(resolveCharset('MS_Kanji')).toBe('cp932');
    expect(resolveCharset('x-euc-jp')).toBe('eucjp');
    expect(resolveCharset('nonsense-charset')).toBeNull();
  });
});
