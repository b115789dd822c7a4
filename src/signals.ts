// AbortSignal plumbing shared by the pipeline: typed abort reasons, racing a promise against a
// signal, and the per-attempt scope that joins the caller's signal with the attempt's timeout.
import type { AttemptScope } from './contract.js';
import { AbortError, TimeoutError } from './errors.js';

export type { AttemptScope };

/**
 * The error an aborted wait rejects with: the pipeline's own typed reasons as they are; a caller's
 * AbortSignal.timeout() as TimeoutError; any other caller abort as AbortError (cause: its reason).
 */
export function abortReason(signal: AbortSignal): Error {
  const r: unknown = signal.reason;
  if (r instanceof AbortError || r instanceof TimeoutError) return r;
  if (r instanceof Error && r.name === 'TimeoutError') return new TimeoutError(r.message);
  return new AbortError(undefined, { cause: r });
}

/** Resolves with `promise`, or rejects as soon as `signal` aborts (the promise itself runs on). */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

const NO_SCOPE: AttemptScope = { signal: undefined, done() {} };

// setTimeout fires at once for a delay beyond this (about 24.8 days): a longer timeout waits this long instead.
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A timer that aborts `controller` with the attempt's TimeoutError once `timeoutMs` has passed. */
export const abortOnTimeout = (controller: AbortController, timeoutMs: number) =>
  setTimeout(() => controller.abort(new TimeoutError(`The attempt exceeded timeoutMs (${timeoutMs} ms)`)), Math.min(timeoutMs, MAX_TIMER_MS));

/**
 * One attempt's signal: the caller's `signal` joined with a `timeoutMs` timer that starts now (none for
 * undefined or Infinity).
 */
export function attemptScope(callerSignal: AbortSignal | undefined, timeoutMs: number | undefined): AttemptScope {
  // `< Infinity` is false for undefined and Infinity alike: no timer for either.
  const timed = (timeoutMs as number) < Infinity;
  if (!callerSignal && !timed) return NO_SCOPE;
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onAbort = () => controller.abort(abortReason(callerSignal!));
  if (callerSignal?.aborted) onAbort();
  else {
    callerSignal?.addEventListener('abort', onAbort, { once: true });
    if (timed) timer = abortOnTimeout(controller, timeoutMs!);
  }
  return {
    signal: controller.signal,
    done() {
      // Clearing a timer twice, or removing a listener twice, is harmless.
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onAbort);
    },
  };
}
