// The default transport on Node: node-fetch over keep-alive agents. node-fetch 3 is ESM-only and Node-only, so it
// is imported lazily on the first request: the CommonJS build never loads it up front.
import { type KeepAliveAgentOptions, type KeepAliveAgents, keepAliveAgents } from './agents.js';
import type { FetchLike, FetchResponseLike } from './contract.js';

export type NodeFetchOptions = KeepAliveAgentOptions;

export interface NodeFetch extends FetchLike {
  /** The agents the transport uses (created on first use), e.g. to run raw requests over the same pool. */
  agents(): Promise<KeepAliveAgents>;
  /** It rejects, and errors the body, as soon as the signal aborts (so the engine need not race it). */
  readonly abortable: true;
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
  (fetch as { abortable: true }).abortable = true;
  fetch.agents = async () => {
    await load();
    return agents!;
  };
  return fetch;
}
