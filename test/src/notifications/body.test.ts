// readBody's two ways of taking a callback body: at once when node:http already holds all of it (no timer), or
// by waiting for the rest within bodyTimeoutMs. Timers are counted through process.getActiveResourcesInfo().
import assert from 'node:assert/strict';
import { once } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { readBody } from '../../../src/notifications/body.js';
import { createCallbackHandler } from '../../../src/notifications/handler.js';
import { GOOD, JSON_TYPE, SEED_BODY, stubVerifier } from './callbacks.js';
import { listen, rawRequest, send } from './http.js';

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
const LIMITS = { maxBytes: 1024, timeoutMs: 10_000 };

/** A request as node:http leaves it once bytes of the body are in: buffered, its end perhaps not parsed yet. */
function arrived(bytes: string, head: { length?: number; complete?: boolean } = {}): IncomingMessage & Readable {
  const headers = head.length === undefined ? {} : { 'content-length': String(head.length) };
  const req = Object.assign(new Readable({ read() {} }), { headers, complete: head.complete ?? false });
  req.push(Buffer.from(bytes));
  return req as unknown as IncomingMessage & Readable;
}

describe('readBody', () => {
  it('takes a body whose Content-Length bytes are all in without a timer, and the stream still ends by itself', async () => {
    const req = arrived(SEED_BODY, { length: Buffer.byteLength(SEED_BODY) });
    const before = timers();
    const reading = readBody(req, LIMITS);
    assert.equal(timers(), before, 'no wait to bound');
    assert.deepEqual(await reading, { kind: 'ok', body: Buffer.from(SEED_BODY), whole: true });
    const ended = once(req, 'end');
    req.push(null); // the parser reaching the message's end
    await ended;
  });

  it('waits for a body not all in yet, within the time allowed, and leaves no timer behind', async () => {
    const req = arrived('{"value"', { length: 12 });
    const before = timers();
    const reading = readBody(req, LIMITS);
    assert.equal(timers(), before + 1, 'the wait is bounded');
    req.push(Buffer.from(':[]}'));
    req.push(null);
    const result = await reading;
    assert.equal(result.kind, 'ok');
    assert.equal(Buffer.from((result as { body: Uint8Array }).body).toString(), '{"value":[]}');
    assert.equal(timers(), before);
  });

  it('refuses a body the parser saw the end of (chunked, no Content-Length) past maxBytes', async () => {
    const req = arrived('x'.repeat(LIMITS.maxBytes + 1), { complete: true });
    req.push(null);
    assert.deepEqual(await readBody(req, LIMITS), { kind: 'too-large' });
  });

  it('reads in the usual way a stream someone else set to characters', async () => {
    const req = arrived('{"value":[]}', { length: 12 });
    req.setEncoding('utf8');
    const before = timers();
    const reading = readBody(req, LIMITS);
    assert.equal(timers(), before + 1);
    req.push(null);
    assert.equal(Buffer.from(((await reading) as { body: Uint8Array }).body).toString(), '{"value":[]}');
  });
});

describe('createCallbackHandler: the body wait', () => {
  it('leaves no timer behind, for a body sent with its headers or one that trickles in', async () => {
    const s = await listen(createCallbackHandler({ verifier: stubVerifier }));
    try {
      const before = timers();
      const headers = { ...JSON_TYPE, authorization: GOOD };
      assert.equal((await send(s.url, { headers, body: SEED_BODY })).status, 202);
      assert.equal(timers(), before);

      const half = Math.floor(SEED_BODY.length / 2);
      const slow = rawRequest(s.url, { ...headers, 'content-length': Buffer.byteLength(SEED_BODY) }, SEED_BODY.slice(0, half));
      // The handler is waiting for the rest once its timer is set; a bounded number of turns, no clock.
      for (let turn = 0; timers() === before && turn < 10_000; turn++) await new Promise((r) => setImmediate(r));
      assert.equal(timers(), before + 1, 'the body wait is bounded');
      await slow.write(SEED_BODY.slice(half));
      assert.equal((await slow.answer).status, 202);
      assert.equal(timers(), before);
      slow.socket.destroy();
    } finally {
      await s.close();
    }
  });
});
