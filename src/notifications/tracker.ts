import type { CommsNotifications, CommsOperation } from '../../generated/index.js';
import { TimeoutError } from '../errors.js';
import { abortReason } from '../signals.js';
import { idKey } from '../ids.js';
import { type TrackedResult, type WaitTarget, finalsOf, sameCall, waitTarget } from './finals.js';
import { parseCommsNotifications } from './parse.js';
import { MAX_TIMER_MS } from '../signals.js';

export type { TrackedResult } from './finals.js';

/** A final notification the tracker let go of before any waiter asked for it. */
export interface TrackerEviction {
  /** As the notification spelled it. */
  operationId: string;
  /** When the notification named its call (its resource did). */
  callId?: string;
  operation: CommsOperation;
  /** `count`: maxPending newer ones arrived; `age`: it was older than maxPendingAgeMs. */
  reason: 'count' | 'age';
}

export interface OperationTrackerOptions {
  /** Final notifications kept for a waitFor that has not come yet. Default 10,000; the oldest go first. */
  maxPending?: number;
  /** How long such a notification is kept. Default 10 minutes. */
  maxPendingAgeMs?: number;
  /** Told about every kept notification that is dropped unclaimed (what it throws is ignored). */
  onEvicted?: (eviction: TrackerEviction) => void;
  /** Clock in epoch ms. Default Date.now. */
  now?: () => number;
}

export interface WaitForOptions {
  /** Default 10 minutes; `Infinity` waits until the signal aborts. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export const DEFAULT_MAX_PENDING = 10_000;
export const DEFAULT_MAX_PENDING_AGE_MS = 10 * 60 * 1000;
export const DEFAULT_WAIT_TIMEOUT_MS = 10 * 60 * 1000;

/**
 * The form in which the tracker compares operation ids: a GUID lowercased without dashes (Graph writes
 * `0fe0623f-d628-…` in a Location and `0FE0623FD628…` in a notification), any other id exactly as it is.
 */
export const normalizeOperationId = idKey;

interface Waiter {
  /** Set when the waiter named its call: then only that call's notification settles it. */
  callKey?: string;
  resolve(operation: CommsOperation): void;
}

interface Kept {
  opKey: string;
  callKey?: string;
  eviction: TrackerEviction;
  at: number;
  /** Already handed to a waiter: kept only so that a later waitFor on it answers at once; dropped without a word. */
  claimed: boolean;
}

/**
 * Matches final operation notifications to the callers waiting for them.
 *
 * @example
 * const tracker = new OperationTracker({ onEvicted: (e) => log.warn('unclaimed', e.operationId) });
 * createCallbackHandler({ verifier, tracker }); // dispatches every accepted payload
 * const recorded = await tracker.waitFor(await client.recordResponse({ callId }, { maxRecordDurationInSeconds: 10 }));
 * console.log(recorded.recordingLocation);
 */
export class OperationTracker {
  /** Arrival order, oldest first: what the count and age bounds evict. */
  readonly #kept = new Set<Kept>();
  /** Entries of #kept no waiter has had yet: what pendingCount counts. */
  #unclaimed = 0;
  readonly #keptByOp = new Map<string, Set<Kept>>();
  readonly #waiters = new Map<string, Set<Waiter>>();
  readonly #maxPending: number;
  readonly #maxAgeMs: number;
  readonly #onEvicted: ((eviction: TrackerEviction) => void) | undefined;
  readonly #now: () => number;
  #evicted = 0;

  constructor(options: OperationTrackerOptions = {}) {
    this.#maxPending = count(options.maxPending, DEFAULT_MAX_PENDING, 'maxPending');
    this.#maxAgeMs = count(options.maxPendingAgeMs, DEFAULT_MAX_PENDING_AGE_MS, 'maxPendingAgeMs');
    if (options.onEvicted !== undefined && typeof options.onEvicted !== 'function') throw new TypeError('onEvicted must be a function');
    this.#onEvicted = options.onEvicted;
    this.#now = options.now ?? Date.now;
  }

  /** Final notifications kept, not yet claimed by waitFor. */
  get pendingCount(): number {
    this.#prune();
    return this.#unclaimed;
  }

  get waiterCount(): number {
    let n = 0;
    for (const set of this.#waiters.values()) n += set.size;
    return n;
  }

  /** Kept notifications dropped unclaimed so far, for either bound (each also went to onEvicted). */
  get evictedCount(): number {
    this.#prune();
    return this.#evicted;
  }

  /**
   * Resolves with the operation (status completed or failed, with its resultInfo) once a final notification for
   * it is dispatched, or at once if one already was, or if `ref` is a result whose own operation is final. A failed
   * operation resolves too: it is an answer, not an error.
   *
   * `ref` is an operation id (matched whatever call the notification names), a Location or resource URL
   * (`…/calls/{callId}/operations/{operationId}`), or an action's result: those two match only their call. A
   * result types the answer: `waitFor(await client.playPrompt(...))` resolves with a PlayPromptOperation.
   *
   * @example
   * const played = await client.playPrompt({ callId }, { prompts });
   * const done = await tracker.waitFor(played); // PlayPromptOperation: status, resultInfo, completionReason
   * if (done.status === 'failed') console.log(done.resultInfo?.subcode); // 8508: cancelled
   */
  waitFor<Op = CommsOperation>(ref: TrackedResult<Op> & { operationId: string }, options?: WaitForOptions): Promise<Op>;
  waitFor(ref: string | TrackedResult, options?: WaitForOptions): Promise<CommsOperation>;
  waitFor(ref: string | TrackedResult, options: WaitForOptions = {}): Promise<CommsOperation> {
    let target: WaitTarget;
    try {
      target = waitTarget(ref);
    } catch (e) {
      return Promise.reject(e);
    }
    const { timeoutMs, signal } = options;
    if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && timeoutMs >= 0)) {
      return Promise.reject(new TypeError('timeoutMs must be a number >= 0'));
    }
    // The client's own rule for what an abort rejects with: AbortSignal.timeout() is a TimeoutError, the rest AbortError.
    if (signal?.aborted) return Promise.reject(abortReason(signal));
    if (target.final) return Promise.resolve(target.final);
    const { opKey, callKey } = target;
    const kept = this.#take(opKey, callKey);
    if (kept) return Promise.resolve(kept);

