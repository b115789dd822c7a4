// What is Node's in the client: the default transport (node-fetch over keep-alive agents), the Node streams
// it answers with, the socket errors it fails with, the redirects it shows and the User-Agent. A browser bundle maps this file to
// transport.browser.ts. node-fetch 3 is ESM-only and Node-only, so it is imported lazily on the first
// request: the CommonJS build never loads it up front.
import { type KeepAliveAgentOptions, type KeepAliveAgents, keepAliveAgents } from './agents.js';
import type { ChunkReader } from './response.js';
import type { FetchLike, FetchResponseLike } from './types.js';
import { SDK_NAME, SDK_VERSION } from './version.js';

export type NodeFetchOptions = KeepAliveAgentOptions;

export interface NodeFetch extends FetchLike {
  /** The agents the transport uses (created on first use), e.g. to run raw requests over the same pool. */
  agents(): Promise<KeepAliveAgents>;
}

/** node-fetch with one keep-alive agent per scheme; idle sockets never keep the process alive. */
export function createNodeFetch(options: NodeFetchOptions = {}): NodeFetch {
  let impl: FetchLike | undefined;
  let agents: KeepAliveAgents | undefined;
  let loading: Promise<FetchLike> | undefined;

  const load = (): Promise<FetchLike> =>
    (loading ??= (async () => {
      const [{ default: nodeFetch }, http, https] = await Promise.all([import('node-fetch'), import('node:http'), import('node:https')]);
      const a = keepAliveAgents(http, https, options);
      const pick = (url: URL) => (url.protocol === 'http:' ? a.http : a.https);
      agents = a;
      impl = (url, init) =>
        // node-fetch answers a signal that is already aborted by erroring a body stream nobody listens to,
        // which crashes the process: such a call (an abort during the lazy import) is refused here instead.
        init.signal?.aborted
          ? Promise.reject(init.signal.reason)
          : (nodeFetch(url, { ...init, agent: pick }) as unknown as Promise<FetchResponseLike>);
      return impl;
    })().catch((e: unknown) => {
      loading = undefined;
      throw e;
    }));

  const fetch = ((url, init) => (impl ? impl(url, init) : load().then((f) => f(url, init)))) as NodeFetch;
  fetch.agents = async () => {
    await load();
    return agents!;
  };
  return fetch;
}

const isNode = typeof process === 'object' && process !== null && typeof process.versions?.node === 'string';
let shared: FetchLike | undefined;

/** The transport a client uses when none is injected: one pool shared by every client in the process. */
export function defaultFetch(): FetchLike {
  if (shared) return shared;
  if (isNode) return (shared = createNodeFetch());
  if (typeof globalThis.fetch !== 'function') throw new TypeError('No fetch available: pass the `fetch` option');
  return (shared = (url, init) => globalThis.fetch(url, init));
}

export const IS_NODE = isNode;

type NodeStream = AsyncIterable<Uint8Array | string> & { destroy(error?: Error): void };

/** node-fetch answers with Node streams: a reader over one, or undefined for any other body. */
export function nodeStreamReader(body: unknown): ChunkReader | undefined {
  const stream = body as NodeStream | null;
  if (typeof stream?.destroy !== 'function' || typeof stream[Symbol.asyncIterator] !== 'function') return undefined;
  const chunks = stream[Symbol.asyncIterator]();
  return { read: () => chunks.next(), cancel: () => stream.destroy() };
}

const CONNECTION_CODES = /* @__PURE__ */ new Set(['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'EPIPE', 'EAI_AGAIN', 'UND_ERR_SOCKET', 'UND_ERR_CONNECT_TIMEOUT']);

/**
 * True for a failure to get any answer at all: a refused or reset connection, "socket hang up", or
 * fetch's TypeError("fetch failed") wrapping one. Walks `cause` a few levels (undici and node-fetch nest).
 */
export function isConnectionError(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; depth < 5 && typeof e === 'object' && e !== null; depth++) {
    const err = e as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown };
    if (err.name === 'AbortError' || err.name === 'TimeoutError') return false;
    if (typeof err.code === 'string' && CONNECTION_CODES.has(err.code)) return true;
    if (typeof err.message === 'string' && /socket hang up/i.test(err.message)) return true;
    e = err.cause;
  }
  return false;
}

// Node's fetch shows redirects (a browser's hides them): they are followed here, by hand.
export { redirectTarget } from './redirects.js';

/** Headers that name the platform: on Node a User-Agent naming the SDK, so the service can tell callers apart. */
export const PLATFORM_HEADERS: Record<string, string> = isNode
  ? { 'User-Agent': `${SDK_NAME}/${SDK_VERSION} (Node.js ${process.version}; ${process.platform})` }
  : {};

export { createHttpFetch } from './http-fetch.js';
export type { HttpFetch, HttpFetchOptions } from './http-fetch.js';
