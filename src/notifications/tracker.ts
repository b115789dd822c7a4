import type { CommsNotification, CommsNotifications, CommsOperation } from '../../generated/index.js';
import { TimeoutError } from '../errors.js';
import { abortReason } from '../signals.js';
import { idKey } from '../ids.js';
import { operationIdFromResource, parseCommsNotifications } from './parse.js';

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

/** What waitFor takes besides an id: an action's result (`{ callId, operationId, operation? }`). `Op` is its operation type. */
export interface TrackedResult<Op = CommsOperation> {
  callId?: string;
  operationId?: string;
  operation?: Op;
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

const FINAL = /* @__PURE__ */ new Set(['completed', 'failed']);
const MAX_TIMER_MS = 2 ** 31 - 1; // setTimeout fires at once beyond this
const isFinal = (op: { status?: unknown } | undefined) => typeof op?.status === 'string' && FINAL.has(op.status.toLowerCase());
// A call known on one side only does not tell two operations apart.
const sameCall = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || a === b;

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
    let target: { opKey: string; callKey?: string; label: string; final?: CommsOperation };
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
    const list: unknown = (payload as { value?: unknown } | null)?.value;
    if (!Array.isArray(list)) return;
    for (const n of list as CommsNotification[]) {
      if (typeof n !== 'object' || n === null) continue;
      const data: unknown = n.resourceData;
      const items = Array.isArray(data) ? data : [data];
      for (const item of items) {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
        const op = item as CommsOperation;
        if (!isFinal(op)) continue;
        const ids = idsOf(n, op, items.length === 1);
        if (ids) this.#settle(ids, op);
      }
    }
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

/** The keys waitFor matches on, from an id, a Location or resource URL, or a result; throws TypeError otherwise. */
function waitTarget(ref: unknown): { opKey: string; callKey?: string; label: string; final?: CommsOperation } {
  if (typeof ref === 'string') {
    if (ref === '') throw new TypeError('waitFor needs an operation id, a Location, or an action result');
    // An id never holds "/": a string that does is a Location or a notification resource.
    if (!ref.includes('/')) return { opKey: idKey(ref), label: ref };
    const ids = operationIdFromResource(ref);
    if (!ids) throw new TypeError(`waitFor: ${JSON.stringify(ref)} is no .../calls/{callId}/operations/{operationId} URL; pass the operation id or the action result`);
    return { opKey: idKey(ids.operationId), callKey: idKey(ids.callId), label: ids.operationId };
  }
  if (typeof ref !== 'object' || ref === null) throw new TypeError('waitFor needs an operation id, a Location, or an action result');
  const { callId, operationId, operation } = ref as TrackedResult;
  if (typeof operationId !== 'string' || operationId === '') throw new TypeError('waitFor: this result has no operationId, so no notification can name it');
  if (callId !== undefined && (typeof callId !== 'string' || callId === '')) throw new TypeError('waitFor: the result\'s callId must be a non-empty string');
  const target = { opKey: idKey(operationId), callKey: callId === undefined ? undefined : idKey(callId), label: operationId };
  return isFinal(operation) ? { ...target, final: operation } : target;
}

/**
 * The notification's resource names the operation (and its call) when it carries one entity; an array of entities
 * is named item by item by their `@odata.id`. A bare `id` counts only on something that has a status, i.e. an
 * operation, and names no call.
 */
function idsOf(n: CommsNotification, op: CommsOperation, single: boolean): { callId?: string; operationId: string } | undefined {
  const candidates = single ? [n.resourceUrl, n.resource, op['@odata.id']] : [op['@odata.id']];
  for (const c of candidates) {
    const ids = typeof c === 'string' ? operationIdFromResource(c) : undefined;
    if (ids) return ids;
  }
  return typeof op.id === 'string' && op.id !== '' ? { operationId: op.id } : undefined;
}

function count(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) throw new TypeError(`${name} must be a number >= 0`);
  return value;
}
