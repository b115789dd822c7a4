/**
 * sha256 of a callback body as received: its raw bytes, or the JSON of what a body parser made of it. Web Crypto
 * rather than node:crypto, so that the browser build, which bundles this module, needs no Node built-in.
 */
export async function payloadDigest(body: unknown): Promise<string> {
  const bytes: Uint8Array<ArrayBuffer> =
    body instanceof Uint8Array ? new Uint8Array(body) : new TextEncoder().encode(typeof body === 'string' ? body : (JSON.stringify(body) ?? ''));
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Digests of recently accepted payloads, so that a redelivery (Graph retries a callback whose answer it did not
 * get) is recognised. Bounded in count and in age; the oldest go first.
 */
export class RecentPayloads {
  readonly #seen = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number,
  ) {}

  get size(): number {
    this.#prune();
    return this.#seen.size;
  }

  has(digest: string): boolean {
    this.#prune();
    return this.#seen.has(digest);
  }

  add(digest: string): void {
    this.#seen.delete(digest); // re-inserting moves it to the young end
    this.#seen.set(digest, this.now());
    this.#prune();
    for (const oldest of this.#seen.keys()) {
      if (this.#seen.size <= this.maxEntries) break;
      this.#seen.delete(oldest);
    }
  }

  #prune(): void {
    const cutoff = this.now() - this.windowMs;
    for (const [digest, at] of this.#seen) {
      if (at > cutoff) break; // insertion order is arrival order
      this.#seen.delete(digest);
    }
  }
}
