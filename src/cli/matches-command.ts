/** `execradar matches review|confirm ID|dismiss ID`: the review list between the two match thresholds. */
import { decideMatch, listMatchesForReview } from '../db/match-repository.js';
import { MATCH_THRESHOLDS } from '../match/match-thresholds.js';
import { processDocument } from '../pipeline/process-document.js';
import { withStore } from './cli-context.js';

export async function runMatchesReview(options: { all?: boolean }): Promise<void> {
  await withStore(async ({ store }) => {
    const items = await listMatchesForReview(store.db, options.all ? {} : { minScore: MATCH_THRESHOLDS.review, maxScore: MATCH_THRESHOLDS.alert });
    if (items.length === 0) process.stdout.write('nothing to review\n');
    for (const item of items) {
      process.stdout.write(
        `#${item.matchId} score ${item.score.toFixed(2)}: “${item.person}” (${item.change}) ↔ contact ${item.contactName} [${item.contactId}] at ${item.accountName}\n` +
          `  because: ${item.reasons.join('; ')}\n  “${item.evidence}”\n  ${item.documentUrl}\n` +
          `  execradar matches confirm ${item.matchId}   |   execradar matches dismiss ${item.matchId}\n\n`,
      );
    }
  });
}

export async function runMatchDecision(matchId: string, decision: 'confirmed' | 'dismissed'): Promise<void> {
  const id = Number(matchId);
  if (!Number.isInteger(id) || id <= 0) throw new Error(`match id must be a positive number, got "${matchId}"`);
  await withStore(async ({ store }) => {
    const { documentId } = await decideMatch(store.db, id, decision, process.env['USER'] ?? 'cli');
    // A confirmed review-level match now warrants its alert: re-running the document raises it (idempotently).
    if (decision === 'confirmed') await processDocument(store.db, documentId);
    process.stdout.write(`match #${id} ${decision}; remembered for this contact and person\n`);
  });
}
