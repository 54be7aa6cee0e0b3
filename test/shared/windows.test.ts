// Backtests the reshuffle-window predictor on ../shared/eval/reshuffle-jp (train before 2024-10-01, score
// 2024-10-01..2025-09-30 with the shared scorer) and asserts it beats the baseline clearly and keeps the cap.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { DEFAULT_EVAL_DIR, runWindowsBacktest } from '../../scripts/backtest-windows.mjs';
import { predictWindowLines } from '../../src/cli/windows-command.js';
import { predictBaselineWindows } from '../../src/windows/baseline-predictor.js';
import { maxDaysInAnySpan } from '../../src/windows/window-cap.js';
import { parseCompaniesCsv, parseHistoryCsv } from '../../src/windows/window-csv.js';

interface Figures {
  readonly hit_rate: number;
  readonly hits: number;
  readonly announcements: number;
  readonly companies_over_cap: number;
  readonly mean_window_days: number;
}

describe('reshuffle windows backtest on reshuffle-jp', () => {
  it('finds the shared evaluation data', () => {
    expect(existsSync(resolve(DEFAULT_EVAL_DIR as string, 'reshuffle-jp', 'history-2022-11_2025-09.csv')), `${DEFAULT_EVAL_DIR as string} is missing`).toBe(true);
  });

  it('beats the best-60-day-window-per-year-end baseline clearly, within the cap', { timeout: 120_000 }, async () => {
    const result = (await runWindowsBacktest({
      lib: { parseHistoryCsv, parseCompaniesCsv, predictWindowLines, predictBaselineWindows, maxDaysInAnySpan },
    })) as { mine: Figures; baseline: Figures; test_announcements: number; mine_max_days_in_any_365: number };
    console.log(`reshuffle-jp backtest: ours ${result.mine.hit_rate.toFixed(3)} (${result.mine.hits}/${result.mine.announcements}), baseline ${result.baseline.hit_rate.toFixed(3)} (${result.baseline.hits}/${result.baseline.announcements})`);
    expect(result.test_announcements).toBeGreaterThan(100);
    expect(result.mine.announcements).toBe(result.test_announcements);
    expect(result.mine.companies_over_cap).toBe(0);
    expect(result.mine_max_days_in_any_365).toBeLessThanOrEqual(60);
    expect(result.baseline.companies_over_cap).toBe(0);
    // Clearly: at least 25% more announcements caught than the baseline.
    expect(result.mine.hit_rate).toBeGreaterThan(result.baseline.hit_rate * 1.25);
  });
});
