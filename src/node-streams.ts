// Bodies as Node's transports give them (node-fetch, createHttpFetch): async-iterable streams, stopped by destroy().
// The Node platform hands this to the engine; a browser bundle never holds it.
import type { ChunkReader } from './contract.js';

type NodeStream = AsyncIterable<Uint8Array | string> & { destroy(error?: Error): void };

/** A reader over a Node stream; undefined when `body` is none. Throws when it is already being read. */
export function nodeStreamReader(body: unknown): ChunkReader | undefined {
  const stream = body as NodeStream | null;
  if (typeof stream?.destroy !== 'function' || typeof stream[Symbol.asyncIterator] !== 'function') return undefined;
  const chunks = stream[Symbol.asyncIterator]();
  return { read: () => chunks.next(), cancel: () => stream.destroy() };
}
