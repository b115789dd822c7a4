// The transport for non-Node builds: an `exports`/`browser` map swaps transport.js for this file,
// so a bundle never sees node-fetch or node:http.
import type { FetchLike } from './types.js';

let shared: FetchLike | undefined;

/** globalThis.fetch, bound late so a polyfill installed after import still counts. */
export function defaultFetch(): FetchLike {
  if (shared) return shared;
  if (typeof globalThis.fetch !== 'function') throw new TypeError('No fetch available: pass the `fetch` option');
  return (shared = (url, init) => globalThis.fetch(url, init));
}

export const IS_NODE = false;
