/**
 * Send failures, classed by what the delivery worker should do: try again later (Retryable, honouring the
 * receiver's Retry-After) or stop now (Permanent: the message or the target is wrong, and retrying will not help).
 */

export class RetryableDeliveryError extends Error {
  override readonly name = 'RetryableDeliveryError';
  readonly kind = 'retryable' as const;
  /** How long the receiver asked us to wait, in ms. @default undefined */
  readonly retryAfterMs: number | undefined;

  constructor(message: string, options: { readonly cause?: unknown; readonly retryAfterMs?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.retryAfterMs = options.retryAfterMs;
  }
}

export class PermanentDeliveryError extends Error {
  override readonly name = 'PermanentDeliveryError';
  readonly kind = 'permanent' as const;

  constructor(message: string, options: { readonly cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
  }
}

export type DeliveryError = RetryableDeliveryError | PermanentDeliveryError;

/** Anything thrown while sending, as a DeliveryError (unknown errors — network, timeouts — are retryable). */
export function asDeliveryError(error: unknown): DeliveryError {
  if (error instanceof RetryableDeliveryError || error instanceof PermanentDeliveryError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new RetryableDeliveryError(message, { cause: error });
}
