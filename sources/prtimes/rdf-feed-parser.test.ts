import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPersonnelRelease } from './personnel-filter.js';
import { parseRdfFeed } from './rdf-feed-parser.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'sources', 'prtimes');

describe('parseRdfFeed', () => {
  it('reads the items of an RSS 1.0 company feed with their dc:date', () => {
    const feed = parseRdfFeed(readFileSync(join(fixtures, 'companyrdf-99901.rdf'), 'utf8'));
    expect(feed.title).toBe('ミナト精機株式会社のプレスリリース');
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]).toEqual({
      title: 'ミナト精機、代表取締役の異動および新社長就任のお知らせ',
      link: 'https://prtimes.jp/main/html/rd/p/000000031.000099901.html',
      description: 'ミナト精機株式会社は、本日開催の取締役会において代表取締役の異動を内定しました。',
      date: '2026-05-14T16:00:00+09:00',
    });
  });

  it('reads RSS 2.0 too, and takes rdf:about when an item has no link', () => {
    const rss2 = parseRdfFeed('<rss version="2.0"><channel><title>T</title><item><title>役員人事</title><link>https://x.example/1</link><pubDate>Thu, 14 May 2026 07:00:00 GMT</pubDate></item></channel></rss>');
    expect(rss2.items).toEqual([{ title: '役員人事', link: 'https://x.example/1', description: '', date: 'Thu, 14 May 2026 07:00:00 GMT' }]);
    const about = parseRdfFeed('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item rdf:about="https://x.example/2"><title>就任</title></item></rdf:RDF>');
    expect(about.items[0]?.link).toBe('https://x.example/2');
  });

  it('refuses what is not a feed', () => {
    expect(() => parseRdfFeed('<html><body>メンテナンス中</body></html>')).toThrow(/not an RSS 1.0\/2.0 feed/u);
  });
});

describe('isPersonnelRelease', () => {
  it('keeps personnel titles and drops the rest, full-width or not', () => {
    expect(isPersonnelRelease('ミナト精機、代表取締役の異動および新社長就任のお知らせ')).toBe(true);
    expect(isPersonnelRelease('【東和フーズ】代表取締役社長 退任のお知らせ')).toBe(true);
    expect(isPersonnelRelease('2026年4月1日付 役員人事')).toBe(true);
    expect(isPersonnelRelease('精密位置決めステージ「MS-900」シリーズを発売')).toBe(false);
    expect(isPersonnelRelease('「国際精密機械展2026」出展のお知らせ')).toBe(false);
    expect(isPersonnelRelease('ＣＥＯ交代', ['CEO'])).toBe(true);
    expect(isPersonnelRelease('新製品', [])).toBe(true);
  });
});
