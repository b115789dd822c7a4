// createHttpFetch on its own, against a loopback server whose routes each show one thing the engine relies on:
// framing (Content-Length and chunked), redirects left alone, the signal obeyed before and after the answer,
// socket failures the engine recognises, a cancelled body freeing its socket, and compressed answers decoded
// with the cap counting decoded bytes. The engine's own suites run over it too (client.integration, faults).
import assert from 'node:assert/strict';
import { getEventListeners, once } from 'node:events';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { ResponseTooLargeError } from '../../src/errors.js';
import { createHttpFetch } from '../../src/http-fetch.js';
import { cancelBody, readBody } from '../../src/response.js';
import { nodeStreamReader } from '../../src/node-streams.js';
import * as browser from '../../src/browser.js';
import { isConnectionError } from '../../src/platform/node.js';
import type { FetchRequestInit } from '../../src/types.js';
import { type IdleKeepingServer, requestInChild, startIdleKeepingServer } from '../support/idle-sockets.js';

const JSON_TEXT = JSON.stringify({ id: 'op-1', status: 'running', text: 'héllo' });
const ZEROS = Buffer.alloc(2 * 1024 * 1024);

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/echo': (req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d: string) => (body += d));
    req.on('end', () => {
      const text = `${req.method} ${req.url} ${body}`;
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.writeHead(201, 'Made', {
        'Content-Type': 'text/plain',
        'Content-Length': Buffer.byteLength(text),
        'X-Echo': req.headers['x-test'] ?? '',
        'X-Accept-Encoding': req.headers['accept-encoding'] ?? 'none',
      });
      res.end(text);
    });
  },
  '/redirect': (_req, res) => {
    res.writeHead(307, { Location: '/echo', 'Content-Length': 0 });
    res.end();
  },
  '/chunked': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json' }); // no Content-Length: chunked framing
    for (let i = 0; i < 40; i++) res.write('x'.repeat(1000));
    res.end();
  },
  '/cut-length': (_req, res) => {
    res.writeHead(200, { 'Content-Length': 1000 });
    res.write('{"partial":', () => res.socket?.destroy());
  },
  '/cut-chunked': (_req, res) => {
    res.writeHead(200, {});
    res.write('{"partial":', () => res.socket?.destroy());
  },
  '/reset': (req) => req.socket.destroy(),
  '/hang-headers': () => {},
  '/hang-body': (_req, res) => {
    res.writeHead(200, {});
    res.write('{"partial":');
  },
  '/gzip': (_req, res) => {
    const zipped = gzipSync(JSON_TEXT);
    res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': zipped.byteLength });
    res.end(zipped);
  },
  '/br': (_req, res) => {
    const zipped = brotliCompressSync(JSON_TEXT);
    res.writeHead(200, { 'Content-Encoding': 'br', 'Content-Length': zipped.byteLength });
    res.end(zipped);
  },
  '/gzip-empty': (_req, res) => {
    res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': 0 });
    res.end();
  },
  '/gzip-204': (_req, res) => {
    res.writeHead(204, { 'Content-Encoding': 'gzip' });
    res.end();
  },
  '/bomb': (_req, res) => {
    // 2 MiB of zeros in about 2 KB: a Content-Length far under any cap, a decoded body far over it.
    const zipped = gzipSync(ZEROS, { level: 9 });
    res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': zipped.byteLength });
    res.end(zipped);
  },
};

let server: IdleKeepingServer;
let origin: string;
/** Every request that arrived, with its server-side socket and remote port. */
const arrived: { url: string; socket: Socket }[] = [];

before(async () => {
  server = await startIdleKeepingServer((req, res) => {
    arrived.push({ url: req.url!, socket: req.socket });
    (routes[req.url!] ?? routes['/echo']!)(req, res);
  });
  origin = server.origin;
});

after(() => server.close());

const GET: FetchRequestInit = { method: 'GET', headers: {}, redirect: 'manual' };
const lastArrival = () => arrived.at(-1)!;

