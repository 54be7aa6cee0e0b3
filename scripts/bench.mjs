// Speed figures: extraction documents/second (English and Japanese texts), and matching at portfolio
// scale (scripts/bench-match.mjs). Prints figures; asserts nothing. Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
const { extractAnnouncement } = await import(join(root, 'dist', 'src', 'extract', 'extract-announcement.js'));

const evalDir = resolve(root, '..', 'shared', 'eval');
const texts = { en: [], ja: [] };
for (const lang of ['en', 'ja']) {
  const file = join(evalDir, `${lang}-dev.jsonl`);
  if (!existsSync(file)) continue;
  for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) texts[lang].push(JSON.parse(line));
}
for (const lang of ['en', 'ja']) {
  const docs = texts[lang];
  if (docs.length === 0) {
    console.log(`extract ${lang}: no texts (../shared/eval missing)`);
    continue;
  }
  await extractAnnouncement({ text: docs[0].text, lang }); // warm-up: dictionaries load once
  const rounds = 20;
  const start = performance.now();
  for (let round = 0; round < rounds; round++) {
    for (const doc of docs) await extractAnnouncement({ text: doc.text, lang, announced: doc.announced ?? null });
  }
  const ms = (performance.now() - start) / (rounds * docs.length);
  console.log(`extract ${lang}: ${ms.toFixed(2)} ms/document, ${(1000 / ms).toFixed(0)} documents/s (${docs.length} texts × ${rounds})`);
}
const matchBench = join(root, 'scripts', 'bench-match.mjs');
if (existsSync(matchBench)) execFileSync('node', [matchBench], { stdio: 'inherit' });
