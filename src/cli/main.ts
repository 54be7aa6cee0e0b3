#!/usr/bin/env node
/** The `execradar` command line: one sub-command per job; heavy modules load only when their command runs. */
import { Command } from 'commander';

const program = new Command('execradar')
  .description('Executive-change radar for customer-success teams')
  .showHelpAfterError();

program
  .command('extract')
  .description('extract executive-change events and fiscal facts from a JSONL file of texts')
  .requiredOption('--input <file>', 'JSONL: {"id","text","lang"?,"company"?,"announced"?,"url"?}')
  .requiredOption('--output <file>', 'JSONL: {"id","events":[...],"fiscal":{...}}')
  .action(async (options: { input: string; output: string }) => {
    const { runExtractCommand } = await import('./extract-command.js');
    const count = await runExtractCommand(options.input, options.output);
    process.stderr.write(`extract: ${count} documents → ${options.output}\n`);
  });

program
  .command('match')
  .description('match announced officers to CRM contacts (batch, no database)')
  .requiredOption('--contacts <file>', 'CRM contacts CSV (canonical, Salesforce or HubSpot export)')
  .requiredOption('--events <file>', 'JSONL: {"id","company":{...},"person","person_reading"?,"change"}')
  .requiredOption('--output <file>', 'JSONL: {"id","matches":[{"contact_id","score"}]}')
  .action(async (options: { contacts: string; events: string; output: string }) => {
    const { runMatchCommand } = await import('./match-command.js');
    const count = await runMatchCommand(options.contacts, options.events, options.output);
    process.stderr.write(`match: ${count} events → ${options.output}\n`);
  });

const windows = program.command('windows').description('reshuffle and budget windows');
windows
  .command('predict')
  .description('predict reshuffle windows from a history of executive-change announcements')
  .option('--history <file>', 'CSV: company_id,country,fiscal_year_end,announced,…')
  .option('--companies <file>', 'CSV: company_id,fiscal_year_end')
  .option('--from-db', 'read history and companies from the database instead')
  .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
  .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
  .requiredOption('--output <file>', 'JSONL: {"company_id","start","end","confidence","basis"}')
  .action(async (options: { history?: string; companies?: string; fromDb?: boolean; from: string; to: string; output: string }) => {
    const { runWindowsPredictCommand } = await import('./windows-command.js');
    const loadFromDb = options.fromDb ? (await import('./calendar-command.js')).windowInputsFromDb : undefined;
    await runWindowsPredictCommand(options, loadFromDb);
  });

program
  .command('calendar')
  .description('reshuffle windows, fiscal dates, budget windows and renewals of tracked accounts')
  .requiredOption('--from <date>', 'first day, YYYY-MM-DD')
  .requiredOption('--to <date>', 'last day, YYYY-MM-DD')
  .option('--owner <email>', "only this owner's accounts")
  .option('--country <code>', 'only accounts in this country (JP, US, …)')
  .option('--segment <name>', 'only accounts of this CRM segment')
  .option('--format <format>', 'table, json or ics', 'table')
  .option('--feed-url', "print the owner's iCalendar feed URL (needs --owner)")
  .action(async (options: { from: string; to: string; owner?: string; country?: string; segment?: string; format?: string; feedUrl?: boolean }) => {
    const { runCalendarCommand } = await import('./calendar-command.js');
    await runCalendarCommand(options);
  });

program
  .command('serve', { isDefault: false })
  .description('migrate, then run the scheduler, the crawl workers and the dashboard/API (npm start)')
  .action(async () => {
    const { runServeCommand } = await import('./serve-command.js');
    await runServeCommand();
  });

program
  .command('demo')
  .description('a populated dashboard offline: sample portfolio and demo filings through the real crawler (data in ./data/demo)')
  .option('--data-dir <dir>', 'where the demo keeps its database', './data/demo')
  .option('--port <port>', 'dashboard port (default: env PORT or 3000)')
  .action(async (options: { dataDir?: string; port?: string }) => {
    const { runDemoCommand } = await import('./demo-command.js');
    await runDemoCommand(options);
  });

program
  .command('migrate')
  .description('apply database migrations and exit')
  .action(async () => {
    const { withStore } = await import('./cli-context.js');
    await withStore(async () => process.stdout.write('database is up to date\n'));
  });

program
  .command('import')
  .description('import data')
  .command('contacts <file>')
  .description('import CRM contacts (canonical CSV, Salesforce or HubSpot export; UTF-8 or Shift_JIS)')
  .action(async (file: string) => {
    const { runImportContacts } = await import('./import-command.js');
    await runImportContacts(file);
  });

program
  .command('crawl')
  .description('run one source now, in this process (backfill with --since)')
  .requiredOption('--source <id>', 'source id, e.g. sec-edgar')
  .option('--task <name>', "the source's task (default: its first)")
  .option('--since <date>', 'backfill from this day, YYYY-MM-DD')
  .action(async (options: { source: string; task?: string; since?: string }) => {
    const { runCrawlCommand } = await import('./crawl-command.js');
    await runCrawlCommand(options);
  });

program
  .command('sources')
  .description('list the public sources and their tasks')
  .action(async () => {
    const { SOURCES } = await import('../../sources/index.js');
    for (const source of SOURCES) {
      process.stdout.write(`${source.id}\t${source.name}\t${Object.entries(source.schedules).map(([task, cron]) => `${task}: ${cron}`).join(', ')}\n`);
    }
  });

program
  .command('alerts')
  .description('list open alerts with their evidence and source link')
  .option('--owner <email>', "only this owner's alerts")
  .option('--json', 'as JSON')
  .action(async (options: { owner?: string; json?: boolean }) => {
    const { runAlertsCommand } = await import('./alerts-command.js');
    await runAlertsCommand(options);
  });

program
  .command('accounts')
  .description('CRM accounts')
  .command('unresolved')
  .description('accounts that could not be tied to a listed company')
  .action(async () => {
    const { runAccountsUnresolved } = await import('./accounts-command.js');
    await runAccountsUnresolved();
  });

const matches = program.command('matches').description('the match review list');
matches
  .command('review')
  .description('matches between the review and alert thresholds')
  .option('--all', 'every undecided match')
  .action(async (options: { all?: boolean }) => {
    const { runMatchesReview } = await import('./matches-command.js');
    await runMatchesReview(options);
  });
for (const [verb, decision] of [['confirm', 'confirmed'], ['dismiss', 'dismissed']] as const) {
  matches
    .command(`${verb} <matchId>`)
    .description(`${verb} a match (remembered: a dismissed pair never alerts again)`)
    .action(async (matchId: string) => {
      const { runMatchDecision } = await import('./matches-command.js');
      await runMatchDecision(matchId, decision);
    });
}

program
  .command('notify')
  .description('alert delivery')
  .command('deliver')
  .description('deliver due alerts and digests now (the service does this continuously)')
  .action(async () => {
    const { withStore } = await import('./cli-context.js');
    const { drainDeliveries } = await import('../notify/index.js');
    await withStore(async ({ settings, logger, store }) => {
      const result = await drainDeliveries({ db: store.db, settings: settings.notify, publicUrl: settings.publicUrl ?? `http://localhost:${settings.port}`, logger });
      process.stdout.write(`${JSON.stringify(result)}\n`);
    });
  });

await program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`execradar: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
