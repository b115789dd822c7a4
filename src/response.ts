// From a finished HTTP answer to what the caller gets: the cancelMediaProcessing result, a validated
// CommsOperation, or a GraphError carrying Graph's error fields and the raw body. Bodies are read
// with a size cap, and a body nobody will read is cancelled so its socket is freed.
import type { CommsOperation } from '../generated/index.js';
import { GraphError, InvalidResponseError, LocationParseError, ResponseTooLargeError } from './errors.js';
import { matchOperationLocation } from './location.js';
import { parseRetryAfter } from './retry.js';
import { abortReason } from './signals.js';
import type { CancelMediaProcessingResult, FetchResponseLike } from './types.js';
import { validate } from './validate.js';

/** A response whose body has been read. */
export interface RawResponse {
  status: number;
  headers: { get(name: string): string | null };
  text: string;
  /** Set when the retry layer stopped because of a Retry-After it would not wait for. */
  retryAfterMs?: number;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

type WebStream = { getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(reason?: unknown): Promise<void> } };
type NodeStream = AsyncIterable<Uint8Array | string> & { destroy(error?: Error): void };

const isWebStream = (b: unknown): b is WebStream => typeof (b as WebStream | null)?.getReader === 'function';
const isNodeStream = (b: unknown): b is NodeStream =>
  typeof (b as NodeStream | null)?.destroy === 'function' && typeof (b as NodeStream)[Symbol.asyncIterator] === 'function';

/** Drops a body nobody will read, so the connection is closed or returned instead of held. */
export function cancelBody(res: FetchResponseLike): void {
  const body = res.body as { locked?: boolean; cancel?: () => Promise<void> } | null;
  try {
    if (isWebStream(body)) {
      if (!body.locked) body.cancel?.().catch(() => {});
    } else if (isNodeStream(body)) body.destroy();
  } catch {
    // Already finished or errored: nothing holds the socket.
  }
}

export interface ReadBodyOptions {
  maxBytes: number;
  signal?: AbortSignal;
  /** Past maxBytes: keep the first maxBytes and cancel the rest (true), or throw ResponseTooLargeError (false). */
  truncate: boolean;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const ignore = () => {};

/** Collected chunks, capped: `over` once a chunk did not fit (the fitting prefix is kept when truncating). */
class Chunks {
  readonly list: Uint8Array[] = [];
  size = 0;
  over = false;
  constructor(
    readonly max: number,
    readonly truncate: boolean,
  ) {}

  /** False once the cap is reached: the caller stops reading. */
  add(chunk: Uint8Array): boolean {
    if (this.size + chunk.byteLength > this.max) {
      if (this.truncate) this.list.push(chunk.subarray(0, this.max - this.size));
      this.size = this.max;
      this.over = true;
      return false;
    }
    this.list.push(chunk);
    this.size += chunk.byteLength;
    return true;
  }

  text(): string {
    if (this.list.length === 1) return decoder.decode(this.list[0]);
    const all = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.list) {
      all.set(c, at);
      at += c.byteLength;
    }
    return decoder.decode(all);
  }
}

