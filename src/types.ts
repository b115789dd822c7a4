// The client's options. The shapes generated code and transports share live in contract.ts, which imports nothing.
import type { CancelMediaProcessingBody, CancelMediaProcessingOperation } from '../generated/index.js';
import type { AuthOption, TokenCredentialLike } from './auth.js';
import type { ActionResult, CallRoute, CallTarget, FetchLike, FetchRequestInit, FetchResponseLike, RequestOptions } from './contract.js';
import type { RetryOptions } from './retry.js';

export type { AuthOption, TokenCredentialLike, CallRoute, RetryOptions, FetchLike, FetchRequestInit, FetchResponseLike, RequestOptions };

/** The seed's result type: an ActionResult whose operationId is always set. */
export type CancelMediaProcessingResult = ActionResult<CancelMediaProcessingOperation>;
/** 0.1's name for cancelMediaProcessing's body. */
export type CancelMediaProcessingRequest = CancelMediaProcessingBody;
/** 0.1's name for a call target. */
export type CallRef = CallTarget;

export interface CommsClientOptions {
  auth: AuthOption;
  /** Default "https://graph.microsoft.com/beta". */
  baseUrl?: string;
  /**
   * The route of every call whose target does not say: "app" (the seed's, the default), "applications" (then each
   * target gives its applicationId) or "communications" (today's Graph).
   */
  route?: CallRoute;
  /**
   * The application on route "applications" for requests that name no call (createCall); a call's own target
   * gives its applicationId.
   */
  applicationId?: string;
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

