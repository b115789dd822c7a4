import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createNodeFetch } from '../../src/node-fetch.js';
import { browserPlatform } from '../../src/platform/browser.js';
import { nodePlatform } from '../../src/platform/node.js';

const defaultFetch = () => nodePlatform.defaultFetch();
import { type IdleKeepingServer, requestInChild, startIdleKeepingServer } from '../support/idle-sockets.js';

let server: IdleKeepingServer;
let origin: string;
const ports: number[] = [];

before(async () => {
  // Never closes idle connections from its side: only the client's unref can let the child exit.
  server = await startIdleKeepingServer((req, res) => {
    ports.push(req.socket.remotePort!);
    res.writeHead(200, { 'Content-Type': 'text/plain', 'X-Echo': req.headers['x-test'] ?? '' });
    res.end(`${req.method} ${req.url}`);
  });
  origin = server.origin;
});

after(() => server.close());

describe('createNodeFetch', () => {
  it('speaks WHATWG fetch over node-fetch and reuses the keep-alive socket', async () => {
    ports.length = 0;
    const f = createNodeFetch();
    const a = await f(`${origin}/one`, { method: 'GET', headers: { 'X-Test': 'yes' }, redirect: 'manual' });
    assert.equal(a.status, 200);
    assert.equal(a.headers.get('x-echo'), 'yes');
    assert.equal(await a.text(), 'GET /one');
    const b = await f(`${origin}/two`, { method: 'POST', headers: {}, body: '{}', redirect: 'manual' });
    assert.equal(await b.text(), 'POST /two');
    assert.equal(ports.length, 2);
    assert.equal(ports[0], ports[1], 'the second request reused the pooled socket');
    const { http, https } = await f.agents();
    assert.equal((http as unknown as { keepAlive: boolean }).keepAlive, true);
    assert.equal((https as unknown as { keepAlive: boolean }).keepAlive, true);
  });

  it('is shared by clients that do not inject one, on Node', () => {
    assert.equal(defaultFetch(), defaultFetch());
    assert.equal(typeof (defaultFetch() as { agents?: unknown }).agents, 'function');
  });

  it('lets a finished script exit on its own while its socket sits in the pool', async () => {
    assert.deepEqual(await requestInChild(origin, 'node-fetch'), { code: 0, out: 'GET /exit' });
  });
});

describe('the browser platform', () => {
  it('uses globalThis.fetch and never node-fetch, names no User-Agent, follows nothing by hand', async () => {
    const f = browserPlatform.defaultFetch();
    assert.deepEqual(browserPlatform.headers, {});
    assert.equal(browserPlatform.followRedirect, undefined);
    assert.equal(browserPlatform.isConnectionError(Object.assign(new Error('x'), { code: 'ECONNRESET' })), false);
    assert.equal((f as { agents?: unknown }).agents, undefined);
    const r = await f(`${origin}/browser`, { method: 'GET', headers: {}, redirect: 'manual' });
    assert.equal(await r.text(), 'GET /browser');
  });
});
