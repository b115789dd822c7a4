// transport.ts for browser builds: scripts/build.mjs bundles dist/browser with this file in its place, so a
// browser bundle never sees node-fetch or node:http, nor the Node-only helpers (which are inert here).
import type { ChunkReader } from './response.js';
import type { OutgoingRequest, PipelineConfig } from './execute.js';
import type { FetchLike, FetchResponseLike } from './types.js';

let shared: FetchLike | undefined;

/** globalThis.fetch, bound late so a polyfill installed after import still counts. */
export function defaultFetch(): FetchLike {
  if (shared) return shared;
  if (typeof globalThis.fetch !== 'function') throw new TypeError('No fetch available: pass the `fetch` option');
  return (shared = (url, init) => globalThis.fetch(url, init));
}

export const IS_NODE = false;

/**
 * A browser's fetch fails with a bare TypeError that does not tell whether the request went out, so no
 * failure counts as "no answer at all" (and none is retried).
 */
export function isConnectionError(_error: unknown): boolean {
  return false;
}

/**
 * A browser's fetch never shows a redirect: `redirect: 'manual'` gives an opaque answer (status 0, refused by
 * the pipeline), so there is nothing to follow and every answer is final.
 */
export function redirectTarget(_res: FetchResponseLike, _req: OutgoingRequest, _url: string, _hop: number, _cfg: PipelineConfig): string | undefined {
  return undefined;
}

/** No transport here gives Node streams. */
export function nodeStreamReader(_body: unknown): ChunkReader | undefined {
  return undefined;
}

/** Browsers own User-Agent. */
export const PLATFORM_HEADERS: Record<string, string> = {};

export type { NodeFetch, NodeFetchOptions } from './transport.js';

/** node-fetch and its agents exist only on Node; in a browser the default transport is globalThis.fetch. */
export function createNodeFetch(): never {
  throw new TypeError('createNodeFetch is Node-only: in a browser, leave `fetch` unset or pass one');
}

export type { HttpFetch, HttpFetchOptions } from './http-fetch.js';

/** node:http exists only on Node. */
export function createHttpFetch(): never {
  throw new TypeError('createHttpFetch is Node-only: in a browser, leave `fetch` unset or pass one');
}
