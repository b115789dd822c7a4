// The fake Graph's calls, as a bot lives them: an incoming call answered and established, prompts that play until
// the test finishes them or a cancelMediaProcessing fails them (8508), tones, transfers, hang-ups, and roster
// updates. The bot is the SDK's own callback handler (verifier, tracker, registry) unless a payload is looked at.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommsClient } from '../../src/node.js';
import { TimeoutError } from '../../src/errors.js';
import { type FakeGraph, type FakeGraphOptions, startFakeGraph } from '../../src/testing/index.js';
import { startTestBot } from '../support/test-bot.js';

const PROMPT = { '@odata.type': '#microsoft.graph.mediaPrompt', mediaInfo: { uri: 'https://cdn.example/hello.wav' } } as const;
const MEDIA = { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' } as const;

async function start(t: { after(fn: () => Promise<void>): void }, options?: FakeGraphOptions): Promise<{ graph: FakeGraph; client: CommsClient }> {
  const graph = await startFakeGraph(options);
  t.after(() => graph.close());
  return { graph, client: new CommsClient({ auth: 'x', baseUrl: graph.url, route: 'communications', retry: false }) };
}

/** What each notification said: `changeType resource-kind state-or-status`. */
const summary = (n: Record<string, any>) => {
  const data = n.resourceData;
  const kind = /\/operations\//.test(n.resourceUrl) ? 'operation' : /\/participants$/.test(n.resourceUrl) ? 'roster' : 'call';
  return `${n.changeType} ${kind} ${Array.isArray(data) ? data.length : (data.status ?? data.state)}`;
};

describe('fake Graph: calls', () => {
  it('an incoming call: a signed created notification; answer establishes it on the callbackUri of the answer', async (t) => {
    const { graph, client } = await start(t);
    const ringing = await startTestBot(t, graph);
    const answered = await startTestBot(t, graph);
    const { callId } = await graph.simulateIncomingCall({ callbackUri: ringing.callbackUri, caller: { user: { id: 'u-7', displayName: 'Ann' } } });
    const [created] = ringing.received;
    assert.equal(created!.changeType, 'created');
    assert.match(created!.resourceUrl, /^\/communications\/calls\/[0-9A-F]{32}$/, "Graph's id spelling");
    assert.deepEqual([created!.resourceData.state, created!.resourceData.direction, created!.resourceData.source.identity.user.id], ['incoming', 'incoming', 'u-7']);
    assert.equal(ringing.calls.get(callId)?.state, 'incoming');

    const r = await client.answer({ callId }, { callbackUri: answered.callbackUri, mediaConfig: MEDIA, acceptedModalities: ['audio'] });
    assert.equal(r.status, 202);
    await graph.idle();
    assert.deepEqual(answered.received.map(summary), ['updated call establishing', 'updated call established']);
    assert.equal(answered.calls.get(callId)?.state, 'established');
    assert.equal(graph.call(callId)?.state, 'established');
  });

  it('a prompt plays until finishMedia, which waits for it to start; then its completion reaches the tracker', async (t) => {
    const { graph, client } = await start(t);
    const bot = await startTestBot(t, graph);
    const call = graph.addCall({ callbackUri: bot.callbackUri });
    const finished = graph.finishMedia(call.id);
    const played = await client.playPrompt({ callId: call.id }, { prompts: [PROMPT], clientContext: 'greeting' });
    const [op] = await finished;
    assert.equal(op!.id, played.operationId);
    const final = await bot.tracker.waitFor(played, { timeoutMs: 10_000 });
    assert.deepEqual([final.status, final.clientContext, final.resultInfo], ['completed', 'greeting', { '@odata.type': '#microsoft.graph.resultInfo', code: 200, subcode: 0, message: 'Action completed successfully.' }]);
    assert.deepEqual(bot.received.map(summary), ['updated operation running', 'deleted operation completed']);

    const recorded = await client.recordResponse({ callId: call.id }, { maxRecordDurationInSeconds: 5 });
    await graph.finishMedia(call.id);
    const recording = await bot.tracker.waitFor(recorded, { timeoutMs: 10_000 });
    assert.equal(recording.recordingLocation, `${graph.origin}/recordings/${recorded.operationId}`);
    await assert.rejects(graph.finishMedia(call.id, { timeoutMs: 0 }), TimeoutError);
  });

  it('cancelMediaProcessing fails the prompt in progress with 8508, then completes', async (t) => {
    const { graph, client } = await start(t);
    const bot = await startTestBot(t, graph);
    const call = graph.addCall({ callbackUri: bot.callbackUri });
    const played = await client.playPrompt({ callId: call.id }, { prompts: [PROMPT] });
    await graph.idle();
    const cancelled = await client.cancelMediaProcessing({ callId: call.id }, { all: true });
    const [prompt, cancel] = await Promise.all([bot.tracker.waitFor(played, { timeoutMs: 10_000 }), bot.tracker.waitFor(cancelled, { timeoutMs: 10_000 })]);
    assert.equal(prompt.status, 'failed');
    assert.deepEqual(prompt.resultInfo, { '@odata.type': '#microsoft.graph.resultInfo', code: 400, subcode: 8508, message: 'Action failed, the operation was cancelled.' });
    assert.equal(prompt.completionReason, 'mediaOperationCanceled');
    assert.equal(cancel.status, 'completed');
    assert.deepEqual(bot.received.map(summary), ['updated operation running', 'updated operation running', 'deleted operation failed', 'deleted operation completed']);
  });

  it('tones: after subscribeToTone each sendTone is a call update with the next sequenceId', async (t) => {
    const { graph, client } = await start(t);
    const bot = await startTestBot(t, graph);
    const call = graph.addCall({ callbackUri: bot.callbackUri });
    await assert.rejects(graph.sendTone(call.id, 'tone1'), /has not subscribed/);
    const heard: unknown[] = [];
    bot.calls.onChange((c) => c.event === 'toneReceived' && heard.push((c.resource as { toneInfo?: unknown }).toneInfo));
    await client.subscribeToTone({ callId: call.id });
    await graph.sendTone(call.id, 'tone1');
    await graph.sendTone(call.id, 'pound');
    assert.deepEqual(heard, [
      { '@odata.type': '#microsoft.graph.toneInfo', sequenceId: 1, tone: 'tone1' },
      { '@odata.type': '#microsoft.graph.toneInfo', sequenceId: 2, tone: 'pound' },
    ]);
  });

  it('transfer, reject and deleteCall end the call as Graph tells it', async (t) => {
    const { graph, client } = await start(t);
    const bot = await startTestBot(t, graph);
    const ends = async (act: (callId: string) => Promise<unknown>) => {
      const call = graph.addCall({ callbackUri: bot.callbackUri });
      const from = bot.received.length;
      await act(call.id);
      await graph.idle();
      assert.equal(graph.call(call.id), undefined);
      assert.equal(bot.calls.get(call.id), undefined, 'the registry dropped the deleted call');
      return bot.received.slice(from);
    };
    const transferred = await ends((callId) => client.transfer({ callId }, { transferTarget: { identity: { user: { id: 'u2' } } } }));
    assert.deepEqual(transferred.map(summary), ['updated call transferring', 'updated call transferAccepted', 'deleted call terminated']);
    assert.equal(transferred[2]!.resourceData.resultInfo.subcode, 7015);
    assert.deepEqual((await ends((callId) => client.reject({ callId }, { reason: 'busy' }))).map(summary), ['deleted call terminated']);
    assert.deepEqual((await ends((callId) => client.deleteCall({ callId }))).map(summary), ['updated call terminating', 'deleted call terminated']);
  });

  it('mute, unmute, muteParticipant and invite send roster updates as Graph does', async (t) => {
    const { graph, client } = await start(t);
    const raw = await startTestBot(t); // the payloads as sent, whatever a parser makes of them
    const call = graph.addCall({ callbackUri: raw.callbackUri, participants: [{ id: 'p1' }] });
    const roster = async (act: () => Promise<unknown>) => {
      const from = raw.received.length;
      await act();
      await graph.idle();
      const sent = raw.received.slice(from);
      assert.deepEqual(sent.map(summary), ['updated operation running', 'updated roster 1', 'deleted operation completed']);
      return sent[1]!.resourceData[0];
    };
    const muted = await roster(() => client.mute({ callId: call.id }));
    assert.deepEqual([muted.id, muted.isMuted, muted['@odata.type']], [call.myParticipantId, true, '#microsoft.graph.participant']);
    assert.equal((await roster(() => client.unmute({ callId: call.id }))).isMuted, false);
    const other = await roster(() => client.muteParticipant({ callId: call.id, participantId: 'p1' }));
    assert.deepEqual([other.id, other.isMuted, other.rosterSequenceNumber], ['p1', true, 3]);
    const invited = await roster(() => client.inviteParticipants({ callId: call.id }, { participants: [{ identity: { user: { id: 'u9' } } }] }));
    assert.deepEqual(invited.info, { identity: { user: { id: 'u9' } } });
    assert.equal(call.participants.size, 3);
  });

  it('close() ends a finishMedia still waiting for media', async (t) => {
    const { graph } = await start(t);
    const call = graph.addCall();
    const waiting = graph.finishMedia(call.id);
    await graph.close();
    await assert.rejects(waiting, /closed/);
  });
});
