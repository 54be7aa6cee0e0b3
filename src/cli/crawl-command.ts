/** `execradar crawl --source ID [--task T] [--since YYYY-MM-DD]`: one run in this process, with a progress bar. */
import { SingleBar, Presets } from 'cli-progress';
import { createHttpClient } from '../service/http-client-factory.js';
import { runSourceInline } from '../service/inline-pipeline.js';
import { SOURCES, sourceById } from '../../sources/index.js';
import { withStore } from './cli-context.js';

export async function runCrawlCommand(options: { source: string; task?: string; since?: string }): Promise<void> {
  const source = sourceById(options.source);
  if (options.task && !(options.task in source.schedules)) {
    throw new Error(`source ${source.id} has no task "${options.task}" (tasks: ${Object.keys(source.schedules).join(', ')})`);
  }
  if (options.since && !/^\d{4}-\d{2}-\d{2}$/u.test(options.since)) throw new Error(`--since: expected YYYY-MM-DD, got "${options.since}"`);
  await withStore(async ({ settings, logger, store }) => {
    const bar = new SingleBar({ format: `${source.id} [{bar}] {value}/{total} {eta_formatted}`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
    let started = false;
    const result = await runSourceInline(
      { db: store.db, http: createHttpClient(settings, SOURCES, logger), settings, logger },
      source,
      {
        trigger: options.since ? 'backfill' : 'manual',
        ...(options.task ? { task: options.task } : {}),
        since: options.since ?? null,
        onProgress: (done, total) => {
          if (!process.stderr.isTTY) return;
          if (!started) bar.start(total, done);
          started = true;
          bar.update(done);
        },
      },
    );
    if (started) bar.stop();
    process.stdout.write(`${source.id}/${result.task}: ${result.status}; ${JSON.stringify(result.stats)}; ${result.events} new events, ${result.alerts} new alerts\n`);
    if (result.error) process.stdout.write(`error: ${result.error}\n`);
    if (result.status === 'failed') process.exitCode = 1;
  });
}
