// The callback handler in front of a Redis tracker, over real HTTP with real tokens: a payload is stored before its
// 202, and while Redis is gone it gets 503 with Retry-After, so that Graph's redelivery is processed once Redis is back.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCallbackHandler } from '../../src/notifications/handler.js';
import { createNotificationVerifier } from '../../src/notifications/verifier.js';
import { StoreUnavailableError, createRedisTracker } from '../../src/redis/index.js';
import { createTestKeys, type JwksServer, signCallbackToken, startJwksServer, TEST_AUDIENCE, TEST_ISSUER, type TestKey } from '../support/jwt.js';
import type { RedisServer } from '../support/redis-server.js';
import { JSON_TYPE } from '../src/notifications/callbacks.js';
import { listen, send } from '../src/notifications/http.js';
import { type Client, bringBack, freshPrefix, opPayload, takeDown, twoInstances } from './support.js';

describe('createCallbackHandler with a Redis tracker, over HTTP', () => {
  const redis = twoInstances();
  let server: RedisServer;
  let a: Client;
  let b: Client;
  before(() => void ({ server, a, b } = redis));
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

  it('stores before the 202; with Redis gone answers 503 + Retry-After, and takes the redelivery once it is back', async () => {
    const keyPrefix = freshPrefix();
    await using receiving = createRedisTracker({ redis: a, keyPrefix });
    await using waitingSide = createRedisTracker({ redis: b, keyPrefix });
    const rejected: [string, number][] = [];
    const errors: unknown[] = [];
    const verifier = createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: jwks.jwksUri });
    const bot = await listen(createCallbackHandler({ verifier, tracker: receiving, onRejected: (r, s) => void rejected.push([r, s]), onError: (e) => void errors.push(e) }));
    try {
      // Redis up: stored in Redis by the time the 202 is read.
      const first = await deliver(bot.url, JSON.stringify(opPayload('op-up')));
      assert.equal(first.status, 202);
      assert.equal(await b.exists(`${keyPrefix}op:op-up`), 1);
      assert.equal((await waitingSide.waitFor('op-up', { timeoutMs: 20_000 })).status, 'completed');

      const waiting = waitingSide.waitFor('op-down', { timeoutMs: 30_000 });
      const body = JSON.stringify(opPayload('op-down', { clientContext: 'redelivered' }));
      await takeDown(server.url, [a, b]);
      const refused = await deliver(bot.url, body);
      assert.equal(refused.status, 503);
      assert.equal(refused.headers['retry-after'], '5');
      assert.deepEqual(refused.json, { error: { code: 'serviceUnavailable', reason: 'store-unavailable' } });
      assert.deepEqual(rejected, [['store-unavailable', 503]]);
      assert.equal(errors.length, 1);
      assert.ok(errors[0] instanceof StoreUnavailableError, String(errors[0]));

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
});
