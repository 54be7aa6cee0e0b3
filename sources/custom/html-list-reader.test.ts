import { describe, expect, it } from 'vitest';
import { readHtmlList } from './html-list-reader.js';
import { parseListDate } from './list-date.js';

describe('parseListDate', () => {
  it.each([
    ['2026-05-14', '2026-05-14T00:00:00.000Z'],
    ['2026/5/14', '2026-05-14T00:00:00.000Z'],
    ['２０２６．０５．１４', '2026-05-14T00:00:00.000Z'],
    ['2026年5月14日（木）', '2026-05-14T00:00:00.000Z'],
    ['May 14, 2026', '2026-05-14T00:00:00.000Z'],
    ['14th May 2026', '2026-05-14T00:00:00.000Z'],
    ['2026-05-14T16:00:00+09:00', '2026-05-14T07:00:00.000Z'],
  ])('%s', (text, expected) => {
    expect(parseListDate(text)).toBe(expected);
  });

  it.each(['', '5月14日', '2026/02/30', 'NEW', null])('%s is not a date', (text) => {
    expect(parseListDate(text)).toBeNull();
  });
});

describe('readHtmlList', () => {
  const html = `<ul class="news">
    <li><time datetime="2026-05-14">2026年5月14日</time><a href="/news/0514.html#top"><span class="t">役員人事のお知らせ</span></a></li>
    <li><span class="d">2026.05.01</span><a href="https://other.example/x">新製品</a></li>
    <li><span class="d">2026.04.01</span>no link</li>
    <li><a href="javascript:void(0)">メニュー</a></li>
    <li><a href="/news/0514.html">重複</a></li>
  </ul><a class="news-link" href="/a.pdf">決算発表予定日のお知らせ</a>`;

  it('reads title, absolute link and date of each item, once per link', () => {
    expect(readHtmlList(html, { item: 'ul.news li', link: 'a', title: '.t', date: 'time, .d' }, 'https://www.co.example/ja/news/')).toEqual([
      { title: '役員人事のお知らせ', url: 'https://www.co.example/news/0514.html', publishedAt: '2026-05-14T00:00:00.000Z' },
      { title: '新製品', url: 'https://other.example/x', publishedAt: '2026-05-01T00:00:00.000Z' },
    ]);
  });

  it('takes the link text as title, and an item that is itself the link', () => {
    expect(readHtmlList(html, { item: 'a.news-link', link: 'a' }, 'https://www.co.example/')).toEqual([
      { title: '決算発表予定日のお知らせ', url: 'https://www.co.example/a.pdf', publishedAt: null },
    ]);
  });
});
