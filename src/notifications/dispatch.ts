import type { CommsNotification } from '../../generated/index.js';
import { resourceOf } from '../resources.js';
import { idKey } from '../ids.js';

/** Told to onError when accepting a payload would take the queue past `maxQueuedNotifications` (the payload gets 503). */
export class DispatchQueueFullError extends Error {
  override readonly name = 'DispatchQueueFullError';
  constructor(
    readonly queued: number,
    readonly incoming: number,
    readonly max: number,
  ) {
    super(`${queued} notifications are waiting for onNotification; ${incoming} more would pass the limit of ${max}`);
  }
}

/**
 * The call a notification is about: the segment after `calls` in its resourceUrl/resource, in the form the
 * tracker compares ids in (Graph writes one GUID in several cases and with or without dashes). '' when it names no call.
 */
export function callKeyOf(n: CommsNotification): string {
  const ref = resourceOf(n.resourceUrl ?? n.resource);
  return ref ? idKey(ref.callId) : '';
}

/**
 * Runs notifications through `run` one at a time per call, in the order they were enqueued, different calls side
 * by side. Holds at most `maxQueued` notifications; nothing but promises, so it keeps no process alive and lets go
 * of a call as soon as its queue is empty.
 */
export class OrderedDispatcher {
  readonly #tails = new Map<string, Promise<void>>();
  #queued = 0;

  constructor(
    readonly maxQueued: number,
    private readonly run: (n: CommsNotification) => void | Promise<void>,
    private readonly fail: (error: unknown, n: CommsNotification) => void,
  ) {}

  /** Notifications enqueued whose `run` has not finished. */
  get queued(): number {
    return this.#queued;
  }

  /** Calls with work queued or running. */
  get activeCalls(): number {
    return this.#tails.size;
  }

  hasRoom(count: number): boolean {
    return this.#queued + count <= this.maxQueued;
  }

  /** Queues the notifications behind everything already queued for their calls; none starts before `ready` settles. */
  enqueue(notifications: readonly CommsNotification[], ready: Promise<void>): void {
    const byCall = new Map<string, CommsNotification[]>();
    for (const n of notifications) {
      const key = callKeyOf(n);
      const group = byCall.get(key);
      if (group) group.push(n);
      else byCall.set(key, [n]);
    }
    this.#queued += notifications.length;
    for (const [key, group] of byCall) {
      const previous = this.#tails.get(key) ?? ready;
      const tail = Promise.all([previous, ready]).then(() => this.#runAll(group));
      this.#tails.set(key, tail);
      void tail.then(() => {
        if (this.#tails.get(key) === tail) this.#tails.delete(key);
      });
    }
  }

  async #runAll(group: readonly CommsNotification[]): Promise<void> {
    for (const n of group) {
      try {
        await this.run(n);
      } catch (e) {
        this.fail(e, n);
      } finally {
        this.#queued--;
      }
    }
  }
}
