// When and how long to wait before trying a request again. Graph asks for a retry with 429, 503 and
// 504 (with or without Retry-After); a connection that failed before any answer is retried as well.
// Nothing else is: a 500, a 4xx or a timeout may have been acted on, so it is the caller's call.
import { finiteNonNegative, isObject, option } from './options.js';
import { raceAbort } from './signals.js';

export type SleepFn = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  maxRetries?: number;
  /** Cap of the first back-off step; doubles per retry. Default 500 ms. */
  baseDelayMs?: number;
  /** Longest wait; a Retry-After beyond it fails at once (GraphError.retryAfterMs says how long). Default 30 s. */
  maxDelayMs?: number;
  /** Source of jitter in [0, 1). For tests. */
  random?: () => number;
  /** The wait itself; must reject promptly when the signal aborts. For tests. */
  sleep?: SleepFn;
}

export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
  sleep: SleepFn;
}

export const DEFAULT_RETRY = { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 30_000 } as const;

const RETRY_STATUS = new Set([429, 503, 504]);

const nonNegative = (name: string, value: number | undefined, fallback: number) => option(`retry.${name}`, value, finiteNonNegative, 'a finite number >= 0', fallback);

/** The policy for `retry: false | RetryOptions | undefined`; null when retries are off. */
export function resolveRetry(retry: false | RetryOptions | undefined): RetryPolicy | null {
  if (retry === false) return null;
  const r = option('retry', retry, isObject, 'false or an options object', {});
  return {
    maxRetries: Math.floor(nonNegative('maxRetries', r.maxRetries, DEFAULT_RETRY.maxRetries)),
    baseDelayMs: nonNegative('baseDelayMs', r.baseDelayMs, DEFAULT_RETRY.baseDelayMs),
    maxDelayMs: nonNegative('maxDelayMs', r.maxDelayMs, DEFAULT_RETRY.maxDelayMs),
    random: r.random ?? Math.random,
    sleep: r.sleep ?? sleep,
  };
}

export function isRetryableStatus(status: number): boolean {
  return RETRY_STATUS.has(status);
}

const DELAY_SECONDS = /^\d+$/;

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date (a past date is 0). */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const v = value.trim();
  if (DELAY_SECONDS.test(v)) return Number(v) * 1000;
  if (!/[a-z]/i.test(v)) return undefined; // "-1", "1.5": neither form
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Full jitter: uniform in [0, min(maxDelay, base * 2^retry)). `retry` counts from 0. */
export function backoffDelay(retry: number, policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs' | 'random'>): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(retry, 30));
  return Math.floor(policy.random() * cap);
}


/** Waits `ms`; rejects at once when `signal` aborts, leaving no timer and no listener behind. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return raceAbort(waited, signal).finally(() => clearTimeout(timer));
}
