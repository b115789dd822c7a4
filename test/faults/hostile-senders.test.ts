// Senders that try to hold the callback server's sockets and memory: garbage tokens with large bodies, bodies that
// stall or trickle, bodies that never stop. Every one must get its answer while it is still sending (or stalled),
// and then lose the connection: the server does not read what it has no use for.
import assert from 'node:assert/strict';
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createCallbackHandler, type CallbackHandlerOptions } from '../../src/notifications/handler.js';
import { GOOD, JSON_TYPE, opNote, stubVerifier } from '../src/notifications/callbacks.js';
import { listen, rawRequest, type RawExchange } from '../src/notifications/http.js';
import { census, settledCensus, type Census } from './harness.js';

const CHILD = fileURLToPath(new URL('./hostile-server-child.ts', import.meta.url));
const MiB = 1024 * 1024;
const GARBAGE = 'Bearer eyJnYXJiYWdl.bm90IGEgdG9rZW4.c2lnbmF0dXJl';

/** Writes `frame` until the connection refuses more or `limit` bytes are out; true when it was refused. */
async function flood(exchange: RawExchange, frame: Buffer, limit: number): Promise<{ cutOff: boolean; written: number }> {
  let written = 0;
  while (written < limit) {
    if (!(await exchange.write(frame))) return { cutOff: true, written };
    written += frame.byteLength;
  }
  return { cutOff: false, written };
}

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};
const chunkFrame = (size: number) => Buffer.concat([Buffer.from(`${size.toString(16)}\r\n`), Buffer.alloc(size, 0x20), Buffer.from('\r\n')]);

