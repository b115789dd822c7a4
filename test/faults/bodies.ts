// Hostile bodies for the fault tests: compression bombs (a few hundred bytes to a few hundred KB that decode to
// as much as asked for) and a loopback server that sends whatever body a test hands it, framed by a
// Content-Length (true or not) or chunked, once, forever, or stalled halfway; and a runner that holds each case
// to the handle census.
import assert from 'node:assert/strict';
import { createServer, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Transform } from 'node:stream';
import { constants, createBrotliCompress, createDeflate, createGzip } from 'node:zlib';
import { census, settledCensus } from './harness.js';

export type Encoding = 'gzip' | 'deflate' | 'br';
export const ENCODINGS: readonly Encoding[] = ['gzip', 'deflate', 'br'];

const MiB = 1024 * 1024;

const compressors: Record<Encoding, () => Transform> = {
  gzip: () => createGzip({ level: 9 }),
  deflate: () => createDeflate({ level: 9 }),
  // Quality 5 already shrinks hundreds of MiB of one byte to a few hundred bytes, in a fraction of quality 11's time.
  br: () => createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_LGWIN]: 16 } }),
};

/** `prefix`, then `padBytes` of `pad`, then `suffix`, compressed: what a transport will decode back to full size. */
export function bomb(encoding: Encoding, prefix: string, padBytes: number, suffix: string, pad = 'a'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const z = compressors[encoding]();
    const out: Buffer[] = [];
    z.on('data', (c: Buffer) => out.push(c));
    z.on('end', () => resolve(Buffer.concat(out)));
    z.on('error', reject);
    z.write(prefix);
    const block = Buffer.alloc(Math.min(MiB, padBytes), pad);
    let left = padBytes;
    const pump = () => {
      while (left > 0) {
        const n = Math.min(left, block.length);
        left -= n;
        if (!z.write(block.subarray(0, n))) return void z.once('drain', pump);
      }
      z.end(suffix);
    };
    pump();
  });
}

const OPERATION_HEAD = '{"@odata.type":"#microsoft.graph.commsOperation","id":"op-1","status":"completed","pad":"';

/** A commsOperation whose `pad` member holds `padBytes` of 'a': valid JSON whatever its size. */
export const operationBomb = (encoding: Encoding, padBytes: number) => bomb(encoding, OPERATION_HEAD, padBytes, '"}');

/** The same commsOperation uncompressed, padded to exactly `bytes` bytes. */
export const plainOperation = (bytes: number) => `${OPERATION_HEAD}${'a'.repeat(bytes - OPERATION_HEAD.length - 2)}"}`;

export interface Answer {
  status?: number;
  headers?: OutgoingHttpHeaders;
  body: Buffer | string;
  /** 'length': with a Content-Length (of the bytes sent); 'chunked': without one. Default 'length'. */
  framing?: 'length' | 'chunked';
  /** Sent with this Content-Length instead of the true one. */
  contentLength?: number;
  /** Sends `body` again and again until the client goes away: a body that never ends. */
  endless?: boolean;
  /** Sends `body`, then neither ends the answer nor closes the connection (with a larger contentLength: a stall). */
  hold?: boolean;
}

export interface BodyServer {
  origin: string;
  /** Every request, in order. */
  requests: { method: string; url: string }[];
  /** How answers are chosen: by path (query left out); a path with no answer gets a 404. */
  routes: Map<string, Answer>;
  /** Resolves once the answer to the n-th request (from 0) is over: ended, or its connection gone. */
  answered(n: number): Promise<void>;
  close(): Promise<void>;
}

/** `host`: a loopback address to listen on (default 127.0.0.1). */
export async function startBodyServer(host = '127.0.0.1'): Promise<BodyServer> {
  const routes = new Map<string, Answer>();
  const requests: BodyServer['requests'] = [];
  const finished: Promise<void>[] = [];

  const serve = (res: ServerResponse, answer: Answer) => {
    const body = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
    const headers: OutgoingHttpHeaders = { 'content-type': 'application/json', ...answer.headers };
    if ((answer.framing ?? 'length') === 'length') headers['content-length'] = answer.contentLength ?? body.length;
    res.writeHead(answer.status ?? 200, headers);
    if (!answer.endless) return void (answer.hold ? res.write(body) : res.end(body));
    let gone = false;
    res.on('close', () => (gone = true));
    const pump = () => {
      while (!gone) if (!res.write(body)) return void res.once('drain', pump);
    };
    pump();
  };

  const server = createServer((req, res) => {
    requests.push({ method: req.method ?? '', url: req.url ?? '' });
    finished.push(new Promise<void>((resolve) => res.on('close', resolve)));
    req.resume();
    const answer = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (!answer) {
      res.writeHead(404, { 'content-length': 2 });
      return void res.end('{}');
    }
    serve(res, answer);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return {
    origin: `http://${host}:${(server.address() as AddressInfo).port}`,
    requests,
    routes,
    answered: (n) => finished[n] ?? Promise.reject(new Error(`no request ${n}`)),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

type Closeable = { close(): Promise<void> };

/**
 * A test body that runs one case: `track` registers each server the case starts, all are closed when it ends,
 * and then the process's handle census must be back where it was (no socket, server or timer left behind).
 */
export const cleanCase = (run: (track: <T extends Closeable>(started: Promise<T>) => Promise<T>) => Promise<void>) => async () => {
  // The previous case's closed handles may still be on their way out: start from a quiet process.
  const start = await settledCensus({ ...census(), TCPSocketWrap: 0, TCPServerWrap: 0, ConnectWrap: 0 });
  const started: Closeable[] = [];
  try {
    await run(async (pending) => {
      const s = await pending;
      started.push(s);
      return s;
    });
  } finally {
    await Promise.all(started.map((s) => s.close()));
  }
  assert.deepEqual(await settledCensus(start), start, 'the case left sockets, servers or timers open');
};
