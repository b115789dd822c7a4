// Issue 12's fleet test: 3 bot processes (fleet-bot.ts) share one real redis-server, each with its own callback
// server; the kit's fake Graph, here, spreads the notifications round-robin over them and sends every 20th
// operation's final before its answer. 1,000 prompts are started from instances picked by a seeded PRNG and awaited
// on the instance that started them; one instance is SIGKILLed once half have been started. Every waiter on a
// survivor must resolve exactly once with its own operation; the killed instance's operations are accounted for
// apart, and their finals are still in Redis for the waiter that replaces it; the POSTs that hit the dead instance
// were redelivered; no process is left. Only events are waited for: the file's timeout is the backstop.
import assert from 'node:assert/strict';
import { connect as connectTcp } from 'node:net';
import { performance } from 'node:perf_hooks';
import { it } from 'node:test';
import { idKey } from '../../src/ids.js';
import { createRedisTracker } from '../../src/redis/index.js';
import { type Delivery, type FakeGraph, startFakeGraph } from '../../src/testing/index.js';
import { seededRandom } from '../../src/testing/faults.js';
import { percentile } from '../support/percentile.js';
import { type RedisServer, startRedis } from '../support/redis-server.js';
import { Bot, type Outcome, type Resolved } from './fleet-support.js';
import { connect, freshPrefix } from './support.js';

const OPERATIONS = 1000;
const INSTANCES = 3;
const EARLY_EVERY = 20; // 5%: their final reaches the fleet before the caller has their 202
const IN_FLIGHT = 30;
const SEED = 0xf1ee7;
const BALANCER = 'http://127.0.0.1:9/fleet'; // each call's callbackUri: what the balancer's address would be
const WAIT_TIMEOUT_MS = 120_000;

const gone = (pid: number) => {
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
};
const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connectTcp(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', (e: NodeJS.ErrnoException) => resolve(e.code === 'ECONNREFUSED'));
  });
/** The POSTs of one payload, first to last. */
const chainOf = (first: Delivery) => {
  const chain = [first];
  while (chain.at(-1)!.redelivery) chain.push(chain.at(-1)!.redelivery!);
  return chain;
};

