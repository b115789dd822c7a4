// The CallRegistry of a bot fleet: the latest known state of each call kept in Redis, so that every instance
// behind the load balancer sees the notifications any of them received. The rules are the in-memory registry's
// (calls/state.ts's applyToCall, run here); what is added is how two instances agree: each change is one
// optimistic write that succeeds only if nobody wrote the call since it was read, retried on the state that won.
import type { CommsNotification, CommsNotifications } from '../../generated/index.js';
import type { CallChange, CallResource, CallResourceRef, ParticipantResource } from '../calls/state.js';
import { applyToCall, callResourceOf } from '../calls/state.js';
import { ChangeListeners, reportEvicted } from '../calls/listeners.js';
import { idKey } from '../ids.js';
import { isObject } from '../options.js';
import { type StoreLayout, participantsOf, readCall, writeCallIfUnchanged } from './call-store.js';
import { Deadline, type RedisClientLike } from './client.js';
import { StoreConflictError } from './errors.js';
import { type RedisCallRegistryOptions, checkedRegistryOptions } from './options.js';

export type { RedisCallRegistryOptions } from './options.js';

/** CallRegistry's contract, with Redis behind it: reads are async, and writes settle once Redis has them. */
export interface RedisCallRegistry {
  /**
   * Applies a payload's notifications, in order per call, and tells this instance's listeners of the changes.
   * On a payload already given to `persist`, only tells the listeners of the changes that persist made.
   * Rejects with StoreUnavailableError (StoreConflictError among them) when Redis could not take it.
   */
  apply(notifications: CommsNotifications): Promise<void>;
  /**
   * Writes a payload's changes to Redis without telling the listeners yet: a callback handler awaits this before
   * it acknowledges the payload, and calls `apply` with the same object once it has answered.
   */
  persist(notifications: CommsNotifications): Promise<void>;
  /** The latest known call, or undefined when it is unknown, was deleted, evicted or expired. */
  get(callId: string): Promise<CallResource | undefined>;
  /** The call's known participants, in the order they were first seen. */
  participants(callId: string): Promise<ParticipantResource[]>;
  /** Calls `listener` with every change this instance applies, in order per call; returns the unsubscriber. */
  onChange(listener: (change: CallChange) => void): () => void;
  /** Calls this instance evicted to keep the fleet within maxCalls, since it was made. */
  readonly evictedCount: number;
}

// Each losing attempt means another instance's write won, so the call moved on; a call written this often at
// once by this many instances is not what Graph sends.
const MAX_ATTEMPTS = 32;
const noop = () => {};

/**
 * A CallRegistry that a fleet of bot instances shares through Redis.
 *
 * @example
 * const redis = await createClient({ url }).on('error', log.warn).connect();
 * const calls = createRedisCallRegistry({ redis });
 * calls.onChange((c) => { if (c.event === 'toneReceived') console.log(c.callId, c.resource.toneInfo); });
 * // later, on any instance: (await calls.get(callId))?.state
 */
export function createRedisCallRegistry(options: RedisCallRegistryOptions): RedisCallRegistry {
  return new SharedCallRegistry(options);
}

interface Pending {
  n: CommsNotification;
  ref: CallResourceRef;
  index: number;
}

class SharedCallRegistry implements RedisCallRegistry {
  readonly #redis: RedisClientLike;
  readonly #layout: StoreLayout;
  readonly #timeoutMs: number;
  readonly #options: RedisCallRegistryOptions;
  readonly #listeners: ChangeListeners;
  // The work queued or running per call on this instance: one write per call at a time, in arrival order.
  readonly #tails = new Map<string, Promise<void>>();
  // A persisted payload's changes, until `apply` tells them; a payload dropped unapplied takes its entry along.
  readonly #persisted = new WeakMap<object, Promise<CallChange[]>>();
  #evicted = 0;

  constructor(options: RedisCallRegistryOptions) {
    const o = checkedRegistryOptions(options);
    this.#redis = o.redis;
    this.#layout = { keyPrefix: o.keyPrefix, maxCalls: o.maxCalls, callTtlMs: o.callTtlMs };
    this.#timeoutMs = o.commandTimeoutMs;
    this.#options = options;
    this.#listeners = new ChangeListeners(options.onListenerError);
  }

