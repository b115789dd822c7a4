// One logical call on the wire: attempts with the bearer token, the retry loop around them, redirects
// followed by hand (so the token never goes where allowedHosts does not allow), and the per-attempt
// timeout. Returns the final answer with its body read; turning it into a result is response.ts's job.
import { type TokenProvider, type TokenRequest, parseClaimsChallenge } from './auth.js';
import { GraphError, InvalidResponseError } from './errors.js';
import type { HostPolicy } from './hosts.js';
import { type RawResponse, cancelBody, readBody } from './response.js';
import { type RetryPolicy, backoffDelay, isConnectionError, isRetryableStatus, parseRetryAfter } from './retry.js';
import { abortReason, attemptScope, raceAbort } from './signals.js';
import type { FetchLike, FetchResponseLike } from './types.js';

export interface PipelineConfig {
  fetch: FetchLike;
  tokens: TokenProvider;
  hosts: HostPolicy;
  retry: RetryPolicy | null;
  timeoutMs: number | undefined;
  maxResponseBytes: number;
  maxRedirects: number;
}

export interface OutgoingRequest {
  /** Absolute URL. */
  url: string;
  /** True when `url` was built on an origin the host policy already passed (the base URL). */
  trusted: boolean;
  method: string;
  /** Everything but Authorization and Retry-Attempt, which each attempt adds (the first one in place). */
  headers: Record<string, string>;
  body?: string;
  clientRequestId: string;
  signal?: AbortSignal;
}

// A redirect body is only drained so the socket can be reused; past this it is cancelled instead.
const REDIRECT_DRAIN_BYTES = 64 * 1024;

function followsRedirect(status: number, method: string): boolean {
  // 307/308 keep method and body. 301/302/303 would turn a POST into a GET of some other URL, which
  // is not the action the caller asked for, so for a POST they are answers (and become GraphErrors).
  if (status === 307 || status === 308) return true;
  return (status === 301 || status === 302 || status === 303) && (method === 'GET' || method === 'HEAD');
}

function send(cfg: PipelineConfig, url: string, init: Parameters<FetchLike>[1]): Promise<FetchResponseLike> {
  const pending = cfg.fetch(url, init);
  if (!init.signal) return pending;
  // A transport that ignores the signal must not hold the caller; its late answer is cancelled.
  return raceAbort(pending, init.signal).catch((e: unknown) => {
    if (init.signal?.aborted) pending.then(cancelBody, () => {});
    throw e;
  });
}

async function attemptOnce(
  cfg: PipelineConfig,
  req: OutgoingRequest,
  attempt: number,
  retryNo: number,
  tokenRequest: TokenRequest,
  signal: AbortSignal | undefined,
  progress: { answered: boolean },
): Promise<{ raw: RawResponse; token: string }> {
  let url = req.url;
  if (!req.trusted) cfg.hosts.assertAllowed(new URL(url));
  const ready = tokenRequest.rejected === undefined ? cfg.tokens.peek() : undefined;
  const token = ready ?? (await cfg.tokens.getToken(signal ? { ...tokenRequest, signal } : tokenRequest));
  // The first attempt sends the request's own header object; later ones send copies, so an object a
  // transport has already been given is never changed afterwards.
  const headers = attempt === 0 ? req.headers : { ...req.headers };
  headers.Authorization = `Bearer ${token}`;
  if (retryNo > 0) headers['Retry-Attempt'] = String(retryNo);
  for (let hop = 0; ; hop++) {
    const res = await send(cfg, url, { method: req.method, headers, body: req.body, redirect: 'manual', signal });
    const { status } = res;
    if (status === 0) {
      cancelBody(res);
      throw new InvalidResponseError(0, 'an opaque redirect (a browser fetch cannot show where it points)');
    }
    const location = status >= 300 && status < 400 ? res.headers.get('location') : null;
    if (location !== null && followsRedirect(status, req.method)) {
      await readBody(res, { maxBytes: REDIRECT_DRAIN_BYTES, signal, truncate: true });
      if (hop >= cfg.maxRedirects) {
        throw new GraphError({ status, code: 'tooManyRedirects', message: `More than ${cfg.maxRedirects} redirects`, clientRequestId: req.clientRequestId });
      }
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        throw new GraphError({ status, code: 'invalidRedirect', message: `Unusable redirect Location ${JSON.stringify(location)}`, clientRequestId: req.clientRequestId });
      }
      // Refused, not stripped: the request means nothing to a host that may not see the token.
      cfg.hosts.assertAllowed(next);
      url = next.href;
      continue;
    }
    const ok = status >= 200 && status < 300;
    // From here on a failure (a body cut short) comes after the answer: the service may have acted.
    progress.answered = true;
    const text = await readBody(res, { maxBytes: cfg.maxResponseBytes, signal, truncate: !ok });
    return { raw: { status, headers: res.headers, text }, token };
  }
}

/**
 * Sends `req` until there is an answer to return: retrying 429/503/504 and connection failures under
 * the retry policy, and a 401 once with a fresh token. A non-2xx answer is returned, not thrown.
 */
export async function execute(cfg: PipelineConfig, req: OutgoingRequest): Promise<RawResponse> {
  const { retry } = cfg;
  let retryNo = 0;
  let attempt = 0;
  let delay = 0;
  let refreshed = false;
  let tokenRequest: TokenRequest = {};
  if (req.signal?.aborted) throw abortReason(req.signal);
  for (;;) {
    // The timer covers the back-off wait too, so a timeout or an abort ends that wait at once.
    const scope = attemptScope(req.signal, cfg.timeoutMs);
    const progress = { answered: false };
    let outcome: { raw: RawResponse; token: string };
    try {
      if (delay > 0) await retry!.sleep(delay, scope.signal);
      outcome = await attemptOnce(cfg, req, attempt++, retryNo, tokenRequest, scope.signal, progress);
    } catch (e) {
      const error = scope.signal?.aborted ? abortReason(scope.signal) : e;
      if (retry && retryNo < retry.maxRetries && !progress.answered && isConnectionError(error)) {
        delay = backoffDelay(retryNo++, retry);
        continue;
      }
      throw error;
    } finally {
      scope.done();
    }
    const { raw, token } = outcome;
    tokenRequest = {};
    if (raw.status === 401 && !refreshed && cfg.tokens.canRefresh) {
      refreshed = true;
      tokenRequest = { rejected: token };
      const claims = parseClaimsChallenge(raw.headers.get('www-authenticate'));
      if (claims !== undefined) tokenRequest.claims = claims;
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
