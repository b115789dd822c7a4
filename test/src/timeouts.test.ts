// The per-attempt timeout is on by default (30 s): nothing the network or a token callback fails to do holds a
// call forever. The clock is node:test's mock (setTimeout only), so these tests wait for nothing real.
import assert from 'node:assert/strict';
import { type Socket, createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { type TestContext, describe, it } from 'node:test';
import { CommsClient } from '../../src/node.js';
import { TimeoutError } from '../../src/errors.js';
import type { CommsClientOptions } from '../../src/types.js';
import { type Step, accepted, fakeFetch, graphError } from '../support/fake-fetch.js';

const DEFAULT_TIMEOUT_MS = 30_000;
const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

/** Whether `promise` has settled after a bounded number of event-loop turns (setImmediate is not mocked). */
async function settledWithin(promise: Promise<unknown>, turns = 50): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let i = 0; i < turns && !settled; i++) await new Promise((r) => setImmediate(r));
  return settled;
}

function setup(t: TestContext, steps: Step[], options: Partial<CommsClientOptions> = {}) {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const f = fakeFetch(...steps);
  const c = new CommsClient({ auth: 'tok', fetch: f.fetch, ...options });
  return { c, f };
}

/** Rejects with TimeoutError exactly when the default timeout has run out, not a millisecond before. */
async function timesOutAtDefault(t: TestContext, pending: Promise<unknown>): Promise<void> {
  pending.catch(() => {});
  assert.equal(await settledWithin(pending), false, 'still pending before any time passed');
  t.mock.timers.tick(DEFAULT_TIMEOUT_MS - 1);
  assert.equal(await settledWithin(pending), false, 'still pending 1 ms before the default timeout');
  t.mock.timers.tick(1);
  assert.equal(await settledWithin(pending), true, 'settled once the default timeout ran out');
  await assert.rejects(pending, TimeoutError);
}

describe('the default per-attempt timeout (30 s)', () => {
  it('ends an attempt whose headers never come', async (t) => {
    const { c, f } = setup(t, ['hang']);
    await timesOutAtDefault(t, c.cancelMediaProcessing({ callId: 'call-1' }, {}));
    assert.equal(f.calls.length, 1, 'a timeout is not retried');
  });

  it('ends an attempt whose body never ends', async (t) => {
    const stalled = () => new Response(new ReadableStream({ start: (ctl) => ctl.enqueue(new Uint8Array([0x7b])) }), { status: 200 });
    const { c } = setup(t, [stalled()]);
    await timesOutAtDefault(t, c.getOperation('/app/calls/call-1/operations/op-1'));
  });

  it('ends an attempt whose token callback never settles', async (t) => {
    const { c, f } = setup(t, [accepted()], { auth: () => new Promise<string>(() => {}) });
    await timesOutAtDefault(t, c.cancelMediaProcessing({ callId: 'call-1' }, {}));
    assert.equal(f.calls.length, 0);
  });

  it('ends a TLS handshake that never completes (a server that accepts and stays silent)', async (t) => {
    const sockets = new Set<Socket>();
    let connected!: () => void;
    const arrived = new Promise<void>((resolve) => (connected = resolve));
    const server = createServer((s) => {
      sockets.add(s);
      s.on('data', () => connected()); // the ClientHello, never answered
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      t.mock.timers.enable({ apis: ['setTimeout'] });
      const c = new CommsClient({ auth: 'tok', baseUrl: `https://127.0.0.1:${(server.address() as AddressInfo).port}/beta` });
      const pending = c.cancelMediaProcessing({ callId: 'call-1' }, {});
      pending.catch(() => {});
      await arrived;
      assert.equal(await settledWithin(pending), false);
      t.mock.timers.tick(DEFAULT_TIMEOUT_MS);
      assert.equal(await settledWithin(pending, 2000), true, 'the handshake was given up');
      await assert.rejects(pending, TimeoutError);
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('does not count the back-off wait into the next attempt: a Retry-After of 25 s leaves it its 30 s', async (t) => {
    const { c, f } = setup(t, [graphError(503, 'serviceNotAvailable', { 'Retry-After': '25' }), 'hang']);
    const pending = c.cancelMediaProcessing({ callId: 'call-1' }, {});
    pending.catch(() => {});
    await f.called(1);
    assert.equal(await settledWithin(pending), false);
    t.mock.timers.tick(25_000); // the back-off wait ends, the second attempt starts
    await f.called(2);
    t.mock.timers.tick(DEFAULT_TIMEOUT_MS - 1);
    assert.equal(await settledWithin(pending), false, 'the second attempt has its own 30 s');
    t.mock.timers.tick(1);
    await assert.rejects(pending, TimeoutError);
    assert.equal(f.calls.length, 2);
  });

  it('takes timeoutMs to change it', async (t) => {
    const { c } = setup(t, ['hang'], { timeoutMs: 500 });
    const pending = c.cancelMediaProcessing({ callId: 'call-1' }, {});
    pending.catch(() => {});
    t.mock.timers.tick(499);
    assert.equal(await settledWithin(pending), false);
    t.mock.timers.tick(1);
    await assert.rejects(pending, TimeoutError);
  });
});

describe('timeoutMs: Infinity and very long timeouts', () => {
  it('Infinity turns the timeout off: no timer at all, the caller signal still ends the attempt', async () => {
    const f = fakeFetch('hang');
    const c = new CommsClient({ auth: 'tok', fetch: f.fetch, timeoutMs: Infinity });
    const before = timers();
    const controller = new AbortController();
    const pending = c.cancelMediaProcessing({ callId: 'call-1' }, {}, { signal: controller.signal });
    await f.called(1);
    assert.equal(timers(), before, 'no attempt timer');
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });

  it('a timeout beyond what setTimeout can hold is capped, not fired at once', async (t) => {
    const delays: number[] = [];
    const real = globalThis.setTimeout;
    t.mock.method(globalThis, 'setTimeout', ((fn: () => void, ms: number) => (delays.push(ms), real(fn, Math.min(ms, 2 ** 31 - 1)))) as typeof setTimeout);
    const f = fakeFetch('hang');
    const c = new CommsClient({ auth: 'tok', fetch: f.fetch, timeoutMs: 2 ** 40 });
    const controller = new AbortController();
    const pending = c.cancelMediaProcessing({ callId: 'call-1' }, {}, { signal: controller.signal });
    await f.called(1);
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.deepEqual(delays, [2 ** 31 - 1]);
  });

  it('refuses a timeoutMs that is not a positive number', () => {
    for (const timeoutMs of [0, -1, Number.NaN, '5', -Infinity]) {
      assert.throws(() => new CommsClient({ auth: 'tok', timeoutMs: timeoutMs as number }), TypeError);
    }
  });
});
