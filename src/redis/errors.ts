// The typed errors of the Redis-backed objects. A callback handler answers 503 + Retry-After on any of them, so
// that Graph redelivers the notification instead of it being acknowledged and lost.

/**
 * Redis could not take or give what a fleet object needed within its time: not connected (node-redis would only
 * queue the command), too slow, or it answered with an error (the `cause`).
 */
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
