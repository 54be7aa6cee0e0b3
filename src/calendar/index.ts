/** The reshuffle/budget calendar from the database: assembly, outputs (table, JSON, iCalendar), feeds and nudges. */
export * from './calendar-entry.js';
export * from './calendar-settings.js';
export * from './calendar-data-loader.js';
export * from './calendar-assembly.js';
export * from './calendar-ics.js';
export * from './calendar-table.js';
export * from './owner-token.js';
export * from './fiscal-year-windows.js';
export * from './reshuffle-inputs.js';
export * from './raise-due-nudges.js';
export * from './nudge-playbooks.js';
export { seedHistory, isSeedCompany, SEED_COVERAGE } from './seed-priors.js';
