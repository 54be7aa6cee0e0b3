/** Reshuffle windows, fiscal calendars and budget windows: pure logic over plain records (no database). */
export * from './calendar-date.js';
export * from './business-day-calendar.js';
export * from './fiscal-year.js';
export * from './fiscal-calendar.js';
export * from './budget-windows.js';
export * from './window-types.js';
export * from './window-cap.js';
export * from './window-csv.js';
export { type PriorOptions, DEFAULT_PRIOR_OPTIONS, inferCoverage } from './reshuffle-prior.js';
export {
  type ReshufflePredictorOptions,
  type ReshufflePredictorOverrides,
  DEFAULT_RESHUFFLE_OPTIONS,
  predictReshuffleWindows,
} from './reshuffle-predictor.js';
export { predictBaselineWindows } from './baseline-predictor.js';
export * from './fiscal-year-end-resolver.js';
export * from './announced-change-entries.js';
