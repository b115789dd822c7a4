// The typed errors of the Redis-backed objects. A callback handler answers 503 + Retry-After on any of them, so
// that Graph redelivers the notification instead of it being acknowledged and lost.

/** Redis did not do what was asked in time: not connected, no answer within the time limit, or an error reply. */
export class StoreUnavailableError extends Error {
  override readonly name: string = 'StoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(`Redis is unavailable: ${message}`, options);
  }
}

/** Other instances kept changing the same call: every optimistic attempt lost the race, up to the attempt limit. */
export class StoreConflictError extends StoreUnavailableError {
  override readonly name = 'StoreConflictError';
  declare readonly callId: string;
  declare readonly attempts: number;
  constructor(callId: string, attempts: number) {
    super(`call ${JSON.stringify(callId)} changed under each of ${attempts} attempts to update it`);
    this.callId = callId;
    this.attempts = attempts;
  }
}
