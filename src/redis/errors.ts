/**
 * Redis could not take or give what a fleet object needed within its time: not connected (node-redis would only
 * queue the command), too slow, or it answered with an error (the `cause`). The callback handler answers such a
 * payload 503 with Retry-After, so that Graph delivers it again.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(`Redis unavailable: ${message}`, options);
  }
}
