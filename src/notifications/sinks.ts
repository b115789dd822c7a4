// Where the callback handler hands an accepted payload: the tracker and the call registry. A sink that keeps
// notifications beyond this process stores them before the handler answers; every sink is given them after.
import type { CommsNotifications } from '../../generated/index.js';
import { TimeoutError } from '../errors.js';
import { MAX_TIMER_MS } from '../signals.js';

/** A sink that keeps notifications beyond this process (Redis). */
export interface DurableSink {
  persist(notifications: CommsNotifications): Promise<void>;
}

/** What the handler's `tracker` may be: an OperationTracker, a Redis tracker, or anything of this shape. */
export interface TrackerSink {
  dispatch(notifications: CommsNotifications): void | Promise<void>;
  persist?(notifications: CommsNotifications): Promise<void>;
}

/** What the handler's `calls` may be: a CallRegistry, a Redis call registry, or anything of this shape. */
export interface CallsSink {
  apply(notifications: CommsNotifications): void | Promise<void>;
  persist?(notifications: CommsNotifications): Promise<void>;
}

export const isDurable = (sink: TrackerSink | CallsSink | undefined): sink is DurableSink & (TrackerSink | CallsSink) => typeof sink?.persist === 'function';

export type Stored = { ok: true } | { ok: false; error: unknown };

/**
 * Runs every durable sink's persist side by side. Not ok when one rejects, throws, or they take longer than
 * `timeoutMs` together (then a TimeoutError); a rejection that comes after the verdict is dropped, never unhandled.
 */
export function persistAll(sinks: readonly (TrackerSink | CallsSink | undefined)[], notifications: CommsNotifications, timeoutMs: number): Promise<Stored> {
  const durable = sinks.filter(isDurable);
  if (durable.length === 0) return Promise.resolve({ ok: true });
  return new Promise<Stored>((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (stored: Stored) => {
      if (timer !== undefined) clearTimeout(timer);
      resolve(stored);
    };
    if (timeoutMs !== Infinity) {
      timer = setTimeout(() => done({ ok: false, error: new TimeoutError(`The notifications were not stored within storeTimeoutMs (${timeoutMs} ms)`) }), Math.min(timeoutMs, MAX_TIMER_MS));
    }
    const each = durable.map((sink) => {
      try {
        return Promise.resolve(sink.persist(notifications));
      } catch (e) {
        return Promise.reject(e);
      }
    });
    Promise.all(each).then(
      () => done({ ok: true }),
      (error: unknown) => done({ ok: false, error }),
    );
  });
}

/** Gives the payload to the registry, then the tracker; what either throws or rejects with goes to `fail`. */
export function deliver(calls: CallsSink | undefined, tracker: TrackerSink | undefined, notifications: CommsNotifications, fail: (error: unknown) => void): void {
  const runs: (() => void | Promise<void>)[] = [];
  if (calls) runs.push(() => calls.apply(notifications));
  if (tracker) runs.push(() => tracker.dispatch(notifications));
  for (const run of runs) {
    try {
      const result = run();
      if (result && typeof (result as Promise<void>).then === 'function') (result as Promise<void>).then(undefined, fail);
    } catch (e) {
      fail(e);
    }
  }
}