/** Reads the whole body as UTF-8 text, within the cap; an abort cancels the body at once. */
export async function readBody(res: FetchResponseLike, options: ReadBodyOptions): Promise<string> {
  const { signal } = options;
  const body = res.body;
  if (body === null || body === undefined) return '';
  if (signal?.aborted) {
    cancelBody(res);
    throw abortReason(signal);
  }
  const chunks = new Chunks(options.maxBytes, options.truncate);
  let onAbort: (() => void) | undefined;
  try {
    if (isWebStream(body)) {
      const reader = body.getReader();
      if (signal) signal.addEventListener('abort', (onAbort = () => void reader.cancel(signal.reason).catch(ignore)), { once: true });
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (value && !chunks.add(value)) {
          void reader.cancel().catch(ignore);
          break;
        }
      }
    } else if (isNodeStream(body)) {
      if (signal) signal.addEventListener('abort', (onAbort = () => body.destroy()), { once: true });
      for await (const chunk of body) {
        if (!chunks.add(typeof chunk === 'string' ? encoder.encode(chunk) : chunk)) {
          body.destroy();
          break;
        }
      }
    } else {
      const text = await res.text();
      const bytes = encoder.encode(text);
      if (bytes.byteLength <= chunks.max) return text;
      chunks.add(bytes);
    }
  } catch (e) {
    if (signal?.aborted) throw abortReason(signal);
    throw e;
  } finally {
    if (onAbort) signal!.removeEventListener('abort', onAbort);
  }
  // A cancelled reader ends its pending read as "done", which must not pass for the whole body.
  if (signal?.aborted) throw abortReason(signal);
  if (chunks.over && !chunks.truncate) throw new ResponseTooLargeError(res.status, chunks.max, res.headers.get('request-id') ?? undefined);
  return chunks.size === 0 ? '' : chunks.text();
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function parseJson(text: string): unknown {
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

function parseEntity<T>(raw: RawResponse, schema: 'CancelMediaProcessingOperation' | 'CommsOperation'): T {
  const requestId = raw.headers.get('request-id') ?? undefined;
  const json = parseJson(raw.text);
  if (json === undefined) throw new InvalidResponseError(raw.status, 'the body is not JSON', raw.text, undefined, requestId);
  const checked = validate(schema, json);
  if (!checked.ok) {
    throw new InvalidResponseError(raw.status, `the body is not a ${schema}: ${checked.message}`, raw.text, checked.path, requestId);
  }
  return checked.value as T;
}

export interface CancelRequestContext {
  callId: string;
  applicationId?: string;
  clientRequestId: string;
  /** The base URL's path, which may stand before the route in a Location. */
  basePath?: string;
}

/**
 * 202 + Location, or 200 with a cancelMediaProcessingOperation body (and maybe a Location), as the result.
 * The ids come from the Location when there is one. Throws GraphError for a non-2xx answer.
 */
export function toCancelResult(raw: RawResponse, ctx: CancelRequestContext): CancelMediaProcessingResult {
  const { status } = raw;
  if (status < 200 || status > 299) throw toGraphError(raw, ctx.clientRequestId);
  if (status !== 200 && status !== 202) {
    throw new InvalidResponseError(status, 'expected 202 Accepted or 200 OK', raw.text, undefined, raw.headers.get('request-id') ?? undefined);
  }
  const location = raw.headers.get('location') || undefined;
  const result: CancelMediaProcessingResult = { status, callId: ctx.callId, operationId: '', clientRequestId: ctx.clientRequestId };
  // A 202 has no entity; whatever text a proxy put there is ignored.
  if (status === 200 && raw.text.trim() !== '') {
    result.operation = parseEntity<CommsOperation>(raw, 'CancelMediaProcessingOperation');
  }
  if (location !== undefined) {
    const parsed = matchOperationLocation(location, { basePath: ctx.basePath });
    result.location = location;
    result.callId = parsed.callId;
    result.operationId = parsed.operationId;
    if (parsed.applicationId !== undefined) result.applicationId = parsed.applicationId;
  } else if (status === 202 || result.operation === undefined) {
    throw new LocationParseError(undefined, `a ${status} answer without a Location header${status === 200 ? ' or a body' : ''}`);
  } else {
    const id = str(result.operation.id);
    if (id === undefined) throw new InvalidResponseError(status, 'no Location and no operation id in the body', raw.text);
    result.operationId = id;
    if (ctx.applicationId !== undefined) result.applicationId = ctx.applicationId;
  }
  const requestId = raw.headers.get('request-id');
  if (requestId !== null) result.requestId = requestId;
  return result;
}

/** A GET of an operation: 200 with a CommsOperation body. */
export function toOperation(raw: RawResponse, clientRequestId: string): CommsOperation {
  if (raw.status < 200 || raw.status > 299) throw toGraphError(raw, clientRequestId);
  if (raw.status !== 200) throw new InvalidResponseError(raw.status, 'expected 200 OK', raw.text);
  return parseEntity<CommsOperation>(raw, 'CommsOperation');
}
