#!/usr/bin/env node
// Backtests the reshuffle-window predictor on ../shared/eval/reshuffle-jp: trains on the history before the cutoff
// (2024-10-01), predicts 2024-10-01..2025-09-30 for every company with a known fiscal year end, and scores with the
// shared score-windows.mjs — for `execradar windows predict` and for the baseline (best single 60-day window per
// fiscal-year-end group). A reference run with contiguous calendar windows shows what business days contribute.
// A measurement, not a test; test/shared/windows.test.ts runs the same function and asserts on it.
// Usage: npm run build && node scripts/backtest-windows.mjs [--json] [--keep]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse/sync';

const root = resolve(import.meta.dirname, '..');
export const DEFAULT_EVAL_DIR = resolve(root, '..', 'shared', 'eval');

/** Splits the history CSV text at the cutoff date (on the `announced` column), keeping the header in both parts. */
function splitHistory(text, cutoff, to) {
  const records = parse(text, { bom: true, raw: true, skip_empty_lines: true });
  const [header, ...rows] = records;
  const announced = header?.record.indexOf('announced') ?? -1;
  if (!header || announced < 0) throw new Error('backtest: history has no announced column');
  const raw = (row) => row.raw.replace(/\r?\n$/u, '');
  const dateOf = (row) => row.record[announced] ?? '';
  const train = rows.filter((row) => dateOf(row) < cutoff).map(raw);
  const test = rows.filter((row) => dateOf(row) >= cutoff && dateOf(row) <= to).map(raw);
  return { train: [raw(header), ...train].join('\n') + '\n', test: [raw(header), ...test].join('\n') + '\n', trainRows: train.length, testRows: test.length };
}

function score(evalDir, actual, predicted, from, to) {
  const out = execFileSync('node', [join(evalDir, 'score-windows.mjs'), actual, predicted, '--from', from, '--to', to, '--json'], { encoding: 'utf8' });
  return JSON.parse(out);
}

function writeLines(file, lines) {
  writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
}

/**
 * @param {object} input
 * @param {object} input.lib  { parseHistoryCsv, parseCompaniesCsv, predictWindowLines, predictBaselineWindows, maxDaysInAnySpan }
 * @param {(history: string, companies: string, from: string, to: string, output: string) => Promise<void>} [input.predictMine]
 *   how to produce our predictions (default: predictWindowLines in-process)
 * @param {boolean} [input.keep] keep the temporary directory with the split history and the predictions (default false)
 */
export async function runWindowsBacktest({ lib, predictMine, evalDir = DEFAULT_EVAL_DIR, cutoff = '2024-10-01', to = '2025-09-30', keep = false }) {
  const dataDir = join(evalDir, 'reshuffle-jp');
  const historyFile = join(dataDir, 'history-2022-11_2025-09.csv');
  const companiesFile = join(dataDir, 'fiscal-year-ends.csv');
  for (const file of [historyFile, companiesFile, join(evalDir, 'score-windows.mjs')]) {
    if (!existsSync(file)) throw new Error(`backtest: ${file} is missing (the shared evaluation sets live beside the project)`);
  }
  const work = mkdtempSync(join(tmpdir(), 'execradar-windows-'));
  const split = splitHistory(readFileSync(historyFile, 'utf8'), cutoff, to);
  const trainFile = join(work, 'train.csv');
  const actualFile = join(work, 'actual.csv');
  writeFileSync(trainFile, split.train);
  writeFileSync(actualFile, split.test);

  const history = lib.parseHistoryCsv(split.train, trainFile);
  const companies = lib.parseCompaniesCsv(readFileSync(companiesFile, 'utf8'), companiesFile);
  const range = { from: cutoff, to };

  const mineFile = join(work, 'mine.jsonl');
  const started = Date.now();
  if (predictMine) await predictMine(trainFile, companiesFile, cutoff, to, mineFile);
  else writeLines(mineFile, lib.predictWindowLines(history, companies, range));
  const seconds = (Date.now() - started) / 1000;

  const baselineFile = join(work, 'baseline.jsonl');
  writeLines(
    baselineFile,
    lib.predictBaselineWindows(history, companies, range).map((w) => ({ company_id: w.companyId, start: w.start, end: w.end, confidence: w.confidence, basis: w.basis })),
  );
  const calendarFile = join(work, 'calendar-windows.jsonl');
  writeLines(calendarFile, lib.predictWindowLines(history, companies, range, { businessDaysOnly: false }));

  // The cap, checked on what was written: most days any company's windows cover in any 365 days.
  const mine = readFileSync(mineFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
  const byCompany = new Map();
  for (const w of mine) byCompany.set(w.company_id, [...(byCompany.get(w.company_id) ?? []), w]);
  let maxDays = 0;
  for (const windows of byCompany.values()) maxDays = Math.max(maxDays, lib.maxDaysInAnySpan(windows, 365));

  const result = {
    train_announcements: split.trainRows,
    test_announcements: split.testRows,
    companies: companies.length,
    mine: score(evalDir, actualFile, mineFile, cutoff, to),
    baseline: score(evalDir, actualFile, baselineFile, cutoff, to),
    mine_calendar_windows: score(evalDir, actualFile, calendarFile, cutoff, to),
    mine_windows: mine.length,
    mine_max_days_in_any_365: maxDays,
    mine_seconds: seconds,
    work: keep ? work : null,
  };
  if (!keep) rmSync(work, { recursive: true, force: true });
  return result;
}

async function main() {
  const dist = join(root, 'dist', 'src');
  const cli = join(dist, 'cli', 'main.js');
  if (!existsSync(cli)) {
    console.error('backtest-windows: dist/ is missing; run `npm run build` first');
    process.exit(1);
  }
  const load = (path) => import(pathToFileURL(join(dist, path)).href);
  const [csv, command, baseline, cap] = await Promise.all([
    load('windows/window-csv.js'),
    load('cli/windows-command.js'),
    load('windows/baseline-predictor.js'),
    load('windows/window-cap.js'),
  ]);
  const lib = { ...csv, ...command, ...baseline, ...cap };
  // Our figure comes from the real command line, end to end.
  const predictMine = async (history, companies, from, to, output) => {
    execFileSync('node', [cli, 'windows', 'predict', '--history', history, '--companies', companies, '--from', from, '--to', to, '--output', output], { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  const result = await runWindowsBacktest({ lib, predictMine, keep: process.argv.includes('--keep') });
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result));
    return;
  }
  const line = (name, f) =>
    console.log(`${name.padEnd(34)} hit_rate=${f.hit_rate.toFixed(3)} hits=${f.hits}/${f.announcements} mean_window_days=${f.mean_window_days.toFixed(1)} over_cap=${f.companies_over_cap}`);
  console.log(`\n== reshuffle windows, reshuffle-jp: train < 2024-10-01 (${result.train_announcements} announcements), score 2024-10-01..2025-09-30 (${result.test_announcements}), ${result.companies} companies ==`);
  line('windows predict (ours)', result.mine);
  line('baseline (best 60-day window/FYE)', result.baseline);
  line('ours, contiguous calendar windows', result.mine_calendar_windows);
  console.log(`ours: ${result.mine_windows} windows, at most ${result.mine_max_days_in_any_365} days per company in any 365 days, ${result.mine_seconds.toFixed(1)} s`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
