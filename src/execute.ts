// One logical call on the wire: attempts with the bearer token, the retry loop around them, redirects (the
// platform's follower, which sends each hop through here: none in a browser) and the per-attempt timeout. Returns the final answer with its body
// read; turning it into a result is results.ts's job.
import { type TokenProvider, type TokenRequest, parseClaimsChallenge } from './auth.js';
import { ConnectionError, InvalidResponseError, transportFailure } from './errors.js';
import type { HostPolicy } from './hosts.js';
import { type RawResponse, cancelBody, readBody } from './response.js';
import type { FetchLike, FetchResponseLike, Platform } from './contract.js';
import { type RetryPolicy, backoffDelay, isRetryableStatus, parseRetryAfter } from './retry.js';
import { abortReason, attemptScope, raceAbort } from './signals.js';

export interface PipelineConfig {
  fetch: FetchLike;
  platform: Platform;
  tokens: TokenProvider;
  hosts: HostPolicy;
  retry: RetryPolicy | null;
  timeoutMs: number | undefined;
  maxResponseBytes: number;
  maxRedirects: number;
  /** The transport ends its promise and its body when the signal aborts (see the client's `abortable`). */
  abortable: boolean;
}

export interface OutgoingRequest {
  /** Absolute URL, on an origin the host policy has already passed (redirects are checked here). */
  url: string;
  method: string;
  /** Everything but Authorization and Retry-Attempt, which each attempt adds (the first one in place). */
  headers: Record<string, string>;
  body?: string;
  clientRequestId: string;
  signal?: AbortSignal;
}

// A redirect body is only drained so the socket can be reused; past this it is cancelled instead.
const REDIRECT_DRAIN_BYTES = 64 * 1024;

/**
 * One hop on the wire. A transport that honours the signal (see PipelineConfig.abortable) is awaited as it is; any other is
 * raced against the signal, so that one ignoring it cannot hold the caller (its late answer is cancelled).
 */
function send(cfg: PipelineConfig, url: string, init: Parameters<FetchLike>[1]): Promise<FetchResponseLike> {
  // Not async: a hop costs the transport's promise and one more, not an async function's. (A transport that throws
  // instead of rejecting throws into execute's own catch, as before.)
  const pending = cfg.fetch(url, init);
  return (cfg.abortable ? pending : raceAbort(pending, init.signal)).catch((e: unknown) => {
    if (!init.signal?.aborted) throw transportFailure(e);
    pending.then((res) => cancelBody(res, cfg.platform.streamReader), () => {});
    throw e;
  });
}

/**
 * Sends `req` until there is an answer to return: retrying 429/503/504 and connection failures under
 * the retry policy, and a 401 once with a fresh token. A non-2xx answer is returned, not thrown.
 */
export async function execute(cfg: PipelineConfig, req: OutgoingRequest): Promise<RawResponse> {
  const { retry, tokens, platform } = cfg;
  const streams = platform.streamReader;
  let retryNo = 0;
  let delay = 0;
  let refreshed = false;
  let tokenRequest: TokenRequest = {};
  // The first attempt sends the request's own header object; later ones send copies, so an object a transport
  // has already been given is never changed afterwards.
  let headers: Record<string, string> | undefined;
  if (req.signal?.aborted) throw abortReason(req.signal);
  for (;;) {
    // The back-off wait is bounded by retry.maxDelayMs and ended by the caller's signal; the timer starts after
    // it, so a Retry-After the policy honours does not eat into the attempt it precedes.
    if (delay > 0) await retry!.sleep(delay, req.signal);
    const peeked = tokenRequest.rejected === undefined ? tokens.peek() : undefined;
    // The platform may time an attempt more cheaply than with a signal of its own (see Platform.attemptScope).
    const scope = (platform.attemptScope ?? attemptScope)(req.signal, cfg.timeoutMs, cfg.fetch, peeked);
    const { signal } = scope;
    // A transport that stops at the signal errors the body itself; the read needs no listener of its own then (an
    // abort is told apart below, from the signal).
    const bodySignal = cfg.abortable ? undefined : signal;
    // Set once an answer arrived: a failure after it (a body cut short) is not retried, the service may have acted.
    let answered = false;
    let raw: RawResponse;
    let token: string;
    try {
      token = peeked ?? (await tokens.getToken(signal ? { ...tokenRequest, signal } : tokenRequest));
      headers = headers ? { ...req.headers } : req.headers;
      headers.Authorization = `Bearer ${token}`;
      if (retryNo > 0) headers['Retry-Attempt'] = String(retryNo);
      const init = { method: req.method, headers, body: req.body, redirect: 'manual', signal, deadline: scope.deadline } as const;
      let res = await send(cfg, req.url, init);
      if (platform.followRedirect && res.status > 299 && res.status < 400) {
        res = await platform.followRedirect(res, (url) => send(cfg, url, init), (r) => readBody(r, { maxBytes: REDIRECT_DRAIN_BYTES, signal: bodySignal, truncate: true, streams }), req, cfg);
      }
      const { status } = res;
      // What a browser's fetch gives for a redirect under `redirect: 'manual'`: it hides where it points.
      if (status === 0) {
        cancelBody(res, streams);
        throw new InvalidResponseError(0, 'an opaque redirect');
      }
      answered = true;
      raw = { status, headers: res.headers, text: await readBody(res, { maxBytes: cfg.maxResponseBytes, signal: bodySignal, truncate: status < 200 || status > 299, streams }) };
    } catch (e) {
      const error = signal?.aborted ? abortReason(signal) : e;
      // Only the transport's own failure is a connection error: an AuthenticationError whose cause carries
      // ECONNRESET is the token source failing, and asking it again at once is not the SDK's call to make.
      if (retry && retryNo < retry.maxRetries && !answered && error instanceof ConnectionError && platform.isConnectionError(error.cause)) {
        delay = backoffDelay(retryNo++, retry);
        continue;
      }
      throw error;
    } finally {
      scope.done();
    }
    tokenRequest = {};
    if (raw.status === 401 && !refreshed && tokens.canRefresh) {
      refreshed = true;
      tokenRequest = { rejected: token, claims: parseClaimsChallenge(raw.headers.get('www-authenticate')) };
      delay = 0;
      continue;
    }
    if (!retry || !isRetryableStatus(raw.status)) return raw;
    const retryAfterMs = parseRetryAfter(raw.headers.get('retry-after'));
    if (retryNo >= retry.maxRetries || (retryAfterMs !== undefined && retryAfterMs > retry.maxDelayMs)) {
      return retryAfterMs === undefined ? raw : { ...raw, retryAfterMs };
    }
    delay = retryAfterMs ?? backoffDelay(retryNo, retry);
    retryNo++;
  }
}
