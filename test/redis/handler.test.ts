// The callback handler in front of the Redis tracker and call registry, over real HTTP with real tokens: a payload is
// stored before its 202, and while Redis is gone it gets 503 with Retry-After, so that Graph's redelivery is
// processed once Redis is back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CommsNotifications } from '../../generated/index.js';
import type { CallRegistry } from '../../src/calls/registry.js';
import type { CallChange } from '../../src/calls/state.js';
import { type CallbackHandlerOptions, createCallbackHandler } from '../../src/notifications/handler.js';
import type { CallsSink, TrackerSink } from '../../src/notifications/sinks.js';
import type { OperationTracker } from '../../src/notifications/tracker.js';
import { createNotificationVerifier } from '../../src/notifications/verifier.js';
import { type RedisCallRegistry, type RedisTracker, StoreUnavailableError, createRedisCallRegistry, createRedisTracker } from '../../src/redis/index.js';
import { createTestKeys, type JwksServer, signCallbackToken, startJwksServer, TEST_AUDIENCE, TEST_ISSUER, type TestKey } from '../support/jwt.js';
import type { RedisServer } from '../support/redis-server.js';
import { JSON_TYPE } from '../src/notifications/callbacks.js';
import { type RawResponse, listen, send } from '../src/notifications/http.js';
import { call } from './registry-support.js';
import { type Client, bringBack, freshPrefix, opPayload, redisSuite, takeDown, twoInstances } from './support.js';

// The in-memory objects and the Redis ones all fit the handler's sinks.
type Fits = [OperationTracker, RedisTracker] extends TrackerSink[] ? ([CallRegistry, RedisCallRegistry] extends CallsSink[] ? true : never) : never;
const fits: Fits = true;

/** The next change `registry` tells this instance's listeners of. */
const nextChange = (registry: RedisCallRegistry) =>
  new Promise<CallChange>((resolve) => {
    const stop = registry.onChange((change) => {
      stop();
      resolve(change);
    });
  });

