/** `execradar extract`: the batch contract that lets anyone score extraction without a database. */
import { z } from 'zod';
import { extractAnnouncement } from '../extract/extract-announcement.js';
import { normalizePersonName } from '../extract/person-name-normalizer.js';
import { readJsonLines, writeJsonLines } from './jsonl.js';

const extractInputSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  lang: z.enum(['en', 'ja']).nullish(),
  company: z.string().nullish(),
  announced: z.string().nullish(),
  url: z.string().nullish(),
});

export async function runExtractCommand(inputFile: string, outputFile: string): Promise<number> {
  const inputs = await readJsonLines(inputFile, extractInputSchema);
  const rows = [];
  for (const input of inputs) {
    const result = await extractAnnouncement({
      text: input.text,
      lang: input.lang ?? undefined,
      company: input.company ?? null,
      announced: input.announced ?? null,
    });
    rows.push({
      id: input.id,
      events: result.events.map((event) => ({
        person: event.person,
        person_normalized: normalizePersonName(event.person),
        person_reading: event.personReading,
        change: event.change,
        role_before: event.roleBefore,
        role_after: event.roleAfter,
        effective: event.effective,
        evidence: event.evidence,
        confidence: event.confidence,
      })),
      fiscal: {
        fiscal_year_end: result.fiscal.fiscalYearEnd,
        earnings_date: result.fiscal.earningsDate,
        agm_date: result.fiscal.agmDate,
      },
    });
  }
  await writeJsonLines(outputFile, rows);
  return rows.length;
}
