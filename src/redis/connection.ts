// Every Redis round trip of the Redis-backed objects, bounded: node-redis queues commands while it is
// disconnected and waits forever for the answer to one it has written, so each command here fails fast when the
// client is not ready and is raced against the time left to the whole operation.
import { createHash } from 'node:crypto';
import { describeThrown } from '../errors.js';
import { StoreUnavailableError } from './errors.js';

/**
 * What is used of the application's connected node-redis client (`createClient()` from `redis`, v5 or later):
 * a single-node client; a cluster client's sendCommand takes other arguments.
 */
export interface RedisConnection {
  readonly isReady: boolean;
  sendCommand<T = unknown>(args: readonly string[], options?: { timeout?: number }): Promise<T>;
}

/** Checks the `redis` option: a connected-or-connecting node-redis client, or anything of the same shape. */
export function checkConnection(redis: unknown): RedisConnection {
  const candidate = redis as Partial<RedisConnection> | null | undefined;
  if (typeof candidate !== 'object' || candidate === null || typeof candidate.sendCommand !== 'function' || !('isReady' in candidate)) {
    throw new TypeError('redis must be a node-redis client (createClient() from "redis")');
  }
  return candidate as RedisConnection;
}

/** When one operation (a persist, an apply, a get) must have settled, queue wait and retries included. */
export class Deadline {
  readonly #at: number;
  constructor(readonly ms: number) {
    this.#at = performance.now() + ms;
  }
  get remaining(): number {
    return this.#at - performance.now();
  }
}

/** Sends one command; rejects with StoreUnavailableError when the client is not ready, on an error reply, or at the deadline. */
export async function boundedCommand<T>(redis: RedisConnection, args: readonly string[], deadline: Deadline): Promise<T> {
  if (!redis.isReady) throw new StoreUnavailableError('the client is not connected');
  const remaining = Math.ceil(deadline.remaining);
  if (remaining <= 0) throw new StoreUnavailableError(`no answer within ${deadline.ms} ms`);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreUnavailableError(`no answer within ${deadline.ms} ms`)), remaining);
  });
  try {
    // node-redis's own timeout takes a command out of its queue if it was never written; the race covers one
    // that was written and whose answer never comes.
    return await Promise.race([redis.sendCommand<T>(args, { timeout: remaining }), expired]);
  } catch (e) {
    throw e instanceof StoreUnavailableError ? e : new StoreUnavailableError(describeThrown(e), { cause: e });
  } finally {
    clearTimeout(timer);
  }
}

/** A Lua script run by its SHA1, sent whole only when this Redis does not know it yet (after a restart, say). */
export class RedisScript {
  readonly #sha: string;
  constructor(readonly source: string) {
    this.#sha = createHash('sha1').update(source).digest('hex');
  }

  async run<T>(redis: RedisConnection, keys: readonly string[], args: readonly string[], deadline: Deadline): Promise<T> {
    const tail = [String(keys.length), ...keys, ...args];
    try {
      return await boundedCommand<T>(redis, ['EVALSHA', this.#sha, ...tail], deadline);
    } catch (e) {
      if (!/^NOSCRIPT/.test(describeThrown((e as { cause?: unknown }).cause))) throw e;
      return await boundedCommand<T>(redis, ['EVAL', this.source, ...tail], deadline);
    }
  }
}

/** A bulk-string reply as text: node-redis gives strings by default, Buffers under some type mappings, null for nil. */
export function replyText(reply: unknown): string | undefined {
  if (typeof reply === 'string') return reply;
  if (reply instanceof Uint8Array) return Buffer.from(reply).toString('utf8');
  return undefined;
}
