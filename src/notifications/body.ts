import type { IncomingMessage } from 'node:http';
import { MAX_TIMER_MS } from '../signals.js';

export type BodyResult =
  /** `whole`: every byte of it is known to be off the wire, though the stream may not have ended yet. */
  | { kind: 'ok'; body: string | Uint8Array | unknown; whole?: true }
  | { kind: 'too-large' }
  | { kind: 'timeout' }
  | { kind: 'aborted' };

export interface BodyLimits {
  maxBytes: number;
  /** Time allowed for the rest of the stream to arrive, from the call on. Infinity: no limit. */
  timeoutMs: number;
}

/**
 * The request body, at most maxBytes of it, within timeoutMs. Uses what a framework's body parser left on
 * `req.body` (Express's json/raw/text parsers) and reads the stream only when nothing consumed it. On 'too-large'
 * and 'timeout' the rest of the stream is left unread: the caller closes the connection instead of draining it.
 */
export function readBody(req: IncomingMessage, limits: BodyLimits): Promise<BodyResult> {
  const known = readAtOnce(req, limits.maxBytes);
  if (known) return Promise.resolve(known);
  // Asked for straight from the request event (a token known good needs no wait), the body of the packet that
  // brought the headers is not pushed yet: node:http does that once the listener returns, before any microtask.
  return Promise.resolve().then(() => readAtOnce(req, limits.maxBytes) ?? streamed(req, limits));
}

/** The body, when it can be had without waiting for the stream. */
function readAtOnce(req: IncomingMessage, maxBytes: number): BodyResult | undefined {
  const parsed = (req as { body?: unknown }).body;
  if (typeof parsed === 'string' || parsed instanceof Uint8Array) {
    const size = typeof parsed === 'string' ? Buffer.byteLength(parsed) : parsed.byteLength;
    return size > maxBytes ? { kind: 'too-large' } : { kind: 'ok', body: parsed };
  }
  // body-parser sets `req._body` when it read the stream; Express 4 puts `{}` on requests it did not parse.
  const consumed = (req as { _body?: unknown })._body === true;
  const placeholder = isEmptyPlainObject(parsed) && !consumed && !req.readableEnded;
  if (parsed !== undefined && parsed !== null && !placeholder) return { kind: 'ok', body: parsed };
  if (req.readableEnded || consumed) return { kind: 'ok', body: '' };
  // The sender may have gone while its token was being checked: its 'close' will not come again.
  if (req.destroyed) return { kind: 'aborted' };
  return isBuffered(req) ? buffered(req, maxBytes) : undefined;
}

function streamed(req: IncomingMessage, { maxBytes, timeoutMs }: BodyLimits): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (result: BodyResult) => {
      if (timer !== undefined) clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onAbort);
      if (result.kind !== 'ok') {
        chunks.length = 0;
        req.pause(); // whatever is still on the wire stays there until the socket is closed
      }
      resolve(result);
    };
    const onData = (chunk: Buffer | string) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buf.byteLength;
      if (size > maxBytes) return finish({ kind: 'too-large' });
      chunks.push(buf);
    };
    const onEnd = () => finish({ kind: 'ok', body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) });
    const onAbort = () => finish({ kind: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onAbort);
    if (timeoutMs !== Number.POSITIVE_INFINITY) timer = setTimeout(() => finish({ kind: 'timeout' }), Math.min(timeoutMs, MAX_TIMER_MS));
  });
}

/**
 * True when every byte of the body is in the stream's buffer already (the usual case: it came with the headers),
 * so reading it needs no wait to bound. Its Content-Length bytes are there (the parser gives no more), or the
 * parser saw its end.
 */
function isBuffered(req: IncomingMessage): boolean {
  if (req.readableFlowing !== null || req.readableEncoding !== null) return false; // someone else reads it, or in chars
  return req.complete || req.readableLength === Number(req.headers?.['content-length'] ?? Number.NaN);
}

function buffered(req: IncomingMessage, maxBytes: number): BodyResult {
  const bytes = (req.read() as Buffer | null) ?? Buffer.alloc(0);
  // Flowing from here, the stream ends by itself when the parser sees the message's end, as one read to 'end' would.
  req.resume();
  return bytes.byteLength > maxBytes ? { kind: 'too-large' } : { kind: 'ok', body: bytes, whole: true };
}

function isEmptyPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && Object.keys(value).length === 0;
}
