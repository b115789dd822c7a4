// The fake Graph in front of a bot fleet: notifications round-robin over the fleet's callback servers, a POST that
// is refused or answered 5xx redelivered to the next server (bounded), and the finals it is told to send first
// reaching the bot before the action's answer reaches the caller, picked by count or by seed, never by timing.
import assert from 'node:assert/strict';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { idKey } from '../../src/ids.js';
import { CommsClient } from '../../src/node.js';
import { type Delivery, type FakeGraph, type FakeGraphOptions, startFakeGraph } from '../../src/testing/index.js';
import { startTestBot } from '../support/test-bot.js';

const PROMPT = { '@odata.type': '#microsoft.graph.mediaPrompt', mediaInfo: { uri: 'https://cdn.example/hello.wav' } } as const;
/** What the calls name as their callbackUri: the balancer's address, never posted to while callbackUris are set. */
const BALANCER = 'http://127.0.0.1:9/balancer';

type T = { after(fn: () => Promise<void>): void };

async function start(t: T, options?: FakeGraphOptions): Promise<{ graph: FakeGraph; client: CommsClient }> {
  const graph = await startFakeGraph(options);
  t.after(() => graph.close());
  return { graph, client: new CommsClient({ auth: 'x', baseUrl: graph.url, route: 'communications', retry: false }) };
}

