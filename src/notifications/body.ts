import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { kind: 'ok'; body: string | Uint8Array | unknown }
  | { kind: 'too-large' }
  | { kind: 'aborted' };

/**
 * The request body, at most maxBytes of it. Uses what a framework's body parser left on `req.body` (Express's
 * json/raw/text parsers) and reads the stream only when nothing consumed it.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const parsed = (req as { body?: unknown }).body;
  if (typeof parsed === 'string' || parsed instanceof Uint8Array) {
    const size = typeof parsed === 'string' ? Buffer.byteLength(parsed) : parsed.byteLength;
    return Promise.resolve(size > maxBytes ? { kind: 'too-large' } : { kind: 'ok', body: parsed });
  }
  // body-parser sets `req._body` when it read the stream; Express 4 puts `{}` on requests it did not parse.
  const consumed = (req as { _body?: unknown })._body === true;
  const placeholder = isEmptyPlainObject(parsed) && !consumed && !req.readableEnded;
  if (parsed !== undefined && parsed !== null && !placeholder) return Promise.resolve({ kind: 'ok', body: parsed });
  if (req.readableEnded || consumed) return Promise.resolve({ kind: 'ok', body: '' });

  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: BodyResult) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAbort);
      req.off('close', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer | string) => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      size += buf.byteLength;
      if (size > maxBytes) {
        finish({ kind: 'too-large' });
        // Stop keeping it, but let the rest flow away: a sender still writing would otherwise never see the 413
        // (a closed socket with unread data resets the connection). Node's requestTimeout bounds a sender that never ends.
        chunks.length = 0;
        req.resume();
        return;
      }
      chunks.push(buf);
    };
    const onEnd = () => finish({ kind: 'ok', body: Buffer.concat(chunks, size) });
    const onAbort = () => finish({ kind: 'aborted' });
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAbort);
    req.on('close', onAbort);
  });
}

function isEmptyPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && Object.keys(value).length === 0;
}
