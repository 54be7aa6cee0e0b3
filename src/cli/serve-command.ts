/** `execradar serve` (npm start): the service until SIGINT/SIGTERM, then a clean shutdown. */
import { createLogger } from '../config/logger.js';
import { loadSettings } from '../config/settings.js';
import { startService } from '../service/execradar-service.js';

export async function runServeCommand(): Promise<void> {
  const settings = loadSettings();
  const logger = createLogger(settings.logLevel);
  const service = await startService(settings, logger).catch((error: unknown) => {
    process.stderr.write(`execradar serve: ${error instanceof Error ? error.message : String(error)}\n`);
    // Workers and timers of a half-started service must not keep the process alive.
    process.exit(1);
  });
  process.stderr.write(`\nExecRadar dashboard: ${service.url}/  (token: ${settings.apiToken ? 'from EXECRADAR_TOKEN' : `${service.token} — kept in ${settings.dataDir}/api-token`})\n\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}
