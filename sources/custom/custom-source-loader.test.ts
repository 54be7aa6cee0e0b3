import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customSourceId, listCustomSourceFiles, loadCustomSourceFile, parseCustomSource } from './custom-source-loader.js';

const VALID = `name: Test news
company:
  name: テスト工業株式会社
  secCode: "9Z1A"
list:
  kind: html
  url: https://www.test-kogyo.example/news/
  item: ul.news li
`;

describe('custom source files', () => {
  it('loads every documented example in sources/custom (and they are not crawled by default)', () => {
    const files = listCustomSourceFiles(import.meta.dirname);
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      const loaded = loadCustomSourceFile(file);
      expect(loaded.kind === 'ok' ? [] : loaded.errors).toEqual([]);
      if (loaded.kind === 'ok' && loaded.id.startsWith('example-')) expect(loaded.config.enabled).toBe(false);
    }
    const kinds = files.map((file) => loadCustomSourceFile(file)).map((loaded) => (loaded.kind === 'ok' ? loaded.config.list.kind : null));
    expect(kinds).toEqual(expect.arrayContaining(['feed', 'rendered']));
  });

  it('fills defaults', () => {
    const loaded = parseCustomSource(VALID, 'test.yaml');
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    expect(loaded.config).toMatchObject({ enabled: true, schedule: '*/30 * * * *', list: { kind: 'html', link: 'a' }, article: {} });
    expect(loaded.config.keywords).toContain('就任');
  });

  it('names file, line, column and key of a wrong value', () => {
    const text = VALID.replace('"9Z1A"', '"12345"').replace('kind: html', 'kind: html\n  date: 7');
    const loaded = parseCustomSource(text, 'sources/custom/test.yaml');
    expect(loaded.kind).toBe('invalid');
    if (loaded.kind !== 'invalid') return;
    expect(loaded.errors).toEqual([
      'sources/custom/test.yaml:4:12: company.secCode: expected a securities code such as 7203 or 130A',
      expect.stringMatching(/^sources\/custom\/test\.yaml:7:9: list\.date: /u),
    ]);
  });

  it('points at a missing key’s mapping and at an unknown key itself', () => {
    const text = VALID.replace('  item: ul.news li\n', '  itme: ul.news li\n');
    const loaded = parseCustomSource(text, 'x.yaml');
    expect(loaded.kind === 'invalid' ? loaded.errors : []).toEqual([
      expect.stringMatching(/^x\.yaml:6:3: list\.item: /u),
      'x.yaml:8:3: list.itme: unknown key (a typo?)',
    ]);
  });

  it('reports an unknown list kind and a bad URL', () => {
    const loaded = parseCustomSource(VALID.replace('kind: html', 'kind: json').replace('https://www', 'ftp://www'), 'x.yaml');
    expect(loaded.kind === 'invalid' ? loaded.errors[0] : '').toMatch(/^x\.yaml:6:9: list\.kind: /u);
    const url = parseCustomSource(VALID.replace('https://www', 'ftp://www'), 'x.yaml');
    expect(url.kind === 'invalid' ? url.errors : []).toEqual(['x.yaml:7:8: list.url: expected an http(s) URL']);
  });

  it('reports YAML syntax errors with their line', () => {
    const loaded = parseCustomSource('name: a\ncompany:\n  name: [unclosed\nlist: {}\n', 'bad.yaml');
    expect(loaded.kind).toBe('invalid');
    expect(loaded.kind === 'invalid' ? loaded.errors[0] : '').toMatch(/^bad\.yaml:\d+:\d+: YAML: /u);
  });

  it('lists only YAML files, sorted, and names tasks after them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'execradar-custom-'));
    writeFileSync(join(dir, 'b.yaml'), VALID);
    writeFileSync(join(dir, 'A Co.yml'), VALID);
    writeFileSync(join(dir, 'notes.txt'), '');
    expect(listCustomSourceFiles(dir).map((file) => customSourceId(file))).toEqual(['a-co', 'b']);
    expect(listCustomSourceFiles(join(dir, 'missing'))).toEqual([]);
    expect(loadCustomSourceFile(join(dir, 'missing.yaml'))).toMatchObject({ kind: 'invalid', errors: [expect.stringMatching(/cannot read/u)] });
  });
});
