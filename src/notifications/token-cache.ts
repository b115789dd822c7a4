// Tokens one verifier has already verified, so that a token presented again (a sender may reuse one for its
// whole lifetime) costs a hash and a lookup instead of a signature check. Sound per verifier: the audience,
// issuer, tenant and algorithm checks it passed are that verifier's own, and only exp can change its verdict
// with time. Keyed by the token's SHA-256, so a held entry costs 44 characters, not the token's kilobyte.
import { sha256 } from './digest.js';

/** Claims as the verifier returned them, frozen: a caller editing its copy cannot change what the next one gets. */
type Claims = Readonly<Record<string, unknown>>;

interface Entry {
  claims: Claims;
  /** The token's `exp`, in epoch seconds. */
  exp: number;
}

export const DEFAULT_VERIFIED_TOKEN_CACHE_SIZE = 10_000;

/** A hit's claims (a copy), or a miss: the parsed token, its key, and whether it was there but past its `exp`. */
export type CacheLookup = { hit: true; claims: Record<string, unknown> } | { hit: false; expired: boolean; token: string; key: string };

export class VerifiedTokenCache {
  private readonly entries = new Map<string, Entry>();
  /** The longest token held: a longer one cannot be a hit, so it is not hashed before the header is parsed. */
  private longest = 0;

  /**
   * @param maxEntries past this many, the oldest entry goes.
   * @param clockToleranceSec the leeway verification gave `exp`: a cached token expires exactly when it would have.
   */
  constructor(
    private readonly maxEntries: number,
    private readonly clockToleranceSec: number,
  ) {}

  /**
   * Looks up the token of an Authorization header. `parse` is the verifier's own header parser (it throws for a
   * header it refuses); the spelling senders use, "Bearer <token>", is tried before it, since parsing a
   * kilobyte-long header costs more than the lookup itself. A hit there is the token `parse` would give.
   */
  async lookup(header: string | undefined, nowMs: number, parse: (header: string | undefined) => string): Promise<CacheLookup> {
    const usual = this.usualToken(header);
    let usualKey: string | undefined;
    if (usual !== undefined) {
      const found = this.find(usual, (usualKey = await sha256(usual, 'base64')), nowMs);
      if (found.hit || found.expired) return found;
    }
    const token = parse(header);
    return token === usual ? { hit: false, expired: false, token, key: usualKey! } : this.find(token, await sha256(token, 'base64'), nowMs);
  }

  /**
   * True when the header, spelled "Bearer <token>", carries a token held and not past its `exp`, known at once (a
   * synchronous hash, Node's); false for anything else, which lookup() then decides. A caller that only needs the
   * verdict is spared lookup()'s promise and the claims' copy.
   */
  holds(header: string | undefined, nowMs: number): boolean {
    const usual = this.usualToken(header);
    const key = usual === undefined ? undefined : sha256(usual, 'base64');
    const entry = typeof key === 'string' ? this.entries.get(key) : undefined;
    return entry !== undefined && !this.expired(entry, nowMs);
  }

  /** The token of a header in the spelling senders use, when it is short enough to be held. */
  private usualToken(header: string | undefined): string | undefined {
    return typeof header === 'string' && header.startsWith('Bearer ') && header.length - 7 <= this.longest ? header.slice(7) : undefined;
  }

  /** The comparison jose makes: whole seconds, the leeway on the side of acceptance. */
  private expired(entry: Entry, nowMs: number): boolean {
    return entry.exp <= Math.floor(nowMs / 1000) - this.clockToleranceSec;
  }

  private find(token: string, key: string, nowMs: number): CacheLookup {
    const entry = this.entries.get(key);
    if (!entry) return { hit: false, expired: false, token, key };
    if (this.expired(entry, nowMs)) {
      this.entries.delete(key);
      return { hit: false, expired: true, token, key };
    }
    return { hit: true, claims: { ...entry.claims } };
  }

  /** Remembers a token that passed every check, as its lookup gave it. Tokens without a numeric exp are not kept. */
  remember({ token, key }: { token: string; key: string }, claims: Record<string, unknown>): void {
    const { exp } = claims;
    if (typeof exp !== 'number' || !Number.isFinite(exp)) return;
    this.longest = Math.max(this.longest, token.length);
    this.entries.delete(key); // re-inserted as the newest
    this.entries.set(key, { claims: deepFreeze(structuredClone(claims)), exp });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** The cache a verifier's `verifiedTokenCache` option asks for: undefined when it is `false`. */
export function verifiedTokenCache(option: number | false | undefined, clockToleranceSec: number): VerifiedTokenCache | undefined {
  if (option === false) return undefined;
  const size = option ?? DEFAULT_VERIFIED_TOKEN_CACHE_SIZE;
  if (!Number.isSafeInteger(size) || size < 1) throw new TypeError('verifiedTokenCache must be a positive integer or false');
  return new VerifiedTokenCache(size, clockToleranceSec);
}
