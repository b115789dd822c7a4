// What the fleet objects use of the application's node-redis client, and the one way they call it: only when it is
// ready (node-redis would otherwise queue the command until it reconnects, for as long as that takes), and never
// longer than a time limit.
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

/** The calls made on the application's client. A node-redis 6 `createClient()` client fits. */
export interface RedisClientLike {
  readonly isReady: boolean;
  mGet(keys: string[]): Promise<unknown[]>;
  set(key: string, value: string, options: { expiration: { type: 'PX'; value: number } }): Promise<unknown>;
  evalSha(sha1: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  on(event: 'ready', listener: () => void): unknown;
  off(event: 'ready', listener: () => void): unknown;
  duplicate(): RedisSubscriberLike;
}

/**
 * `run()`'s answer, or StoreUnavailableError: at once when the client is not ready, after `timeoutMs` without an
 * answer, or when Redis answers with an error (the cause). A command still queued when time is up runs on unheard.
 */
export function bounded<T>(client: { readonly isReady: boolean }, what: string, timeoutMs: number, run: () => Promise<T>): Promise<T> {
  if (!client.isReady) return Promise.reject(new StoreUnavailableError(`not connected (${what})`));
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StoreUnavailableError(`no answer to ${what} within ${timeoutMs} ms`)), timeoutMs);
    // The command's socket keeps the process alive while it matters; this timer alone must not.
    timer.unref();
    const fail = (e: unknown) => {
      clearTimeout(timer);
      reject(e instanceof StoreUnavailableError ? e : new StoreUnavailableError(`${what} failed: ${describeThrown(e)}`, { cause: e }));
    };
    try {
      run().then((value) => {
        clearTimeout(timer);
        resolve(value);
      }, fail);
    } catch (e) {
      fail(e);
    }
  });
}

/** A reply as text: node-redis gives strings, or Buffers under a type mapping that asks for them. */
export function replyText(reply: unknown): string | undefined {
  if (typeof reply === 'string') return reply;
  if (reply instanceof Uint8Array) return Buffer.from(reply.buffer, reply.byteOffset, reply.byteLength).toString('utf8');
  return undefined;
}

/** Calls a reporting hook; what it throws is dropped, so that a failing reporter changes nothing. */
export function report(hook: ((error: unknown) => void) | undefined, error: unknown): void {
  try {
    hook?.(error);
  } catch {
    // nothing to tell about a reporter's failure
  }
}
