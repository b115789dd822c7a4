// createRedisTracker when Redis goes away, comes back empty, or is too slow: waiters resolve or time out with a
// typed error, stores fail with StoreUnavailableError, nothing hangs and nothing is rejected unheard.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { before, describe, it } from 'node:test';
import { TimeoutError } from '../../src/errors.js';
import { StoreUnavailableError, createRedisTracker } from '../../src/redis/index.js';
import type { RedisServer } from '../support/redis-server.js';
import { type Client, bringBack, connect, freshPrefix, opPayload, startRelay, takeDown, twoInstances } from './support.js';

describe('createRedisTracker through Redis faults', () => {
  const redis = twoInstances();
  let server: RedisServer;
  let a: Client;
  let b: Client;
  before(() => void ({ server, a, b } = redis));

  it('across a restart: a waiter from before resolves from a final dispatched after; one with a short timeout rejects with TimeoutError', async () => {
    const keyPrefix = freshPrefix();
    const backgroundErrors: unknown[] = [];
    await using ta = createRedisTracker({ redis: a, keyPrefix, onError: (e) => void backgroundErrors.push(e) });
    await using tb = createRedisTracker({ redis: b, keyPrefix });
    // A first round trip, so that A's subscriber is up before Redis goes: what reconnects is then what is tested.
    const warm = ta.waitFor('op-warm', { timeoutMs: 20_000 });
    await tb.dispatch(opPayload('op-warm'));
    await warm;

    const survivor = ta.waitFor('op-after-restart', { timeoutMs: 30_000 });
    await takeDown(server.url, [a, b]);
    const shortLived = ta.waitFor('op-never', { timeoutMs: 200 });
    await assert.rejects(tb.dispatch(opPayload('op-while-down')), StoreUnavailableError);
    await assert.rejects(tb.persist(opPayload('op-while-down')), (e: unknown) => e instanceof StoreUnavailableError && /not connected/.test(e.message));
    await assert.rejects(shortLived, (e: unknown) => e instanceof TimeoutError && /op-never/.test(e.message));
    assert.equal(ta.waiterCount, 1, 'the waiter stays through the outage');

    await bringBack(server, [a, b]);
    await tb.dispatch(opPayload('op-after-restart', { clientContext: 'after' }));
    assert.equal((await survivor).clientContext, 'after');
    assert.equal(ta.waiterCount, 0);
    assert.ok(backgroundErrors.length > 0, "the subscriber's lost connection was told to onError");
  });

  it("reads every waiter's key again once its connections are back: a final announced while they were cut is not missed", async () => {
    const keyPrefix = freshPrefix();
    const relay = await startRelay(server.port);
    const cutOff = await connect(relay.url);
    try {
      await using ta = createRedisTracker({ redis: cutOff, keyPrefix });
      await using tb = createRedisTracker({ redis: b, keyPrefix });
      const warm = ta.waitFor('op-warm', { timeoutMs: 20_000 });
      await tb.dispatch(opPayload('op-warm'));
      await warm;

      const waiters = ['op-r1', 'op-r2', 'op-r3'].map((id) => ta.waitFor(id, { timeoutMs: 30_000 }));
      const gone = once(cutOff, 'error');
      relay.cut();
      await gone;
      // Stored and announced while A can hear nothing: only reading the keys again can find them.
      for (const id of ['op-r1', 'op-r2', 'op-r3']) await tb.dispatch(opPayload(id));
      assert.equal(ta.waiterCount, 3);
      relay.open();
      const ops = await Promise.all(waiters);
      assert.deepEqual(
        ops.map((op) => op.status),
        ['completed', 'completed', 'completed'],
      );
    } finally {
      await cutOff.close();
      await relay.close();
    }
  });

  it('gives up on a Redis that does not answer within commandTimeoutMs, with StoreUnavailableError', async () => {
    const keyPrefix = freshPrefix();
    await using tb = createRedisTracker({ redis: b, keyPrefix, commandTimeoutMs: 100 });
    const admin = await connect(server.url);
    try {
      // Scripts wait while clients are paused for writes: Redis is up, and too slow.
      await admin.sendCommand(['CLIENT', 'PAUSE', '60000', 'WRITE']);
      await assert.rejects(tb.persist(opPayload('op-slow')), (e: unknown) => e instanceof StoreUnavailableError && /within 100 ms/.test(e.message));
    } finally {
      await admin.sendCommand(['CLIENT', 'UNPAUSE']);
      await admin.close();
    }
    await tb.persist(opPayload('op-slow'));
    assert.equal(await a.exists(`${keyPrefix}op:op-slow`), 1);
  });
});
