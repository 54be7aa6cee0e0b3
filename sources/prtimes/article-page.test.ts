import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from './article-page.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'sources', 'prtimes');
const page = (name: string) => readFileSync(join(fixtures, name), 'utf8');

describe('readArticle', () => {
  it('reads the release body without navigation, share buttons or related releases', () => {
    const article = readArticle(page('release-000000031.000099901.html'));
    expect(article.title).toBe('ミナト精機、代表取締役の異動および新社長就任のお知らせ');
    expect(article.publishedAt).toBe('2026-05-14T16:00:00+09:00');
    expect(article.text).toContain('髙橋 健太\t代表取締役社長 社長執行役員\t取締役常務執行役員 生産本部長');
    expect(article.text).toContain('2026年6月25日（第78回定時株主総会終結の時をもって）');
    for (const noise of ['シェア', '関連リリース', 'カテゴリ', '会社概要']) expect(article.text).not.toContain(noise);
  });

  it('falls back through the selectors on an older layout', () => {
    const article = readArticle(page('release-000000007.000099902.html'));
    expect(article.title).toBe('【東和フーズ】代表取締役社長 退任のお知らせ');
    expect(article.publishedAt).toBeNull();
    expect(article.text.startsWith('東和フーズ株式会社は、本日開催の取締役会において')).toBe(true);
    expect(article.text).not.toContain('ホーム');
  });

  it('uses configured selectors first, and the whole body when none holds text', () => {
    const html = '<html><body><div class="x">短い</div><div class="y">当社は本日、取締役会において新任の代表取締役を選定いたしましたのでお知らせいたします。詳細は別紙の通りです。</div></body></html>';
    expect(readArticle(html, ['.y']).text).toMatch(/^当社は本日/u);
    expect(readArticle(html, ['.x']).text).toContain('短い');
  });
});
