// createRedisCallRegistry against a real redis-server: the in-memory CallRegistry's behaviours, the state shared
// between instances, the bounds (maxCalls, TTL), and the durable-sink contract (persist, then apply).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { CommsNotifications } from '../../generated/index.js';
import { createClient } from 'redis';
import { createRedisCallRegistry } from '../../src/redis/call-registry.js';
import { call, docs, interposing, recording, roster, slowFirstScript } from './registry-support.js';
import { type Client, freshPrefix, redisSuite } from './support.js';

const ANSWERED = '57dab8b1-894c-409a-b240-bd8beae78896';

describe('createRedisCallRegistry', () => {
  const suite = redisSuite(2);
  const keyPrefix = freshPrefix;
  let a: Client;
  let b: Client;
  before(() => void ([a, b] = suite.clients));

  it("follows call-answer's documented notifications: incoming, establishing, established", async () => {
    const calls = createRedisCallRegistry({ redis: a, keyPrefix: keyPrefix() });
    const seen = recording(calls);
    for (const n of ['call-answer-1', 'call-answer-2', 'call-answer-3']) await calls.apply(docs(n));
    assert.equal((await calls.get(ANSWERED))?.state, 'established');
    assert.deepEqual(seen.map((c) => [c.event, (c.resource as { state?: string }).state]), [
      ['callCreated', 'incoming'],
      ['callStateChanged', 'establishing'],
      ['callStateChanged', 'established'],
    ]);
    assert.equal((seen[2]!.previous as { state?: string }).state, 'establishing');
  });

  it('reports a tone from toneInfo (call-subscribetotone), once per sequenceId', async () => {
    const calls = createRedisCallRegistry({ redis: a, keyPrefix: keyPrefix() });
    const seen = recording(calls);
    await calls.apply(call('updated', { state: 'established' }, ANSWERED));
    await calls.apply(docs('call-subscribetotone'));
    await calls.apply(docs('call-subscribetotone'));
    assert.deepEqual(seen.map((c) => c.event), ['callCreated', 'toneReceived', 'callUpdated']);
  });

  it('applies roster updates: joined, muted (call-mute), unmuted (call-unmute), left', async () => {
    const calls = createRedisCallRegistry({ redis: a, keyPrefix: keyPrefix() });
    const seen = recording(calls);
    const id = '2765eb15-01f8-47c6-b12b-c32111a4a86f';
    await calls.apply(roster('updated', [{ id, isMuted: false }], ANSWERED));
    await calls.apply(docs('call-mute'));
    assert.deepEqual((await calls.participants(ANSWERED)).map((p) => p.isMuted), [true]);
    await calls.apply(docs('call-unmute'));
    await calls.apply(roster('deleted', [{ id }], ANSWERED));
    assert.deepEqual(seen.map((c) => c.event), ['participantJoined', 'participantMuted', 'participantUnmuted', 'participantLeft']);
    assert.deepEqual(await calls.participants('57DAB8B1894C409AB240BD8BEAE78896'), []);
  });

  it('keeps a newer rosterSequenceNumber over an older update that arrives later', async () => {
    const calls = createRedisCallRegistry({ redis: a, keyPrefix: keyPrefix() });
    await calls.apply(roster('updated', [{ id: 'p1', isMuted: true, rosterSequenceNumber: 5 }]));
    await calls.apply(roster('updated', [{ id: 'p1', isMuted: false, rosterSequenceNumber: 4 }]));
    assert.deepEqual((await calls.participants('c1')).map((p) => [p.isMuted, p.rosterSequenceNumber]), [[true, 5]]);
    await calls.apply(roster('updated', [{ id: 'p1', isMuted: false, rosterSequenceNumber: 6 }]));
    assert.deepEqual((await calls.participants('c1')).map((p) => [p.isMuted, p.rosterSequenceNumber]), [[false, 6]]);
  });

  it('removes a deleted call (call-delete) with its participants, from Redis too', async () => {
    const prefix = keyPrefix();
    const calls = createRedisCallRegistry({ redis: a, keyPrefix: prefix });
    const seen = recording(calls);
    await calls.apply(docs('call-delete-1'));
    await calls.apply(roster('updated', [{ id: 'p1' }], ANSWERED));
    assert.equal(await a.exists(`${prefix}call:57dab8b1894c409ab240bd8beae78896`), 1);
    await calls.apply(docs('call-delete-2'));
    assert.equal(await calls.get(ANSWERED), undefined);
    assert.deepEqual(await calls.participants(ANSWERED), []);
    assert.equal(seen.at(-1)!.event, 'callDeleted');
    assert.equal(await a.exists(`${prefix}call:57dab8b1894c409ab240bd8beae78896`), 0);
    assert.equal(await a.zCard(`${prefix}calls`), 0);
  });

  it('shares the state: what one instance applies, another reads (the other on a RESP2 client)', async () => {
    const prefix = keyPrefix();
    const resp2 = await createClient({ url: suite.server.url, RESP: 2 }).connect();
    try {
      const first = createRedisCallRegistry({ redis: a, keyPrefix: prefix });
      const second = createRedisCallRegistry({ redis: resp2, keyPrefix: prefix, maxCalls: 1 });
      const seenBySecond = recording(second);
      await first.apply(call('created', { state: 'incoming' }));
      await second.apply(call('updated', { state: 'established' }));
      await second.apply(roster('updated', [{ id: 'p1' }]));
      assert.equal((await first.get('c1'))?.state, 'established');
      assert.deepEqual((await second.participants('c1')).map((p) => p.id), ['p1']);
      await second.apply(call('created', { state: 'incoming' }, 'c2'));
      assert.equal(second.evictedCount, 1, 'an eviction reply read over RESP2');
      assert.deepEqual(seenBySecond.map((c) => [c.event, (c.previous as { state?: string } | undefined)?.state]), [
        ['callStateChanged', 'incoming'],
        ['participantJoined', undefined],
        ['callCreated', undefined],
      ]);
    } finally {
      await resp2.close();
    }
  });

  it('evicts the call seen least recently past maxCalls, counts it and reports it, on the instance that evicted', async () => {
    const prefix = keyPrefix();
    const evicted: [string, unknown][] = [];
    const first = createRedisCallRegistry({ redis: a, keyPrefix: prefix, maxCalls: 2, onEvicted: (id, state) => evicted.push([id, state.call?.state]) });
    const second = createRedisCallRegistry({ redis: b, keyPrefix: prefix, maxCalls: 2 });
    await first.apply(call('created', { state: 'incoming' }, 'a'));
    await second.apply(call('created', { state: 'incoming' }, 'b'));
    await second.apply(call('updated', { state: 'established' }, 'a'));
    await first.apply(call('created', { state: 'incoming' }, 'c'));
    assert.deepEqual(evicted, [['b', 'incoming']]);
    assert.equal(first.evictedCount, 1);
    assert.equal(second.evictedCount, 0);
    assert.equal((await second.get('a'))?.state, 'established');
    assert.equal(await second.get('b'), undefined);
    assert.equal(await a.exists(`${prefix}call:b`), 0);
    assert.deepEqual(await a.zRange(`${prefix}calls`, 0, -1), ['a', 'c']);
  });

  it('orders calls by when they were written even if the clock of Redis goes back, and never evicts the call it writes', async () => {
    const prefix = keyPrefix();
    // A call written before Redis's clock was set back an hour.
    await a.hSet(`${prefix}call:earlier`, { v: 'x', state: JSON.stringify({ callId: 'earlier', participants: {} }) });
    await a.zAdd(`${prefix}calls`, { score: (Date.now() + 3_600_000) * 1000, value: 'earlier' });
    const evicted: string[] = [];
    const calls = createRedisCallRegistry({ redis: a, keyPrefix: prefix, maxCalls: 1, onEvicted: (id) => evicted.push(id) });
    await calls.apply(call('created', { state: 'incoming' }, 'x'));
    await calls.apply(call('created', { state: 'incoming' }, 'y'));
    assert.deepEqual(evicted, ['earlier', 'x']);
    assert.equal((await calls.get('y'))?.state, 'incoming');
  });

  it('gives every call key and the recency set a TTL, at most callTtlMs, refreshed by each apply', async () => {
    const prefix = keyPrefix();
    const callTtlMs = 60_000;
    const calls = createRedisCallRegistry({ redis: a, keyPrefix: prefix, callTtlMs });
    await calls.apply(call('created', { state: 'incoming' }));
    for (const key of [`${prefix}call:c1`, `${prefix}calls`]) {
      const ttl = await a.pTTL(key);
      assert.ok(ttl > 0 && ttl <= callTtlMs, `${key} has PTTL ${ttl}`);
    }
    await a.pExpire(`${prefix}call:c1`, 5_000);
    await calls.apply(call('updated', { state: 'established' }));
    assert.ok((await a.pTTL(`${prefix}call:c1`)) > 5_000, 'the apply set the TTL back to callTtlMs');
  });

  it('persist writes to Redis and tells no listener; apply of the same payload then tells each change once', async () => {
    const prefix = keyPrefix();
    const receiving = createRedisCallRegistry({ redis: a, keyPrefix: prefix });
    const other = createRedisCallRegistry({ redis: b, keyPrefix: prefix });
    const seen = recording(receiving);
    const seenElsewhere = recording(other);
    const payload = { value: [...call('created', { state: 'incoming' }).value, ...roster('updated', [{ id: 'p1' }, { id: 'p2' }]).value] } as CommsNotifications;
    await receiving.persist(payload);
    await receiving.persist(payload);
    assert.equal(seen.length, 0);
    assert.equal((await other.get('c1'))?.state, 'incoming', 'persisted: another instance reads it');
    await receiving.apply(payload);
    assert.deepEqual(seen.map((c) => c.event), ['callCreated', 'participantJoined', 'participantJoined']);
    assert.equal((await receiving.participants('c1')).length, 2, 'apply after persist did not apply again');
    await receiving.apply(call('updated', { state: 'established' }));
    assert.deepEqual(seen.map((c) => c.event).slice(3), ['callStateChanged'], 'a fresh payload: applied and told');
    assert.equal(seenElsewhere.length, 0, 'listeners hear of their own instance only');
  });

  it('a write that lost the race is computed again on the state that won: an older sequence number stays dropped', async () => {
    const prefix = keyPrefix();
    const winner = createRedisCallRegistry({ redis: b, keyPrefix: prefix });
    await winner.apply(roster('updated', [{ id: 'p1', rosterSequenceNumber: 1 }]));
    // Instance A reads the call, then B writes a newer p1 (and a p2) before A's script runs.
    const connection = interposing(a, () => winner.apply(roster('updated', [{ id: 'p1', isMuted: true, rosterSequenceNumber: 3 }, { id: 'p2' }])));
    const loser = createRedisCallRegistry({ redis: connection, keyPrefix: prefix });
    const seen = recording(loser);
    await loser.apply(roster('updated', [{ id: 'p1', isMuted: false, rosterSequenceNumber: 2 }, { id: 'p3' }]));
    assert.equal(connection.scripts, 2, 'the first write was refused and retried');
    const participants = await winner.participants('c1');
    assert.deepEqual(participants.map((p) => [p.id, p.isMuted, p.rosterSequenceNumber]), [
      ['p1', true, 3],
      ['p2', undefined, undefined],
      ['p3', undefined, undefined],
    ]);
    assert.deepEqual(seen.map((c) => [c.event, c.resource.id]), [['participantJoined', 'p3']], 'the changes are those of the attempt that won');
  });

  it('applies one call\'s payloads in the order they came, even when the first write is slow', async () => {
    const connection = slowFirstScript(a);
    const calls = createRedisCallRegistry({ redis: connection, keyPrefix: keyPrefix() });
    const seen = recording(calls);
    await Promise.all([calls.apply(call('created', { state: 'incoming' })), calls.apply(call('updated', { state: 'established' }))]);
    assert.equal(connection.overtaken, false, 'nothing of the second payload went out before the first was written');
    assert.equal((await calls.get('c1'))?.state, 'established');
    assert.deepEqual(seen.map((c) => c.event), ['callCreated', 'callStateChanged']);
  });

  it('replaces a stored value it cannot read, rather than failing on it forever', async () => {
    const prefix = keyPrefix();
    await a.hSet(`${prefix}call:c1`, { v: 'x', state: '{not json' });
    const calls = createRedisCallRegistry({ redis: a, keyPrefix: prefix });
    assert.equal(await calls.get('c1'), undefined);
    await calls.apply(call('updated', { state: 'established' }));
    assert.equal((await calls.get('c1'))?.state, 'established');
  });

  it('ignores operations and unkeyable entities, keeps running past a throwing listener, and unsubscribes', async () => {
    const prefix = keyPrefix();
    const errors: unknown[] = [];
    const calls = createRedisCallRegistry({ redis: a, keyPrefix: prefix, onListenerError: (e) => errors.push(e) });
    calls.onChange(() => {
      throw new Error('listener bug');
    });
    const after = recording(calls);
    const gone: unknown[] = [];
    calls.onChange((c) => gone.push(c))();
    await calls.apply(docs('call-playprompt'));
    await calls.apply(docs('participant-invite-2')); // a participant with id null
    await calls.apply({} as never);
    assert.equal(await a.zCard(`${prefix}calls`), 0);
    await calls.apply(call('created', {}));
    assert.equal(after.length, 1);
    assert.equal(errors.length, 1);
    assert.equal(gone.length, 0);
  });

  it('refuses bad options with a TypeError', () => {
    assert.throws(() => createRedisCallRegistry({} as never), TypeError);
    assert.throws(() => createRedisCallRegistry({ redis: a, maxCalls: 0 }), /maxCalls/);
    assert.throws(() => createRedisCallRegistry({ redis: a, callTtlMs: 1.5 }), /callTtlMs/);
    assert.throws(() => createRedisCallRegistry({ redis: a, commandTimeoutMs: Infinity }), /commandTimeoutMs/);
    assert.throws(() => createRedisCallRegistry({ redis: a, keyPrefix: 3 as never }), /keyPrefix/);
    const calls = createRedisCallRegistry({ redis: a });
    return assert.rejects(calls.get(''), TypeError);
  });
});
