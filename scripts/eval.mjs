// Measures extraction on ../shared/eval/{en,ja}-dev.jsonl with the shared scorer, and the
// reshuffle-window backtest when its script is present. A measurement, not a test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const evalDir = resolve(root, '..', 'shared', 'eval');
if (!existsSync(evalDir)) {
  console.error(`eval: ${evalDir} is missing (the shared development sets live beside the project)`);
  process.exit(1);
}
const cli = join(root, 'dist', 'src', 'cli', 'main.js');
const out = mkdtempSync(join(tmpdir(), 'execradar-eval-'));
const extra = process.argv.slice(2);
for (const lang of ['en', 'ja']) {
  const gold = join(evalDir, `${lang}-dev.jsonl`);
  const pred = join(out, `${lang}-pred.jsonl`);
  execFileSync('node', [cli, 'extract', '--input', gold, '--output', pred], { stdio: 'inherit' });
  console.log(`\n== extraction, ${lang}-dev ==`);
  execFileSync('node', [join(evalDir, 'score.mjs'), gold, pred, ...extra], { stdio: 'inherit' });
}
const match = join(evalDir, 'match-dev');
if (existsSync(match)) {
  const pred = join(out, 'match-pred.jsonl');
  execFileSync('node', [cli, 'match', '--contacts', join(match, 'contacts.csv'), '--events', join(match, 'events.jsonl'), '--output', pred], { stdio: 'inherit' });
  console.log('\n== matching, match-dev ==');
  execFileSync('node', [join(evalDir, 'score-match.mjs'), join(match, 'gold.jsonl'), pred, ...extra], { stdio: 'inherit' });
}
const backtest = join(root, 'scripts', 'backtest-windows.mjs');
if (existsSync(backtest)) execFileSync('node', [backtest], { stdio: 'inherit' });
