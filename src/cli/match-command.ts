/**
 * `execradar match` (batch, no database): reads a CRM contacts CSV and a JSONL file of announced events and
 * writes, per event, the contacts that reach alert level: {"id","matches":[{"contact_id","score"}]}.
 * Review-level candidates and rejected CSV rows are reported on stderr, not in the output.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { parseContactsCsv } from '../contacts/parse-contacts-csv.js';
import { buildContactIndex } from '../match/contact-index.js';
import { matchableFromCrmRow } from '../match/crm-contact-adapter.js';
import { findMatches } from '../match/find-matches.js';
import { loadReadingGuesser } from '../match/kanji-reading-guesser.js';
import { MATCH_THRESHOLDS } from '../match/match-thresholds.js';
import { readJsonLines, writeJsonLines } from './jsonl.js';

const companySchema = z.object({
  name: z.string(),
  ticker: z.string().nullish(),
  cik: z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined ? v : String(v))),
  sec_code: z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined ? v : String(v))),
  corporate_number: z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined ? v : String(v))),
});

const eventLineSchema = z.object({
  id: z.string(),
  company: companySchema,
  person: z.string(),
  person_reading: z.string().nullish(),
  change: z.string(),
  previous_company: companySchema.nullish(),
});

type CompanyLine = z.infer<typeof companySchema>;
const toCompany = (c: CompanyLine) => ({ name: c.name, ticker: c.ticker, cik: c.cik, secCode: c.sec_code, corporateNumber: c.corporate_number });

export async function runMatchCommand(contactsFile: string, eventsFile: string, outputFile: string): Promise<number> {
  const contacts = parseContactsCsv(await readFile(contactsFile), contactsFile);
  for (const row of contacts.rejected) process.stderr.write(`match: ${contactsFile}:${row.line}: skipped: ${row.reason}\n`);
  const events = await readJsonLines(eventsFile, eventLineSchema);
  // The kanji reading dictionary costs seconds to load: only when a Latin name may have to meet an unread kanji name.
  const han = /\p{Script=Han}/u;
  const needsGuesses =
    (events.some((e) => han.test(e.person) && !e.person_reading) && contacts.rows.some((r) => !han.test(r.contactName))) ||
    (events.some((e) => !han.test(e.person)) && contacts.rows.some((r) => han.test(r.contactName) && !r.contactNameReading && !r.contactNameLatin));
  const guessReadings = needsGuesses ? await loadReadingGuesser() : undefined;
  const index = buildContactIndex(contacts.rows.map(matchableFromCrmRow), guessReadings ? { guessReadings } : {});
  const output = events.map((event) => {
    const candidates = findMatches(index, {
      company: toCompany(event.company),
      person: event.person,
      personReading: event.person_reading,
      change: event.change,
      previousCompany: event.previous_company ? toCompany(event.previous_company) : null,
    });
    for (const c of candidates) {
      if (c.score < MATCH_THRESHOLDS.alert) process.stderr.write(`match: ${event.id}: review ${c.contactId} (${c.score}, ${c.kind}): ${c.reasons.join('; ')}\n`);
    }
    const alerts = candidates.filter((c) => c.score >= MATCH_THRESHOLDS.alert);
    return { id: event.id, matches: alerts.map((c) => ({ contact_id: c.contactId, score: c.score })) };
  });
  await writeJsonLines(outputFile, output);
  return events.length;
}
