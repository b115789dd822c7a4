// What the fleet objects use of the application's node-redis client, and the one way they call it: only when it is
// ready (node-redis would otherwise queue the command until it reconnects, for as long as that takes), and never
// past the deadline of the operation the command belongs to.
import { createHash } from 'node:crypto';
import { describeThrown } from '../errors.js';
import { StoreUnavailableError } from './errors.js';

export type MessageListener = (message: string, channel: string) => unknown;

/** The subscriber connection the tracker makes for itself with `duplicate()`. */
export interface RedisSubscriberLike {
  readonly isReady: boolean;
  connect(): Promise<unknown>;
  subscribe(channel: string, listener: MessageListener): Promise<unknown>;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  on(event: 'ready', listener: () => void): unknown;
  destroy(): void;
}

/**
 * What the fleet objects use of the application's client: a node-redis 6 `createClient()` client, connected by
 * the application, fits. A single-node client: a cluster client's sendCommand takes other arguments.
 */
export interface RedisClientLike {
  readonly isReady: boolean;
  sendCommand<T = unknown>(args: readonly string[], options?: { timeout?: number }): Promise<T>;
  on(event: 'ready', listener: () => void): unknown;
  off(event: 'ready', listener: () => void): unknown;
  /** A new connection with the same options: the tracker's subscriber. */
  duplicate(): RedisSubscriberLike;
}

/** Checks the `redis` option: a node-redis client (connected or connecting), or anything of the same shape. */
export function checkClient(redis: unknown): RedisClientLike {
  const c = redis as Partial<Record<keyof RedisClientLike, unknown>> | null | undefined;
  const methods = ['sendCommand', 'on', 'off', 'duplicate'] as const;
  if (typeof c !== 'object' || c === null || !('isReady' in c) || !methods.every((m) => typeof c[m] === 'function')) {
    throw new TypeError('redis must be a node-redis client (createClient() from "redis")');
  }
  return c as RedisClientLike;
}

/** When one operation (a store, an apply, a read) must have settled: its commands, retries and queue wait together. */
export class Deadline {
  readonly #at: number;
  constructor(readonly ms: number) {
    this.#at = performance.now() + ms;
  }
  get remaining(): number {
    return this.#at - performance.now();
  }
}

/**
 * Sends one command. Rejects with StoreUnavailableError at once when the client is not ready, when Redis answers
 * with an error (the `cause`), and when the deadline passes first; a command written by then runs on unheard.
 */
export function command<T>(redis: RedisClientLike, args: readonly string[], deadline: Deadline): Promise<T> {
  const name = args[0];
  if (!redis.isReady) return Promise.reject(new StoreUnavailableError(`not connected (${name})`));
  const remaining = Math.ceil(deadline.remaining);
  const late = (cause?: unknown) => new StoreUnavailableError(`no answer to ${name} within ${deadline.ms} ms`, { cause });
  if (remaining <= 0) return Promise.reject(late());
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(late()), remaining);
    // The command's socket keeps the process alive while it matters; this timer alone must not.
    timer.unref();
    const fail = (e: unknown) => {
      clearTimeout(timer);
      if (e instanceof StoreUnavailableError) reject(e);
      // node-redis's own timeout (below) ends a command it never wrote: that is this deadline too.
      else if (deadline.remaining <= 0 || isTimeout(e)) reject(late(e));
      else reject(new StoreUnavailableError(`${name} failed: ${describeThrown(e)}`, { cause: e }));
    };
    try {
      // node-redis's timeout takes a command out of its queue if it was not written in time; the timer above
      // covers one that was written and whose answer never comes.
      redis.sendCommand<T>(args, { timeout: remaining }).then((value) => {
        clearTimeout(timer);
        resolve(value);
      }, fail);
    } catch (e) {
      fail(e);
    }
  });
}

const isTimeout = (e: unknown) => e instanceof Error && e.constructor.name === 'TimeoutError';

/** A Lua script run by its SHA1, sent whole only when this Redis does not know it yet (after a restart, say). */
export class RedisScript {
  readonly #sha: string;
  constructor(readonly source: string) {
    this.#sha = createHash('sha1').update(source).digest('hex');
  }

  /** The script's reply; both attempts share the one deadline. */
  async run<T>(redis: RedisClientLike, keys: readonly string[], args: readonly string[], deadline: Deadline): Promise<T> {
    const tail = [String(keys.length), ...keys, ...args];
    try {
      return await command<T>(redis, ['EVALSHA', this.#sha, ...tail], deadline);
    } catch (e) {
      if (!/^NOSCRIPT/.test(describeThrown((e as { cause?: unknown }).cause))) throw e;
      return await command<T>(redis, ['EVAL', this.source, ...tail], deadline);
    }
  }
}

/** A bulk-string reply as text: node-redis gives strings by default, Buffers under some type mappings, null for nil. */
export function replyText(reply: unknown): string | undefined {
  if (typeof reply === 'string') return reply;
  if (reply instanceof Uint8Array) return Buffer.from(reply.buffer, reply.byteOffset, reply.byteLength).toString('utf8');
  return undefined;
}

/** A reply holding JSON, parsed; undefined for nil, for what is not text, and for text that is not JSON. */
export function jsonReply(reply: unknown): unknown {
  const text = replyText(reply);
  if (text === undefined) return undefined;
  // Not response.ts's parseJson: that module would bring the HTTP layer's state into this bundle.
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Calls a reporting hook; what it throws is dropped, so that a failing reporter changes nothing. */
export function report<T>(hook: ((value: T) => void) | undefined, value: T): void {
  try {
    hook?.(value);
  } catch {
    // nothing to tell about a reporter's failure
  }
}
