/** `execradar alerts [--owner EMAIL] [--json]`: open alerts with their evidence and source link. */
import { listOpenAlerts } from '../db/alert-repository.js';
import { withStore } from './cli-context.js';

export async function runAlertsCommand(options: { owner?: string; json?: boolean }): Promise<void> {
  await withStore(async ({ store }) => {
    const alerts = await listOpenAlerts(store.db, options.owner ? { owner: options.owner } : {});
    if (options.json) {
      process.stdout.write(`${JSON.stringify(alerts, null, 2)}\n`);
      return;
    }
    if (alerts.length === 0) process.stdout.write('no open alerts\n');
    for (const alert of alerts) {
      const p = alert.payload as Record<string, unknown> & { account?: { name?: string }; contact?: { name?: string } };
      process.stdout.write(
        [
          `#${alert.id} ${alert.kind} → ${alert.recipient ?? '(no owner)'}`,
          `  ${String(p['person'])} (${String(p['company'])}): ${String(p['change'])}${p['effective'] ? `, effective ${String(p['effective'])}` : ''}`,
          `  contact ${p.contact?.name ?? '?'} at account ${p.account?.name ?? '?'}`,
          `  “${String(p['evidence'])}”`,
          `  ${String(p['documentUrl'])}`,
          '',
        ].join('\n'),
      );
    }
  });
}
