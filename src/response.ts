// Reading a finished HTTP answer: its body with a size cap (a body nobody will read is cancelled so its socket is
// freed), and a non-2xx answer as a GraphError carrying Graph's error fields and the raw body.
import type { ChunkReader, FetchResponseLike, Platform } from './contract.js';
import { GraphError, ResponseTooLargeError, transportFailure } from './errors.js';
import { isObject } from './options.js';
import { parseRetryAfter } from './retry.js';
import { abortReason } from './signals.js';

/** A response whose body has been read. */
export interface RawResponse {
  status: number;
  headers: { get(name: string): string | null };
  text: string;
  /** Set when the retry layer stopped because of a Retry-After it would not wait for. */
  retryAfterMs?: number;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

type WebStream = { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(): Promise<void> } };

const ignore = () => {};

type NodeReader = Platform['streamReader'];

/** A reader over a streamed body (a web stream, or what the platform reads); undefined when it is no stream. */
function streamReader(body: unknown, streams: NodeReader): ChunkReader | undefined {
  if (typeof (body as WebStream | null)?.getReader === 'function') {
    const reader = (body as WebStream).getReader();
    return { read: () => reader.read(), cancel: () => void reader.cancel().catch(ignore) };
  }
  return streams?.(body);
}

/** Drops a body nobody will read, so the connection is closed or returned instead of held. */
export function cancelBody(res: FetchResponseLike, streams?: NodeReader): void {
  try {
    streamReader(res.body, streams)?.cancel();
  } catch {
    // Being read, finished or errored: nothing to drop here.
  }
}

export interface ReadBodyOptions {
  maxBytes: number;
  signal?: AbortSignal;
  /** Past maxBytes: keep the first maxBytes and cancel the rest (true), or throw ResponseTooLargeError (false). */
  truncate: boolean;
  /** The platform's reader of bodies that are no web stream (Node streams). */
  streams?: NodeReader;
}

/** A body that is no stream: the whole of `res.text()`, as one chunk (such a transport cannot be stopped early). */
function textReader(res: FetchResponseLike): ChunkReader {
  let text: Promise<string> | undefined = res.text();
  return {
    async read() {
      if (text === undefined) return { done: true };
      const value = await text;
      text = undefined;
      return { value };
    },
    cancel: ignore,
  };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const tooLarge = (res: FetchResponseLike, maxBytes: number) => new ResponseTooLargeError(res.status, maxBytes, res.headers.get('request-id') ?? undefined);

/**
 * Reads the whole body as UTF-8 text, counting the bytes the transport hands over (decoded ones, when it
 * decompresses) and stopping at the cap; an abort cancels the body at once.
 */
export async function readBody(res: FetchResponseLike, options: ReadBodyOptions): Promise<string> {
  const { signal, maxBytes, streams } = options;
  if (res.body == null) return '';
  if (signal?.aborted) {
    cancelBody(res, streams);
    throw abortReason(signal);
  }
  const declared = res.headers.get('content-length');
  // An empty body (most 202s) is complete on the wire already: nothing to read (createHttpFetch lets such a message
  // run to its end itself, so that its socket goes back to the pool).
  if (declared === '0') return '';
  // A plain body declared past the cap is refused before any of it is read. (An encoded body's Content-Length
  // counts compressed bytes, which say nothing about what the transport decodes.)
  if (!options.truncate && !res.headers.get('content-encoding') && Number(declared) > maxBytes) {
    cancelBody(res, streams);
    throw tooLarge(res, maxBytes);
  }
  const reader = streamReader(res.body, streams) ?? textReader(res);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  signal?.addEventListener('abort', reader.cancel, { once: true });
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const chunk = typeof value === 'string' ? encoder.encode(value) : value;
      if (!chunk) continue;
      if (size + chunk.byteLength > maxBytes) {
        over = true;
        if (options.truncate) chunks.push(chunk.subarray(0, maxBytes - size));
        size = maxBytes;
        reader.cancel();
        break;
      }
      chunks.push(chunk);
      size += chunk.byteLength;
    }
  } catch (e) {
    // A body that fails is the connection's failure: the answer came, the rest of it did not.
    throw signal?.aborted ? abortReason(signal) : transportFailure(e);
  } finally {
    signal?.removeEventListener('abort', reader.cancel);
  }
  // A cancelled reader ends its pending read as "done", which must not pass for the whole body.
  if (signal?.aborted) throw abortReason(signal);
  if (over && !options.truncate) throw tooLarge(res, maxBytes);
  // None or one chunk (the usual answers) is decoded as it is. Several are joined by hand: a Blob would copy them
  // twice, and a body at the cap would cost four times its size instead of three.
  let all = chunks[0];
  if (chunks.length > 1) {
    all = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      all.set(chunk, at);
      at += chunk.byteLength;
    }
  }
  return decoder.decode(all);
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** The JSON value of `text`; undefined when it is not JSON. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A non-2xx answer as a GraphError: Graph's OData error fields when the body has them, the raw text always. */
export function toGraphError(raw: RawResponse, sentClientRequestId: string): GraphError {
  const h = raw.headers;
  const parsed = parseJson(raw.text);
  const error = isObject(parsed) && isObject(parsed.error) ? parsed.error : undefined;
  const inner = error && (isObject(error.innerError) ? error.innerError : isObject(error.innererror) ? error.innererror : undefined);
  return new GraphError({
    status: raw.status,
    code: str(error?.code),
    message: str(error?.message),
    requestId: h.get('request-id') ?? str(inner?.['request-id']),
    clientRequestId: h.get('client-request-id') ?? str(inner?.['client-request-id']) ?? sentClientRequestId,
    date: str(inner?.date) ?? h.get('date') ?? undefined,
    retryAfterMs: raw.retryAfterMs ?? parseRetryAfter(h.get('retry-after')),
    body: raw.text,
    innerError: inner,
    details: Array.isArray(error?.details) ? error.details : undefined,
  });
}
