// The keep-alive agents both Node transports pool their sockets in (createNodeFetch over node-fetch,
// createHttpFetch over node:http directly): one per scheme, idle sockets unref'd so a pool never keeps a
// finished script alive. Node-only: reached from transport.ts and http-fetch.ts, which browser builds leave out.
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';

export interface KeepAliveAgentOptions {
  /** An idle pooled socket is closed after this long. Default 5 s: below Node servers' own 5 s keep-alive. */
  keepAliveTimeoutMs?: number;
  /** Per-origin socket cap. Default: unlimited. */
  maxSockets?: number;
}

export interface KeepAliveAgents {
  http: HttpAgent;
  https: HttpsAgent;
}

export function keepAliveAgents(http: typeof import('node:http'), https: typeof import('node:https'), options: KeepAliveAgentOptions): KeepAliveAgents {
  const agentOptions = {
    keepAlive: true,
    timeout: options.keepAliveTimeoutMs ?? 5_000,
    maxSockets: options.maxSockets ?? Infinity,
    scheduling: 'lifo' as const,
  };
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };
  // Node's agent already unrefs pooled sockets; doing it here too keeps that a stated guarantee.
  for (const agent of [agents.http, agents.https]) agent.on('free', (socket) => socket.unref());
  return agents;
}
