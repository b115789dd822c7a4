// createRedisCallRegistry as a fleet uses it: two instances on two clients writing the same call at once (no
// update lost, no older rosterSequenceNumber over a newer one, the bound kept), and Redis going away (every call
// fails with StoreUnavailableError in bounded time, and works again once Redis is back).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { CallChange } from '../../src/calls/state.js';
import { createRedisCallRegistry } from '../../src/redis/call-registry.js';
import { StoreUnavailableError } from '../../src/redis/errors.js';
import { call, recording, roster, sequence } from './registry-support.js';
import { type Client, freshPrefix, ready, redisSuite } from './support.js';

const PARTICIPANTS = 10;
const SEQUENCES = 20;
const updates = Array.from({ length: PARTICIPANTS * SEQUENCES }, (_, i) => ({ id: `p${i % PARTICIPANTS}`, seq: Math.floor(i / PARTICIPANTS) + 1 }));

/**
 * The changes told of one participant, across instances, must be one history: ordered by sequence number, each
 * starts from the one before (a lost update would leave two changes with the same `previous`, an older one
 * written over a newer one a `previous` with a higher number), and it ends at the highest.
 */
function assertOneHistory(changes: CallChange[], id: string): void {
  const mine = changes.filter((c) => c.resource.id === id).sort((x, y) => sequence(x.resource)! - sequence(y.resource)!);
  assert.equal(mine[0]?.event, 'participantJoined', `${id} joined first`);
  assert.equal(mine[0]?.previous, undefined);
  for (let k = 1; k < mine.length; k++) {
    assert.equal(sequence(mine[k]!.previous), sequence(mine[k - 1]!.resource), `${id}: change ${k} starts from change ${k - 1}`);
    assert.ok(sequence(mine[k]!.resource)! > sequence(mine[k - 1]!.resource)!, `${id}: sequence numbers only go up`);
  }
  assert.equal(sequence(mine.at(-1)?.resource), SEQUENCES, `${id} ends at the highest sequence number`);
}

describe('createRedisCallRegistry, two instances at once', () => {
  const suite = redisSuite(2);
  const keyPrefix = freshPrefix;
  let a: Client;
  let b: Client;
  before(() => void ([a, b] = suite.clients));

  it('200 roster updates, shuffled and split over both, fired at once: the highest sequence number wins and none is lost', async () => {
    const everyUpdate = fc.shuffledSubarray(updates, { minLength: updates.length });
    const sides = fc.array(fc.boolean(), { minLength: updates.length, maxLength: updates.length });
    await fc.assert(
      fc.asyncProperty(everyUpdate, sides, async (order, onFirst) => {
        const prefix = keyPrefix();
        const first = createRedisCallRegistry({ redis: a, keyPrefix: prefix });
        const second = createRedisCallRegistry({ redis: b, keyPrefix: prefix });
        const seen = [recording(first), recording(second)];
        await Promise.all(order.map((u, i) => (onFirst[i] ? first : second).apply(roster('updated', [{ id: u.id, rosterSequenceNumber: u.seq }]))));
        const held = await second.participants('c1');
        assert.deepEqual(
          held.map((p) => p.rosterSequenceNumber),
          held.map(() => SEQUENCES),
        );
        assert.equal(held.length, PARTICIPANTS);
        for (let p = 0; p < PARTICIPANTS; p++) assertOneHistory(seen.flat(), `p${p}`);
      }),
      { numRuns: 8, includeErrorInReport: true },
    );
  });

  it('participants added on each instance at once all survive', async () => {
    const prefix = keyPrefix();
    const first = createRedisCallRegistry({ redis: a, keyPrefix: prefix });
    const second = createRedisCallRegistry({ redis: b, keyPrefix: prefix });
    const seen = [recording(first), recording(second)];
    const ids = Array.from({ length: 100 }, (_, i) => `joiner${i}`);
    await Promise.all(ids.map((id, i) => (i % 2 ? first : second).apply(roster('updated', [{ id }]))));
    assert.deepEqual((await first.participants('c1')).map((p) => p.id).sort(), [...ids].sort());
    const joined = seen.flat().filter((c) => c.event === 'participantJoined');
    assert.deepEqual(joined.map((c) => c.resource.id).sort(), [...ids].sort(), 'each told once, as a join');
  });

  it('keeps the fleet within maxCalls when both create calls at once, each eviction counted once', async () => {
    const prefix = keyPrefix();
    const evicted: string[] = [];
    const options = { keyPrefix: prefix, maxCalls: 5, onEvicted: (id: string) => evicted.push(id) };
    const first = createRedisCallRegistry({ redis: a, ...options });
    const second = createRedisCallRegistry({ redis: b, ...options });
    const ids = Array.from({ length: 40 }, (_, i) => `call${i}`);
    await Promise.all(ids.map((id, i) => (i % 2 ? first : second).apply(call('created', { state: 'incoming' }, id))));
    const kept = await a.zRange(`${prefix}calls`, 0, -1);
    assert.equal(kept.length, 5);
    assert.deepEqual((await a.keys(`${prefix}call:*`)).sort(), kept.map((id) => `${prefix}call:${id}`).sort());
    assert.equal(first.evictedCount + second.evictedCount, 35);
    assert.deepEqual([...evicted, ...kept].sort(), [...ids].sort(), 'every call is either kept or reported evicted, once');
  });
});

