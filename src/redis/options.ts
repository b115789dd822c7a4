// The fleet objects' options, checked the way the SDK checks every option: a TypeError naming the one that is
// wrong. What both factories take (the client, the key prefix, the command deadline) is named and checked once.
import type { CallRegistryOptions } from '../calls/registry.js';
import type { TrackerEviction } from '../notifications/tracker.js';
import { isObject, option } from '../options.js';
import { type RedisClientLike, checkClient } from './client.js';

export const DEFAULT_KEY_PREFIX = 'graph-comms:';

/** What createRedisTracker and createRedisCallRegistry both take. */
export interface RedisOptions {
  /** The application's own node-redis client (`createClient()` from `redis`), connected by the application. */
  redis: RedisClientLike;
  /** Before every key (and the tracker's channel). Default `graph-comms:`; every instance of a fleet uses the same. */
  keyPrefix?: string;
  /**
   * How long Redis has to answer one operation (a store, an apply, a read): its commands, retries and its turn
   * behind the same call's earlier work together. Default 5 s; then StoreUnavailableError.
   */
  commandTimeoutMs?: number;
}

export interface RedisTrackerOptions extends RedisOptions {
  /** Finals kept in Redis for a waitFor that has not come yet, the whole fleet together. Default 10,000; the oldest go first. */
  maxPending?: number;
  /** Their TTL. Default 10 minutes. */
  maxPendingAgeMs?: number;
  /** Told about each final this instance dropped from Redis for the count bound before any waiter had it (not the TTL's). */
  onEvicted?: (eviction: TrackerEviction) => void;
  /** Told about what fails in the background: the subscriber connection's errors, reads that found Redis gone. */
  onError?: (error: unknown) => void;
}

/** CallRegistry's options (onEvicted, onListenerError, maxCalls), the bound fleet-wide, and a TTL. */
export interface RedisCallRegistryOptions extends RedisOptions, CallRegistryOptions {
  /** Calls kept at most, fleet-wide. Default 10,000; past it the call written least recently is evicted, by the instance writing. */
  maxCalls?: number;
  /** How long a call nobody writes is kept, refreshed on each apply. Default 24 h. */
  callTtlMs?: number;
}

export interface Checked {
  redis: RedisClientLike;
  keyPrefix: string;
  commandTimeoutMs: number;
}

const positiveInteger = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0;
const finitePositive = (v: unknown) => typeof v === 'number' && v > 0 && v !== Infinity;
const isFunction = (v: unknown) => typeof v === 'function';
const DAY_MS = 24 * 60 * 60 * 1000;

function checked(factory: string, options: RedisOptions, hooks: readonly string[]): Checked {
  if (!isObject(options)) throw new TypeError(`${factory} needs { redis }: a connected node-redis client`);
  for (const hook of hooks) option(hook, options[hook as keyof RedisOptions], isFunction, 'a function');
  return {
    redis: checkClient(options.redis),
    keyPrefix: option('keyPrefix', options.keyPrefix, (v) => typeof v === 'string', 'a string', DEFAULT_KEY_PREFIX),
    commandTimeoutMs: option('commandTimeoutMs', options.commandTimeoutMs, finitePositive, 'a finite number of milliseconds > 0', 5_000),
  };
}

export function checkedTrackerOptions(options: RedisTrackerOptions): Checked & { maxPending: number; maxPendingAgeMs: number } {
  const common = checked('createRedisTracker', options, ['onEvicted', 'onError']);
  return {
    ...common,
    maxPending: option('maxPending', options.maxPending, positiveInteger, 'a positive integer', 10_000),
    maxPendingAgeMs: option('maxPendingAgeMs', options.maxPendingAgeMs, positiveInteger, 'a positive integer of milliseconds', 10 * 60 * 1000),
  };
}

export function checkedRegistryOptions(options: RedisCallRegistryOptions): Checked & { maxCalls: number; callTtlMs: number } {
  const common = checked('createRedisCallRegistry', options, ['onEvicted', 'onListenerError']);
  return {
    ...common,
    maxCalls: option('maxCalls', options.maxCalls, positiveInteger, 'a positive integer', 10_000),
    callTtlMs: option('callTtlMs', options.callTtlMs, positiveInteger, 'a positive integer of milliseconds', DAY_MS),
  };
}
