// Durable sinks in the callback handler, with sinks of the test's own making: what is stored before the 202, what
// a failed or slow store answers, and that whatever a sink rejects with reaches onError, never the process.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CommsNotification, CommsNotifications } from '../../../generated/index.js';
import { TimeoutError } from '../../../src/errors.js';
import { createCallbackHandler } from '../../../src/notifications/handler.js';
import { CallRegistry } from '../../../src/calls/registry.js';
import { OperationTracker } from '../../../src/notifications/tracker.js';
import { GOOD, JSON_TYPE, SEED_BODY, stubVerifier, withServer } from './callbacks.js';
import { send } from './http.js';

const unhandled: unknown[] = [];
process.on('unhandledRejection', (e) => unhandled.push(e));

const post = (url: string, body = SEED_BODY) => send(url, { headers: { ...JSON_TYPE, authorization: GOOD }, body });

/** A promise and the function that resolves it. */
function signal<T = void>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createCallbackHandler with durable sinks', () => {
  it('stores with persist before the 202, then dispatches that same payload', async () => {
    const persisted: CommsNotifications[] = [];
    const dispatched = signal<CommsNotifications>();
    const tracker = {
      persist: async (n: CommsNotifications) => void persisted.push(n),
      dispatch: (n: CommsNotifications) => dispatched.resolve(n),
    };
    await withServer({ verifier: stubVerifier, tracker }, async (url) => {
      const res = await post(url);
      assert.equal(res.status, 202);
      assert.equal(persisted.length, 1);
      assert.equal(await dispatched.promise, persisted[0], 'dispatch gets the very object persist stored');
    });
  });

  it('runs every durable sink side by side', async () => {
    const both = { called: 0, all: signal() };
    const persist = () => {
      if (++both.called === 2) both.all.resolve();
      return both.all.promise; // one awaited before the other would never be called
    };
    const applied = signal();
    const tracker = { persist, dispatch: () => undefined };
    const calls = { persist, apply: () => applied.resolve() };
    await withServer({ verifier: stubVerifier, tracker, calls, storeTimeoutMs: 30_000 }, async (url) => {
      assert.equal((await post(url)).status, 202);
      await applied.promise;
    });
    assert.equal(both.called, 2);
  });

  for (const [how, persist] of [
    ['rejects', () => Promise.reject(new Error('store down'))],
    ['throws', () => {
      throw new Error('store down');
    }],
  ] as const) {
    it(`answers 503 with Retry-After when persist ${how}, dispatches nothing, and processes the redelivery`, async () => {
      const rejected: [string, number][] = [];
      const errors: unknown[] = [];
      const seen: CommsNotification[] = [];
      let failing = true;
      let dispatches = 0;
      const dispatched = signal();
      const tracker = {
        persist: (n: CommsNotifications) => (failing ? (persist as (n: CommsNotifications) => Promise<void>)(n) : Promise.resolve()),
        dispatch: () => {
          dispatches++;
          dispatched.resolve();
        },
      };
      const options = { verifier: stubVerifier, tracker, onNotification: (n: CommsNotification) => void seen.push(n), onRejected: (r: string, s: number) => void rejected.push([r, s]), onError: (e: unknown) => void errors.push(e) };
      await withServer(options, async (url) => {
        const refused = await post(url);
        assert.equal(refused.status, 503);
        assert.equal(refused.headers['retry-after'], '5');
        assert.deepEqual(refused.json, { error: { code: 'serviceUnavailable', reason: 'store-unavailable' } });
        assert.deepEqual(rejected, [['store-unavailable', 503]]);
        assert.equal((errors[0] as Error).message, 'store down');
        failing = false;
        const again = await post(url);
        assert.deepEqual([again.status, again.json], [202, { accepted: 1 }], 'a redelivery, not a duplicate');
        await dispatched.promise;
      });
      assert.equal(dispatches, 1);
      assert.equal(seen.length, 1);
    });
  }

  it('answers 503 when the sinks take longer than storeTimeoutMs, and onError is told with a TimeoutError', async () => {
    const errors: unknown[] = [];
    const tracker = { persist: () => new Promise<void>(() => undefined), dispatch: () => assert.fail('nothing is dispatched') };
    await withServer({ verifier: stubVerifier, tracker, storeTimeoutMs: 50, onError: (e) => void errors.push(e) }, async (url) => {
      const res = await post(url);
      assert.equal(res.status, 503);
      assert.equal(res.headers['retry-after'], '5');
    });
    assert.ok(errors[0] instanceof TimeoutError && /storeTimeoutMs \(50 ms\)/.test(errors[0].message), String(errors[0]));
  });

  it("sends what a sink's dispatch or apply rejects with or throws to onError, never unhandled", async () => {
    const errors: unknown[] = [];
    const told = signal();
    const onError = (e: unknown) => {
      errors.push(e);
      if (errors.length === 2) told.resolve();
    };
    const tracker = { dispatch: () => Promise.reject(new Error('dispatch failed')) };
    const calls = {
      apply: () => {
        throw new Error('apply failed');
      },
    };
    await withServer({ verifier: stubVerifier, tracker, calls, onError }, async (url) => {
      assert.equal((await post(url)).status, 202);
      await told.promise;
    });
    assert.deepEqual(errors.map((e) => (e as Error).message).sort(), ['apply failed', 'dispatch failed']);
    assert.deepEqual(unhandled, []);
  });

  it('still takes an OperationTracker and a CallRegistry, which have no persist', async () => {
    const tracker = new OperationTracker();
    const waiting = tracker.waitFor('0fe0623f-d628-42ed-b4bd-8ac290072cc5', { timeoutMs: 20_000 });
    await withServer({ verifier: stubVerifier, tracker, calls: new CallRegistry() }, async (url) => {
      assert.equal((await post(url)).status, 202);
    });
    assert.equal((await waiting).status, 'completed');
  });

  it('refuses a storeTimeoutMs that is not a number > 0', () => {
    for (const bad of [0, -1, Number.NaN, '5000']) {
      assert.throws(() => createCallbackHandler({ verifier: stubVerifier, storeTimeoutMs: bad as number }), /^TypeError: storeTimeoutMs must be a number > 0$/);
    }
  });
});
