// The real CommsClient against the Graph stand-in over real sockets, fed broken answers: every case must end
// in success or in a typed error, promptly, and leave no socket, server or timer behind (a census of the
// process's active handles before and after, once the servers are closed). Runs over the default transport
// (node-fetch + keep-alive agent), over createHttpFetch (node:http directly) and over Node's global fetch: each
// fails differently on the wire.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CommsClient } from '../../src/node.js';
import { GraphError, LocationParseError, TimeoutError, TokenLeakError } from '../../src/errors.js';
import { createHttpFetch } from '../../src/http-fetch.js';
import type { NodeFetch } from '../../src/node-fetch.js';
import { isConnectionError, nodePlatform } from '../../src/platform/node.js';
import { sleep as realSleep } from '../../src/retry.js';
import type { CommsClientOptions, FetchLike } from '../../src/types.js';
import { type GraphStandIn, type StandInOptions, startGraphStandIn } from '../support/graph-stand-in.js';
import { census, describeError, isSdkError, type RecordingServer, settledCensus, startRecorder } from './harness.js';

const CALL = '57dab8b1-894c-409a-b240-bd8beae78896';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SAFETY = { timeout: 30_000 }; // a hang becomes a failure instead of a stuck run

interface Ctx {
  standIn(options?: StandInOptions): Promise<GraphStandIn>;
  recorder(): Promise<RecordingServer>;
  client(s: GraphStandIn, options?: Partial<CommsClientOptions>): CommsClient;
  /** Every back-off wait the clients asked for, in ms. */
  slept: number[];
}

const transports: [string, FetchLike | undefined][] = [
  ['the default transport', undefined],
  ['createHttpFetch', createHttpFetch()],
  ['global fetch', globalThis.fetch],
];

before(async () => {
  // node-fetch is loaded on first use; a timeout test must not be the one that loads it (see fault-child.ts).
  await (nodePlatform.defaultFetch() as NodeFetch).agents();
  for (const [, fetch] of transports) {
    const s = await startGraphStandIn();
    await new CommsClient({ auth: 'test-token', baseUrl: s.url, ...(fetch ? { fetch } : {}) }).cancelMediaProcessing({ callId: CALL });
    await s.close();
  }
});

