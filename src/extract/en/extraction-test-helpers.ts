/** Shared by the English extraction tests: every event's evidence must be a substring of its input. */
import { expect } from 'vitest';
import type { ExtractionResult, OfficerEvent } from '../announcement.js';
import { extractEnglish } from './extract-english.js';
import { normalizeWhitespace } from './sentence-splitter.js';

/** Extracts, and checks that every event's evidence stands in the text (whitespace folded). */
export function run(text: string, announced: string | null = null): ExtractionResult {
  const result = extractEnglish({ text, announced });
  for (const event of result.events) expect(normalizeWhitespace(text)).toContain(normalizeWhitespace(event.evidence));
  return result;
}

/** The one event of `person`; fails when there is none or more than one. */
export function only(result: ExtractionResult, person: string): OfficerEvent {
  const events = result.events.filter((e) => e.person === person);
  expect(events, `events for ${person}: ${JSON.stringify(result.events)}`).toHaveLength(1);
  return events[0] as OfficerEvent;
}