describe('createHttpFetch', () => {
  it('speaks the FetchLike shape over node:http and reuses the keep-alive socket', async () => {
    const f = createHttpFetch();
    const a = await f(`${origin}/echo`, { ...GET, headers: { 'X-Test': 'yes' } });
    assert.equal(a.status, 201);
    assert.equal(a.statusText, 'Made');
    assert.equal(a.headers.get('X-ECHO'), 'yes', 'header names are case-insensitive');
    assert.equal(a.headers.get('set-cookie'), 'a=1, b=2');
    assert.equal(a.headers.get('x-missing'), null);
    assert.equal(await a.text(), 'GET /echo ');
    await assert.rejects(a.text(), TypeError, 'a body is read once');
    const first = lastArrival().socket.remotePort;
    const b = await f(`${origin}/echo`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"é":1}', redirect: 'manual' });
    assert.equal(await b.text(), 'POST /echo {"é":1}');
    assert.equal(lastArrival().socket.remotePort, first, 'the second request reused the pooled socket');
    const { http, https } = f.agents();
    assert.equal((http as unknown as { keepAlive: boolean }).keepAlive, true);
    assert.equal((https as unknown as { keepAlive: boolean }).keepAlive, true);
  });

  it('lets an empty answer nobody reads run to its end, so its socket serves the next request', async () => {
    const f = createHttpFetch();
    const ports = new Set<number | undefined>();
    for (let i = 0; i < 3; i++) {
      const res = await f(`${origin}/redirect`, GET); // 307 with Content-Length: 0, its body never read
      assert.equal(res.status, 307);
      ports.add(lastArrival().socket.remotePort);
    }
    assert.equal(ports.size, 1, 'one pooled socket carried all three');
    const res = await f(`${origin}/redirect`, GET);
    assert.equal(await res.text(), '', 'text() of such a body, read late, is empty');
  });

  it('returns a redirect as it is: the engine follows redirects itself', async () => {
    const res = await createHttpFetch()(`${origin}/redirect`, GET);
    assert.equal(res.status, 307);
    assert.equal(res.headers.get('location'), '/echo');
    assert.equal(await res.text(), '');
    assert.equal(lastArrival().url, '/redirect', 'nothing followed it');
  });

  it('reads a chunked body through the engine with its cap, and a Content-Length body by text()', async () => {
    const f = createHttpFetch();
    const whole = await f(`${origin}/chunked`, GET);
    assert.equal(whole.headers.get('content-length'), null);
    assert.equal((await readBody(whole, { maxBytes: 1 << 20, truncate: false, streams: nodeStreamReader })).length, 40_000);
    const capped = await f(`${origin}/chunked`, GET);
    await assert.rejects(readBody(capped, { maxBytes: 10_000, truncate: false, streams: nodeStreamReader }), ResponseTooLargeError);
    const truncated = await f(`${origin}/chunked`, GET);
    assert.equal((await readBody(truncated, { maxBytes: 2_500, truncate: true, streams: nodeStreamReader })).length, 2_500);
    const framed = await f(`${origin}/echo`, GET);
    assert.equal(framed.headers.get('content-length'), '10');
    assert.equal(await readBody(framed, { maxBytes: 1000, truncate: false, streams: nodeStreamReader }), 'GET /echo ');
  });

  it('an aborted signal: rejects with its reason and sends nothing', async () => {
    const c = new AbortController();
    const reason = new Error('stop');
    c.abort(reason);
    const count = arrived.length;
    await assert.rejects(createHttpFetch()(`${origin}/echo`, { ...GET, signal: c.signal }), (e) => e === reason);
    assert.equal(arrived.length, count);
  });

  it('an abort while waiting for the headers: rejects with the reason and closes the connection', async () => {
    const c = new AbortController();
    const pending = createHttpFetch()(`${origin}/hang-headers`, { ...GET, signal: c.signal });
    while (lastArrival()?.url !== '/hang-headers' || lastArrival().socket.destroyed) await new Promise((r) => setImmediate(r));
    const closed = once(lastArrival().socket, 'close');
    const reason = new Error('stop');
    c.abort(reason);
    await assert.rejects(pending, (e) => e === reason);
    await closed;
  });

  it('an abort mid-body: the body stream ends in the reason, and the engine reports the abort', async () => {
    const f = createHttpFetch();
    const c = new AbortController();
    const res = await f(`${origin}/hang-body`, { ...GET, signal: c.signal });
    const reason = new Error('stop');
    const reading = (async () => {
      for await (const _ of res.body as AsyncIterable<Buffer>) c.abort(reason);
    })();
    await assert.rejects(reading, (e) => e === reason);

    const d = new AbortController();
    const again = await f(`${origin}/hang-body`, { ...GET, signal: d.signal });
    const engineRead = readBody(again, { maxBytes: 1000, signal: d.signal, truncate: false, streams: nodeStreamReader });
    d.abort();
    await assert.rejects(engineRead, { name: 'AbortError' });
  });

  it('leaves no listener on the signal once the body has been read', async () => {
    const c = new AbortController();
    const res = await createHttpFetch()(`${origin}/echo`, { ...GET, signal: c.signal });
    assert.equal(getEventListeners(c.signal, 'abort').length, 1);
    await res.text();
    await new Promise((r) => setImmediate(r)); // 'close' follows 'end' on the next turn
    assert.equal(getEventListeners(c.signal, 'abort').length, 0);
  });

  it('socket failures are connection errors the engine recognises: reset, refused, a body cut short', async () => {
    const f = createHttpFetch();
    const reset = await f(`${origin}/reset`, GET).then(() => undefined, (e: unknown) => e);
    assert.ok(isConnectionError(reset), String(reset));
    for (const route of ['/cut-length', '/cut-chunked']) {
      const res = await f(`${origin}${route}`, GET);
      const cut = await res.text().then(() => undefined, (e: unknown) => e);
      assert.ok(isConnectionError(cut), `${route}: ${String(cut)}`);
    }
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');
    const refused = await f(`http://127.0.0.1:${port}/`, GET).then(() => undefined, (e: unknown) => e);
    assert.ok(isConnectionError(refused), String(refused));
  });

  it('a cancelled body gives its socket up at once', async () => {
    const f = createHttpFetch();
    const res = await f(`${origin}/hang-body`, GET);
    const closed = once(lastArrival().socket, 'close');
    cancelBody(res, nodeStreamReader);
    await closed;
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(Object.keys(f.agents().http.sockets), [], 'no socket is still in use');
  });

  it('decodes gzip and br answers as a stream, and the cap counts decoded bytes', async () => {
    const f = createHttpFetch();
    const asked = { ...GET, headers: { 'Accept-Encoding': 'gzip, br' } };
    for (const route of ['/gzip', '/br']) {
      const res = await f(`${origin}${route}`, asked);
      assert.equal(res.headers.get('content-length'), null, 'the encoded length is not the body length');
      assert.equal(res.headers.get('content-encoding'), route.slice(1));
      assert.equal(await readBody(res, { maxBytes: 1000, truncate: false, streams: nodeStreamReader }), JSON_TEXT);
    }
    const gz = await f(`${origin}/gzip`, asked);
    assert.equal(await gz.text(), JSON_TEXT);
    for (const route of ['/gzip-empty', '/gzip-204']) {
      assert.equal(await (await f(`${origin}${route}`, asked)).text(), '', `${route}: an empty body is not fed to the decoder`);
    }
    const bomb = await f(`${origin}/bomb`, asked);
    await assert.rejects(readBody(bomb, { maxBytes: 64 * 1024, truncate: false, streams: nodeStreamReader }), ResponseTooLargeError);
    assert.equal(arrived.at(-1)!.url, '/bomb');
  });

  it('asks for no encoding of its own', async () => {
    const res = await createHttpFetch()(`${origin}/echo`, GET);
    assert.equal(res.headers.get('x-accept-encoding'), 'none');
    await res.text();
  });

  it('refuses what it cannot send with a rejection, never a throw', async () => {
    const f = createHttpFetch();
    await assert.rejects(f('ftp://127.0.0.1/x', GET), TypeError);
    const count = arrived.length;
    await assert.rejects(f(`${origin}/echo`, { ...GET, headers: { 'X-Bad': 'a\r\nInjected: 1' } }));
    assert.equal(arrived.length, count);
  });

  it('lets a finished script exit on its own while its socket sits in the pool', async () => {
    assert.deepEqual(await requestInChild(origin, 'http'), { code: 0, out: 'GET /exit' });
  });

  it('is Node-only: the browser build throws a TypeError naming it', () => {
    assert.throws(() => browser.createHttpFetch(), /createHttpFetch is Node-only/);
  });
});
