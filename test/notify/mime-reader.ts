/**
 * Just enough MIME reading to assert on what the SMTP server received: unfolded headers with RFC 2047 encoded
 * words decoded, and the text/plain and text/html parts of a multipart message with base64 or quoted-printable
 * bodies decoded to strings. (Not a general parser: it reads what nodemailer writes.)
 */

export interface ReceivedMail {
  readonly headers: ReadonlyMap<string, string>;
  readonly rawHeaders: ReadonlyMap<string, string>;
  readonly text: string | null;
  readonly html: string | null;
}

function splitHead(raw: string): { head: string; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  return at < 0 ? { head: raw, body: '' } : { head: raw.slice(0, at), body: raw.slice(at + 4) };
}

function headerMap(head: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/gu, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) map.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return map;
}

function decodeQ(text: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '_') bytes.push(0x20);
    else if (char === '=' && /^[0-9A-F]{2}$/iu.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(char.charCodeAt(0));
  }
  return Buffer.from(bytes);
}

export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BQ]\?[^?]*\?=)\s+(?==\?)/giu, '$1')
    .replace(/=\?([^?]+)\?([BQ])\?([^?]*)\?=/giu, (_whole, _charset: string, encoding: string, text: string) =>
      (encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : decodeQ(text)).toString('utf8'),
    );
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === 'base64') return Buffer.from(body.replace(/\s+/gu, ''), 'base64').toString('utf8');
  if (encoding?.toLowerCase() === 'quoted-printable') return decodeQ(body.replace(/=\r\n/gu, '').replace(/_/gu, '=5F')).toString('utf8');
  return body;
}

export function readMail(raw: string): ReceivedMail {
  const { head, body } = splitHead(raw);
  const rawHeaders = headerMap(head);
  const headers = new Map([...rawHeaders].map(([key, value]) => [key, decodeEncodedWords(value)]));
  let text: string | null = null;
  let html: string | null = null;
  const visit = (partHeaders: Map<string, string>, partBody: string): void => {
    const type = partHeaders.get('content-type') ?? 'text/plain';
    const boundary = /boundary="?([^";]+)"?/iu.exec(type)?.[1];
    if (type.toLowerCase().startsWith('multipart/') && boundary) {
      for (const chunk of partBody.split(`--${boundary}`).slice(1)) {
        if (chunk.startsWith('--')) break;
        const part = splitHead(chunk.replace(/^\r\n/u, ''));
        visit(headerMap(part.head), part.body.replace(/\r\n$/u, ''));
      }
      return;
    }
    const decoded = decodeBody(partBody, partHeaders.get('content-transfer-encoding'));
    if (type.toLowerCase().startsWith('text/html')) html = decoded;
    else if (type.toLowerCase().startsWith('text/plain')) text = decoded;
  };
  visit(rawHeaders, body);
  return { headers, rawHeaders, text, html };
}
