// The default transport on Node: node-fetch over keep-alive agents. node-fetch 3 is ESM-only and
// Node-only, so it is imported lazily on the first request: the CommonJS build and a browser bundle
// (which maps this file to transport.browser.ts) never load it up front.
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { FetchLike, FetchResponseLike } from './types.js';

export interface NodeFetchOptions {
  /** An idle pooled socket is closed after this long. Default 5 s: below Node servers' own 5 s keep-alive. */
  keepAliveTimeoutMs?: number;
  /** Per-origin socket cap. Default: unlimited. */
  maxSockets?: number;
}

export interface NodeFetch extends FetchLike {
  /** The agents the transport uses (created on first use), e.g. to run raw requests over the same pool. */
  agents(): Promise<{ http: HttpAgent; https: HttpsAgent }>;
}

/** node-fetch with one keep-alive agent per scheme; idle sockets never keep the process alive. */
export function createNodeFetch(options: NodeFetchOptions = {}): NodeFetch {
  let impl: FetchLike | undefined;
  let agents: { http: HttpAgent; https: HttpsAgent } | undefined;
  let loading: Promise<FetchLike> | undefined;

  const load = (): Promise<FetchLike> =>
    (loading ??= (async () => {
      const [{ default: nodeFetch }, http, https] = await Promise.all([import('node-fetch'), import('node:http'), import('node:https')]);
      const agentOptions = {
        keepAlive: true,
        timeout: options.keepAliveTimeoutMs ?? 5_000,
        maxSockets: options.maxSockets ?? Infinity,
        scheduling: 'lifo' as const,
      };
      const a = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
      // Node's agent already unrefs pooled sockets; doing it here too keeps that a stated guarantee.
      for (const agent of [a.http, a.https]) agent.on('free', (socket) => socket.unref());
      const pick = (url: URL) => (url.protocol === 'http:' ? a.http : a.https);
      agents = a;
      impl = (url, init) => nodeFetch(url, { ...init, agent: pick }) as unknown as Promise<FetchResponseLike>;
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
