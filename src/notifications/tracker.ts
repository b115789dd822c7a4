import type { CommsNotification, CommsNotifications, CommsOperation } from '../../generated/index.js';
import { AbortError, TimeoutError } from '../errors.js';
import { operationIdFromResource } from './parse.js';

export interface OperationTrackerOptions {
  /** Final notifications kept for a waitFor that has not come yet. Default 1000; the oldest go first. */
  maxPending?: number;
  /** How long such a notification is kept. Default 10 minutes. */
  maxPendingAgeMs?: number;
  /** Clock in epoch ms. Default Date.now. */
  now?: () => number;
}

export interface WaitForOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

interface Waiter {
  resolve(operation: CommsOperation): void;
}

/**
 * Graph writes operation ids as dashed lowercase GUIDs in Location headers and as dash-less uppercase in
 * notification resources; both name the same operation.
 */
export function normalizeOperationId(id: string): string {
  return id.toLowerCase().replace(/-/g, '');
}

const FINAL = /* @__PURE__ */ new Set(['completed', 'failed']);
const MAX_TIMER_MS = 2 ** 31 - 1; // setTimeout fires at once beyond this

/** Matches final operation notifications to the callers waiting for them. */
export class OperationTracker {
  readonly #kept = new Map<string, { operation: CommsOperation; at: number }>();
  readonly #waiters = new Map<string, Set<Waiter>>();
  readonly #maxPending: number;
  readonly #maxAgeMs: number;
  readonly #now: () => number;

  constructor(options: OperationTrackerOptions = {}) {
    this.#maxPending = count(options.maxPending, 1000, 'maxPending');
    this.#maxAgeMs = count(options.maxPendingAgeMs, 10 * 60 * 1000, 'maxPendingAgeMs');
    this.#now = options.now ?? Date.now;
  }

  /** Final notifications kept, not yet claimed by waitFor. */
  get pendingCount(): number {
    this.#prune();
    return this.#kept.size;
  }

  get waiterCount(): number {
    let n = 0;
    for (const set of this.#waiters.values()) n += set.size;
    return n;
  }

  /**
   * Resolves with the operation (status completed or failed, with its resultInfo) once a final notification for
   * it is dispatched, or at once if one already was. A failed operation resolves too: it is an answer, not an error.
   */
  waitFor(operationId: string, options: WaitForOptions = {}): Promise<CommsOperation> {
    if (typeof operationId !== 'string' || operationId === '') {
      return Promise.reject(new TypeError('operationId must be a non-empty string'));
    }
    const { timeoutMs, signal } = options;
    if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && timeoutMs >= 0)) {
      return Promise.reject(new TypeError('timeoutMs must be a number >= 0'));
    }
    if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    const key = normalizeOperationId(operationId);
    this.#prune();
    const kept = this.#kept.get(key);
    if (kept) {
      this.#kept.delete(key);
      return Promise.resolve(kept.operation);
    }

    return new Promise<CommsOperation>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let settled = false;
      const finish = (settle: () => void) => {
        if (settled) return;
        settled = true;
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const set = this.#waiters.get(key);
        set?.delete(waiter);
        if (set?.size === 0) this.#waiters.delete(key);
        settle();
      };
      const waiter: Waiter = { resolve: (op) => finish(() => resolve(op)) };
      const onAbort = () => finish(() => reject(new AbortError(undefined, { cause: signal?.reason })));

      let set = this.#waiters.get(key);
      if (!set) this.#waiters.set(key, (set = new Set()));
      set.add(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      if (timeoutMs !== undefined && timeoutMs !== Number.POSITIVE_INFINITY) {
        timer = setTimeout(
          () => finish(() => reject(new TimeoutError(`No final notification for operation ${operationId} within ${timeoutMs} ms`))),
          Math.min(timeoutMs, MAX_TIMER_MS),
        );
      }
    });
  }

  /** Settles the waiters of every operation in the payload that reached completed or failed; keeps the rest's finals. */
  dispatch(notifications: CommsNotifications): void {
    const list: unknown = (notifications as { value?: unknown } | null)?.value;
    if (!Array.isArray(list)) return;
    for (const n of list as CommsNotification[]) {
      if (typeof n !== 'object' || n === null) continue;
      const data: unknown = n.resourceData;
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
        const op = item as CommsOperation;
        if (typeof op.status !== 'string' || !FINAL.has(op.status.toLowerCase())) continue;
        const id = operationIdOf(n, op, items.length === 1);
        if (id) this.#settle(normalizeOperationId(id), op);
      }
    }
  }

  #settle(key: string, operation: CommsOperation): void {
    const set = this.#waiters.get(key);
    if (set && set.size > 0) {
      for (const waiter of [...set]) waiter.resolve(operation);
      return;
    }
    this.#kept.delete(key); // re-inserting moves it to the young end of the eviction order
    this.#kept.set(key, { operation, at: this.#now() });
    this.#prune();
    for (const oldest of this.#kept.keys()) {
      if (this.#kept.size <= this.#maxPending) break;
      this.#kept.delete(oldest);
    }
  }

  #prune(): void {
    const cutoff = this.#now() - this.#maxAgeMs;
    for (const [key, entry] of this.#kept) {
      if (entry.at > cutoff) break; // insertion order is arrival order
      this.#kept.delete(key);
    }
  }
}

/**
 * The notification's resource names the operation when it carries one entity; an array of entities is named
 * item by item by their `@odata.id`. A bare `id` counts only on something that has a status, i.e. an operation.
 */
function operationIdOf(n: CommsNotification, op: CommsOperation, single: boolean): string | undefined {
  const candidates = single ? [n.resourceUrl, n.resource, op['@odata.id']] : [op['@odata.id']];
  for (const c of candidates) {
    const ids = typeof c === 'string' ? operationIdFromResource(c) : undefined;
    if (ids) return ids.operationId;
  }
  return typeof op.id === 'string' && op.id !== '' ? op.id : undefined;
}

function count(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) throw new TypeError(`${name} must be a number >= 0`);
  return value;
}
