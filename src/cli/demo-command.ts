/** `execradar demo` (npm run demo): the sample portfolio and demo payloads through the real crawler, then the dashboard. */
import { createLogger } from '../config/logger.js';
import { runDemo } from '../demo/demo-run.js';

export async function runDemoCommand(options: { dataDir?: string; port?: string }): Promise<void> {
  const logger = createLogger(process.env['LOG_LEVEL'] ?? 'warn');
  process.stderr.write('ExecRadar demo: loading the sample portfolio and replaying demo filings from a local mirror (offline)…\n');
  const demo = await runDemo({ dataDir: options.dataDir, port: options.port === undefined ? undefined : Number(options.port) }, logger);
  for (const run of demo.runs) {
    process.stderr.write(`  ${run.sourceId.padEnd(10)} ${run.status.padEnd(7)} ${run.stats['documents_new'] ?? 0} documents, ${run.events} events, ${run.alerts} alerts${run.error ? ` — ${run.error}` : ''}\n`);
  }
  process.stderr.write(
    `  portfolio  ${demo.portfolio.accounts} accounts, ${demo.portfolio.contacts} contacts (data in ${demo.settings.dataDir})\n\n` +
      `Open the dashboard (signed in): ${demo.loginUrl}\n` +
      `API: curl -H 'Authorization: Bearer ${demo.token}' ${demo.url}/api/alerts\n` +
      'Ctrl-C stops the demo.\n\n',
  );
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await demo.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}
