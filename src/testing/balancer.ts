// The load balancer in front of a bot fleet, as the fake Graph plays it: each notification POST goes to the next
// callback server of the fleet in turn, and one that failed goes to the server after the one that failed, as a
// balancer retries on another upstream and as Graph redelivers what it could not hand over.
import { isLoopback } from '../hosts.js';

/** The most redeliveries of one POST that can be asked for: every retry is a POST, so the bound matters. */
export const MAX_REDELIVERIES = 100;

/** Why these callback URLs cannot be balanced over, or undefined. */
export function callbackUrisFailure(uris: unknown): string | undefined {
  if (!Array.isArray(uris)) return 'callbackUris must be an array of loopback http(s) URLs';
  for (const uri of uris) {
    let url: URL | undefined;
    try {
      url = typeof uri === 'string' ? new URL(uri) : undefined;
    } catch {
      // refused below
    }
    if (!url || !/^https?:$/.test(url.protocol) || !isLoopback(url.hostname)) return `callbackUris: ${JSON.stringify(uri)} is no loopback http(s) URL`;
  }
  return undefined;
}

export function redeliveriesFailure(n: unknown): string | undefined {
  if (n === undefined || (Number.isSafeInteger(n) && (n as number) >= 0 && (n as number) <= MAX_REDELIVERIES)) return undefined;
  return `redeliveries must be an integer from 0 to ${MAX_REDELIVERIES}`;
}

export class CallbackBalancer {
  #uris: readonly string[] = [];
  #next = 0;

  /** `redeliveries`: undefined means one round of the fleet (each other server, then the first again), or none without one. */
  constructor(
    uris: readonly string[] | undefined,
    private readonly redeliveries: number | undefined,
  ) {
    if (uris) this.set(uris);
  }

  /** From the next POST on; an empty list sends each call's notifications to its own callbackUri again. */
  set(uris: readonly string[]): void {
    const failure = callbackUrisFailure(uris);
    if (failure) throw new TypeError(failure);
    this.#uris = [...uris];
    this.#next = 0;
  }

  /**
   * Where the `attempt`th POST (1: the first) of a notification owed to `callbackUri` goes; `failed` is where the
   * one before went. Undefined when it has been redelivered as often as it may be.
   */
  target(callbackUri: string, attempt: number, failed: string | undefined): string | undefined {
    const uris = this.#uris;
    if (attempt > 1 + (this.redeliveries ?? uris.length)) return undefined;
    if (uris.length === 0) return callbackUri;
    if (failed === undefined || !uris.includes(failed)) {
      const uri = uris[this.#next % uris.length]!;
      this.#next = (this.#next + 1) % uris.length;
      return uri;
    }
    return uris[(uris.indexOf(failed) + 1) % uris.length]!;
  }
}
