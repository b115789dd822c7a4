import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { test } from 'node:test';
import { type GraphStandIn, type StandInOptions, startGraphStandIn } from './graph-stand-in.js';
import { seededRandom } from '../../src/testing/faults.js';

const CANCEL = '/app/calls/57dab8b1-894c-409a-b240-bd8beae78896/cancelMediaProcessing';
const AUTH = { authorization: 'Bearer test-token', 'content-type': 'application/json' };

async function start(t: { after(fn: () => Promise<void>): void }, options?: StandInOptions): Promise<GraphStandIn> {
  const s = await startGraphStandIn(options);
  t.after(() => s.close());
  return s;
}

const post = (s: GraphStandIn, path = CANCEL) => fetch(s.url + path, { method: 'POST', headers: AUTH, body: '{}', redirect: 'manual' });

/** A raw HTTP/1.1 exchange: what came back before the server closed the socket, and `headers` once they are in. */
function raw(s: GraphStandIn, path = `/beta${CANCEL}`) {
  const socket = connect(Number(new URL(s.origin).port), '127.0.0.1');
  let data = '';
  let error: Error | undefined;
  let gotHeaders!: () => void;
  const headers = new Promise<void>((resolve) => (gotHeaders = resolve));
  socket.on('data', (c: Buffer) => {
    data += c.toString('latin1');
    if (data.includes('\r\n\r\n')) gotHeaders();
  });
  socket.on('error', (e) => (error = e));
  const closed = new Promise<{ data: string; error?: Error }>((resolve) => socket.on('close', () => resolve({ data, error })));
  socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer test-token\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`);
  return { headers, closed, socket };
}

function arrivals(): { options: StandInOptions; next: () => Promise<number> } {
  const waiting: ((n: number) => void)[] = [];
  const seen: number[] = [];
  return {
    options: { onRequest: (_r, n) => (waiting.shift() ?? ((x: number) => seen.push(x)))(n) },
    next: () => (seen.length ? Promise.resolve(seen.shift()!) : new Promise((resolve) => waiting.push(resolve))),
  };
}

test('status faults: OData body by default, Retry-After as given, custom body and type', async (t) => {
  const s = await start(t);
  s.enqueue(
    { kind: 'status', status: 503, retryAfter: '1' },
    { kind: 'status', status: 429, retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT' },
    { kind: 'status', status: 502, body: 'upstream down', contentType: 'text/plain' },
  );
  const a = await post(s);
  assert.equal(a.status, 503);
  assert.equal(a.headers.get('retry-after'), '1');
  assert.equal(((await a.json()) as { error: { code: string } }).error.code, 'serviceNotAvailable');
  const b = await fetch(`${s.url}/nowhere`, { headers: AUTH }); // faults apply to any route
  assert.equal(b.status, 429);
  assert.equal(b.headers.get('retry-after'), 'Wed, 21 Oct 2015 07:28:00 GMT');
  assert.equal(((await b.json()) as { error: { code: string } }).error.code, 'TooManyRequests');
  const c = await post(s);
  assert.equal(c.status, 502);
  assert.equal(c.headers.get('content-type'), 'text/plain');
  assert.equal(await c.text(), 'upstream down');
  assert.equal((await post(s)).status, 202); // the queue is spent
  assert.equal(s.operations.size, 1);
  assert.equal(s.requests.length, 4);
});

test('html500, empty-error and truncated-error bodies', async (t) => {
  const s = await start(t);
  s.enqueue({ kind: 'html500' }, { kind: 'empty-error', status: 503 }, { kind: 'truncated-error', status: 500 });
  const html = await post(s);
  assert.equal(html.status, 500);
  assert.match(html.headers.get('content-type') ?? '', /^text\/html/);
  assert.match(await html.text(), /<html>/);
  const empty = await post(s);
  assert.equal(empty.status, 503);
  assert.equal(empty.headers.get('content-type'), 'application/json');
  assert.equal(await empty.text(), '');
  const cut = await post(s);
  assert.equal(cut.status, 500);
  const text = await cut.text();
  assert.equal(Number(cut.headers.get('content-length')), Buffer.byteLength(text));
  assert.match(text, /^\{"error":\{"code":"generalException"/);
  assert.throws(() => JSON.parse(text), SyntaxError);
});

test('no-location, location and redirect faults', async (t) => {
  const s = await start(t);
  s.enqueue(
    { kind: 'no-location' },
    { kind: 'location', location: 'https://evil.example/beta/app/calls/x/operations/y' },
    { kind: 'redirect', status: 307, location: 'https://elsewhere.example/beta/app/calls/x/cancelMediaProcessing' },
  );
  const a = await post(s);
  assert.equal(a.status, 202);
  assert.equal(a.headers.get('location'), null);
  assert.match(a.headers.get('request-id') ?? '', /^[0-9a-f-]{36}$/);
  const b = await post(s);
  assert.equal(b.status, 202);
  assert.equal(b.headers.get('location'), 'https://evil.example/beta/app/calls/x/operations/y');
  const c = await post(s);
  assert.equal(c.status, 307);
  assert.equal(c.headers.get('location'), 'https://elsewhere.example/beta/app/calls/x/cancelMediaProcessing');
  assert.equal(s.operations.size, 0); // faults store nothing
});

test('reset-before-headers: the socket closes without a byte', async (t) => {
  const s = await start(t);
  s.enqueue({ kind: 'reset-before-headers' });
  const { data } = await raw(s).closed;
  assert.equal(data, '');
  assert.equal(s.requests.length, 1);
  assert.equal(s.requests[0]!.body, '{}');
});

test('reset-after-headers: headers and part of the promised body, then the socket closes', async (t) => {
  const s = await start(t);
  s.enqueue({ kind: 'reset-after-headers' });
  const { data } = await raw(s).closed;
  const [head, body] = data.split('\r\n\r\n') as [string, string];
  assert.match(head, /^HTTP\/1\.1 200 OK/);
  const promised = Number(/content-length: (\d+)/i.exec(head)![1]);
  assert.ok(body.length > 0 && body.length < promised, `${body.length} of ${promised}`);
  s.enqueue({ kind: 'reset-after-headers' });
  const r = await post(s);
  assert.equal(r.status, 200);
  await assert.rejects(r.text());
});

// The timeouts below only turn a regression (close() that leaves a socket open) into a failure instead of a hang.
test('hang-headers: nothing comes back until close(), which ends the exchange', { timeout: 10_000 }, async (t) => {
  const seen = arrivals();
  const s = await start(t, seen.options);
  s.enqueue({ kind: 'hang-headers' });
  const exchange = raw(s);
  assert.equal(await seen.next(), 0);
  await s.close();
  assert.equal((await exchange.closed).data, '');
});

test('hang-body: headers are flushed, the body never ends', { timeout: 10_000 }, async (t) => {
  for (const answer of ['202', '200'] as const) {
    const s = await start(t, { answer });
    s.enqueue({ kind: 'hang-body' });
    const exchange = raw(s);
    await exchange.headers;
    await s.close();
    const { data } = await exchange.closed;
    assert.match(data, answer === '202' ? /^HTTP\/1\.1 202 Accepted\r\n/ : /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(data, answer === '202' ? /\r\nLocation: http:\/\/127\.0\.0\.1:\d+\/beta\/app\/calls\/[^/]+\/operations\/[0-9a-f-]{36}\r\n/ : /cancelMediaProcessing|@odata/);
    assert.ok(!data.endsWith('0\r\n\r\n'), 'the chunked body was never terminated');
  }
  const s = await start(t);
  s.enqueue({ kind: 'hang-body' });
  const r = await post(s);
  assert.equal(r.status, 202);
  const body = r.text();
  await s.close();
  await assert.rejects(body);
});

const tcpHandles = () => process.getActiveResourcesInfo().filter((h) => h.startsWith('TCP')).length;

test('close() with a hanging request leaves no TCP handle behind', { timeout: 10_000 }, async () => {
  const before = tcpHandles();
  const seen = arrivals();
  const s = await startGraphStandIn(seen.options);
  s.enqueue({ kind: 'hang-headers' }, { kind: 'hang-body' });
  const first = raw(s);
  const second = raw(s);
  await seen.next();
  await seen.next();
  await second.headers;
  assert.ok(tcpHandles() >= before + 3, 'server and client sockets are open while requests hang');
  await s.close();
  await Promise.all([first.closed, second.closed]);
  assert.equal(tcpHandles(), before);
});

test('a process that closes the stand-in mid-request exits on its own', { timeout: 30_000 }, async () => {
  const standIn = new URL('./graph-stand-in.ts', import.meta.url).href;
  const script = `
    import { startGraphStandIn } from ${JSON.stringify(standIn)};
    let arrived; const seen = new Promise((r) => (arrived = r));
    const s = await startGraphStandIn({ onRequest: () => arrived() });
    s.enqueue({ kind: 'hang-headers' });
    const answer = fetch(s.url + '/app/calls/c/cancelMediaProcessing', { method: 'POST', body: '{}' }).then(() => 'answered', () => 'failed');
    await seen;
    await s.close();
    console.log(await answer);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  assert.equal(code, 0);
  assert.equal(out.trim(), 'failed');
});

test('seededRandom replays the same sequence for a seed, in [0, 1)', () => {
  const take = (seed: number) => Array.from({ length: 1000 }, seededRandom(seed));
  const a = take(42);
  assert.deepEqual(take(42), a);
  assert.notDeepEqual(take(43), a);
  assert.ok(a.every((x) => x >= 0 && x < 1));
  const mean = a.reduce((x, y) => x + y, 0) / a.length;
  assert.ok(mean > 0.45 && mean < 0.55, String(mean));
});
