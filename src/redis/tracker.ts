// createRedisTracker: OperationTracker's waitFor/dispatch for a fleet. Finals are kept in Redis (finals-store.ts)
// and announced on a pub/sub channel; each instance's waiters live in an in-memory OperationTracker that keeps
// nothing itself, fed from Redis whenever a final for one of them is announced or may have been missed.
import type { CommsNotification, CommsNotifications, CommsOperation } from '../../generated/index.js';
import { idKey } from '../ids.js';
import { AbortError, type DurableSink, OperationTracker, type TrackerEviction, type WaitForOptions, parseCommsNotifications } from '../index.js';
import { type FinalOperation, type TrackedResult, type WaitTarget, finalsOf, sameCall, waitTarget } from '../notifications/finals.js';
import { Announcements } from './announcements.js';
import { Deadline, type RedisClientLike, command, report } from './client.js';
import { StoreUnavailableError } from './errors.js';
import { type FinalsKeys, type KeptFinal, decodeKept, finalsKeys, storeFinals } from './finals-store.js';
import { type RedisTrackerOptions, checkedTrackerOptions } from './options.js';

export type { RedisTrackerOptions } from './options.js';

/** OperationTracker's contract across a fleet, plus what the callback handler needs to store before it answers. */
export interface RedisTracker extends DurableSink, AsyncDisposable {
  /** As OperationTracker's: resolves when any instance dispatches the final, or at once when Redis already keeps it. */
  waitFor<Op = CommsOperation>(ref: TrackedResult<Op> & { operationId: string }, options?: WaitForOptions): Promise<Op>;
  waitFor(ref: string | TrackedResult, options?: WaitForOptions): Promise<CommsOperation>;
  /**
   * Settles this instance's waiters at once, then stores the payload's finals and announces them to the fleet
   * (unless `persist` already did, for this very object). Throws NotificationParseError for a raw body that is no
   * commsNotifications; the promise rejects with StoreUnavailableError when Redis did not take them.
   */
  dispatch(notifications: CommsNotifications | string | Uint8Array): Promise<void>;
  /** Stores the payload's finals and announces them to the fleet; rejects with StoreUnavailableError when Redis is not ready or too slow. */
  persist(notifications: CommsNotifications): Promise<void>;
  /** Waiters on this instance. */
  readonly waiterCount: number;
  /** Finals this instance evicted unclaimed (each also went to onEvicted). */
  readonly evictedCount: number;
  /** Rejects this instance's waiters with AbortError and ends the subscriber connection; the application's client is left alone. */
  close(): Promise<void>;
}

interface Waiting {
  callKey: string | undefined;
  controller: AbortController;
}

// MGET batches when every waiter's key is read again after a reconnect.
const READ_BATCH = 500;

class RedisOperationTracker implements RedisTracker {
  readonly #redis: RedisClientLike;
  readonly #keys: FinalsKeys;
  readonly #limits: { ttlMs: number; maxKept: number; timeoutMs: number };
  readonly #onEvicted: ((eviction: TrackerEviction) => void) | undefined;
  readonly #onError: ((error: unknown) => void) | undefined;
  /** Holds this instance's waiters (timers, signals, exactly-once); keeps no final itself: Redis does. */
  readonly #local = new OperationTracker({ maxPending: 0 });
  readonly #waiting = new Map<string, Set<Waiting>>();
  readonly #persisted = new WeakSet<object>();
  readonly #announcements: Announcements;
  #closed = false;
  #evicted = 0;

