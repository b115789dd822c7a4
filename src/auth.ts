// Turns the three forms of `auth` into one thing the pipeline asks for a bearer token.
// A TokenCredential's token is cached until shortly before it expires, and concurrent callers share
// one getToken call; a callback is asked on every attempt (it owns its caching); a string is used as is.
import { AuthenticationError, describeThrown } from './errors.js';
import { abortReason, raceAbort } from './signals.js';

export interface AccessTokenLike {
  token: string;
  /** Expiry, in milliseconds since the epoch. */
  expiresOnTimestamp: number;
}

export interface GetTokenOptionsLike {
  abortSignal?: AbortSignal;
  /** Decoded claims of a CAE challenge (a JSON string), when the service asked for them. */
  claims?: string;
}

/** The @azure/core-auth TokenCredential shape: @azure/identity credentials plug in unchanged. */
export interface TokenCredentialLike {
  getToken(scopes: string | string[], options?: GetTokenOptionsLike): Promise<AccessTokenLike | null>;
}

export type AuthOption = string | (() => string | Promise<string>) | TokenCredentialLike;

export interface TokenRequest {
  signal?: AbortSignal;
  /** The token the service just refused: a cached copy of it is dropped and a fresh one fetched. */
  rejected?: string;
  claims?: string;
}

export interface TokenProvider {
  getToken(request?: TokenRequest): Promise<string>;
  /** The token when it is at hand without any call (a fixed string, a fresh cached one); else undefined. */
  peek(): string | undefined;
  /** False for a fixed string: asking again would give the same refused token. */
  readonly canRefresh: boolean;
}

export interface TokenProviderOptions {
  scopes: string[];
  /** How long before expiry a cached credential token is replaced. Default 5 minutes. */
  refreshMarginMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export const DEFAULT_REFRESH_MARGIN_MS = 5 * 60_000;

// Bearer tokens are header values; CR/LF or other controls would corrupt the request.
const TOKEN_SHAPE = /^[\x21-\x7e]+$/;

function checkToken(token: unknown, source: string): string {
  if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) throw new AuthenticationError(`${source} gave no token usable in a header`);
  return token;
}

interface InFlight {
  promise: Promise<string>;
  controller: AbortController;
  waiters: number;
}

function credentialProvider(credential: TokenCredentialLike, options: TokenProviderOptions): TokenProvider {
  const scopes = [...options.scopes];
  const margin = options.refreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
  const now = options.now ?? Date.now;
  let cached: { token: string; refreshAt: number } | undefined;
  let inFlight: InFlight | undefined;
  const fresh = () => (cached !== undefined && now() < cached.refreshAt ? cached.token : undefined);

  const fetchToken = (claims: string | undefined): InFlight => {
    const controller = new AbortController();
    // The executor calls getToken at once (concurrent callers find this flight and join it), and a throw
    // becomes a rejection. `claims` is undefined unless the service asked for them.
    const call = new Promise<AccessTokenLike | null>((resolve) => resolve(credential.getToken(scopes, { abortSignal: controller.signal, claims })));
    const flight: InFlight = {
      controller,
      waiters: 0,
      promise: call
        .then(
          (t) => {
            if (!t) throw new AuthenticationError('the credential returned no token');
            const token = checkToken(t.token, 'the credential');
            const expires = Number(t.expiresOnTimestamp);
            const at = now();
            // A token shorter-lived than the margin is refreshed at half its remaining life instead of every call.
            const refreshAt = Number.isFinite(expires) ? (expires - margin > at ? expires - margin : at + (expires - at) / 2) : at;
            if (!controller.signal.aborted) cached = { token, refreshAt };
            return token;
          },
          // The credential's own failure, as an AuthenticationError (an abort stays what it is).
          (e: unknown) => {
            if (e instanceof AuthenticationError || (e as Error | null)?.name === 'AbortError') throw e;
            throw new AuthenticationError(`the credential failed: ${describeThrown(e)}`, { cause: e });
          },
        )
        .finally(() => {
          if (inFlight === flight) inFlight = undefined;
        }),
    };
    return flight;
  };

  // Each waiter can give up on its own; the shared call is aborted only when nobody waits for it any more.
  const join = async (flight: InFlight, signal: AbortSignal | undefined): Promise<string> => {
    flight.waiters++;
    try {
      return await raceAbort(flight.promise, signal);
    } finally {
      if (--flight.waiters === 0 && signal?.aborted) flight.controller.abort(abortReason(signal));
    }
  };

  return {
    canRefresh: true,
    peek: fresh,
    getToken({ signal, rejected, claims } = {}) {
      if (rejected !== undefined && cached?.token === rejected) cached = undefined;
      if (claims !== undefined) return join(fetchToken(claims), signal);
      const token = fresh();
      if (token !== undefined) return Promise.resolve(token);
      if (inFlight === undefined || inFlight.controller.signal.aborted) inFlight = fetchToken(undefined);
      return join(inFlight, signal);
    },
  };
}

/** Builds the token source for `auth`; throws TypeError when `auth` is none of the three forms. */
export function createTokenProvider(auth: AuthOption, options: TokenProviderOptions): TokenProvider {
  if (typeof auth === 'string') {
    // A bad fixed token is a configuration mistake, found at construction.
    if (!TOKEN_SHAPE.test(auth)) throw new TypeError('auth must be a token usable in a header');
    const ready = Promise.resolve(auth);
    return { canRefresh: false, peek: () => auth, getToken: () => ready };
  }
  if (typeof auth === 'function') {
    const callback = auth;
    // Whatever the callback throws is its failure, an AuthenticationError: even a value carrying a socket error
    // code is not the SDK's connection failing, so it is not retried as one.
    const ask = () =>
      Promise.resolve()
        .then(callback)
        .then(
          (token) => checkToken(token, 'the auth callback'),
          (e: unknown) => {
            throw new AuthenticationError(`the auth callback failed: ${describeThrown(e)}`, { cause: e });
          },
        );
    return { canRefresh: true, peek: () => undefined, getToken: (request = {}) => raceAbort(ask(), request.signal) };
  }
  if (typeof (auth as TokenCredentialLike | null)?.getToken === 'function') return credentialProvider(auth, options);
  throw new TypeError('auth must be a token, a function returning one, or a TokenCredential');
}

/** The default scope for a base URL: `{origin}/.default`. */
export function defaultScopes(baseUrl: URL): string[] {
  return [`${baseUrl.origin}/.default`];
}

const CLAIMS = /\bclaims\s*=\s*"([^"]*)"/i;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * The claims of a CAE challenge (`WWW-Authenticate: Bearer ..., claims="<base64 JSON>"`), decoded to the
 * JSON string credentials expect; undefined when the header has none.
 */
export function parseClaimsChallenge(header: string | null | undefined): string | undefined {
  if (!header) return undefined;
  const raw = CLAIMS.exec(header)?.[1];
  if (!raw) return undefined;
  if (!BASE64.test(raw)) return raw;
  try {
    const b64 = raw.replace(/-/g, '+').replace(/_/g, '/');
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
    return decoded;
  } catch {
    return raw;
  }
}
