// The SDK's typed errors. Each has a stable `name` so callers can branch without instanceof across realms.
// Their fields are declared only (`declare`) and set in the constructor: a class then emits no field list of its
// own, which a browser bundle would carry once per class.

/** A thrown value as text for a message, whatever it is (no Error, null, an object whose members throw). */
export function describeThrown(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'an unprintable value';
  }
}

export interface GraphErrorInit {
  status: number;
  code?: string;
  message?: string;
  requestId?: string;
  clientRequestId?: string;
  date?: string;
  retryAfterMs?: number;
  body?: string;
  innerError?: Record<string, unknown>;
  details?: unknown[];
}

/** A non-2xx answer from Graph, after retries. */
export class GraphError extends Error {
  override readonly name = 'GraphError';
  declare readonly status: number;
  declare readonly code: string;
  declare readonly requestId?: string;
  declare readonly clientRequestId?: string;
  declare readonly date?: string;
  declare readonly retryAfterMs?: number;
  declare readonly body: string;
  declare readonly innerError?: Record<string, unknown>;
  declare readonly details?: unknown[];

  constructor({ message, ...init }: GraphErrorInit) {
    super(message || `Graph answered ${init.status}`);
    Object.assign(this, init, { code: init.code ?? `http${init.status}`, body: init.body ?? '' });
  }
}

/** A 202 without a Location, or a Location that is not a commsOperation URI. */
export class LocationParseError extends Error {
  override readonly name = 'LocationParseError';
  declare readonly location: string | undefined;
  constructor(location: string | undefined, reason: string) {
    super(`Cannot parse operation Location ${JSON.stringify(location)}: ${reason}`);
    this.location = location;
  }
}

/** A notification body that is not a valid commsNotifications payload. `path` is a JSON pointer. */
export class NotificationParseError extends Error {
  override readonly name = 'NotificationParseError';
  declare readonly path: string;
  constructor(path: string, reason: string, options?: { cause?: unknown }) {
    super(`Invalid commsNotifications at ${path || '/'}: ${reason}`, options);
    this.path = path;
  }
}

/** A callback whose bearer token does not verify. */
export class NotificationAuthError extends Error {
  override readonly name = 'NotificationAuthError';
  declare readonly reason: string;
  constructor(reason: string) {
    super(`Callback token rejected: ${reason}`);
    this.reason = reason;
  }
}

/** An attempt or a wait that ran past its time limit. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(message = 'The operation timed out') {
    super(message);
  }
}

/** An attempt or a wait ended by the caller's AbortSignal. */
export class AbortError extends Error {
  override readonly name = 'AbortError';
  constructor(message = 'The operation was aborted', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The token would go to a host outside `allowedHosts`, or over plain http to a non-loopback host. */
export class TokenLeakError extends Error {
  override readonly name = 'TokenLeakError';
  declare readonly url: string;
  constructor(url: string, reason: string) {
    super(`Refusing to send the access token to ${url}: ${reason}`);
    this.url = url;
  }
}

/** No usable access token: the credential returned null, threw, or the callback gave something that is not a token. */
export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(`Cannot get an access token: ${message}`, options);
  }
}

/** A 2xx answer the SDK cannot use: an unexpected status, a body that is not JSON or fails the schema. */
export class InvalidResponseError extends Error {
  override readonly name: string = 'InvalidResponseError';
  declare readonly status: number;
  declare readonly body: string;
  /** JSON pointer of the first bad place, when the body failed the schema. */
  declare readonly path?: string;
  declare readonly requestId?: string;
  constructor(status: number, reason: string, body = '', path?: string, requestId?: string) {
    super(`Unusable ${status} answer from Graph: ${reason}`);
    Object.assign(this, { status, body, path, requestId });
  }
}

/** A response body larger than the client's `maxResponseBytes`; the rest of it was not read. */
export class ResponseTooLargeError extends InvalidResponseError {
  override readonly name = 'ResponseTooLargeError';
  declare readonly limitBytes: number;
  constructor(status: number, limitBytes: number, requestId?: string) {
    super(status, `body exceeds ${limitBytes} bytes`, '', undefined, requestId);
    this.limitBytes = limitBytes;
  }
}

/**
 * The connection failed before a whole answer arrived: refused, reset, or cut mid-body. One type whatever the
 * transport threw (node-fetch's FetchError, fetch's TypeError "fetch failed" or "terminated"); that error is the
 * `cause`, and `code` is the socket error's (ECONNRESET, ...) when one is known.
 */
export class ConnectionError extends Error {
  override readonly name = 'ConnectionError';
  declare readonly code?: string;
  constructor(cause: unknown) {
    super(`Connection to Graph failed: ${(cause as Error)?.message ?? cause}`, { cause });
    for (let e = cause as { code?: unknown; cause?: unknown } | undefined, i = 0; e && i < 5; e = e.cause as typeof e, i++) {
      if (typeof e.code === 'string') {
        this.code = e.code;
        break;
      }
    }
  }
}

/** What a transport's failure is to the caller: a deadline the transport kept (see FetchRequestInit) as it is, anything else a ConnectionError. */
export const transportFailure = (e: unknown): Error => (e instanceof TimeoutError ? e : new ConnectionError(e));