  constructor(options: RedisTrackerOptions) {
    const o = checkedTrackerOptions(options);
    this.#redis = o.redis;
    this.#keys = finalsKeys(o.keyPrefix);
    this.#limits = { ttlMs: o.maxPendingAgeMs, maxKept: o.maxPending, timeoutMs: o.commandTimeoutMs };
    this.#onEvicted = options.onEvicted;
    this.#onError = options.onError;
    this.#announcements = new Announcements(this.#redis, this.#keys.channel, {
      heard: (opKey) => {
        if (this.#waiting.has(opKey)) void this.#read([opKey]);
      },
      mayHaveMissed: () => void this.#read([...this.#waiting.keys()]),
      onError: this.#onError,
    });
  }

  get waiterCount(): number {
    return this.#local.waiterCount;
  }

  get evictedCount(): number {
    return this.#evicted;
  }

  waitFor<Op = CommsOperation>(ref: TrackedResult<Op> & { operationId: string }, options?: WaitForOptions): Promise<Op>;
  waitFor(ref: string | TrackedResult, options?: WaitForOptions): Promise<CommsOperation>;
  waitFor(ref: string | TrackedResult, options: WaitForOptions = {}): Promise<CommsOperation> {
    if (this.#closed) return Promise.reject(new AbortError('The Redis tracker is closed'));
    let target: WaitTarget;
    try {
      target = waitTarget(ref);
    } catch (e) {
      return Promise.reject(e);
    }
    const { signal } = options;
    // Answered or refused at once, with OperationTracker's own errors: nothing to read from Redis.
    if (target.final || signal?.aborted) return this.#local.waitFor(ref, options);

    // One signal per waiter, so that close() can end it as the caller's signal would.
    const controller = new AbortController();
    const forward = () => controller.abort(signal!.reason);
    signal?.addEventListener('abort', forward, { once: true });
    const waiting = this.#local.waitFor(ref, { ...options, signal: controller.signal });
    const entry: Waiting = { callKey: target.callKey, controller };
    let set = this.#waiting.get(target.opKey);
    if (!set) this.#waiting.set(target.opKey, (set = new Set()));
    set.add(entry);
    const release = () => {
      signal?.removeEventListener('abort', forward);
      set.delete(entry);
      if (set.size === 0 && this.#waiting.get(target.opKey) === set) this.#waiting.delete(target.opKey);
    };
    waiting.then(release, release);
    // Registered first, read second: a final stored after this read is announced to a waiter already listening.
    this.#announcements.start();
    void this.#read([target.opKey]);
    return waiting;
  }

  dispatch(notifications: CommsNotifications | string | Uint8Array): Promise<void> {
    const payload = typeof notifications === 'string' || notifications instanceof Uint8Array ? parseCommsNotifications(notifications) : notifications;
    const finals = [...finalsOf(payload)];
    if (finals.length === 0) return Promise.resolve();
    const claimed = finals.filter((f) => this.#hasWaiter(idKey(f.operationId), f.callId));
    this.#local.dispatch(payload);
    if (this.#closed) return Promise.reject(new StoreUnavailableError('the tracker is closed'));
    for (const f of claimed) this.#claim(idKey(f.operationId));
    return this.#persisted.has(payload) ? Promise.resolve() : this.#store(finals);
  }

  async persist(notifications: CommsNotifications): Promise<void> {
    if (this.#closed) throw new StoreUnavailableError('the tracker is closed');
    const finals = [...finalsOf(notifications)];
    if (finals.length > 0) await this.#store(finals);
    if (typeof notifications === 'object' && notifications !== null) this.#persisted.add(notifications);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#announcements.close();
    const closed = new AbortError('The Redis tracker was closed');
    for (const set of this.#waiting.values()) for (const w of set) w.controller.abort(closed);
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #store(finals: readonly FinalOperation[]): Promise<void> {
    const evicted = await storeFinals(this.#redis, this.#keys, finals, this.#limits);
    this.#evicted += evicted.length;
    for (const kept of evicted) {
      const eviction: TrackerEviction = { operationId: kept.operationId, operation: kept.operation, reason: 'count' };
      if (kept.callId !== undefined) eviction.callId = kept.callId;
      report(this.#onEvicted, eviction);
    }
  }

  #hasWaiter(opKey: string, callId: string | undefined): boolean {
    const callKey = callId === undefined ? undefined : idKey(callId);
    for (const w of this.#waiting.get(opKey) ?? []) if (sameCall(w.callKey, callKey)) return true;
    return false;
  }

  /** Marks a final as had by a waiter, so that its eviction later is not reported as a loss. Best effort. */
  #claim(opKey: string): void {
    if (!this.#redis.isReady) return;
    const set = ['SET', this.#keys.claimed(opKey), '1', 'PX', String(this.#limits.ttlMs)];
    command(this.#redis, set, new Deadline(this.#limits.timeoutMs)).catch((e: unknown) => report(this.#onError, e));
  }

  /** Reads the kept finals of these operations and settles the waiters they answer. Never rejects. */
  async #read(opKeys: readonly string[]): Promise<void> {
    // Not connected: the 'ready' that follows reads every waiter's key again.
    if (!this.#redis.isReady) return;
    for (let i = 0; i < opKeys.length; i += READ_BATCH) {
      const batch = opKeys.slice(i, i + READ_BATCH);
      let replies: unknown;
      try {
        replies = await command(this.#redis, ['MGET', ...batch.map((k) => this.#keys.op(k))], new Deadline(this.#limits.timeoutMs));
      } catch (e) {
        report(this.#onError, e);
        return;
      }
      batch.forEach((opKey, j) => {
        const kept = decodeKept(Array.isArray(replies) ? replies[j] : undefined);
        if (kept) this.#deliver(opKey, kept);
      });
    }
  }

  #deliver(opKey: string, kept: KeptFinal): void {
    if (!this.#hasWaiter(opKey, kept.callId)) return;
    this.#local.dispatch(asPayload(kept));
    this.#claim(opKey);
  }
}

/** A kept final as the notification that would carry it, for the local tracker to match as it matches any. */
function asPayload({ operationId, callId, operation }: KeptFinal): CommsNotifications {
  const n: Partial<CommsNotification> = { changeType: 'deleted', resourceData: operation };
  if (callId !== undefined) n.resourceUrl = `/communications/calls/${encodeURIComponent(callId)}/operations/${encodeURIComponent(operationId)}`;
  return { value: [n as CommsNotification] };
}

/**
 * An operation tracker shared by every instance of a bot through Redis: a waitFor on one instance resolves when
 * any instance dispatches the operation's final notification; a final that comes first is kept in Redis, bounded
 * by count and by age, for the first waiter.
 *
 * @example
 * const redis = await createClient({ url: process.env.REDIS_URL }).on('error', log.warn).connect();
 * const tracker = createRedisTracker({ redis });
 * createServer(createCallbackHandler({ verifier, tracker })).listen(8443); // stores before it answers 202
 * const done = await tracker.waitFor(await client.playPrompt({ callId }, { prompts }));
 */
export function createRedisTracker(options: RedisTrackerOptions): RedisTracker {
  return new RedisOperationTracker(options);
}
