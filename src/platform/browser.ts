// A browser's platform: globalThis.fetch (bound late, so a polyfill installed after import still counts), no
// User-Agent of ours (the browser owns it), and nothing followed by hand: a browser's fetch hides redirects
// (`redirect: 'manual'` gives an opaque answer, refused by the pipeline) and fails with a bare TypeError that
// does not tell whether the request went out, so no failure is retried as a lost connection.
import type { FetchLike, Platform } from '../contract.js';

let shared: FetchLike | undefined;

export const browserPlatform: Platform = {
  defaultFetch() {
    if (shared) return shared;
    if (typeof globalThis.fetch !== 'function') throw new TypeError('No fetch available: pass the `fetch` option');
    return (shared = (url, init) => globalThis.fetch(url, init));
  },
  headers: {},
  isConnectionError: () => false,
};
