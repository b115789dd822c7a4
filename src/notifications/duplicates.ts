import { sha256 } from './digest.js';

/** sha256 (hex) of a callback body as received: its raw bytes, or the JSON of what a body parser made of it. */
export function payloadDigest(body: unknown): string | Promise<string> {
  return sha256(body instanceof Uint8Array ? body : typeof body === 'string' ? body : (JSON.stringify(body) ?? ''), 'hex');
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
