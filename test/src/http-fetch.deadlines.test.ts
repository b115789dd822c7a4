// createHttpFetch keeps the attempt's deadline itself (`deadlines: true`), so the engine gives an attempt without a
// caller's signal no AbortSignal at all. These tests show the transport ending what runs past the deadline (before
// and after the answer) and leaving no timer behind, and the engine handing it a deadline only where nothing else
// needs a signal: a caller's signal, or a token that must be fetched within the timeout, still get one.
import assert from 'node:assert/strict';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ConnectionError, TimeoutError } from '../../src/errors.js';
import { createHttpFetch } from '../../src/http-fetch.js';
import { CommsClient } from '../../src/node.js';
import { readBody } from '../../src/response.js';
import { nodeStreamReader } from '../../src/node-streams.js';
import type { FetchLike, FetchRequestInit } from '../../src/types.js';

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/accepted': (req, res) => {
    req.resume().on('end', () => {
      res.writeHead(202, { Location: `${origin}/app/calls/c1/operations/op-1`, 'Content-Length': 0 });
      res.end();
    });
  },
  '/redirect': (req, res) => {
    req.resume().on('end', () => {
      res.writeHead(307, { Location: `${origin}/accepted`, 'Content-Length': 0 });
      res.end();
    });
  },
  '/hang-headers': (req) => req.resume(),
  '/held': (req, res) => {
    req.resume();
    res.writeHead(200, {});
    res.write('{"held":');
    held.push(res);
  },
  '/hang-body': (req, res) => {
    req.resume();
    res.writeHead(200, {});
    res.write('{"partial":');
  },
};