  get evictedCount(): number {
    return this.#evicted;
  }

  persist(notifications: CommsNotifications): Promise<void> {
    if (!isObject(notifications)) return Promise.resolve();
    let stored = this.#persisted.get(notifications);
    if (stored === undefined) {
      const attempt = this.#store(notifications, false);
      stored = attempt;
      this.#persisted.set(notifications, attempt);
      // A failed persist is forgotten, so that the redelivery's persist, or an apply, tries again.
      attempt.catch(() => {
        if (this.#persisted.get(notifications) === attempt) this.#persisted.delete(notifications);
      });
    }
    return stored.then(noop);
  }

  async apply(notifications: CommsNotifications): Promise<void> {
    if (!isObject(notifications)) return;
    const stored = this.#persisted.get(notifications);
    if (stored === undefined) {
      await this.#store(notifications, true);
      return;
    }
    this.#persisted.delete(notifications);
    for (const change of await stored) this.#listeners.emit(change);
  }

  async get(callId: string): Promise<CallResource | undefined> {
    return (await this.#read(callId))?.call;
  }

  async participants(callId: string): Promise<ParticipantResource[]> {
    return participantsOf(await this.#read(callId));
  }

  onChange(listener: (change: CallChange) => void): () => void {
    return this.#listeners.add(listener);
  }

  async #read(callId: string) {
    if (typeof callId !== 'string' || callId === '') throw new TypeError('callId must be a non-empty string');
    return (await readCall(this.#redis, this.#layout, idKey(callId), new Deadline(this.#timeoutMs))).state;
  }

  /** Applies the payload in Redis, each call's notifications behind the ones already queued for it; its changes in payload order. */
  async #store(notifications: CommsNotifications, emit: boolean): Promise<CallChange[]> {
    const list: unknown = (notifications as { value?: unknown }).value;
    if (!Array.isArray(list)) return [];
    const deadline = new Deadline(this.#timeoutMs);
    const byCall = new Map<string, Pending[]>();
    list.forEach((n: CommsNotification, index) => {
      if (!isObject(n)) return;
      const ref = callResourceOf(n.resourceUrl ?? n.resource);
      if (ref === undefined || ref.kind === 'other') return;
      const key = idKey(ref.callId);
      const group = byCall.get(key);
      if (group) group.push({ n, ref, index });
      else byCall.set(key, [{ n, ref, index }]);
    });
    const results: CallChange[][] = [];
    const runs = [...byCall].map(([key, group]) =>
      this.#serially(key, async () => {
        // A failure stops the call's later notifications too: the payload is redelivered whole, in order.
        for (const { n, ref, index } of group) {
          const changes = await this.#applyOne(key, ref, n, deadline);
          results[index] = changes;
          if (emit) for (const change of changes) this.#listeners.emit(change);
        }
      }),
    );
    await Promise.all(runs);
    return results.flat();
  }

  #serially(key: string, task: () => Promise<void>): Promise<void> {
    const run = (this.#tails.get(key) ?? Promise.resolve()).then(task);
    const tail = run.then(noop, noop);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return run;
  }

  /** One notification, as one optimistic write: on a lost race it is computed again on the state that won. */
  async #applyOne(member: string, ref: CallResourceRef, n: CommsNotification, deadline: Deadline): Promise<CallChange[]> {
    let read = await readCall(this.#redis, this.#layout, member, deadline);
    for (let attempt = 1; ; attempt++) {
      const { next, changes } = applyToCall(read.state, ref, n);
      // Nothing held and nothing to hold: no write, as the in-memory registry keeps nothing either.
      if (read.version === '' && next === undefined) return changes;
      const outcome = await writeCallIfUnchanged(this.#redis, this.#layout, member, read, next, deadline);
      if (outcome.written) {
        for (const state of outcome.evicted) {
          this.#evicted++;
          reportEvicted(this.#options.onEvicted, state);
        }
        return changes;
      }
      if (attempt >= MAX_ATTEMPTS) throw new StoreConflictError(ref.callId, attempt);
      read = outcome.current;
    }
  }
}
