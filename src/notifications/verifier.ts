import { NotificationAuthError } from '../errors.js';
import { checkKeyUrl, KeysUnavailableError, loadJose, RemoteKeySet, type FetchLike } from './keys.js';
import { verifiedTokenCache } from './token-cache.js';

/** Issuers of the tokens Graph puts on calling notifications (samples' "Authenticating the callback"). */
export const GRAPH_CALLBACK_ISSUERS: readonly string[] = /* @__PURE__ */ Object.freeze(['https://graph.microsoft.com', 'https://api.botframework.com']);
/** Where the keys that sign those tokens are published. */
export const GRAPH_CALLBACK_OPENID_CONFIGURATION = 'https://api.aps.skype.com/v1/.well-known/OpenIdConfiguration';

const TENANT_CLAIMS = ['tid', 'http://schemas.microsoft.com/identity/claims/tenantid'];
const ASYMMETRIC = /* @__PURE__ */ new Set(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512']);
const MAX_HEADER_CHARS = 16 * 1024;
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export interface NotificationVerifierOptions {
  /** The bot's application (client) id; the token's `aud` must be one of these. */
  audience: string | string[];
  /** Default: GRAPH_CALLBACK_ISSUERS. */
  issuer?: string | string[];
  /** The JWKS to verify with. Default: the `jwks_uri` of `openIdConfigurationUri`. */
  jwksUri?: string;
  /** Default: GRAPH_CALLBACK_OPENID_CONFIGURATION. Ignored when `jwksUri` is given. */
  openIdConfigurationUri?: string;
  /** When given, the token's tenant claim (`tid` or its mapped long form) must match one of these (case-insensitive). */
  tenantId?: string | string[];
  /** Leeway for `exp`/`nbf`. Default 300 s, the skew .NET's token validation (used by Graph's own samples) allows. */
  clockToleranceSec?: number;
  /** Accepted `alg` values. Default ['RS256'], what Graph signs with. Only asymmetric algorithms can be allowed. */
  algorithms?: string[];
  /** How long fetched keys are trusted before they are fetched again. Default 2 h, as Graph's samples do. */
  keyCacheMaxAgeMs?: number;
  /** Minimum time between two key fetches, whatever triggers them. Default 30 s. */
  keyRefetchCooldownMs?: number;
  /** Time limit for each key-server request. Default 10 s. */
  keyFetchTimeoutMs?: number;
  /** Default globalThis.fetch. */
  fetch?: FetchLike;
  /** Clock in epoch ms, for the token lifetime and the key cache. Default Date.now. */
  now?: () => number;
  /**
   * How many verified tokens to remember (by their SHA-256, until their `exp`, the oldest dropped first), so that
   * a token presented again costs no signature check. A token that failed is never remembered. `false`: none.
   * Default 10,000.
   */
  verifiedTokenCache?: number | false;
}

export interface NotificationVerifier {
  /** Resolves the verified claims; rejects NotificationAuthError with a machine-friendly `reason`. */
  verify(authorizationHeader: string | undefined): Promise<Record<string, unknown>>;
}

// Each verify() of this module's verifiers, with its cache's verdict on a header, known without a promise.
// Keyed by the function rather than put on the object: a wrapper that replaces verify (to add checks of its
// own) is never answered for by the verdict, whether it spreads the verifier or inherits from it.
const heldVerdicts = new WeakMap<NotificationVerifier['verify'], (authorizationHeader: string | undefined) => boolean>();

/**
 * True when `verifier.verify` is one of the SDK's and would resolve for this header from its cache of verified
 * tokens (held, not past its exp); false leaves the verdict to verify(). For a caller that needs no claims.
 */
export function alreadyVerified(verifier: { verify: unknown }, authorizationHeader: string | undefined): boolean {
  return heldVerdicts.get(verifier.verify as NotificationVerifier['verify'])?.(authorizationHeader) === true;
}

/**
 * Checks the bearer token Graph puts on a calling notification (signature by the published keys, algorithm allow-list,
 * issuer, audience, tenant, expiry) before anything of the request is read.
 *
 * @example
 * const verifier = createNotificationVerifier({ audience: botAppId, tenantId });
 * const claims = await verifier.verify(req.headers.authorization); // rejects NotificationAuthError (reason: 'expired', ...)
 * // Your own keys instead of Graph's (a test, a gateway that re-signs):
 * createNotificationVerifier({ audience: botAppId, jwksUri: 'https://keys.example/jwks.json' });
 */
export function createNotificationVerifier(options: NotificationVerifierOptions): NotificationVerifier {
  if (typeof options !== 'object' || options === null) throw new TypeError('options are required');
  const audience = stringList(options.audience, 'audience');
  if (!audience) throw new TypeError('audience (the bot application id) is required');
  const issuer = stringList(options.issuer, 'issuer') ?? [...GRAPH_CALLBACK_ISSUERS];
  const tenants = stringList(options.tenantId, 'tenantId')?.map((t) => t.toLowerCase());
  const algorithms = stringList(options.algorithms, 'algorithms') ?? ['RS256'];
  for (const alg of algorithms) {
    if (!ASYMMETRIC.has(alg)) throw new TypeError(`algorithm ${JSON.stringify(alg)} cannot be allowed: only RS*, PS* and ES* are`);
  }
  const clockTolerance = duration(options.clockToleranceSec, 300, 'clockToleranceSec');
  const now = options.now ?? Date.now;
  if (options.jwksUri !== undefined) checkKeyUrl(options.jwksUri, 'jwksUri');
  const openIdConfigurationUri = options.openIdConfigurationUri ?? GRAPH_CALLBACK_OPENID_CONFIGURATION;
  checkKeyUrl(openIdConfigurationUri, 'openIdConfigurationUri');
  const fetchImpl = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const verified = verifiedTokenCache(options.verifiedTokenCache, clockTolerance);

  const keys = new RemoteKeySet({
    jwksUri: options.jwksUri,
    openIdConfigurationUri,
    fetch: fetchImpl,
    now,
    cooldownMs: duration(options.keyRefetchCooldownMs, 30_000, 'keyRefetchCooldownMs'),
    maxAgeMs: duration(options.keyCacheMaxAgeMs, 2 * 60 * 60 * 1000, 'keyCacheMaxAgeMs'),
    timeoutMs: duration(options.keyFetchTimeoutMs, 10_000, 'keyFetchTimeoutMs'),
  });

  const verifier: NotificationVerifier = {
    async verify(authorizationHeader) {
      const cached = await verified?.lookup(authorizationHeader, now(), bearerToken);
      if (cached?.hit) return cached.claims;
      // It verified once, so only its lifetime can have changed: refused as jose would refuse it.
      if (cached?.expired) throw new NotificationAuthError('expired');
      const token = cached?.token ?? bearerToken(authorizationHeader);
      const jose = await loadJose();
      let header: ReturnType<Jose['decodeProtectedHeader']>;
      try {
        header = jose.decodeProtectedHeader(token);
      } catch {
        throw new NotificationAuthError('malformed');
      }
      // Checked here too (jose checks again) so that no key fetch is spent on a token we would refuse anyway.
      if (typeof header.alg !== 'string' || !algorithms.includes(header.alg)) throw new NotificationAuthError('algorithm');
      if (typeof header.kid !== 'string' || header.kid === '') throw new NotificationAuthError('malformed');

      const checks: VerifyChecks = { algorithms, audience, issuer, clockTolerance, currentDate: new Date(now()), requiredClaims: ['exp'] };
      let payload: Record<string, unknown>;
      try {
        payload = await verifyToken(jose, token, keys, checks);
      } catch (e) {
        throw new NotificationAuthError(reasonFor(e));
      }
      if (tenants && !tenants.includes(tenantOf(payload) ?? '')) throw new NotificationAuthError('tenant');
      if (cached) verified!.remember(cached, payload);
      return payload;
    },
  };
  if (verified) heldVerdicts.set(verifier.verify, (header) => verified.holds(header, now()));
  return verifier;
}

type Jose = Awaited<ReturnType<typeof loadJose>>;

type VerifyChecks = NonNullable<Parameters<Jose['jwtVerify']>[2]>;

// A key server may publish several keys under one kid (a rotation that reuses it); a hostile one still cannot
// make one token cost more than this many signature checks.
const MAX_KEY_CANDIDATES = 8;

/** The verified payload. When the JWKS has several keys for the token's kid, each is tried, as jose advises. */
async function verifyToken(jose: Jose, token: string, keys: RemoteKeySet, checks: VerifyChecks): Promise<Record<string, unknown>> {
  let candidates: AsyncIterable<CryptoKey>;
  try {
    return (await jose.jwtVerify(token, (header) => keys.getKey(header), checks)).payload;
  } catch (e) {
    if (!(e instanceof jose.errors.JWKSMultipleMatchingKeys)) throw e;
    candidates = e;
  }
  let tried = 0;
  for await (const key of candidates) {
    if (++tried > MAX_KEY_CANDIDATES) break;
    try {
      return (await jose.jwtVerify(token, key, checks)).payload;
    } catch (e) {
      // Only a signature that fails moves on: any other verdict (expired, audience...) holds whatever the key.
      if (!(e instanceof jose.errors.JWSSignatureVerificationFailed)) throw e;
    }
  }
  throw new jose.errors.JWSSignatureVerificationFailed();
}

function bearerToken(header: string | undefined): string {
  if (typeof header !== 'string' || header.trim() === '') throw new NotificationAuthError('missing');
  if (header.length > MAX_HEADER_CHARS) throw new NotificationAuthError('too-large');
  const match = /^\s*Bearer(?:\s+(.*?))?\s*$/i.exec(header);
  if (!match) throw new NotificationAuthError('malformed');
  const token = match[1] ?? '';
  if (token === '') throw new NotificationAuthError('missing');
  if (!COMPACT_JWS.test(token)) throw new NotificationAuthError('malformed');
  return token;
}

function tenantOf(payload: Record<string, unknown>): string | undefined {
  for (const claim of TENANT_CLAIMS) {
    const value = payload[claim];
    if (typeof value === 'string' && value !== '') return value.toLowerCase();
  }
  return undefined;
}

function reasonFor(error: unknown): string {
  if (error instanceof KeysUnavailableError) return 'keys-unavailable';
  const { code, claim, reason } = (error ?? {}) as { code?: string; claim?: string; reason?: string };
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return 'expired';
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return 'signature';
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return 'algorithm';
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return 'unknown-key';
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (reason === 'check_failed' && claim === 'nbf') return 'not-yet-valid';
      if (claim === 'aud') return 'audience';
      if (claim === 'iss') return 'issuer';
      return 'malformed';
    default:
      // ERR_JWS_INVALID, ERR_JWT_INVALID, a key jose cannot use (e.g. RSA under 2048 bits), anything else.
      return 'malformed';
  }
}

function stringList(value: string | string[] | undefined, name: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0 || list.some((v) => typeof v !== 'string' || v === '')) {
    throw new TypeError(`${name} must be a non-empty string or a non-empty array of them`);
  }
  return list;
}

function duration(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new TypeError(`${name} must be a finite number >= 0`);
  return value;
}
