// How the Node platform times an attempt. An AbortController per attempt is the costliest thing the engine adds to a
// request: undici keeps every signal it was given (and a listener on it) until the request is collected, which
// shows in peak RSS, and making one costs a bare node:http request a sixth of its time. So, unless a caller's signal
// has to be joined:
// - a transport that keeps deadlines (createHttpFetch) gets a deadline and no signal, when the token is at hand;
// - any other transport gets a timeout signal shared by the attempts that start in the same millisecond with the
//   same timeoutMs, so a burst of requests costs one controller and one timer, not one each.
import type { AttemptScope, FetchLike } from '../contract.js';
import { abortOnTimeout, attemptScope } from '../signals.js';

const noop = () => {};

interface SharedTimeout {
  readonly controller: AbortController;
  readonly timer: ReturnType<typeof setTimeout>;
  /** Date.now() when it was made: attempts join it only within that millisecond. */
  readonly at: number;
  readonly timeoutMs: number;
  /** Attempts using it that are not done: at 0 its timer goes. */
  open: number;
}

// Bounds the listeners a transport may leave on one shared signal until it collects them (undici removes its own only then).
const MAX_SHARERS = 64;
let current: SharedTimeout | undefined;
let events: typeof import('node:events') | undefined;

/**
 * A signal that aborts with TimeoutError `timeoutMs` after the first of its attempts started (the others started
 * within the same millisecond, so each gets its timeoutMs to within one); its timer is cleared when the last is done.
 */
function sharedTimeout(timeoutMs: number): AttemptScope {
  const now = Date.now();
  let shared = current;
  // (One that has already fired, as a timeoutMs under a millisecond can, is never joined.)
  if (!shared || shared.at !== now || shared.timeoutMs !== timeoutMs || shared.open >= MAX_SHARERS || shared.controller.signal.aborted) {
    const controller = new AbortController();
    // Each sharer's transport may hold a listener on it until the request is collected (undici): bounded, not a leak.
    (events ??= process.getBuiltinModule('node:events')).setMaxListeners(2 * MAX_SHARERS, controller.signal);
    shared = current = { controller, timer: abortOnTimeout(controller, timeoutMs), at: now, timeoutMs, open: 0 };
  }
  const mine = shared;
  mine.open++;
  let done = false;
  return {
    signal: mine.controller.signal,
    done() {
      if (done) return;
      done = true;
      if (--mine.open > 0) return;
      // Nobody is left to time: nothing may keep the process alive or abort later, and no attempt joins it again.
      clearTimeout(mine.timer);
      if (current === mine) current = undefined;
    },
  };
}

/** Platform.attemptScope on Node (see the top of this file); only where `process` is Node's own. */
export function nodeAttemptScope(callerSignal: AbortSignal | undefined, timeoutMs: number | undefined, transport: FetchLike, token: string | undefined): AttemptScope {
  if (callerSignal || !((timeoutMs as number) < Infinity)) return attemptScope(callerSignal, timeoutMs);
  if (transport.deadlines && token !== undefined) return { signal: undefined, deadline: performance.now() + timeoutMs!, done: noop };
  return sharedTimeout(timeoutMs!);
}