it(`${INSTANCES} bot processes on one Redis: ${OPERATIONS} operations, one instance killed halfway, nothing lost`, async () => {
  const random = seededRandom(SEED);
  let redis: RedisServer | undefined;
  let graph: FakeGraph | undefined;
  const bots: Bot[] = [];
  try {
    redis = await startRedis();
    graph = await startFakeGraph({ finalsBeforeAnswer: { every: EARLY_EVERY } });
    const keyPrefix = freshPrefix();
    const config = { redisUrl: redis.url, keyPrefix, graph: { url: graph.url, appId: graph.appId, openIdConfigurationUri: graph.openIdConfigurationUri } };
    for (let n = 0; n < INSTANCES; n++) bots.push(new Bot(n, config));
    await Promise.all(bots.map((b) => b.ready()));
    graph.setCallbackUris(bots.map((b) => b.callbackUri));
    const fake = graph;
    const calls = Array.from({ length: OPERATIONS }, () => fake.addCall({ callbackUri: BALANCER }));

    const startedOn: Bot[] = [];
    const outcomes: Outcome[] = [];
    const earlyAtWait = new Set<number>();
    const finishing: Promise<unknown>[] = [];
    const problems: string[] = [];
    const victim = bots[Math.floor(random() * INSTANCES)]!;
    let killedAfter = -1;
    const t0 = performance.now();
    let next = 0;
    const draws = Array.from({ length: OPERATIONS }, () => random()); // drawn up front: op i always gets draw i
    const operate = async (i: number) => {
      const living = bots.filter((b) => b.alive);
      const bot = living[Math.floor(draws[i]! * living.length)]!;
      startedOn[i] = bot;
      outcomes[i] = await bot.run(i, calls[i]!.id, (operationId) => {
        const [op, ...more] = calls[i]!.operations.values();
        if (!op || more.length > 0 || idKey(op.id) !== idKey(operationId)) return void problems.push(`#${i}: the bot waits for ${operationId}, Graph ran ${op?.id}`);
        // Its waitFor is registered: now Graph ends the prompt, unless that happened before the 202.
        if (op.status === 'running') finishing.push(fake.finishMedia(calls[i]!.id).catch((e: unknown) => problems.push(`#${i}: finishMedia: ${String(e)}`)));
        else earlyAtWait.add(i);
      });
    };
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (next < OPERATIONS) {
          const i = next++;
          if (i === OPERATIONS / 2) {
            killedAfter = i;
            await victim.kill();
          }
          await operate(i);
        }
      }),
    );
    await Promise.all(finishing);
    await fake.idle();
    const wallMs = performance.now() - t0;

    // Every operation started on a survivor: resolved, once, with its own operation.
    const survivors = bots.filter((b) => b !== victim);
    const onSurvivors = outcomes.filter((_, i) => startedOn[i] !== victim);
    const notResolved = onSurvivors.filter((o) => o.type !== 'resolved');
    const said = () => survivors.map((b) => `bot ${b.index}: ${b.stderr.trim() || '(nothing on stderr)'}`).join('\n');
    assert.deepEqual(notResolved.slice(0, 5), [], `${notResolved.length} operations on surviving instances did not resolve\n${said()}`);
    for (const o of onSurvivors as Resolved[]) {
      assert.equal(idKey(o.got.id ?? ''), idKey(o.operationId), `#${o.i} resolved with another operation`);
      assert.deepEqual([o.got.status, o.got.clientContext], ['completed', `op-${o.i}`], `#${o.i}`);
    }
    // Exactly one settlement reported per operation, none on the killed instance after the first.
    const settlements = (b: Bot, i: number) => (b.reports.get(i) ?? []).filter((r) => r.type === 'resolved' || r.type === 'failed').length;
    const doubled = startedOn.flatMap((b, i) => (settlements(b, i) === (b === victim ? Math.min(1, settlements(b, i)) : 1) ? [] : [`#${i}`]));
    assert.deepEqual(doubled, [], 'an operation was settled more than once, or never');
    assert.ok(bots.every((b) => [...b.reports.keys()].every((i) => startedOn[i] === b)), 'a bot reported an operation it was not given');
    assert.deepEqual(problems, []);

    // The killed instance's operations, apart: those it had resolved, and the waiters that died with it. Each one
    // Graph ran still has its final in Redis (or gets it now, as Graph would end the prompt anyway), for a waiter
    // that takes over.
    const onVictim = outcomes.filter((_, i) => startedOn[i] === victim);
    const diedWith = onVictim.filter((o) => o.type !== 'resolved');
    assert.ok(onVictim.every((o) => o.type === 'resolved' || o.type === 'lost'), 'the killed instance failed no waiter before it died');
    const replacement = await connect(redis.url);
    let neverReachedGraph = 0;
    try {
      const takeover = createRedisTracker({ redis: replacement, keyPrefix });
      for (const o of diedWith) {
        const [op] = calls[o.i]!.operations.values();
        if (!op) {
          neverReachedGraph++;
          continue;
        }
        if (op.status === 'running') await fake.finishMedia(calls[o.i]!.id);
        const final = await takeover.waitFor(op.id, { timeoutMs: WAIT_TIMEOUT_MS });
        assert.equal(final.clientContext, `op-${o.i}`);
      }
      await takeover.close();
    } finally {
      await replacement.close();
    }

    // Graph's side: every payload reached an instance in the end; those that went to the dead one were redelivered.
    const chains = fake.notifications.filter((d) => d.attempt === 1).map(chainOf);
    const undelivered = chains.filter((c) => c.at(-1)!.status !== 202);
    assert.deepEqual(undelivered.map((c) => c.map((d) => `${d.callbackUri} ${d.status ?? String(d.error)}`)).slice(0, 3), [], 'a notification was lost');
    const toTheDead = fake.notifications.filter((d) => d.callbackUri === victim.callbackUri && d.error !== undefined);
    assert.ok(toTheDead.length > 0, 'the balancer kept sending to the killed instance');
    assert.ok(toTheDead.every((d) => d.redelivery !== undefined), 'every POST the dead instance missed was sent again');
    const picked = calls.filter((c) => [...c.operations.values()].some((op) => op.finalFirst)).length;
    const ran = calls.filter((c) => c.operations.size > 0).length;
    assert.equal(picked, Math.floor(ran / EARLY_EVERY));
    assert.ok(earlyAtWait.size > 0 && earlyAtWait.size <= picked);

    // Survivors close cleanly and exit on their own; then no process of the test is left.
    for (const bot of survivors) {
      const { report, code } = await bot.stop();
      assert.equal(code, 0, `bot ${bot.index} exited with ${code}:\n${bot.stderr}`);
      assert.ok(report, `bot ${bot.index} exited without its report`);
      const { waiters, redisErrors, handlerErrors, rejected } = report;
      assert.deepEqual({ waiters, redisErrors, handlerErrors, rejected }, { waiters: 0, redisErrors: [], handlerErrors: [], rejected: [] }, `bot ${bot.index}`);
    }
    assert.deepEqual((await victim.exited).signal, 'SIGKILL');
    const redisPid = redis.pid!;
    await redis.stop();
    redis = undefined;
    assert.deepEqual(bots.map((b) => gone(b.pid)), [true, true, true], 'a bot process is still running');
    assert.ok(gone(redisPid), 'redis-server is still running');
    assert.ok(await refused(Number(new URL(config.redisUrl).port)), 'nothing answers on the redis port any more');

    const waits = onSurvivors.concat(onVictim.filter((o) => o.type === 'resolved')).map((o) => (o as Resolved).waitMs);
    const figures = [
      `operations ${OPERATIONS} (${onSurvivors.length} on survivors, ${onVictim.length} on the killed instance)`,
      `wall ${(wallMs / 1000).toFixed(2)} s`,
      `wait-to-resolve p50 ${percentile(waits, 50).toFixed(1)} ms, p99 ${percentile(waits, 99).toFixed(1)} ms (${waits.length} waiters)`,
      `instances killed 1 (after ${killedAfter} started; ${diedWith.length} of its waiters died with it, ${neverReachedGraph} of those before Graph had the action; every final Graph sent is in Redis)`,
      `finals before their waitFor ${earlyAtWait.size} (picked ${picked})`,
      `POSTs to the dead instance redelivered ${toTheDead.length}`,
      `lost ${notResolved.length + undelivered.length}`,
    ];
    console.log(`fleet: ${figures.join('; ')}`);
  } finally {
    for (const bot of bots) if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
    await Promise.all(bots.map((b) => b.exited));
    await graph?.close();
    await redis?.stop();
  }
});
