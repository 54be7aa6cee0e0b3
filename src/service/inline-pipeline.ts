/**
 * Runs a source and the documents it stored to the end (events, matches, alerts) in this process,
 * without the job queue: for the CLI's one-off crawls and for tests that follow one announcement.
 */
import type { Kysely } from 'kysely';
import type { Logger } from '../config/logger.js';
import type { Settings } from '../config/settings.js';
import type { Database } from '../db/schema.js';
import { processDocument } from '../pipeline/process-document.js';
import { runSource, type PageFetcher, type RunRequest, type RunSummary } from '../pipeline/source-runner.js';
import type { SourceDefinition } from '../../sources/source-definition.js';

export interface InlineRunResult extends RunSummary {
  readonly events: number;
  readonly alerts: number;
}

export async function runSourceInline(
  deps: { readonly db: Kysely<Database>; readonly http: PageFetcher; readonly settings: Settings; readonly logger: Logger; readonly now?: () => Date },
  source: SourceDefinition,
  request: RunRequest,
): Promise<InlineRunResult> {
  // A document stored and then linked to a co-registrant in the same run is processed once, after the run.
  const stored = new Set<number>();
  const summary = await runSource({ ...deps, onDocumentStored: async (_trx, documentId) => void stored.add(documentId) }, source, request);
  let events = 0;
  let alerts = 0;
  for (const documentId of stored) {
    const result = await processDocument(deps.db, documentId);
    events += result.newEvents;
    alerts += result.alerts;
  }
  return { ...summary, events, alerts };
}