describe('createRedisCallRegistry when Redis goes away', () => {
  const suite = redisSuite(1);
  let client: Client;
  before(() => void ([client] = suite.clients));
  // The test started this redis-server; it is stopped (or killed) by its own process id.
  const redisPid = async () => Number(/process_id:(\d+)/.exec(await client.info('server'))?.[1]);

  it('rejects apply, persist, get and participants with StoreUnavailableError while it is down, and works again after it restarts', { timeout: 60_000 }, async () => {
    const calls = createRedisCallRegistry({ redis: client, keyPrefix: 'down:', commandTimeoutMs: 1_000 });
    const seen = recording(calls);
    await calls.apply(call('created', { state: 'incoming' }));
    const pid = await redisPid();
    const gone = new Promise((resolve) => client.once('end', resolve).once('error', resolve));
    process.kill(pid, 'SIGKILL');
    await gone;
    const payload = call('updated', { state: 'established' });
    // Not queued for later (node-redis would send it on reconnect): refused at once.
    await assert.rejects(calls.persist(payload), (e: Error) => e instanceof StoreUnavailableError && /not connected/.test(e.message));
    await assert.rejects(calls.apply(call('updated', { state: 'terminated' })), StoreUnavailableError);
    await assert.rejects(calls.get('c1'), StoreUnavailableError);
    await assert.rejects(calls.participants('c1'), StoreUnavailableError);
    await suite.server.restart();
    await ready(client);
    // The restarted Redis is empty (no persistence): the redelivered payload starts the call afresh.
    await calls.apply(payload);
    assert.equal((await calls.get('c1'))?.state, 'established');
    assert.deepEqual(seen.map((c) => c.event), ['callCreated', 'callCreated']);
    assert.ok(client.errors.length > 0, 'the client reported the lost connection');
  });

  it('rejects within commandTimeoutMs when Redis takes a command and never answers it (the process stopped)', { timeout: 60_000 }, async () => {
    await ready(client);
    const calls = createRedisCallRegistry({ redis: client, keyPrefix: 'hung:', commandTimeoutMs: 300 });
    await calls.apply(call('created', { state: 'incoming' }));
    const pid = await redisPid();
    process.kill(pid, 'SIGSTOP');
    try {
      await assert.rejects(calls.apply(call('updated', { state: 'established' })), (e: Error) => e instanceof StoreUnavailableError && /within 300 ms/.test(e.message));
      await assert.rejects(calls.get('c1'), StoreUnavailableError);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    await calls.apply(call('updated', { state: 'terminated' }));
    assert.equal((await calls.get('c1'))?.state, 'terminated');
  });
});
