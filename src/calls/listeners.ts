// Who is told of a call registry's changes and evictions. Shared by the in-memory registry and the Redis one, so
// that both treat a listener or a reporter that throws the same way: the registry carries on.
import type { CallChange, CallResource, CallState, ParticipantResource } from './state.js';

/** Told of each call evicted to make room (its last known state). */
export type EvictionReporter = (callId: string, state: { call?: CallResource; participants: ParticipantResource[] }) => void;

export class ChangeListeners {
  readonly #listeners = new Set<(change: CallChange) => void>();
  readonly #onError: ((error: unknown, change: CallChange) => void) | undefined;

  constructor(onError?: (error: unknown, change: CallChange) => void) {
    this.#onError = onError;
  }

  /** Adds `listener`; returns the function that removes it (the same function added twice is two listeners). */
  add(listener: (change: CallChange) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    const entry = (change: CallChange) => listener(change);
    this.#listeners.add(entry);
    return () => void this.#listeners.delete(entry);
  }

  /** Tells every listener; one that throws goes to onError and the others are still told. */
  emit(change: CallChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (e) {
        this.#onError?.(e, change);
      }
    }
  }
}

/** Tells `onEvicted` of an evicted call; a reporter that throws must not fail the write that made room. */
export function reportEvicted(onEvicted: EvictionReporter | undefined, state: CallState): void {
  try {
    onEvicted?.(state.callId, { call: state.call, participants: Object.values(state.participants) });
  } catch {
    // the bound is kept whatever the reporter does
  }
}
