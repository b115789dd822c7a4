// Node's platform: node-fetch over keep-alive agents as the default transport (one pool for every client in the
// process), a User-Agent naming the SDK, the socket errors that mean no answer came, and redirects followed by hand.
import type { FetchLike, Platform } from '../contract.js';
import { createNodeFetch } from '../node-fetch.js';
import { nodeStreamReader } from '../node-streams.js';
import { followRedirects } from '../redirects.js';
import { nodeAttemptScope } from './attempt-scopes.js';
import { SDK_NAME, SDK_VERSION } from '../version.js';

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

// The node entry also runs where `process` is not Node's (a worker bundled without the browser condition): there
// the default transport is the platform's own fetch.
const isNode = typeof process === 'object' && process !== null && typeof process.versions?.node === 'string';
let shared: FetchLike | undefined;

export const nodePlatform: Platform = {
  defaultFetch() {
    if (shared) return shared;
    if (isNode) return (shared = createNodeFetch());
    if (typeof globalThis.fetch !== 'function') throw new TypeError('No fetch available: pass the `fetch` option');
    return (shared = (url, init) => globalThis.fetch(url, init));
  },
  headers: isNode ? { 'User-Agent': `${SDK_NAME}/${SDK_VERSION} (Node.js ${process.version}; ${process.platform})` } : {},
  isConnectionError,
  followRedirect: followRedirects,
  streamReader: nodeStreamReader,
  attemptScope: isNode ? nodeAttemptScope : undefined,
};