    return new Promise<CommsOperation>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      let settled = false;
      const finish = (settle: () => void) => {
        if (settled) return;
        settled = true;
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const set = this.#waiters.get(opKey);
        set?.delete(waiter);
        if (set?.size === 0) this.#waiters.delete(opKey);
        settle();
      };
      const waiter: Waiter = { callKey, resolve: (op) => finish(() => resolve(op)) };
      const onAbort = () => finish(() => reject(abortReason(signal!)));

      let set = this.#waiters.get(opKey);
      if (!set) this.#waiters.set(opKey, (set = new Set()));
      set.add(waiter);
      signal?.addEventListener('abort', onAbort, { once: true });
      const ms = timeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
      if (ms !== Number.POSITIVE_INFINITY) {
        timer = setTimeout(
          () => finish(() => reject(new TimeoutError(`No final notification for operation ${target.label} within ${ms} ms`))),
          Math.min(ms, MAX_TIMER_MS),
        );
        // The default bound is a safety net: only a timeout the caller asked for keeps the process alive.
        if (timeoutMs === undefined) (timer as { unref?: () => void }).unref?.();
      }
    });
  }

  /** Settles the waiters of every operation in the payload that reached completed or failed; keeps the rest's finals. */
  dispatch(notifications: CommsNotifications | string | Uint8Array): void {
    // A raw body (text or bytes, as a framework hands it over) is parsed and checked first: it throws
    // NotificationParseError rather than settle nothing without a word.
    const payload = typeof notifications === 'string' || notifications instanceof Uint8Array ? parseCommsNotifications(notifications) : notifications;
    for (const final of finalsOf(payload)) this.#settle(final, final.operation);
  }

  /** Removes and returns the oldest kept final that `callKey` (when given) does not rule out. */
  #take(opKey: string, callKey: string | undefined): CommsOperation | undefined {
    this.#prune();
    for (const entry of this.#keptByOp.get(opKey) ?? []) {
      if (!sameCall(entry.callKey, callKey)) continue;
      // Claimed, not dropped: a second waitFor on a settled operation answers at once too.
      if (!entry.claimed) this.#unclaimed--;
      entry.claimed = true;
      return entry.eviction.operation;
    }
    return undefined;
  }

  #settle(ids: { callId?: string; operationId: string }, operation: CommsOperation): void {
    const opKey = idKey(ids.operationId);
    const callKey = ids.callId === undefined ? undefined : idKey(ids.callId);
    const matching = [...(this.#waiters.get(opKey) ?? [])].filter((w) => sameCall(w.callKey, callKey));
    for (const waiter of matching) waiter.resolve(operation);
    // A second final for the same operation replaces the first and moves to the young end of the eviction order.
    for (const entry of this.#keptByOp.get(opKey) ?? []) if (entry.callKey === callKey) this.#drop(entry);
    const eviction: TrackerEviction = { operationId: ids.operationId, operation, reason: 'count' };
    if (ids.callId !== undefined) eviction.callId = ids.callId;
    const entry: Kept = { opKey, callKey, eviction, at: this.#now(), claimed: matching.length > 0 };
    this.#kept.add(entry);
    if (!entry.claimed) this.#unclaimed++;
    let byOp = this.#keptByOp.get(opKey);
    if (!byOp) this.#keptByOp.set(opKey, (byOp = new Set()));
    byOp.add(entry);
    this.#prune();
    // Past the bound, finals already handed out go first (silently): one of them never costs an unclaimed one.
    for (const old of this.#kept) {
      if (this.#kept.size <= this.#maxPending) break;
      if (old.claimed) this.#drop(old);
    }
    for (const oldest of this.#kept) {
      if (this.#kept.size <= this.#maxPending) break;
      this.#evict(oldest, 'count');
    }
  }

  #drop(entry: Kept): void {
    if (this.#kept.delete(entry) && !entry.claimed) this.#unclaimed--;
    const byOp = this.#keptByOp.get(entry.opKey);
    byOp?.delete(entry);
    if (byOp?.size === 0) this.#keptByOp.delete(entry.opKey);
  }

  #evict(entry: Kept, reason: TrackerEviction['reason']): void {
    this.#drop(entry);
    if (entry.claimed) return; // a waiter had it: nothing is lost
    this.#evicted++;
    if (!this.#onEvicted) return;
    try {
      this.#onEvicted({ ...entry.eviction, reason });
    } catch {
      // A reporting hook that fails must not stop the dispatch of the notifications after it.
    }
  }

  #prune(): void {
    const cutoff = this.#now() - this.#maxAgeMs;
    for (const entry of this.#kept) {
      if (entry.at > cutoff) break; // insertion order is arrival order
      this.#evict(entry, 'age');
    }
  }
}

function count(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) throw new TypeError(`${name} must be a number >= 0`);
  return value;
}
