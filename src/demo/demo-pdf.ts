/**
 * Writes the demo's TDnet notices as PDFs at run time, so their dates can follow the day the demo runs and no
 * office suite is needed: Shift_JIS text in a non-embedded MS-Mincho (Type0, 90ms-RKSJ-H, Adobe-Japan1), the way
 * older Word/Acrobat filings are made; pdf.js reads it with its CMaps, like `cid-nonembedded-90ms-rksj.pdf`.
 */
import iconv from 'iconv-lite';

export interface PdfLine {
  readonly text: string;
  /** Points. @default 10.5 */
  readonly size?: number;
  /** Left edge in points. @default 60 */
  readonly x?: number;
}

const PAGE_TOP = 780;
const PAGE_BOTTOM = 60;

/** One text line per entry, top to bottom, a new page when one is full. Each line must fit the page width. */
export function makeJapanesePdf(lines: readonly PdfLine[]): Buffer {
  const pages: string[][] = [[]];
  let y = PAGE_TOP;
  for (const line of lines) {
    const size = line.size ?? 10.5;
    if (y < PAGE_BOTTOM) {
      pages.push([]);
      y = PAGE_TOP;
    }
    if (line.text !== '') {
      const hex = iconv.encode(line.text, 'Shift_JIS').toString('hex');
      pages.at(-1)!.push(`BT /F1 ${size} Tf ${line.x ?? 60} ${y} Td <${hex}> Tj ET`);
    }
    y -= size * 1.9;
  }
  const fontId = 3 + pages.length * 2;
  const kids = pages.map((_, i) => `${3 + i * 2} 0 R`).join(' ');
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`];
  for (const [i, page] of pages.entries()) {
    const content = page.join('\n');
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${4 + i * 2} 0 R >>`);
    objects.push(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  }
  // Half-width characters (CIDs 231–325 in Adobe-Japan1) are half as wide as the default 1000.
  const halfWidths = Array.from({ length: 95 }, () => '500').join(' ');
  objects.push(`<< /Type /Font /Subtype /Type0 /BaseFont /MS-Mincho /Encoding /90ms-RKSJ-H /DescendantFonts [${fontId + 1} 0 R] >>`);
  objects.push(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MS-Mincho /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 2 >> /FontDescriptor ${fontId + 2} 0 R /DW 1000 /W [1 [500] 231 [${halfWidths}]] >>`,
  );
  objects.push('<< /Type /FontDescriptor /FontName /MS-Mincho /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 769 /StemV 78 >>');
  let pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}
