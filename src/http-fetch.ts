// A transport straight over node:http / node:https, for callers who want the shortest path to the socket:
// no WHATWG Request/Response/Headers objects and no stream adapters between the engine and Node's parser.
// It does what the engine asks of a transport and no more: redirects shown as they are (the engine follows
// them), the signal obeyed at every stage, the body handed over as a Node stream (decoded when the answer
// is compressed, so the engine's cap counts decoded bytes), and Node's own socket errors (ECONNRESET,
// ECONNREFUSED, "socket hang up"), which the engine recognises as connection failures.
import type { ClientRequest, IncomingMessage } from 'node:http';
import type { Readable, Transform } from 'node:stream';
import { type KeepAliveAgentOptions, type KeepAliveAgents, keepAliveAgents } from './agents.js';
import { TimeoutError } from './errors.js';
import { MAX_TIMER_MS } from './signals.js';
import type { FetchLike, FetchResponseLike } from './types.js';

export type HttpFetchOptions = KeepAliveAgentOptions;

export interface HttpFetch extends FetchLike {
  /** The agents the transport pools its sockets in, e.g. to run raw requests over the same pool. */
  agents(): KeepAliveAgents;
  /** It rejects, and errors the body, as soon as the signal aborts (so the engine need not race it). */
  readonly abortable: true;
  /** It keeps `init.deadline` itself: the engine gives an attempt without a caller's signal no signal of its own. */
  readonly deadlines: true;
}

/** The body has been handed to a reader already, or `text()` was called twice. */
const bodyUsed = () => new TypeError('The response body has already been read');

/**
 * A FetchLike over node:http / node:https with keep-alive agents (as createNodeFetch has); idle sockets never keep
 * the process alive. It sends no Accept-Encoding of its own; an answer that is gzip, deflate or br encoded anyway
 * (because the caller asked for it) is decoded as a stream, and shows no Content-Length, which counted encoded bytes.
 */
export function createHttpFetch(options: HttpFetchOptions = {}): HttpFetch {
  // Loaded when a transport is made, not when the package is imported: most processes never make one.
  const http = process.getBuiltinModule('node:http');
  const https = process.getBuiltinModule('node:https');
  const agents = keepAliveAgents(http, https, options);

  const fetch = ((url, init) => {
    const { signal, deadline } = init;
    if (signal?.aborted) return Promise.reject(signal.reason);
    const secure = url.startsWith('https:');
    if (!secure && !url.startsWith('http:')) return Promise.reject(new TypeError(`createHttpFetch speaks http: and https: only, not ${url}`));
    return new Promise<FetchResponseLike>((resolve, reject) => {
      let req: ClientRequest;
      try {
        req = (secure ? https : http).request(url, { method: init.method, headers: init.headers, agent: secure ? agents.https : agents.http });
      } catch (e) {
        // A header value Node refuses, an unparsable URL: no request went out.
        reject(e);
        return;
      }
      let message: IncomingMessage | undefined;
      // The reason reaches whoever waits: the promise before the answer, the body stream after it.
      const stop = (reason: Error) => {
        reject(reason);
        if (message) message.destroy(reason);
        else req.destroy(reason);
      };
      const onAbort = () => stop(signal!.reason);
      let timer: ReturnType<typeof setTimeout> | undefined;
      // A timer is what a deadline costs here: far less than the AbortController the engine would make for it.
      if (deadline! < Infinity) {
        const left = Math.max(0, Math.min(deadline! - performance.now(), MAX_TIMER_MS));
        timer = setTimeout(() => stop(new TimeoutError('The attempt exceeded timeoutMs')), left);
      }
      const watched = signal !== undefined || timer !== undefined;
      const release = () => {
        signal?.removeEventListener('abort', onAbort);
        clearTimeout(timer);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      // Stays attached after the answer: a late socket error must not go unheard (and crash the process).
      req.on('error', (e) => {
        if (watched) release();
        reject(e);
      });
      req.on('response', (m: IncomingMessage) => {
        message = m;
        // A body that ends, fails or is cancelled closes the message; the signal and the deadline have nothing left to stop then.
        if (watched) m.once('close', release);
        resolve(toResponse(m, init.method));
      });
      req.end(init.body);
    });
  }) as HttpFetch;
  fetch.agents = () => agents;
  (fetch as { abortable: true }).abortable = true;
  (fetch as { deadlines: true }).deadlines = true;
  return fetch;
}

// Content codings decoded here, by the name Content-Encoding gives them.
const DECODERS: Record<string, (zlib: typeof import('node:zlib')) => Transform> = {
  gzip: (z) => z.createGunzip(),
  'x-gzip': (z) => z.createGunzip(),
  // "deflate" is zlib-wrapped by the RFC, raw by some servers: createUnzip tells them apart by the header it finds.
  deflate: (z) => z.createUnzip(),
  br: (z) => z.createBrotliDecompress(),
};

function toResponse(message: IncomingMessage, method: string): FetchResponseLike {
  const { headers } = message;
  // An error nobody reads yet (a cut after the headers, before the engine reads) must not go unhandled.
  message.on('error', noop);
  const coding = headers['content-encoding']?.trim().toLowerCase();
  // An answer that cannot have a body has nothing to decode (a decoder would fail on the empty input).
  const bodiless = method === 'HEAD' || message.statusCode === 204 || message.statusCode === 304 || headers['content-length'] === '0';
  const decoder = coding === undefined || bodiless ? undefined : DECODERS[coding];
  let body: Readable = message;
  // Nobody need read an empty body (the engine does not): let it run to its end, so that the socket goes back to the pool.
  if (bodiless) message.resume();
  if (decoder) {
    const stream = process.getBuiltinModule('node:stream');
    // pipeline() destroys both ends together: an abort or a cut reaches the decoded stream, a cancel reaches the socket.
    body = stream.pipeline(message, decoder(process.getBuiltinModule('node:zlib')), noop);
    body.on('error', noop);
  }
  let used = false;
  return {
    status: message.statusCode ?? 0,
    statusText: message.statusMessage,
    headers: {
      get(name) {
        const key = name.toLowerCase();
        if (decoder && key === 'content-length') return null;
        const value = headers[key];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
      },
    },
    body,
    text() {
      if (used) return Promise.reject(bodyUsed());
      used = true;
      return readText(body);
    },
  };
}

/** The whole body as UTF-8 (a BOM dropped, as fetch's text() does); rejects when the stream fails or is cancelled. */
function readText(body: Readable): Promise<string> {
  return new Promise((resolve, reject) => {
    if (body.errored) return reject(body.errored);
    if (body.readableEnded) return resolve('');
    if (body.destroyed) return reject(cancelled());
    const chunks: Buffer[] = [];
    let ended = false;
    body.on('data', (chunk: Buffer) => chunks.push(chunk));
    body.once('end', () => {
      ended = true;
      const text = chunks.length === 0 ? '' : (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
      resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    });
    body.once('error', reject);
    // Destroyed without an error and before its end: cancelled. (The error is made only then: it costs a stack trace.)
    body.once('close', () => ended || reject(cancelled()));
  });
}

const cancelled = () => new Error('The response body was cancelled before it ended');

function noop(): void {}
