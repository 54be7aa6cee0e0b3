/**
 * Runs the delivery worker on a timer inside the service: one round every `pollIntervalMs`, never two at once in
 * this process (several processes are safe: claims use SKIP LOCKED). A round that throws is logged, not fatal —
 * the rows it held are retried when their lease lapses.
 */
import { deliverDueAlerts, type NotifyDeps } from './delivery-worker.js';

export interface DeliveryLoop {
  /** Stops the timer and waits for a running round to finish. */
  stop(): Promise<void>;
}

export function startDeliveryLoop(deps: NotifyDeps): DeliveryLoop {
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = (): void => {
    if (running || stopped) return;
    running = deliverDueAlerts(deps)
      .then((result) => {
        if (result.claimed > 0 || result.digests > 0 || result.planned > 0) deps.logger?.info(result, 'notifications delivered');
      })
      .catch((error: unknown) => deps.logger?.error({ err: error instanceof Error ? error.message : String(error) }, 'notification round failed'))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, deps.settings.delivery.pollIntervalMs);
  timer.unref();
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