let origin: string;
let requests = 0;
/** Answers of /held, whose bodies the test ends. */
const held: ServerResponse[] = [];
const server = createServer((req, res) => {
  requests++;
  const path = req.url!.endsWith('/cancelMediaProcessing') ? (req.headers['x-route'] as string) : req.url!;
  (routes[path] ?? routes['/accepted']!)(req, res);
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const GET: FetchRequestInit = { method: 'GET', headers: {}, redirect: 'manual' };
const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

/** Waits up to a bounded number of event-loop turns for `done()`; true when it held. */
async function within(done: () => boolean, turns = 200): Promise<boolean> {
  for (let i = 0; i < turns && !done(); i++) await new Promise((r) => setImmediate(r));
  return done();
}

describe('createHttpFetch keeps init.deadline', () => {
  it('says so', () => {
    assert.equal(createHttpFetch().deadlines, true);
  });

  it('fails a request whose headers do not come by the deadline with TimeoutError, and frees its socket', async () => {
    const http = createHttpFetch();
    const failure = await http(`${origin}/hang-headers`, { ...GET, deadline: performance.now() + 20 }).catch((e: unknown) => e);
    assert.ok(failure instanceof TimeoutError, String(failure));
    assert.ok(await within(() => Object.keys(http.agents().http.sockets).length === 0), 'the socket was destroyed');
  });

  it('errors a body that does not end by the deadline with TimeoutError, which the engine passes on as it is', async () => {
    const http = createHttpFetch();
    const res = await http(`${origin}/hang-body`, { ...GET, deadline: performance.now() + 30 });
    assert.equal(res.status, 200);
    const failure = await readBody(res, { maxBytes: 1024, truncate: false, streams: nodeStreamReader }).catch((e: unknown) => e);
    assert.ok(failure instanceof TimeoutError, String(failure));
  });

  it('a deadline already past fails at once; an Infinity one sets no timer', async () => {
    const http = createHttpFetch();
    await assert.rejects(http(`${origin}/hang-headers`, { ...GET, deadline: performance.now() - 1 }), TimeoutError);
    const before = timers();
    const res = await http(`${origin}/accepted`, { ...GET, deadline: Infinity });
    assert.equal(timers(), before, 'no timer for a deadline that never comes');
    assert.equal(await res.text(), '');
  });

  it('leaves no timer once the answer has ended', async () => {
    const http = createHttpFetch();
    const before = timers();
    const res = await http(`${origin}/held`, { ...GET, deadline: performance.now() + 60_000 });
    assert.equal(timers(), before + 1, 'the deadline runs while the answer is open');
    const text = res.text();
    held.shift()!.end('1}');
    assert.equal(await text, '{"held":1}');
    assert.ok(await within(() => timers() === before), 'the timer went with the answer');
  });
});

/** createHttpFetch with every init it is given recorded (the flags copied, so the engine treats it as the original). */
function recorded(): { fetch: FetchLike; inits: (FetchRequestInit & { url: string })[] } {
  const http = createHttpFetch();
  const inits: (FetchRequestInit & { url: string })[] = [];
  const fetch = Object.assign((url: string, init: FetchRequestInit) => (inits.push({ ...init, url }), http(url, init)), { abortable: true, deadlines: true });
  return { fetch, inits };
}

const client = (fetch: FetchLike, options: Partial<ConstructorParameters<typeof CommsClient>[0]> = {}) =>
  new CommsClient({ auth: 'tok', baseUrl: origin, fetch, ...options });
const routed = (route: string) => ({ headers: { 'X-Route': route } });

describe('the engine over a transport that keeps deadlines', () => {
  it('gives an attempt without a caller signal no signal, and a deadline timeoutMs ahead', async () => {
    const { fetch, inits } = recorded();
    const sentBefore = performance.now();
    await client(fetch, { timeoutMs: 10_000 }).cancelMediaProcessing({ callId: 'c1' }, {}, routed('/accepted'));
    const [init] = inits;
    assert.equal(init!.signal, undefined);
    assert.ok(init!.deadline! > sentBefore + 9_000 && init!.deadline! <= performance.now() + 10_000, String(init!.deadline));
  });

  it('gives a caller signal, joined with the timeout, and then no deadline', async () => {
    const { fetch, inits } = recorded();
    await client(fetch).cancelMediaProcessing({ callId: 'c1' }, {}, { ...routed('/accepted'), signal: new AbortController().signal });
    assert.ok(inits[0]!.signal instanceof AbortSignal);
    assert.equal(inits[0]!.deadline, undefined);
  });

  it('keeps the signal for an attempt whose token had to be fetched, and drops it once the token is cached', async () => {
    const { fetch, inits } = recorded();
    const c = client(fetch, { auth: { getToken: async () => ({ token: 'tok', expiresOnTimestamp: Date.now() + 3_600_000 }) } });
    await c.cancelMediaProcessing({ callId: 'c1' }, {}, routed('/accepted'));
    await c.cancelMediaProcessing({ callId: 'c1' }, {}, routed('/accepted'));
    assert.ok(inits[0]!.signal instanceof AbortSignal, 'the first attempt waited for a token under the timeout');
    assert.equal(inits[0]!.deadline, undefined);
    assert.equal(inits[1]!.signal, undefined, 'the second had its token at hand');
    assert.equal(typeof inits[1]!.deadline, 'number');
  });

  it('gives every redirect hop the attempt’s own deadline, not a fresh one', async () => {
    const { fetch, inits } = recorded();
    await client(fetch).cancelMediaProcessing({ callId: 'c1' }, {}, routed('/redirect'));
    assert.deepEqual(inits.map((i) => new URL(i.url).pathname), ['/app/calls/c1/cancelMediaProcessing', '/accepted']);
    assert.equal(inits[1]!.deadline, inits[0]!.deadline);
  });

  it('ends a call the transport timed out in TimeoutError (no ConnectionError), not retried', async () => {
    const { fetch, inits } = recorded();
    const before = requests;
    const failure = await client(fetch, { timeoutMs: 30 }).cancelMediaProcessing({ callId: 'c1' }, {}, routed('/hang-headers')).catch((e: unknown) => e);
    assert.ok(failure instanceof TimeoutError && !(failure instanceof ConnectionError), String(failure));
    assert.equal(inits.length, 1);
    assert.equal(requests, before + 1);
  });

  it('keeps the default 30 s timeout through the transport', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { fetch, inits } = recorded();
    const pending = client(fetch).cancelMediaProcessing({ callId: 'c1' }, {}, routed('/hang-headers'));
    let settled = false;
    pending.then(
      () => (settled = true),
      () => (settled = true),
    );
    assert.ok(await within(() => inits.length === 1), 'the request went out');
    assert.equal(inits[0]!.signal, undefined);
    // The transport reads performance.now(), which the mock does not stop: a second's slack for the real time
    // between the engine's reading and the transport's.
    t.mock.timers.tick(29_000);
    assert.equal(await within(() => settled, 50), false, 'still pending after 29 s');
    t.mock.timers.tick(1_000);
    assert.ok(await within(() => settled), 'settled once 30 s had passed');
    await assert.rejects(pending, TimeoutError);
  });
});
