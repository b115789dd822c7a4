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
const turn = () => new Promise((resolve) => setImmediate(resolve));
/** Waits, a bounded number of event-loop turns and no clock, for the number of timers to become `count`. */
async function timersBecome(count: number): Promise<void> {
  for (let i = 0; timers() !== count && i < 1000; i++) await turn();
  assert.equal(timers(), count);
}
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
    await turn();
    assert.equal(timers(), before, 'no wait to bound');
    assert.deepEqual(await reading, { kind: 'ok', body: Buffer.from(SEED_BODY), whole: true });
    const ended = once(req, 'end');
    req.push(null); // the parser reaching the message's end
    await ended;
  });

  it('takes at once a body pushed just after it was asked for, as node:http pushes the packet the headers came in', async () => {
    const req = arrived('', { length: Buffer.byteLength(SEED_BODY) });
    const before = timers();
    const reading = readBody(req, LIMITS);
    req.push(Buffer.from(SEED_BODY)); // the parser, once the request listener has returned
    await turn();
    assert.equal(timers(), before, 'no wait to bound');
    assert.deepEqual(await reading, { kind: 'ok', body: Buffer.from(SEED_BODY), whole: true });
  });

  it('waits for a body not all in yet, within the time allowed, and leaves no timer behind', async () => {
    const req = arrived('{"value"', { length: 12 });
    const before = timers();
    const reading = readBody(req, LIMITS);
    await timersBecome(before + 1); // the wait is bounded
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
    await timersBecome(before + 1);
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
      await timersBecome(before + 1); // the handler waits for the rest, bounded
      await slow.write(SEED_BODY.slice(half));
      assert.equal((await slow.answer).status, 202);
      assert.equal(timers(), before);
      slow.socket.destroy();
    } finally {
      await s.close();
    }
  });
});
