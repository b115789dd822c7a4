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
  /** Digest → the number of the add() that last remembered it. */
  readonly #seen = new Map<string, number>();
  // Arrival order, oldest at #head, kept beside the Map: finding a Map's oldest entry walks over the holes its
  // deletions left at the front, thousands of them in a full window that turns over, on every call.
  #order: { digest: string; at: number; add: number }[] = [];
  #head = 0;
  #adds = 0;

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
    const add = ++this.#adds;
    this.#seen.set(digest, add); // an earlier record of it no longer counts: this one is the young end
    this.#order.push({ digest, at: this.now(), add });
    this.#prune();
  }

  #prune(): void {
    const cutoff = this.now() - this.windowMs;
    const order = this.#order;
    while (this.#head < order.length) {
      const oldest = order[this.#head]!;
      if (oldest.at > cutoff && this.#seen.size <= this.maxEntries) break;
      this.#head++;
      if (this.#seen.get(oldest.digest) === oldest.add) this.#seen.delete(oldest.digest);
    }
    // Records leave the array in bulk: once the part walked is half of it, or once the records outnumber the
    // entries twice over (a digest added again and again leaves an outdated record each time).
    const records = order.length - this.#head;
    if ((this.#head > 64 && this.#head >= records) || records > 2 * this.#seen.size + 64) {
      this.#order = order.slice(this.#head).filter((r) => this.#seen.get(r.digest) === r.add);
      this.#head = 0;
    }
  }
}