for (const [name, fetch] of transports) {
  // Runs one case, closes what it started, then requires the handle census to be back where it was.
  const scenario = (run: (ctx: Ctx) => Promise<void>) => async () => {
    // The previous case's closed handles may still be on their way out: start from a quiet process.
    const start = await settledCensus({ ...census(), TCPSocketWrap: 0, TCPServerWrap: 0, ConnectWrap: 0 });
    const closers: (() => Promise<void>)[] = [];
    const slept: number[] = [];
    const ctx: Ctx = {
      slept,
      async standIn(options) {
        const s = await startGraphStandIn(options);
        closers.push(() => s.close());
        return s;
      },
      async recorder() {
        const r = await startRecorder();
        closers.push(() => r.close());
        return r;
      },
      client: (s, options = {}) =>
        new CommsClient({
          auth: 'test-token',
          baseUrl: s.url,
          retry: { baseDelayMs: 1, maxDelayMs: 50, sleep: (ms, signal) => (slept.push(ms), realSleep(ms, signal)) },
          ...(fetch ? { fetch } : {}),
          ...options,
        }),
    };
    try {
      await run(ctx);
    } finally {
      await Promise.all(closers.map((close) => close()));
    }
    assert.deepEqual(await settledCensus(start), start, 'the case left sockets, servers or timers open');
  };

  const failure = (p: Promise<unknown>) =>
    p.then(
      (v) => assert.fail(`expected a rejection, got ${JSON.stringify(v)}`),
      (e: unknown) => e,
    );

  describe(`faults over ${name}`, () => {
    it('a reset before any header is retried, then succeeds with one client-request-id', SAFETY, scenario(async ({ standIn, client }) => {
      const s = await standIn();
      s.enqueue({ kind: 'reset-before-headers' }, { kind: 'reset-before-headers' });
      const r = await client(s).cancelMediaProcessing({ callId: CALL }, { all: true });
      assert.equal(r.status, 202);
      assert.equal(s.requests.length, 3);
      assert.deepEqual(s.requests.map((q) => q.headers['retry-attempt']), [undefined, '1', '2']);
      assert.deepEqual(new Set(s.requests.map((q) => q.headers['client-request-id'])), new Set([r.clientRequestId]));
      assert.equal(s.operations.size, 1, 'exactly one operation was created');
    }));

    it('resets on every attempt stop after maxRetries + 1 attempts with the connection failure', SAFETY, scenario(async ({ standIn, client }) => {
      const s = await standIn();
      s.enqueue(...Array.from({ length: 4 }, () => ({ kind: 'reset-before-headers' as const })));
      const e = await failure(client(s, { retry: { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 50 } }).cancelMediaProcessing({ callId: CALL }));
      assert.equal(s.requests.length, 4);
      assert.ok(!(e instanceof GraphError), describeError(e));
      assert.ok(isConnectionError(e), `not recognisable as a connection failure: ${describeError(e)}`);
    }));

    it('exhausted connection retries end in one of the SDK typed errors', SAFETY, scenario(async ({ standIn, client }) => {
      const s = await standIn();
      s.enqueue({ kind: 'reset-before-headers' }, { kind: 'reset-before-headers' });
      const e = await failure(client(s, { retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 50 } }).cancelMediaProcessing({ callId: CALL }));
      assert.equal(s.requests.length, 2);
      assert.ok(isSdkError(e), `the transport's own error leaked out: ${describeError(e)}`);
    }));

    it('a reset after the headers is not retried: the half-read answer may have been acted on', SAFETY, scenario(async ({ standIn, client }) => {
      const s = await standIn();
      s.enqueue({ kind: 'reset-after-headers' }, { kind: 'reset-after-headers' });
      const c = client(s);
      const post = await failure(c.cancelMediaProcessing({ callId: CALL }));
      assert.equal(s.requests.length, 1, `retried after ${describeError(post)}`);
      const get = await failure(c.getOperation(`${s.url}/app/calls/${CALL}/operations/op-1`));
      assert.equal(s.requests.length, 2, `retried after ${describeError(get)}`);
    }));

    it('a reset after the headers ends in one of the SDK typed errors', SAFETY, scenario(async ({ standIn, client }) => {
      const s = await standIn();
      s.enqueue({ kind: 'reset-after-headers' });
      const e = await failure(client(s).cancelMediaProcessing({ callId: CALL }));
      assert.ok(isSdkError(e), `the transport's own error leaked out: ${describeError(e)}`);
    }));

    it('a 500 with an HTML body is a GraphError carrying the raw text, not retried', SAFETY, scenario(async ({ standIn, client }) => {
      const s = await standIn();
      s.enqueue({ kind: 'html500' });
      const e = await failure(client(s).cancelMediaProcessing({ callId: CALL }));
      assert.ok(e instanceof GraphError, describeError(e));
      assert.equal(e.status, 500);
      assert.equal(e.code, 'http500');
      assert.match(e.body, /^<!DOCTYPE html><html>.*Internal Server Error.*<\/html>$/);
      assert.match(e.requestId ?? '', GUID);
      assert.equal(e.clientRequestId, s.requests[0]!.headers['client-request-id']);
      assert.equal(s.requests.length, 1);
    }));

    it('a 503/504/503 burst is retried to success; Retry-After: 0 means no wait', SAFETY, scenario(async ({ standIn, client, slept }) => {
      const s = await standIn();
      s.enqueue({ kind: 'status', status: 503, retryAfter: '0' }, { kind: 'status', status: 504 }, { kind: 'status', status: 503, retryAfter: '0' });
      const r = await client(s).cancelMediaProcessing({ callId: CALL });
      assert.equal(r.status, 202);
      assert.deepEqual(s.requests.map((q) => q.headers['retry-attempt']), [undefined, '1', '2', '3']);
      assert.equal(new Set(s.requests.map((q) => q.headers['client-request-id'])).size, 1);
      assert.ok(slept.every((ms) => ms <= 1), `only the 504's back-off (below baseDelayMs * 2, floored) may wait: ${slept}`);
    }));

    it('a 503 burst longer than maxRetries ends in a GraphError 503', SAFETY, scenario(async ({ standIn, client }) => {
      const s = await standIn();
      s.enqueue(...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 503, retryAfter: '0' })));
      const e = await failure(client(s, { retry: { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 50 } }).cancelMediaProcessing({ callId: CALL }));
      assert.ok(e instanceof GraphError, describeError(e));
      assert.equal(e.status, 503);
      assert.equal(e.code, 'serviceNotAvailable');
      assert.equal(e.retryAfterMs, 0);
      assert.equal(s.requests.length, 3);
    }));

    it('a 502 is not retried, even with Retry-After: GraphError at once', SAFETY, scenario(async ({ standIn, client, slept }) => {
      const s = await standIn();
      s.enqueue({ kind: 'status', status: 502 }, { kind: 'status', status: 502, retryAfter: '0' });
      const c = client(s);
      for (let i = 1; i <= 2; i++) {
        const e = await failure(c.cancelMediaProcessing({ callId: CALL }));
        assert.ok(e instanceof GraphError, describeError(e));
        assert.equal(e.status, 502);
        assert.equal(e.code, 'BadGateway');
        assert.equal(JSON.parse(e.body).error.code, 'BadGateway');
        assert.equal(s.requests.length, i);
      }
      assert.deepEqual(slept, []);
    }));

    it('a Retry-After beyond maxDelayMs fails at once with retryAfterMs, without waiting', SAFETY, scenario(async ({ standIn, client, slept }) => {
      const s = await standIn();
      const inAnHour = new Date(Date.now() + 3_600_000).toUTCString();
      s.enqueue({ kind: 'status', status: 503, retryAfter: '120' }, { kind: 'status', status: 429, retryAfter: inAnHour });
      const c = client(s);
      const seconds = await failure(c.cancelMediaProcessing({ callId: CALL }));
      assert.ok(seconds instanceof GraphError, describeError(seconds));
      assert.equal(seconds.status, 503);
      assert.equal(seconds.retryAfterMs, 120_000);
      const date = await failure(c.cancelMediaProcessing({ callId: CALL }));
      assert.ok(date instanceof GraphError, describeError(date));
      assert.equal(date.status, 429);
      assert.ok(date.retryAfterMs! > 3_500_000 && date.retryAfterMs! <= 3_600_000, `retryAfterMs ${date.retryAfterMs}`);
      assert.equal(s.requests.length, 2);
      assert.deepEqual(slept, [], 'nothing waited');
    }));

    // The server never answers, so any timeoutMs trips; the attempt count is "at most one" because a loaded
    // machine may time out before the request is even written, and either way nothing may be retried.
    it('headers that never come end in TimeoutError, not retried', SAFETY, scenario(async ({ standIn, client }) => {
      const s = await standIn();
      s.enqueue({ kind: 'hang-headers' }, { kind: 'hang-headers' });
      const c = client(s, { timeoutMs: 50 });
      assert.ok((await failure(c.cancelMediaProcessing({ callId: CALL }))) instanceof TimeoutError);
      assert.ok((await failure(c.getOperation(`${s.url}/app/calls/${CALL}/operations/op-1`))) instanceof TimeoutError);
      assert.ok(s.requests.length <= 2, `retried: ${s.requests.length} requests`);
    }));

    it('a body that never ends (202, 200 and an operation GET) ends in TimeoutError', SAFETY, scenario(async ({ standIn, client }) => {
      const accepted = await standIn();
      const ok = await standIn({ answer: '200' });
      accepted.enqueue({ kind: 'hang-body' }, { kind: 'hang-body' });
      ok.enqueue({ kind: 'hang-body' });
      for (const [s, call] of [
        [accepted, (c: CommsClient) => c.cancelMediaProcessing({ callId: CALL })],
        [accepted, (c: CommsClient) => c.getOperation(`${accepted.url}/app/calls/${CALL}/operations/op-1`)],
        [ok, (c: CommsClient) => c.cancelMediaProcessing({ callId: CALL })],
      ] as const) {
        const e = await failure(call(client(s, { timeoutMs: 50 })));
        assert.ok(e instanceof TimeoutError, describeError(e));
      }
      assert.ok(accepted.requests.length <= 2 && ok.requests.length <= 1, 'nothing is retried');
    }));

    it('a 202 without a Location, or with a Location that is no operation, is a LocationParseError', SAFETY, scenario(async ({ standIn, client }) => {
      const s = await standIn();
      const notAnOperation = `${s.url}/app/calls/${CALL}/participants/p-1`;
      s.enqueue({ kind: 'no-location' }, { kind: 'location', location: notAnOperation });
      const c = client(s);
      const missing = await failure(c.cancelMediaProcessing({ callId: CALL }));
      assert.ok(missing instanceof LocationParseError, describeError(missing));
      assert.equal(missing.location, undefined);
      const wrong = await failure(c.cancelMediaProcessing({ callId: CALL }));
      assert.ok(wrong instanceof LocationParseError, describeError(wrong));
      assert.equal(wrong.location, notAnOperation);
      assert.equal(s.requests.length, 2, 'not retried');
    }));

    it('a Location on another host is returned, but getOperation refuses it and sends nothing there', SAFETY, scenario(async ({ standIn, recorder, client }) => {
      const other = await recorder();
      const s = await standIn({ locationHost: other.origin });
      const c = client(s);
      const r = await c.cancelMediaProcessing({ callId: CALL });
      assert.ok(r.location?.startsWith(`${other.origin}/beta/app/calls/${CALL}/operations/`), r.location);
      assert.ok((await failure(c.getOperation(r))) instanceof TokenLeakError);
      assert.ok((await failure(c.getOperation(r.location!))) instanceof TokenLeakError);
      // Protocol-relative: the same host in disguise, refused as no operation URI at all.
      const sneaky = `//${new URL(other.origin).host}/beta/app/calls/${CALL}/operations/op-1`;
      assert.ok((await failure(c.getOperation(sneaky))) instanceof LocationParseError);
      assert.deepEqual(other.requests, []);
      assert.equal(s.requests.length, 1);
    }));

    it('a 307/308 (POST) or 302/303 (GET) to another host is refused; that host never sees the token', SAFETY, scenario(async ({ standIn, recorder, client }) => {
      const other = await recorder();
      const s = await standIn();
      const there = `${other.origin}/beta/app/calls/${CALL}/cancelMediaProcessing`;
      s.enqueue({ kind: 'redirect', status: 307, location: there }, { kind: 'redirect', status: 308, location: there });
      const c = client(s);
      for (let i = 0; i < 2; i++) assert.ok((await failure(c.cancelMediaProcessing({ callId: CALL }))) instanceof TokenLeakError);
      s.enqueue({ kind: 'redirect', status: 302, location: `${other.origin}/beta/app/calls/${CALL}/operations/op-1` });
      assert.ok((await failure(c.getOperation(`${s.url}/app/calls/${CALL}/operations/op-1`))) instanceof TokenLeakError);
      assert.deepEqual(other.requests, []);
      assert.equal(s.requests.length, 3, 'a refused redirect is not retried');
    }));

    it('the same 307 is followed, token included, once the other host is allowed (the recorder would see a leak)', SAFETY, scenario(async ({ standIn, recorder, client }) => {
      const other = await recorder();
      const s = await standIn();
      s.enqueue({ kind: 'redirect', status: 307, location: `${other.origin}/beta/app/calls/${CALL}/cancelMediaProcessing` });
      const c = client(s, { allowedHosts: [new URL(s.url).host, new URL(other.origin).host] });
      await c.cancelMediaProcessing({ callId: CALL }, { clientContext: 'moved' }).catch(() => {}); // the recorder's `{}` is no answer
      assert.equal(other.requests.length, 1);
      assert.equal(other.requests[0]!.method, 'POST');
      assert.equal(other.requests[0]!.headers.authorization, 'Bearer test-token');
    }));
  });
}