/** A callback server that answers every POST with `status`, and counts them. */
async function answering(t: T, status: number): Promise<{ uri: string; posts: number }> {
  const state = { uri: '', posts: 0 };
  const server: Server = createServer((req, res) => {
    state.posts++;
    req.resume().once('end', () => res.writeHead(status, { 'Retry-After': '5' }).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  state.uri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/calls`;
  return state;
}

/** The POSTs of each payload, first to last. */
const chains = (deliveries: readonly Delivery[]): Delivery[][] =>
  deliveries
    .filter((d) => d.attempt === 1)
    .map((first) => {
      const chain = [first];
      while (chain.at(-1)!.redelivery) chain.push(chain.at(-1)!.redelivery!);
      return chain;
    });

describe('fake Graph: a fleet behind a load balancer', () => {
  it('spreads the notification POSTs over the callback servers in turn, none to the call’s own callbackUri', async (t) => {
    const bots = [await startTestBot(t), await startTestBot(t), await startTestBot(t)];
    const { graph, client } = await start(t, { callbackUris: bots.map((b) => b.callbackUri) });
    const call = graph.addCall({ callbackUri: BALANCER });
    for (let i = 0; i < 4; i++) await client.subscribeToTone({ callId: call.id }, { clientContext: `tone-${i}` });
    await graph.idle();
    // One call's notifications go one after another: running then completed, four times over.
    const order = graph.notifications.map((d) => bots.findIndex((b) => b.callbackUri === d.callbackUri));
    assert.deepEqual(order, [0, 1, 2, 0, 1, 2, 0, 1]);
    assert.deepEqual(bots.map((b) => b.received.length), [3, 3, 2]);
    assert.equal(graph.notificationsSent, 8);
    assert.ok(graph.notifications.every((d) => d.attempt === 1 && d.status === 202));

    graph.setCallbackUris([bots[2]!.callbackUri]);
    await client.subscribeToTone({ callId: call.id });
    await graph.idle();
    assert.deepEqual(bots.map((b) => b.received.length), [3, 3, 4], 'set later, from the next POST on');
    graph.setCallbackUris([]);
    await client.subscribeToTone({ callId: call.id });
    await graph.idle();
    assert.deepEqual(graph.notifications.slice(-2).map((d) => [d.callbackUri, d.status]), [[BALANCER, undefined], [BALANCER, undefined]], 'back to the call’s own');
  });

  it('redelivers a POST that was refused or answered 5xx to the next server, once each, and loses none', async (t) => {
    const alive = await startTestBot(t);
    const failing = await answering(t, 503);
    const gone = await startTestBot(t);
    await gone.close(); // its port now refuses connections, as a killed instance's does
    const { graph, client } = await start(t, { callbackUris: [gone.callbackUri, failing.uri, alive.callbackUri] });
    const calls = [graph.addCall({ callbackUri: BALANCER }), graph.addCall({ callbackUri: BALANCER })];
    for (let i = 0; i < 3; i++) for (const call of calls) await client.subscribeToTone({ callId: call.id }, { clientContext: `${call.id}/${i}` });
    await graph.idle();

    const all = chains(graph.notifications);
    assert.equal(all.length, 12, 'running and completed, six times');
    for (const chain of all) {
      const last = chain.at(-1)!;
      assert.equal(last.callbackUri, alive.callbackUri);
      assert.equal(last.status, 202);
      for (const [i, d] of chain.entries()) assert.equal(d.attempt, i + 1);
      for (const failed of chain.slice(0, -1)) {
        assert.ok(failed.error !== undefined, 'only a failed POST is redelivered');
        assert.equal(failed.payload, last.payload, 'the same payload again');
      }
    }
    assert.equal(alive.received.length, 12, 'every payload once on the server that took it');
    assert.equal(new Set(alive.received.map((n) => JSON.stringify(n))).size, 12);
    assert.equal(graph.notificationsSent, 12);
    assert.ok(all.some((c) => c[0]!.callbackUri === gone.callbackUri && c.length === 3), 'refused, then 503, then taken');
    assert.ok(failing.posts > 0);
    assert.equal(graph.notificationFailures.length, graph.notifications.length - 12, 'each failed POST is recorded');
  });

  it('gives a payload up after its redeliveries: one round of the fleet by default, or as told; none without a fleet', async (t) => {
    const failing = [await answering(t, 503), await answering(t, 500)];
    for (const [redeliveries, posts] of [[undefined, 3], [0, 1], [5, 6]] as const) {
      const { graph, client } = await start(t, { callbackUris: failing.map((f) => f.uri), redeliveries });
      await client.subscribeToTone({ callId: graph.addCall({ callbackUri: BALANCER }).id });
      await graph.idle();
      assert.deepEqual(chains(graph.notifications).map((c) => c.length), [posts, posts], `redeliveries: ${redeliveries}`);
      assert.equal(graph.notificationsSent, 0);
    }
    const alone = failing[0]!;
    const before = alone.posts;
    const { graph, client } = await start(t);
    await client.subscribeToTone({ callId: graph.addCall({ callbackUri: alone.uri }).id });
    await graph.idle();
    assert.equal(alone.posts - before, 2, 'without callbackUris nothing is sent again by default');
    const { graph: again, client: retrying } = await start(t, { redeliveries: 2 });
    await retrying.subscribeToTone({ callId: again.addCall({ callbackUri: alone.uri }).id });
    await again.idle();
    assert.deepEqual(chains(again.notifications).map((c) => c.map((d) => d.callbackUri === alone.uri && d.status === 503)), [[true, true, true], [true, true, true]]);
    const refused = await start(t, { redeliveries: 3 });
    await assert.rejects(refused.graph.simulateIncomingCall({ callbackUri: 'https://bot.contoso.com/api/calls' }), /loopback callbacks only/);
    assert.equal(refused.graph.notifications.length, 1, 'a callback it will not post to is not tried again');
  });

  it('completes every nth operation, a prompt too, and has the bot told before the caller is answered', async (t) => {
    const { graph, client } = await start(t, { finalsBeforeAnswer: { every: 3 } });
    const bot = await startTestBot(t, graph);
    const calls = Array.from({ length: 6 }, () => graph.addCall({ callbackUri: bot.callbackUri }));
    const early: boolean[] = [];
    for (const call of calls) {
      const r = await client.playPrompt({ callId: call.id }, { prompts: [PROMPT], clientContext: call.id });
      // Had the bot answered the final's POST by the time the caller had the answer?
      early.push(graph.notifications.some((d) => d.status === 202 && d.payload.value.some((n) => n.changeType === 'deleted' && (n.resourceData as { id?: string }).id === r.operationId)));
      const op = call.operations.get(idKey(r.operationId))!;
      assert.equal(op.status, early.at(-1) ? 'completed' : 'running');
      assert.equal(op.finalFirst, early.at(-1) || undefined);
    }
    assert.deepEqual(early, [false, false, true, false, false, true]);
    const third = [...calls[2]!.operations.values()][0]!;
    assert.equal((await bot.tracker.waitFor(third.id, { timeoutMs: 10_000 })).clientContext, calls[2]!.id, 'kept for the waiter that comes after');
    const [finished] = await graph.finishMedia(calls[0]!.id);
    assert.equal((await bot.tracker.waitFor(finished!.id, { timeoutMs: 10_000 })).status, 'completed');
    const recording = await client.recordResponse({ callId: calls[1]!.id }, { maxRecordDurationInSeconds: 5 }); // the 7th: not picked
    const eighth = await client.recordResponse({ callId: calls[1]!.id }, {});
    const ninth = await client.recordResponse({ callId: calls[1]!.id }, {});
    const recorded = await bot.tracker.waitFor(ninth, { timeoutMs: 10_000 });
    assert.equal(recorded.status, 'completed');
    assert.equal((recorded as { recordingLocation?: string }).recordingLocation, `${graph.origin}/recordings/${ninth.operationId}`);
    assert.deepEqual([recording, eighth].map((r) => calls[1]!.operations.get(idKey(r.operationId))!.status), ['running', 'running']);
  });

  it('picks a seeded share the same way every run', async (t) => {
    const picked = async (seed: number) => {
      const { graph, client } = await start(t, { finalsBeforeAnswer: { rate: 0.25, seed } });
      const call = graph.addCall({ callbackUri: (await startTestBot(t)).callbackUri });
      for (let i = 0; i < 40; i++) await client.playPrompt({ callId: call.id }, { prompts: [PROMPT] });
      return [...call.operations.values()].map((op) => (op.status === 'completed' ? 1 : 0)).join('');
    };
    const first = await picked(7);
    assert.equal(await picked(7), first);
    assert.notEqual(await picked(8), first);
    const count = [...first].filter((c) => c === '1').length;
    assert.ok(count > 0 && count < 40, `${count} of 40 picked`);
  });

  it('refuses a fleet, redeliveries or picks it cannot honour with a TypeError', async (t) => {
    const bad: unknown[] = [
      { callbackUris: 'http://127.0.0.1:1/' },
      { callbackUris: ['https://bot.contoso.com/api/calls'] },
      { callbackUris: ['not a url'] },
      { redeliveries: -1 },
      { redeliveries: 101 },
      { redeliveries: 1.5 },
      { finalsBeforeAnswer: { every: 0 } },
      { finalsBeforeAnswer: { rate: 2 } },
      { finalsBeforeAnswer: 20 },
    ];
    for (const options of bad) await assert.rejects(startFakeGraph(options as FakeGraphOptions), TypeError, JSON.stringify(options));
    const { graph } = await start(t);
    assert.throws(() => graph.setCallbackUris(['ftp://127.0.0.1/x']), TypeError);
    assert.throws(() => graph.setCallbackUris('http://127.0.0.1/' as never), TypeError);
  });
});
