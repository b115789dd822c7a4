// CallRegistry: the latest known state of each call and its participants, kept from the notifications Graph
// sends, applied in the order they arrive. Bounded: past `maxCalls` the call seen least recently is evicted, and
// every eviction is counted and reported.
import type { CommsNotifications } from '../../generated/index.js';
import { idKey } from '../ids.js';
import { ChangeListeners, reportEvicted } from './listeners.js';
import { type CallChange, type CallResource, type CallState, type ParticipantResource, applyToCall, callResourceOf } from './state.js';

export type { CallChange, CallEvent, CallResource, CommsEntity, ParticipantResource } from './state.js';

export interface CallRegistryOptions {
  /** Calls kept at most. Default 10,000. */
  maxCalls?: number;
  /** Told of each call evicted to make room (its last known state). */
  onEvicted?: (callId: string, state: { call?: CallResource; participants: ParticipantResource[] }) => void;
  /** Told when a change listener throws; the other listeners still run. */
  onListenerError?: (error: unknown, change: CallChange) => void;
}

/**
 * The latest known `Call` and participants of each call, from created/updated/deleted notifications.
 *
 * @example
 * const calls = new CallRegistry();
 * calls.onChange((c) => { if (c.event === 'toneReceived') console.log(c.callId, c.resource.toneInfo); });
 * const handler = createCallbackHandler({ verifier, tracker, calls });
 * // later: calls.get(callId)?.state, calls.participants(callId)
 */
export class CallRegistry {
  readonly #calls = new Map<string, CallState>();
  readonly #listeners: ChangeListeners;
  readonly #maxCalls: number;
  readonly #options: CallRegistryOptions;
  #evicted = 0;

  constructor(options: CallRegistryOptions = {}) {
    const max = options.maxCalls ?? 10_000;
    if (!Number.isSafeInteger(max) || max < 1) throw new TypeError('maxCalls must be a positive integer');
    this.#maxCalls = max;
    this.#options = options;
    this.#listeners = new ChangeListeners(options.onListenerError);
  }

  /** Applies a payload's notifications in order; those about operations or other resources are ignored. */
  apply(notifications: CommsNotifications): void {
    const list: unknown = (notifications as { value?: unknown } | null)?.value;
    if (!Array.isArray(list)) return;
    for (const n of list) {
      if (typeof n !== 'object' || n === null) continue;
      const ref = callResourceOf(n.resourceUrl ?? n.resource);
      if (ref === undefined || ref.kind === 'other') continue;
      const key = idKey(ref.callId);
      const held = this.#calls.get(key);
      const { next, changes } = applyToCall(held, ref, n);
      this.#calls.delete(key); // re-inserted below: Map order is then least recently seen first
      if (next !== undefined) this.#calls.set(key, next);
      if (held === undefined && next !== undefined) this.#evictOverflow();
      for (const change of changes) this.#listeners.emit(change);
    }
  }

  /** The latest known call, or undefined when it is unknown or was deleted. */
  get(callId: string): CallResource | undefined {
    return this.#calls.get(idKey(callId))?.call;
  }

  /** The call's known participants, in the order they were first seen. */
  participants(callId: string): ParticipantResource[] {
    return Object.values(this.#calls.get(idKey(callId))?.participants ?? {});
  }

  /** Calls held now. */
  get size(): number {
    return this.#calls.size;
  }

  /** Calls evicted to stay within maxCalls, since the registry was made. */
  get evictedCount(): number {
    return this.#evicted;
  }

  /** Calls `listener` with every change, in order; returns the function that unsubscribes it. */
  onChange(listener: (change: CallChange) => void): () => void {
    return this.#listeners.add(listener);
  }

  #evictOverflow(): void {
    for (const [key, state] of this.#calls) {
      if (this.#calls.size <= this.#maxCalls) break;
      this.#calls.delete(key);
      this.#evicted++;
      reportEvicted(this.#options.onEvicted, state);
    }
  }
}
