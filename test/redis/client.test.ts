// The one way the fleet objects call Redis (src/redis/client.ts): refused at once when the client is not ready,
// every failure a StoreUnavailableError with its cause, one deadline for an operation's commands, EVALSHA first and
// the whole script only on NOSCRIPT; then both factories on a real Redis whose script cache was flushed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Deadline, type RedisClientLike, RedisScript, checkClient, command } from '../../src/redis/client.js';
import { StoreUnavailableError, createRedisCallRegistry, createRedisTracker } from '../../src/redis/index.js';
import { call } from './registry-support.js';
import { type Client, freshPrefix, opPayload, redisSuite } from './support.js';

type Sent = { args: readonly string[]; timeout: number | undefined };

/** A client whose every command `answer` decides; what was sent is kept. */
function fakeClient(answer: (args: readonly string[]) => Promise<unknown>, isReady = true): RedisClientLike & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    isReady,
    sendCommand: <T>(args: readonly string[], options?: { timeout?: number }) => {
      sent.push({ args, timeout: options?.timeout });
      return answer(args) as Promise<T>;
    },
    on: () => undefined,
    off: () => undefined,
    duplicate: () => {
      throw new Error('not used here');
    },
  };
}

const unavailable = (message: RegExp, cause?: unknown) => (e: unknown) => {
  assert.ok(e instanceof StoreUnavailableError, String(e));
  assert.match(e.message, message);
  if (cause !== undefined) assert.equal(e.cause, cause);
  return true;
};

describe('command', () => {
  it('refuses at once, sending nothing, while the client is not ready (node-redis would queue it)', async () => {
    const client = fakeClient(() => Promise.resolve('OK'), false);
    await assert.rejects(command(client, ['GET', 'k'], new Deadline(1_000)), unavailable(/not connected \(GET\)/));
    assert.deepEqual(client.sent, []);
  });

  it("gives the answer, and hands node-redis the time left as the command's own timeout", async () => {
    const client = fakeClient(() => Promise.resolve('v'));
    assert.equal(await command(client, ['GET', 'k'], new Deadline(1_000)), 'v');
    const [{ timeout }] = client.sent as [Sent];
    assert.ok(timeout !== undefined && timeout > 0 && timeout <= 1_000, String(timeout));
  });

  it('turns an error reply, and a sendCommand that throws, into StoreUnavailableError with the cause', async () => {
    const reply = new Error('WRONGTYPE Operation against a key holding the wrong kind of value');
    await assert.rejects(command(fakeClient(() => Promise.reject(reply)), ['GET', 'k'], new Deadline(1_000)), unavailable(/GET failed: WRONGTYPE/, reply));
    const thrown = new TypeError('bad argument');
    const throwing = fakeClient(() => {
      throw thrown;
    });
    await assert.rejects(command(throwing, ['GET', 'k'], new Deadline(1_000)), unavailable(/GET failed: bad argument/, thrown));
  });

  it('gives up at the deadline on a command whose answer never comes, and on node-redis timing it out first', async () => {
    // A real command's socket keeps the process alive while the answer is awaited (the timer is unref'd): this stands in for it.
    const socket = setInterval(() => {}, 60_000);
    try {
      await assert.rejects(command(fakeClient(() => new Promise(() => {})), ['GET', 'k'], new Deadline(20)), unavailable(/no answer to GET within 20 ms/));
    } finally {
      clearInterval(socket);
    }
    class TimeoutError extends Error {}
    const timedOut = new TimeoutError('Timeout');
    await assert.rejects(command(fakeClient(() => Promise.reject(timedOut)), ['GET', 'k'], new Deadline(1_000)), unavailable(/no answer to GET within 1000 ms/, timedOut));
    const client = fakeClient(() => Promise.resolve('v'));
    await assert.rejects(command(client, ['GET', 'k'], new Deadline(0)), unavailable(/within 0 ms/));
    assert.deepEqual(client.sent, [], 'nothing is sent once the deadline has passed');
  });
});

describe('RedisScript', () => {
  const script = new RedisScript("return redis.call('GET', KEYS[1])");

  it('runs by SHA1, and sends the script whole only on NOSCRIPT, within the same deadline', async () => {
    const noscript = new Error('NOSCRIPT No matching script. Please use EVAL.');
    const client = fakeClient((args) => (args[0] === 'EVALSHA' ? Promise.reject(noscript) : Promise.resolve('v')));
    assert.equal(await script.run(client, ['k'], ['a'], new Deadline(1_000)), 'v');
    assert.deepEqual(client.sent.map((s) => s.args[0]), ['EVALSHA', 'EVAL']);
    assert.match(client.sent[0]!.args[1]!, /^[0-9a-f]{40}$/);
    assert.deepEqual(client.sent[1]!.args, ['EVAL', script.source, '1', 'k', 'a']);
    assert.ok(client.sent[1]!.timeout! <= client.sent[0]!.timeout!, 'the retry has what is left, not a fresh limit');
  });

  it('does not send the script again for any other failure', async () => {
    const busy = new Error('BUSY Redis is busy running a script');
    const client = fakeClient(() => Promise.reject(busy));
    await assert.rejects(script.run(client, ['k'], [], new Deadline(1_000)), unavailable(/EVALSHA failed: BUSY/, busy));
    assert.equal(client.sent.length, 1);
  });
});

describe('checkClient', () => {
  it('takes anything of a node-redis client shape and refuses the rest with a TypeError', () => {
    const client = fakeClient(() => Promise.resolve(null));
    assert.equal(checkClient(client), client);
    for (const bad of [undefined, null, 'redis://x', {}, { ...client, sendCommand: undefined }, { ...client, duplicate: 1 }, { sendCommand() {}, on() {}, off() {}, duplicate() {} }]) {
      assert.throws(() => checkClient(bad), /^TypeError: redis must be a node-redis client/, String(bad));
    }
  });
});

describe('both factories on a Redis that forgot its scripts (SCRIPT FLUSH)', () => {
  const suite = redisSuite(1);

  it('store once the script is sent whole, and by SHA1 after that', async () => {
    const [redis] = suite.clients as [Client];
    const keyPrefix = freshPrefix();
    const evals = async () => Number(/cmdstat_eval:calls=(\d+)/.exec(await redis.info('commandstats'))?.[1] ?? 0);
    const registry = createRedisCallRegistry({ redis, keyPrefix });
    await using tracker = createRedisTracker({ redis, keyPrefix });
    await redis.scriptFlush();
    const before = await evals();
    await registry.apply(call('created', { state: 'incoming' }));
    await tracker.persist(opPayload('op-1'));
    assert.equal(await evals(), before + 2, 'each script sent whole once, after its NOSCRIPT');
    await registry.apply(call('updated', { state: 'established' }));
    await tracker.persist(opPayload('op-2'));
    assert.equal(await evals(), before + 2, 'then run by its SHA1');
    assert.equal((await registry.get('c1'))?.state, 'established');
    assert.equal(await redis.exists(`${keyPrefix}op:op-2`), 1);
  });
});
