// The Redis tracker's options, checked the way the SDK checks every option: a TypeError naming the one that is wrong.
import { isObject, option } from '../options.js';
import type { TrackerEviction } from '../index.js';
import type { RedisClientLike } from './client.js';

export interface RedisTrackerOptions {
  /** The application's own connected node-redis client. The tracker adds one connection, its `duplicate()`, to subscribe. */
  redis: RedisClientLike;
  /** Before every key and the channel. Default `graph-comms:`; every instance of a fleet uses the same. */
  keyPrefix?: string;
  /** Finals kept in Redis for a waitFor that has not come yet, the whole fleet together. Default 10,000; the oldest go first. */
  maxPending?: number;
  /** Their TTL. Default 10 minutes. */
  maxPendingAgeMs?: number;
  /** Told about each final this instance dropped from Redis for the count bound before any waiter had it (not the TTL's). */
  onEvicted?: (eviction: TrackerEviction) => void;
  /** The longest wait for one answer from Redis. Default 5 s. */
  commandTimeoutMs?: number;
  /** Told about what fails in the background: the subscriber connection's errors, reads that found Redis gone. */
  onError?: (error: unknown) => void;
}

const positiveInteger = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0;
const finitePositive = (v: unknown) => typeof v === 'number' && v > 0 && v !== Infinity;

export interface CheckedTrackerOptions {
  keyPrefix: string | undefined;
  maxPending: number;
  maxPendingAgeMs: number;
  commandTimeoutMs: number;
}

export function checkedOptions(options: RedisTrackerOptions): CheckedTrackerOptions {
  if (!isObject(options)) throw new TypeError('createRedisTracker needs { redis }: a connected node-redis client');
  const { redis } = options;
  if (!isObject(redis) || typeof redis.mGet !== 'function' || typeof redis.duplicate !== 'function') {
    throw new TypeError('redis must be a node-redis client (createClient() from "redis", connected)');
  }
  for (const hook of ['onEvicted', 'onError'] as const) option(hook, options[hook], (v) => typeof v === 'function', 'a function');
  return {
    keyPrefix: option('keyPrefix', options.keyPrefix, (v) => typeof v === 'string', 'a string'),
    maxPending: option('maxPending', options.maxPending, positiveInteger, 'a positive integer', 10_000),
    maxPendingAgeMs: option('maxPendingAgeMs', options.maxPendingAgeMs, positiveInteger, 'a positive integer (ms)', 10 * 60 * 1000),
    commandTimeoutMs: option('commandTimeoutMs', options.commandTimeoutMs, finitePositive, 'a finite number > 0', 5_000),
  };
}
