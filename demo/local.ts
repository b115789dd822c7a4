// The embedded run: a whole IVR call against the testing kit's fake Graph, every server on loopback, every
// notification really signed and really verified. An incoming call is answered, a prompt plays, the caller
// presses a key, the bot cancels the prompt, awaits both operations (the prompt failed with 8508, the cancel
// completed) and hangs up; then it prints what the call registry saw.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallChange } from '../src/index.js';
import { CallRegistry, CommsClient, OperationTracker, createCallbackHandler } from '../src/index.js';
import { createTestVerifier, startFakeGraph } from '../src/testing/index.js';

const step = (s: string) => console.log(`→ ${s}`);
const done = (s: string) => console.log(`✓ ${s}`);

/** Resolves with the first change `calls` reports that `match` accepts. */
function nextChange(calls: CallRegistry, match: (c: CallChange) => boolean): Promise<CallChange> {
  return new Promise((resolve) => {
    const off = calls.onChange((c) => {
      if (!match(c)) return;
      off();
      resolve(c);
    });
  });
}

export async function runLocal(): Promise<void> {
  step('starting the fake Graph (graph-comms-sdk/testing) on 127.0.0.1');
  const graph = await startFakeGraph();
  done(`Graph at ${graph.url}, signing keys at ${graph.jwksUri}`);

  step('starting the bot: verifier + tracker + call registry + callback handler');
  const tracker = new OperationTracker();
  const calls = new CallRegistry();
  const seen: string[] = [];
  calls.onChange((c) => seen.push(`${c.event}${'state' in c.resource && c.resource.state ? ` (${String(c.resource.state)})` : ''}`));
  const handler = createCallbackHandler({ verifier: createTestVerifier({ graph }), tracker, calls, onRejected: (reason, status) => console.log(`✗ callback refused ${status}: ${reason}`) });
  const bot = createServer(handler);
  await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
  const callbackUri = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/api/calls`;
  done(`callbacks at ${callbackUri}`);
  const client = new CommsClient({ auth: 'demo-token', baseUrl: graph.url, route: 'communications' });

  try {
    step('a call comes in');
    const ringing = nextChange(calls, (c) => c.event === 'callCreated');
    const { callId } = await graph.simulateIncomingCall({ callbackUri });
    done(`incoming call ${callId}, state ${String((await ringing).resource.state)}`);

    step('answering it');
    const established = nextChange(calls, (c) => c.event === 'callStateChanged' && c.resource.state === 'established');
    const answered = await client.answer({ callId }, { callbackUri, acceptedModalities: ['audio'], mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' } });
    await established;
    done(`answer: ${answered.status}; the call is established`);

    step('subscribing to tones and playing a prompt');
    await tracker.waitFor(await client.subscribeToTone({ callId }, { clientContext: 'tones' }));
    const prompt = { '@odata.type': '#microsoft.graph.mediaPrompt', mediaInfo: { uri: 'https://cdn.example/menu.wav' } } as const;
    const played = await client.playPrompt({ callId }, { prompts: [prompt], clientContext: 'menu' });
    done(`playPrompt: ${played.status}, operation ${played.operationId} is ${played.operation?.status ?? 'running'}`);

    step('the caller presses 1');
    const toned = nextChange(calls, (c) => c.event === 'toneReceived');
    await graph.sendTone(callId, 'tone1');
    const tone = (await toned).resource.toneInfo as { tone?: string; sequenceId?: number };
    done(`tone received: ${tone.tone} (sequence ${tone.sequenceId})`);

    step('cancelling the prompt');
    const cancelled = await client.cancelMediaProcessing({ callId }, { clientContext: 'menu-cancel' });
    const [promptOutcome, cancelOutcome] = await Promise.all([tracker.waitFor(played), tracker.waitFor(cancelled)]);
    done(`prompt ${played.operationId}: ${promptOutcome.status} ${promptOutcome.resultInfo?.code}/${promptOutcome.resultInfo?.subcode} (${promptOutcome.resultInfo?.message})`);
    done(`cancelMediaProcessing ${cancelled.operationId}: ${cancelOutcome.status}`);

    step('hanging up');
    const gone = nextChange(calls, (c) => c.event === 'callDeleted');
    await client.deleteCall({ callId });
    await gone;
    done(`call ${callId} deleted; the registry holds ${calls.size} calls`);
    console.log(`registry saw: ${seen.join(', ')}`);
  } finally {
    bot.close();
    await graph.close();
  }
}
