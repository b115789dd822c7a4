// Public shapes of the client: its options, the call arguments and the result. Kept apart from the
// implementation so transports and the response layer can share them without import cycles.
import type { CommsOperation } from '../generated/index.js';
import type { AuthOption, TokenCredentialLike } from './auth.js';
import type { CallRoute } from './location.js';
import type { RetryOptions } from './retry.js';

export type { AuthOption, TokenCredentialLike, CallRoute, RetryOptions };

/** What the client hands a transport. `redirect` is always `manual`: the client follows redirects itself. */
export interface FetchRequestInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  redirect: 'manual';
  signal?: AbortSignal;
}

export interface FetchResponseLike {
  status: number;
  statusText?: string;
  headers: { get(name: string): string | null };
  /** A WHATWG ReadableStream, a Node Readable (node-fetch), or null. */
  body: unknown;
  text(): Promise<string>;
}

/** Any WHATWG fetch (globalThis.fetch, node-fetch, undici) fits. */
export type FetchLike = (url: string, init: FetchRequestInit) => Promise<FetchResponseLike>;

export interface CommsClientOptions {
  auth: AuthOption;
  /** Default "https://graph.microsoft.com/beta". */
  baseUrl?: string;
  /** Default [`${origin of baseUrl}/.default`]. */
  scopes?: string[];
  /** Default: node-fetch with a keep-alive agent on Node, globalThis.fetch elsewhere. */
  fetch?: FetchLike;
  retry?: false | RetryOptions;
  /**
   * Per attempt: from asking for the token to the last byte of the answer (connect, TLS, headers, body).
   * Default 30 000 ms; `Infinity` turns it off. The back-off wait between attempts is not counted (it is
   * bounded by `retry.maxDelayMs`). A value beyond 2^31-1 ms (about 24.8 days) waits that long.
   */
  timeoutMs?: number;
  /** Hosts ("host" = any port, "host:port") that may receive the token. Default: the host of baseUrl. */
  allowedHosts?: string[];
  /** Cap on a response body. Default 1 MiB. */
  maxResponseBytes?: number;
  /** Redirect hops followed per attempt. Default 5. */
  maxRedirects?: number;
  /** How long before expiry a TokenCredential's cached token is replaced. Default 5 minutes. */
  tokenRefreshMarginMs?: number;
}

export interface CallRef {
  callId: string;
  applicationId?: string;
  route?: CallRoute;
}

export interface CancelMediaProcessingBody {
  all?: boolean;
  clientContext?: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Default: a fresh crypto.randomUUID(), the same on every retry of this call. */
  clientRequestId?: string;
  /** Added to the request; cannot replace Authorization, client-request-id or Retry-Attempt. */
  headers?: Record<string, string>;
}

export interface CancelMediaProcessingResult {
  status: 202 | 200;
  /** The Location header, as sent. */
  location?: string;
  callId: string;
  operationId: string;
  applicationId?: string;
  operation?: CommsOperation;
  requestId?: string;
  clientRequestId: string;
}
