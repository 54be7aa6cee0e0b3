/** Shared by the Japanese extraction tests: fixtures, evidence checks, and finding a person's event. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ExtractionResult, OfficerEvent } from '../announcement.js';
import { extractJapanese } from './extract-japanese.js';
import { collapseWhitespace } from './mapped-text.js';

/** A notice from src/extract/ja/fixtures/. */
export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

/** Extracts, and checks that every event's evidence stands in the text (whitespace folded). */
export async function extractChecked(text: string, announced: string | null): Promise<ExtractionResult> {
  const result = await extractJapanese({ text, announced, lang: 'ja' });
  for (const event of result.events) expect(collapseWhitespace(text)).toContain(event.evidence);
  return result;
}

/** The event of `person`, spaces ignored; fails naming who was found instead. */
export function byPerson(events: readonly OfficerEvent[], person: string): OfficerEvent {
  const found = events.find((e) => e.person.replace(/[\s\u3000]/gu, '') === person.replace(/\s/gu, ''));
  if (!found) throw new Error(`no event for ${person}: ${events.map((e) => e.person).join(', ')}`);
  return found;
}