describe('createCallbackHandler with a Redis tracker, over HTTP', () => {
  const redis = twoInstances();
  let server: RedisServer;
  let a: Client;
  let b: Client;
  before(() => void ({ server, a, b } = redis));
  // The call registry on a Redis of its own, so that it alone is gone while the tracker's stays up.
  const registryRedis = redisSuite(2);
  let key: TestKey;
  let jwks: JwksServer;

  before(async () => {
    [key] = (await createTestKeys(1)) as [TestKey];
    jwks = await startJwksServer([key]);
  });
  after(() => jwks?.close());

  const deliver = async (url: string, body: string) => {
    const token = await signCallbackToken(key, { aud: TEST_AUDIENCE, iss: TEST_ISSUER });
    return send(url, { headers: { ...JSON_TYPE, authorization: `Bearer ${token}` }, body });
  };

  /** A bot's callback server with these sinks, keeping what its onRejected and onError are told. */
  async function startBot(sinks: Pick<CallbackHandlerOptions, 'tracker' | 'calls'>) {
    const rejected: [string, number][] = [];
    const errors: unknown[] = [];
    const verifier = createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: jwks.jwksUri });
    const bot = await listen(createCallbackHandler({ verifier, ...sinks, onRejected: (r, s) => void rejected.push([r, s]), onError: (e) => void errors.push(e) }));
    return { bot, rejected, errors };
  }

  /** The one refusal a payload that could not be stored gets, told once to onRejected and onError. */
  function assertStoreRefused(refused: RawResponse, rejected: [string, number][], errors: unknown[]): void {
    assert.equal(refused.status, 503);
    assert.equal(refused.headers['retry-after'], '5');
    assert.deepEqual(refused.json, { error: { code: 'serviceUnavailable', reason: 'store-unavailable' } });
    assert.deepEqual(rejected, [['store-unavailable', 503]]);
    assert.equal(errors.length, 1);
    assert.ok(errors[0] instanceof StoreUnavailableError, String(errors[0]));
  }

  it('stores before the 202; with Redis gone answers 503 + Retry-After, and takes the redelivery once it is back', async () => {
    const keyPrefix = freshPrefix();
    await using receiving = createRedisTracker({ redis: a, keyPrefix });
    await using waitingSide = createRedisTracker({ redis: b, keyPrefix });
    const { bot, rejected, errors } = await startBot({ tracker: receiving });
    try {
      // Redis up: stored in Redis by the time the 202 is read.
      const first = await deliver(bot.url, JSON.stringify(opPayload('op-up')));
      assert.equal(first.status, 202);
      assert.equal(await b.exists(`${keyPrefix}op:op-up`), 1);
      assert.equal((await waitingSide.waitFor('op-up', { timeoutMs: 20_000 })).status, 'completed');

      const waiting = waitingSide.waitFor('op-down', { timeoutMs: 30_000 });
      const body = JSON.stringify(opPayload('op-down', { clientContext: 'redelivered' }));
      await takeDown(server.url, [a, b]);
      assertStoreRefused(await deliver(bot.url, body), rejected, errors);

      await bringBack(server, [a, b]);
      // The same bytes again, as Graph redelivers them: not taken for a duplicate of the refused one.
      const again = await deliver(bot.url, body);
      assert.equal(again.status, 202);
      assert.deepEqual(again.json, { accepted: 1 });
      assert.equal((await waiting).clientContext, 'redelivered');
      // Accepted now, so a third delivery is the duplicate.
      assert.deepEqual((await deliver(bot.url, body)).json, { accepted: 1, duplicate: true });
      assert.equal(rejected.length, 1);
    } finally {
      await bot.close();
    }
  });
  it('stores the call state and the finals before the 202; with the registry\'s Redis gone answers 503 and applies nothing; the redelivery is applied once', async () => {
    assert.equal(fits, true);
    const [receivingClient, otherClient] = registryRedis.clients as [Client, Client];
    const keyPrefix = freshPrefix();
    await using tracker = createRedisTracker({ redis: a, keyPrefix });
    const calls = createRedisCallRegistry({ redis: receivingClient, keyPrefix });
    const elsewhere = createRedisCallRegistry({ redis: otherClient, keyPrefix });
    const changes: CallChange[] = [];
    calls.onChange((c) => void changes.push(c));
    const heardElsewhere: CallChange[] = [];
    elsewhere.onChange((c) => void heardElsewhere.push(c));
    const { bot, rejected, errors } = await startBot({ tracker, calls });
    const stateInRedis = async () => JSON.parse((await otherClient.hGet(`${keyPrefix}call:c1`, 'state')) ?? 'null')?.call?.state;
    try {
      // Both up: the call's state and the final are in their Redis by the time the 202 is read; the listener of
      // the instance that applied is told once the answer is out.
      const created = nextChange(calls);
      const both = { value: [...call('created', { state: 'incoming' }).value, ...opPayload('op-1', { callId: 'c1' }).value] } as CommsNotifications;
      assert.equal((await deliver(bot.url, JSON.stringify(both))).status, 202);
      assert.equal(await stateInRedis(), 'incoming');
      assert.equal(await b.exists(`${keyPrefix}op:op-1`), 1);
      assert.equal((await created).event, 'callCreated');
      assert.equal((await elsewhere.get('c1'))?.state, 'incoming', 'another instance reads it from Redis');

      // The registry's Redis gone (the tracker's is up, and this payload has no final for it): 503, nothing applied.
      const body = JSON.stringify(call('updated', { state: 'established' }));
      await takeDown(registryRedis.server.url, [receivingClient, otherClient]);
      assertStoreRefused(await deliver(bot.url, body), rejected, errors);

      // Back (empty: no persistence), and nothing of the refused payload was applied meanwhile.
      await bringBack(registryRedis.server, [receivingClient, otherClient]);
      assert.equal(await stateInRedis(), undefined);
      assert.deepEqual(changes.map((c) => c.event), ['callCreated']);

      // Graph's redelivery of the same bytes: taken, in Redis before the 202, told once, and only here.
      const redelivered = nextChange(calls);
      const again = await deliver(bot.url, body);
      assert.equal(again.status, 202);
      assert.deepEqual(again.json, { accepted: 1 });
      assert.equal(await stateInRedis(), 'established');
      assert.equal((await redelivered).resource.state, 'established');
      assert.deepEqual((await deliver(bot.url, body)).json, { accepted: 1, duplicate: true });
      assert.equal((await elsewhere.get('c1'))?.state, 'established');
      assert.deepEqual(changes.map((c) => c.event), ['callCreated', 'callCreated'], 'the redelivery, on a Redis that forgot the call, told once');
      assert.deepEqual(heardElsewhere, [], 'listeners are told by the instance that applied');
      assert.equal(rejected.length, 1);
    } finally {
      await bot.close();
    }
  });
});
