// The signing keys of callback tokens: fetched from a JWKS (found through an OpenID configuration unless given),
// cached, and fetched again at most once per cooldown window however many unknown `kid`s arrive, so a flood of
// forged tokens cannot turn this process into a load generator against the key server. A key server is not
// trusted with this process's memory or its reach: documents are capped as they arrive (decoded bytes), and
// redirects are followed only within their own origin.
import type { JWSHeaderParameters } from 'jose';
import type { FetchLike, FetchResponseLike } from '../contract.js';
import { ResponseTooLargeError } from '../errors.js';
import { isLoopback } from '../hosts.js';
import { nodeStreamReader } from '../node-streams.js';
import { cancelBody, readBody } from '../response.js';

type Jose = typeof import('jose');
let josePromise: Promise<Jose> | undefined;
/** jose is ESM-only; loading it lazily keeps the package's CommonJS build requirable. */
export function loadJose(): Promise<Jose> {
  return (josePromise ??= import('jose'));
}

export type { FetchLike };

/** The key server could not be reached or answered something unusable, and no usable cached keys remain. */
export class KeysUnavailableError extends Error {
  override readonly name = 'KeysUnavailableError';
}

export interface RemoteKeySetOptions {
  jwksUri?: string;
  openIdConfigurationUri: string;
  fetch: FetchLike;
  now: () => number;
  cooldownMs: number;
  maxAgeMs: number;
  timeoutMs: number;
}

const MAX_DOCUMENT_BYTES = 512 * 1024;

/** Plain http is refused except on loopback (as the client's host policy defines it), so that keys cannot be swapped in transit. */
export function checkKeyUrl(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${what} is not a URL: ${JSON.stringify(value)}`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new TypeError(`${what} must be an https URL (http only on loopback): ${JSON.stringify(value)}`);
  }
  return url;
}

export class RemoteKeySet {
  private local?: (header: JWSHeaderParameters) => Promise<CryptoKey>;
  private fetchedAt = Number.NEGATIVE_INFINITY;
  private attemptedAt = Number.NEGATIVE_INFINITY;
  private inflight?: Promise<void>;

  constructor(private readonly options: RemoteKeySetOptions) {}

  /** Resolves the verification key for a token header; rejects with jose's JWKSNoMatchingKey or KeysUnavailableError. */
  async getKey(header: JWSHeaderParameters): Promise<CryptoKey> {
    const jose = await loadJose();
    if (!this.local || this.options.now() - this.fetchedAt >= this.options.maxAgeMs) {
      try {
        await this.refresh();
      } catch (e) {
        if (!this.local) throw e; // stale keys are better than none while the key server is down
      }
    }
    const local = this.local;
    if (!local) throw new KeysUnavailableError('signing keys are not available yet (waiting for the retry cooldown)');
    try {
      return await local(header);
    } catch (e) {
      if (!(e instanceof jose.errors.JWKSNoMatchingKey)) throw e;
      // An unknown kid is how key rotation shows up: look once more, unless we looked moments ago.
      if (!(await this.refresh())) throw e;
      return this.local!(header);
    }
  }

  /** Fetches the keys unless a fetch is running (then joins it) or one was attempted within the cooldown. */
  private async refresh(): Promise<boolean> {
    if (!this.inflight) {
      const now = this.options.now();
      if (now - this.attemptedAt < this.options.cooldownMs) return false;
      this.attemptedAt = now;
      const current = this.load().finally(() => {
        if (this.inflight === current) this.inflight = undefined;
      });
      this.inflight = current;
    }
    await this.inflight;
    return true;
  }

  private async load(): Promise<void> {
    const jose = await loadJose();
    try {
      const jwksUri = this.options.jwksUri ?? (await this.discover());
      const local = jose.createLocalJWKSet((await this.getJson(jwksUri)) as Parameters<Jose['createLocalJWKSet']>[0]);
      this.local = local;
      this.fetchedAt = this.options.now();
    } catch (e) {
      if (e instanceof KeysUnavailableError) throw e;
      throw new KeysUnavailableError(`cannot load signing keys: ${(e as Error).message}`, { cause: e });
    }
  }

  private async discover(): Promise<string> {
    const config = await this.getJson(this.options.openIdConfigurationUri);
    const uri = typeof config === 'object' && config !== null ? (config as { jwks_uri?: unknown }).jwks_uri : undefined;
    if (typeof uri !== 'string') throw new KeysUnavailableError('the OpenID configuration has no jwks_uri');
    checkKeyUrl(uri, 'jwks_uri');
    return uri;
  }

  /** One key document, read within the size cap; a key server must not send the verifier to a host nobody configured. */
  private async getJson(url: string): Promise<unknown> {
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    let target = new URL(url);
    for (let hop = 0; ; hop++) {
      const res = await this.options.fetch(target.href, { method: 'GET', headers: { accept: 'application/json' }, redirect: 'manual', signal });
      const next = sameOriginRedirect(res, target, hop);
      if (next) {
        target = next;
        continue;
      }
      if (res.status !== 200) {
        cancelBody(res, nodeStreamReader);
        throw new KeysUnavailableError(`${target.href} answered ${res.status}`);
      }
      let text: string;
      try {
        text = await readBody(res, { maxBytes: MAX_DOCUMENT_BYTES, signal, truncate: false, streams: nodeStreamReader });
      } catch (e) {
        if (e instanceof ResponseTooLargeError) throw new KeysUnavailableError(`${target.href} is larger than ${MAX_DOCUMENT_BYTES} bytes`);
        throw e;
      }
      return JSON.parse(text);
    }
  }
}

const MAX_REDIRECTS = 3;

/** Where a same-origin redirect leads (its body dropped), undefined for an answer; throws for any other redirect. */
function sameOriginRedirect(res: FetchResponseLike & { url?: string }, from: URL, hop: number): URL | undefined {
  // A transport that followed redirects itself despite `manual` is judged by where it ended up.
  if (res.url && new URL(res.url).origin !== from.origin) {
    cancelBody(res, nodeStreamReader);
    throw new KeysUnavailableError(`${from.href} was redirected to another origin`);
  }
  const location = res.status >= 300 && res.status <= 399 ? res.headers.get('location') : null;
  if (location === null) return undefined;
  cancelBody(res, nodeStreamReader);
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new KeysUnavailableError(`${from.href} redirects to an unusable Location`);
  }
  if (next.origin !== from.origin) throw new KeysUnavailableError(`${from.href} redirects to another origin (${next.origin}): not followed`);
  if (hop >= MAX_REDIRECTS) throw new KeysUnavailableError(`${from.href}: more than ${MAX_REDIRECTS} redirects`);
  return next;
}
