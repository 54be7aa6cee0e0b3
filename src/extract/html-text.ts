/**
 * Turns an HTML page into plain text that keeps the page's structure: a line per block element, table
 * cells separated by a tab, scripts, styles and hidden inline-XBRL headers dropped.
 */
import * as cheerio from 'cheerio';

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'center', 'hr',
]);

export function htmlToText(html: string): string {
  const $ = cheerio.load(html);
  $('script, style, noscript, template, head, ix\\:header, [style*="display:none"], [style*="display: none"]').remove();
  const parts: string[] = [];
  const walk = (nodes: ReturnType<typeof $>): void => {
    nodes.contents().each((_, node) => {
      if (node.type === 'text') {
        parts.push(node.data.replace(/[\s\u00a0]+/gu, ' '));
        return;
      }
      if (node.type !== 'tag') return;
      const tag = node.tagName.toLowerCase();
      if (tag === 'td' || tag === 'th') {
        walk($(node));
        parts.push('\t');
        return;
      }
      const block = BLOCK_TAGS.has(tag);
      // Table rows end a line but do not open one, so a table's rows stay on consecutive lines.
      if (block && tag !== 'tr') parts.push('\n');
      walk($(node));
      if (block) parts.push('\n');
    });
  };
  walk($.root());
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]*\t[ \t]*/gu, '\t').replace(/ {2,}/gu, ' ').replace(/^[\t ]+|[\t ]+$/gu, ''))
    .filter((line, index, lines) => line !== '' || (index > 0 && lines[index - 1] !== ''))
    .join('\n')
    .trim();
}
