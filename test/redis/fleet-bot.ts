// One bot instance of the fleet test (fleet.test.ts), in a process of its own: a callback server (the SDK's handler,
// the kit's verifier, a Redis tracker on its own node-redis client) and a CommsClient on the fake Graph. Told over
// IPC to start a prompt, it awaits the prompt's final on its own tracker and reports what it got; told to stop, it
// closes everything and must then exit on its own.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { createClient } from 'redis';
import { CommsClient } from '../../src/node.js';
import { createCallbackHandler } from '../../src/notifications/handler.js';
import { createRedisTracker } from '../../src/redis/index.js';
import { createTestVerifier } from '../../src/testing/index.js';
import type { BotConfig, FromBot, ToBot } from './fleet-support.js';

const PROMPT = { '@odata.type': '#microsoft.graph.mediaPrompt', mediaInfo: { uri: 'https://cdn.example/hello.wav' } } as const;
/** Longer than any fair wait on a loaded machine; a waiter past it reports a failure instead of hanging. */
const WAIT_TIMEOUT_MS = 120_000;
/** After stop: a process still alive this long after everything was closed holds something it should not. */
const EXIT_GRACE_MS = 10_000;

const config = JSON.parse(process.argv[2]!) as BotConfig;
const send = (message: FromBot) => process.send!(message);
const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

const redisErrors: string[] = [];
const handlerErrors: string[] = [];
const rejected: string[] = [];
const redis = createClient({ url: config.redisUrl });
redis.on('error', (e: unknown) => void redisErrors.push(describe(e)));
await redis.connect();
const tracker = createRedisTracker({ redis, keyPrefix: config.keyPrefix });
const handler = createCallbackHandler({
  verifier: createTestVerifier({ graph: config.graph }),
  tracker,
  onError: (e) => void handlerErrors.push(describe(e)),
  onRejected: (reason, status) => void rejected.push(`${status} ${reason}`),
});
const server = createServer(handler);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', 511, resolve));
const client = new CommsClient({ auth: 'test-token', baseUrl: config.graph.url, route: 'communications' });

async function operate(i: number, callId: string): Promise<void> {
  try {
    const started = await client.playPrompt({ callId }, { prompts: [PROMPT], clientContext: `op-${i}` });
    const t0 = performance.now();
    const final = tracker.waitFor(started, { timeoutMs: WAIT_TIMEOUT_MS });
    send({ type: 'waiting', i, operationId: started.operationId });
    const op = await final;
    send({ type: 'resolved', i, operationId: started.operationId, got: { id: op.id, status: op.status, clientContext: op.clientContext }, waitMs: performance.now() - t0 });
  } catch (e) {
    send({ type: 'failed', i, error: describe(e) });
  }
}

async function stop(): Promise<void> {
  const waiters = tracker.waiterCount;
  await tracker.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await redis.close();
  send({ type: 'stopped', waiters, redisErrors, handlerErrors, rejected });
  process.disconnect();
  setTimeout(() => {
    process.stderr.write(`fleet bot ${process.pid}: still running ${EXIT_GRACE_MS} ms after stop\n`);
    process.exit(3);
  }, EXIT_GRACE_MS).unref();
}

process.on('message', (message: ToBot) => {
  if (message.type === 'start') void operate(message.i, message.callId);
  else if (message.type === 'stop') void stop();
});
send({ type: 'ready', callbackUri: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/calls`, pid: process.pid });
