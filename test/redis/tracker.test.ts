// createRedisTracker as a fleet uses it: two instances, each with its own node-redis client, on one real Redis.
import assert from 'node:assert/strict';
import { afterEach, before, describe, it } from 'node:test';
import type { TrackerEviction } from '../../src/notifications/tracker.js';
import { AbortError, NotificationParseError, TimeoutError } from '../../src/errors.js';
import { type RedisTracker, type RedisTrackerOptions, StoreUnavailableError, createRedisTracker } from '../../src/redis/index.js';
import type { RedisServer } from '../support/redis-server.js';
import { type Client, connect, freshPrefix, opPayload, twoInstances } from './support.js';

describe('createRedisTracker: two instances on one Redis', () => {
  const redis = twoInstances();
  let server: RedisServer;
  let a: Client;
  let b: Client;
  before(() => void ({ server, a, b } = redis));
  const open: RedisTracker[] = [];
  let prefix = '';

  afterEach(async () => {
    await Promise.all(open.splice(0).map((t) => t.close()));
  });

  /** Instance A on client a and instance B on client b, both on this test's own key prefix. */
  function fleet(options: Partial<RedisTrackerOptions> = {}): { ta: RedisTracker; tb: RedisTracker } {
    prefix = freshPrefix();
    const ta = createRedisTracker({ redis: a, keyPrefix: prefix, ...options });
    const tb = createRedisTracker({ redis: b, keyPrefix: prefix, ...options });
    open.push(ta, tb);
    return { ta, tb };
  }

  it('resolves a waitFor on one instance from a dispatch on the other, with the operation as sent', async () => {
    const { ta, tb } = fleet();
    const waiting = ta.waitFor({ callId: 'call-1', operationId: 'op-1' }, { timeoutMs: 20_000 });
    assert.equal(ta.waiterCount, 1);
    await tb.dispatch(opPayload('op-1', { clientContext: 'ctx-1', resultInfo: { code: 200, subcode: 0 } }));
    const op = await waiting;
    assert.equal(op.status, 'completed');
    assert.equal(op.clientContext, 'ctx-1');
    assert.deepEqual(op.resultInfo, { code: 200, subcode: 0 });
    assert.equal(ta.waiterCount, 0);
  });

  it('keeps a final dispatched before anyone waits, for the first waiter on any instance, and for later ones', async () => {
    const { ta, tb } = fleet();
    await tb.dispatch(opPayload('0FE0623FD62842EDB4BD8AC290072CC5', { callId: '57DAB8B1894C409AB240BD8BEAE78896' }));
    // Graph spells one GUID two ways; the Location's dashed lowercase form finds the notification's.
    const first = await ta.waitFor('https://graph.microsoft.com/v1.0/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896/operations/0fe0623f-d628-42ed-b4bd-8ac290072cc5', { timeoutMs: 20_000 });
    assert.equal(first.status, 'completed');
    assert.equal((await tb.waitFor('0fe0623f-d628-42ed-b4bd-8ac290072cc5', { timeoutMs: 20_000 })).status, 'completed');
    // A waiter naming another call is not answered by it.
    await assert.rejects(ta.waitFor({ callId: 'another-call', operationId: '0fe0623f-d628-42ed-b4bd-8ac290072cc5' }, { timeoutMs: 300 }), TimeoutError);
  });

  it('stores each final with a TTL no longer than maxPendingAgeMs', async () => {
    const { tb } = fleet({ maxPendingAgeMs: 60_000 });
    await tb.dispatch(opPayload('op-ttl'));
    const ttl = await a.pTTL(`${prefix}op:op-ttl`);
    assert.ok(ttl > 0 && ttl <= 60_000, `PTTL ${ttl}`);
    assert.equal(await a.zCard(`${prefix}ops`), 1);
  });

  it('bounds the kept finals by count: the oldest goes, its key with it, told to the instance that evicted it', async () => {
    const evictions: TrackerEviction[] = [];
    const { ta, tb } = fleet({ maxPending: 3, onEvicted: (e) => void evictions.push(e) });
    for (const id of ['op-1', 'op-2', 'op-3']) await tb.dispatch(opPayload(id));
    assert.equal(evictions.length, 0);
    await ta.dispatch(opPayload('op-4', { callId: 'call-4' }));
    await tb.dispatch(opPayload('op-5'));
    assert.deepEqual(
      evictions.map((e) => [e.operationId, e.callId, e.reason, e.operation.status]),
      [
        ['op-1', 'call-1', 'count', 'completed'],
        ['op-2', 'call-1', 'count', 'completed'],
      ],
    );
    assert.equal(ta.evictedCount, 1, 'A evicted op-1 when it stored op-4');
    assert.equal(tb.evictedCount, 1, 'B evicted op-2 when it stored op-5');
    assert.equal(await a.exists([`${prefix}op:op-1`, `${prefix}op:op-2`]), 0);
    assert.equal(await a.exists([`${prefix}op:op-3`, `${prefix}op:op-4`, `${prefix}op:op-5`]), 3);
    assert.deepEqual(await a.zRange(`${prefix}ops`, 0, -1), ['op-3', 'op-4', 'op-5']);
    await assert.rejects(ta.waitFor('op-1', { timeoutMs: 300 }), TimeoutError);
  });

  it('drops a final a waiter had without reporting it as lost', async () => {
    const evictions: TrackerEviction[] = [];
    const { tb } = fleet({ maxPending: 1, onEvicted: (e) => void evictions.push(e) });
    const waiting = tb.waitFor('op-had', { timeoutMs: 20_000 });
    await tb.dispatch(opPayload('op-had'));
    assert.equal((await waiting).status, 'completed');
    await tb.dispatch(opPayload('op-unclaimed')); // op-had goes: no loss
    await tb.dispatch(opPayload('op-last')); // op-unclaimed goes unclaimed
    assert.deepEqual(
      evictions.map((e) => e.operationId),
      ['op-unclaimed'],
    );
    assert.equal(tb.evictedCount, 1);
  });

  it('evicts in the order the finals came, even within one microsecond, one payload, or after the clock of Redis went back', async () => {
    const evictions: string[] = [];
    const { tb } = fleet({ maxPending: 2, onEvicted: (e) => void evictions.push(e.operationId) });
    // One payload, one script run, one reading of the clock: its finals in the payload's order, not by name.
    const payload = { value: ['op-z', 'op-y', 'op-x'].flatMap((id) => opPayload(id).value) };
    await tb.persist(payload);
    assert.deepEqual(evictions, ['op-z']);
    assert.deepEqual(await a.zRange(`${prefix}ops`, 0, -1), ['op-y', 'op-x']);
    // A final kept when Redis's clock read an hour later: what is stored now still counts as newer.
    await a.set(`${prefix}op:op-ahead`, JSON.stringify({ operationId: 'op-ahead', operation: { status: 'completed' } }));
    await a.zAdd(`${prefix}ops`, { score: (Date.now() + 3_600_000) * 1000, value: 'op-ahead' });
    await tb.persist(opPayload('op-now'));
    assert.deepEqual(await a.zRange(`${prefix}ops`, 0, -1), ['op-ahead', 'op-now']);
    await tb.persist(opPayload('op-later'));
    assert.deepEqual(evictions, ['op-z', 'op-y', 'op-x', 'op-ahead']);
    assert.deepEqual(await a.zRange(`${prefix}ops`, 0, -1), ['op-now', 'op-later']);
  });

  it('settles each waiter once on duplicate deliveries, and the first final wins', async () => {
    const { ta, tb } = fleet();
    const waiters = [ta.waitFor('op-dup', { timeoutMs: 20_000 }), ta.waitFor('op-dup', { timeoutMs: 20_000 }), tb.waitFor('op-dup', { timeoutMs: 20_000 })];
    const settled: string[] = [];
    for (const [i, w] of waiters.entries()) void w.then((op) => settled.push(`${i}:${op.status}`));
    const payload = opPayload('op-dup');
    await Promise.all([tb.dispatch(payload), tb.dispatch(payload), ta.dispatch(opPayload('op-dup'))]);
    await ta.dispatch(opPayload('op-dup', { status: 'failed' }));
    const ops = await Promise.all(waiters);
    assert.deepEqual(
      ops.map((op) => op.status),
      ['completed', 'completed', 'completed'],
    );
    assert.deepEqual(settled.sort(), ['0:completed', '1:completed', '2:completed']);
    assert.equal(ta.waiterCount + tb.waiterCount, 0);
    assert.equal(await a.zCard(`${prefix}ops`), 1);
    assert.equal(JSON.parse((await a.get(`${prefix}op:op-dup`))!).operation.status, 'completed');
    assert.equal((await tb.waitFor('op-dup', { timeoutMs: 20_000 })).status, 'completed');
  });

  it('still resolves waiters on A when instance B stored a final and then died', async () => {
    prefix = freshPrefix();
    const ta = createRedisTracker({ redis: a, keyPrefix: prefix });
    open.push(ta);
    const c = await connect(server.url);
    const tc = createRedisTracker({ redis: c, keyPrefix: prefix });
    const waiting = ta.waitFor('op-orphan', { timeoutMs: 20_000 });
    const onDoomed = tc.waitFor('op-never', { timeoutMs: 20_000 });
    // What the handler does before it answers 202; the instance is gone before its dispatch would run.
    await tc.persist(opPayload('op-orphan'));
    c.destroy();
    assert.equal((await waiting).status, 'completed');
    await tc.close();
    await assert.rejects(onDoomed, AbortError);
    await assert.rejects(tc.waitFor('op-after', { timeoutMs: 20_000 }), AbortError);
    await assert.rejects(tc.persist(opPayload('op-after')), StoreUnavailableError);
    assert.ok(a.isReady, "closing a tracker leaves the application's client alone");
  });

  it('does not store again what persist stored, for the same object; stores a fresh one', async () => {
    const { ta, tb } = fleet();
    const payload = opPayload('op-p');
    await tb.persist(payload);
    await a.del(`${prefix}op:op-p`);
    const local = tb.waitFor('op-p', { timeoutMs: 20_000 });
    await tb.dispatch(payload);
    assert.equal((await local).status, 'completed', "the dispatching instance's own waiters are settled from the payload");
    assert.equal(await a.exists(`${prefix}op:op-p`), 0);
    await tb.dispatch(opPayload('op-p'));
    assert.equal((await ta.waitFor('op-p', { timeoutMs: 20_000 })).status, 'completed');
  });

  it('parses a string and a Buffer body, and throws NotificationParseError for one that is no payload', async () => {
    const { ta, tb } = fleet();
    const fromText = ta.waitFor('op-text', { timeoutMs: 20_000 });
    const fromBytes = ta.waitFor('op-bytes', { timeoutMs: 20_000 });
    await tb.dispatch(JSON.stringify(opPayload('op-text', { status: 'Completed' })));
    await tb.dispatch(Buffer.from(JSON.stringify(opPayload('op-bytes', { status: 'Failed', resultInfo: { code: 400, subcode: 8508 } }))));
    assert.equal((await fromText).status, 'completed');
    assert.equal((await fromBytes).resultInfo?.subcode, 8508);
    assert.throws(() => tb.dispatch('{"value": 1}'), NotificationParseError);
    assert.throws(() => tb.dispatch(new Uint8Array([0xff, 0xfe])), NotificationParseError);
  });

  it('ignores operations that are not final', async () => {
    const { ta, tb } = fleet();
    const waiting = ta.waitFor('op-run', { timeoutMs: 20_000 });
    for (const status of ['notStarted', 'running']) await tb.dispatch(opPayload('op-run', { status }));
    assert.equal(await a.exists(`${prefix}op:op-run`), 0);
    assert.equal(ta.waiterCount, 1);
    await tb.dispatch(opPayload('op-run'));
    assert.equal((await waiting).status, 'completed');
  });

  it("answers at once for a result whose operation is final, and ends waits by timeout or the caller's signal", async () => {
    const { ta } = fleet();
    const done = await ta.waitFor({ callId: 'c', operationId: 'op-now', operation: { status: 'completed' } });
    assert.equal(done.status, 'completed');
    await assert.rejects(ta.waitFor('op-none', { timeoutMs: 50 }), (e: unknown) => e instanceof TimeoutError && /op-none/.test(e.message));
    const controller = new AbortController();
    const aborted = ta.waitFor('op-none', { signal: controller.signal });
    controller.abort();
    await assert.rejects(aborted, AbortError);
    await assert.rejects(ta.waitFor('op-none', { signal: AbortSignal.abort() }), AbortError);
    await assert.rejects(ta.waitFor('', {}), TypeError);
    await assert.rejects(ta.waitFor('op-none', { timeoutMs: -1 }), TypeError);
    assert.equal(ta.waiterCount, 0);
  });

  it('refuses bad options with a TypeError naming them', () => {
    assert.throws(() => createRedisTracker(undefined as never), TypeError);
    assert.throws(() => createRedisTracker({ redis: {} as never }), /redis must be a node-redis client/);
    for (const [name, value] of [
      ['maxPending', 0],
      ['maxPending', 1.5],
      ['maxPendingAgeMs', -1],
      ['commandTimeoutMs', Infinity],
      ['keyPrefix', 3],
      ['onEvicted', 'log'],
    ] as const) {
      assert.throws(() => createRedisTracker({ redis: a, [name]: value }), new RegExp(`^TypeError: ${name} must be`), name);
    }
  });
});
