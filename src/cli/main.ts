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
    await runWindowsPredictCommand(options);
  });

await program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`execradar: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
