/**
 * The demo's TDnet: list pages in the public list's layout (`table#main-list-table`, `kj*` cells, one page per
 * Tokyo day) for the last month, and each listed notice as a PDF, from `demo/mirror/tdnet/notices.yaml`.
 * Rows of untracked companies fill every day, as on the real list, so the crawler's filtering is exercised.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { makeJapanesePdf, type PdfLine } from './demo-pdf.js';
import { formatDemoDate, renderDemoTemplate, shiftDay } from './demo-template.js';
import type { MirrorRoute } from './demo-mirror.js';

const noticeSchema = z.object({
  day: z.number().int().max(0),
  time: z.string().regex(/^\d{2}:\d{2}$/u),
  code: z.string(),
  name: z.string(),
  company: z.string(),
  representative: z.string(),
  title: z.string(),
  pdf: z.string().regex(/^\w+\.pdf$/u),
  body: z.array(z.string()),
});
export type DemoNotice = z.infer<typeof noticeSchema>;

export function loadDemoNotices(file: string): DemoNotice[] {
  return z.array(noticeSchema).parse(parseYaml(readFileSync(file, 'utf8')));
}

const FILLER = [
  ['1Z0X0', 'うしお工業', '剰余金の配当に関するお知らせ'],
  ['5Z7Y0', 'かなえ商事', '自己株式の取得状況に関するお知らせ'],
  ['9Z2W0', 'たちばな運輸', '役員人事に関するお知らせ'], // an executive change of an untracked company: never fetched
  ['2Z8V0', 'ほたる製菓', '通期業績予想の修正に関するお知らせ'],
  ['6Z6U0', 'もみじ電工', 'コーポレート・ガバナンスに関する報告書'],
] as const;

const escapeHtml = (text: string): string => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

interface ListRow {
  readonly time: string;
  readonly code: string;
  readonly name: string;
  readonly title: string;
  readonly pdf: string;
}

function listPage(day: string, rows: readonly ListRow[]): string {
  const label = `${day.slice(0, 4)}年${day.slice(5, 7)}月${day.slice(8)}日`;
  const cells = rows.map((row, index) => {
    const parity = index % 2 === 0 ? 'oddnew' : 'evennew';
    return [
      '<tr>',
      `<td class="${parity}-L kjTime" noWrap>${row.time}</td>`,
      `<td class="${parity}-M kjCode" noWrap>${escapeHtml(row.code)}</td>`,
      `<td class="${parity}-M kjName" noWrap>${escapeHtml(row.name)}</td>`,
      `<td class="${parity}-M kjTitle" align="left"><a href="${row.pdf}" target="_blank">${escapeHtml(row.title)}</a></td>`,
      `<td class="${parity}-M kjXbrl" noWrap></td>`,
      `<td class="${parity}-M kjPlace" noWrap>東</td>`,
      `<td class="${parity}-R kjHistroy" noWrap>&nbsp;</td>`,
      '</tr>',
    ].join('\n');
  });
  return `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="ja">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>適時開示情報閲覧サービス</title>
</head>
<body>
<div id="header">適時開示情報閲覧サービス（ExecRadar デモ用の架空データ）</div>
<div id="kaiji-date-1">${label}</div>
<div id="kaiji-text-1">に開示された情報</div>
<div id="pager-box-top"></div>
<div id="main-list-table-box">
<table id="main-list-table" cellspacing="0">
${cells.join('\n')}
</table>
</div>
</body>
</html>
`;
}

function noticePdf(notice: DemoNotice, day: string, today: string): Buffer {
  const lines: PdfLine[] = [
    { text: formatDemoDate(day, 'ja'), x: 420 },
    { text: '各　位' },
    { text: `会社名　${notice.company}`, x: 290 },
    { text: `代表者名　${notice.representative}`, x: 290 },
    { text: `（コード番号：${notice.code.slice(0, 4)}　東証プライム）`, x: 290 },
    { text: '' },
    { text: notice.title, size: 14, x: 140 },
    { text: '' },
    ...notice.body.map((line) => (line.startsWith('@') ? { text: line.slice(1), x: 290 } : { text: renderDemoTemplate(line, today), size: 9.5 })),
    { text: '' },
    { text: '以上', x: 480 },
  ];
  return makeJapanesePdf(lines);
}

/**
 * Routes under `prefix` for the 31 Tokyo days up to `today` (TDnet keeps about a month): `I_list_001_YYYYMMDD.html`
 * per day and one PDF per notice.
 */
export function tdnetDemoRoutes(notices: readonly DemoNotice[], today: string, prefix: string): Map<string, MirrorRoute> {
  const routes = new Map<string, MirrorRoute>();
  for (let offset = -30; offset <= 0; offset++) {
    const day = shiftDay(today, offset);
    const own = notices.filter((notice) => notice.day === offset);
    const filler = FILLER.filter((_, index) => (index + offset) % 2 === 0).map(([code, name, title], index) => ({
      time: `${String(13 + index).padStart(2, '0')}:00`,
      code,
      name,
      title,
      pdf: `0810${day.replace(/-/gu, '')}59${String(index).padStart(4, '0')}.pdf`,
    }));
    const rows = [...own.map((notice) => ({ ...notice })), ...filler].sort((a, b) => b.time.localeCompare(a.time));
    routes.set(`${prefix}/I_list_001_${day.replace(/-/gu, '')}.html`, { body: listPage(day, rows), contentType: 'text/html; charset=utf-8' });
    for (const notice of own) routes.set(`${prefix}/${notice.pdf}`, { body: noticePdf(notice, day, today), contentType: 'application/pdf' });
  }
  return routes;
}
