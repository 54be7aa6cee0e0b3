/**
 * EDINET (金融庁): Japanese statutory disclosures through EDINET API v2.
 *
 * Two tasks: `daily` reads the document lists of yesterday and today (or every day since `--since`) for
 * 臨時報告書 on a change of representative director and for the fiscal year ends of 有価証券報告書; `codelist`
 * turns the EDINET code list into the company master. The API (`daily`) needs a free subscription key (env
 * `EDINET_API_KEY` or `sources.edinet.options.apiKey`); without one that task is reported unavailable and not
 * scheduled, while `codelist`, a public download, still runs. EDINET answers errors inside HTTP 200 bodies,
 * which the tasks recognise and record.
 */
import { defineSource } from '../source-definition.js';
import { readCodeList } from './codelist-task.js';
import { readDocumentLists } from './document-list-task.js';
import { edinetUnavailableReason, resolveEdinetOptions } from './edinet-options.js';

export default defineSource({
  id: 'edinet',
  name: 'EDINET (FSA Japan)',
  homepage: 'https://disclosure2.edinet-fsa.go.jp/',
  description:
    'Japanese issuers: extraordinary reports on changes of representative director (臨時報告書, 第19条第2項第9号), fiscal year ends from annual securities reports, and the EDINET code list as company master.',
  languages: ['ja'],
  // UTC cron: every 30 minutes from 09:00 to 22:30 Japan time (filings arrive 09:00–17:15 and in the evening);
  // the code list once a week, Monday 06:40 Japan time.
  schedules: { daily: '*/30 0-13 * * *', codelist: '40 21 * * 0' },
  baseUrls: {
    api: 'https://api.edinet-fsa.go.jp/api/v2',
    codelist: 'https://disclosure2dl.edinet-fsa.go.jp/searchdocument/codelist',
    viewer: 'https://disclosure2.edinet-fsa.go.jp',
  },
  minIntervalMs: 1000,
  maintainers: ['execradar'],
  unavailableReason: ({ options, task }) => edinetUnavailableReason(options, task),
  async run(context) {
    const resolved = resolveEdinetOptions(context.options);
    if (resolved.kind === 'invalid') throw new Error(`edinet: ${resolved.reason}`);
    const { options } = resolved;
    if (context.task === 'codelist') {
      await readCodeList(context, options);
      return;
    }
    if (!options.apiKey) throw new Error('edinet: no API key (EDINET_API_KEY)');
    await readDocumentLists(context, { ...options, apiKey: options.apiKey });
  },
});