describe('hostile senders against the callback handler', { timeout: 120_000 }, () => {
  it('200 garbage-token senders of a 1 MiB body each get 401 and a closed socket, having sent half; RSS grows < 32 MB', async (t) => {
    const SENDERS = 200;
    const child = fork(CHILD, [], { execArgv: ['--import', 'tsx', '--expose-gc'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const next = async <T>() => ((await once(child, 'message')) as [T])[0];
    try {
      const { url } = await next<{ url: string }>();
      const head = { ...JSON_TYPE, authorization: GARBAGE, 'content-length': MiB };
      const warmUp = rawRequest(url, head, Buffer.alloc(1024, 0x20));
      assert.equal((await warmUp.answer).status, 401);
      await warmUp.closed;
      child.send('baseline');
      const { baseline } = await next<{ baseline: number }>();

      const started = performance.now();
      const half = Buffer.alloc(MiB / 2, 0x20);
      const senders = Array.from({ length: SENDERS }, () => rawRequest(url, head, half));
      // None of them ever sends the second half: an answer can only come from a server that did not wait for it.
      const answers = await Promise.all(senders.map((s) => s.answer));
      const answeredMs = Math.round(performance.now() - started);
      await Promise.all(senders.map((s) => s.closed));
      child.send('peak');
      const { peak, refused } = await next<{ peak: number; refused: number }>();

      assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([401]));
      assert.deepEqual(new Set(answers.map((a) => a.headers.connection)), new Set(['close']));
      assert.deepEqual(new Set(answers.map((a) => JSON.parse(a.text).error.reason)), new Set(['malformed']));
      assert.equal(refused, SENDERS + 1);
      const growthMb = (peak - baseline) / MiB;
      t.diagnostic(`${SENDERS} senders answered within ${answeredMs} ms; server RSS ${(baseline / MiB).toFixed(0)} MB, peak +${growthMb.toFixed(1)} MB`);
      assert.ok(growthMb < 32, `server RSS grew ${growthMb.toFixed(1)} MB`);
    } finally {
      if (child.connected) child.send('exit');
      const [code] = await once(child, 'exit');
      assert.equal(code, 0, 'the server process exits on its own once closed');
    }
  });

  describe('in process', () => {
    const rejected: [string, number][] = [];
    let url: string;
    let close: () => Promise<void>;
    let before_: Census;
    const options: CallbackHandlerOptions = {
      verifier: stubVerifier,
      maxBodyBytes: 64 * 1024,
      bodyTimeoutMs: 150,
      onNotification: () => undefined,
      onRejected: (reason, status) => void rejected.push([reason, status]),
    };
    before(async () => {
      before_ = census();
      const s = await listen(createCallbackHandler(options));
      s.server.requestTimeout = 0; // only the handler's bound may end a slow body
      ({ url, close } = s);
    });
    after(async () => {
      await close();
      assert.deepEqual(await settledCensus(before_), before_, 'no socket or timer left behind');
    });

    it('a body that stalls after one byte gets 408 and a closed socket', async () => {
      rejected.length = 0;
      const stalled = rawRequest(url, { ...JSON_TYPE, authorization: GOOD, 'content-length': 100 }, '{');
      const answer = await stalled.answer;
      assert.equal(answer.status, 408);
      assert.equal(answer.headers.connection, 'close');
      assert.equal(JSON.parse(answer.text).error.code, 'requestTimeout');
      await stalled.closed;
      assert.deepEqual(rejected, [['body-timeout', 408]]);
    });

    it('a body that trickles in gets 408 while it is still trickling', async () => {
      rejected.length = 0;
      const trickle = rawRequest(url, { ...JSON_TYPE, authorization: GOOD, 'content-length': 10_000 }, '{');
      let sent = 1;
      const drip = setInterval(() => void trickle.write(' ').then((ok) => ok && sent++), 10);
      try {
        assert.equal((await trickle.answer).status, 408);
        await trickle.closed;
      } finally {
        clearInterval(drip);
      }
      assert.ok(sent < 10_000, `${sent} bytes`);
      assert.deepEqual(rejected, [['body-timeout', 408]]);
    });

    const floods: [string, Record<string, string | number>, Buffer, number, string][] = [
      ['a valid sender whose chunked body passes maxBodyBytes gets 413', { authorization: GOOD, 'transfer-encoding': 'chunked' }, chunkFrame(64 * 1024), 413, 'too-large'],
      ['a declared Content-Length over maxBodyBytes gets 413', { authorization: GOOD, 'content-length': 512 * MiB }, Buffer.alloc(64 * 1024, 0x20), 413, 'too-large'],
      ['a garbage token with an endless chunked body gets 401', { authorization: GARBAGE, 'transfer-encoding': 'chunked' }, chunkFrame(64 * 1024), 401, 'signature'],
    ];
    for (const [name, head, frame, status, reason] of floods) {
      it(`${name} and is cut off, not drained`, async () => {
        rejected.length = 0;
        const sender = rawRequest(url, { ...JSON_TYPE, ...head });
        const { cutOff, written } = await flood(sender, frame, 512 * MiB);
        assert.equal((await sender.answer).status, status);
        assert.ok(cutOff, `the server read all ${written} bytes`);
        await sender.closed;
        assert.deepEqual(rejected, [[reason, status]]);
      });
    }

    it('a sender that leaves while its token is being checked is not waited for', async () => {
      const checking = deferred();
      const verdict = deferred();
      const slow: CallbackHandlerOptions = { ...options, verifier: { verify: () => (checking.resolve(), verdict.promise) } };
      const s = await listen(createCallbackHandler(slow));
      try {
        const serverSide = new Promise<void>((resolve) => s.server.once('connection', (socket) => socket.once('close', () => resolve())));
        rejected.length = 0;
        const leaving = rawRequest(s.url, { ...JSON_TYPE, authorization: GOOD, 'content-length': 100 }, '{');
        await checking.promise;
        leaving.socket.destroy();
        await serverSide;
        verdict.resolve(); // the token passes, but there is no body left to wait for, and nobody to answer
        await turns(5);
        assert.deepEqual(rejected, []);
      } finally {
        await s.close();
      }
    });

    it('a good sender on the same server is still answered 202 and keeps its connection', async () => {
      const body = JSON.stringify({ value: [opNote('o')] });
      const good = rawRequest(url, { ...JSON_TYPE, authorization: GOOD, 'content-length': Buffer.byteLength(body) }, body);
      const answer = await good.answer;
      assert.equal(answer.status, 202);
      assert.equal(answer.headers.connection, 'keep-alive');
      good.socket.destroy();
      await good.closed;
    });
  });
});
