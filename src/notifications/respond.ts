// Writing a callback's answer, and knowing when it has gone: what the handler needs of a ServerResponse.
import type { ServerResponse } from 'node:http';

/** Settles once the answer has been handed to the socket, or the response is gone. */
export function responseDone(res: ServerResponse): Promise<void> {
  if (res.writableFinished || res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      res.off('finish', done);
      res.off('close', done);
      resolve();
    };
    res.on('finish', done);
    res.on('close', done);
  });
}

/** Writes the answer; false when it could not be (already answered, or the client is gone). */
export function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): boolean {
  try {
    if (res.headersSent || res.writableEnded || res.destroyed) return false;
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(text);
    return true;
  } catch {
    return false; // the client went away or the response was already being written: nothing left to tell anyone
  }
}
