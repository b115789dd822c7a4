// Child process of client-faults-exit.test.ts: one fault case through the real CommsClient against a stand-in
// that lives in the parent (its hanging responses stay open), then nothing. The parent requires this process to
// exit on its own with code 0: a socket, timer or listener the client left behind would keep it alive.
// argv: <case> <default|http|global> <baseUrl>. Prints one JSON line describing the outcome.
import { CommsClient } from '../../src/node.js';
import { createHttpFetch } from '../../src/http-fetch.js';
import type { NodeFetch } from '../../src/node-fetch.js';
import { nodePlatform } from '../../src/platform/node.js';
import { isSdkError } from './harness.js';

const [kind, transport, baseUrl] = process.argv.slice(2) as [string, 'default' | 'http' | 'global', string];
const fetch = transport === 'global' ? globalThis.fetch : transport === 'http' ? createHttpFetch() : undefined;
const CALL = '57dab8b1-894c-409a-b240-bd8beae78896';

const client = (options: { timeoutMs?: number; maxRetries?: number } = {}) =>
  new CommsClient({
    auth: 'test-token',
    baseUrl,
    timeoutMs: options.timeoutMs,
    retry: { maxRetries: options.maxRetries ?? 3, baseDelayMs: 1, maxDelayMs: 50 },
    ...(fetch ? { fetch } : {}),
  });

async function run(): Promise<unknown> {
  switch (kind) {
    case 'abort-while-loading': {
      // No warm-up on purpose: the request reaches the transport while node-fetch is still being imported, and
      // the abort lands before the import does (an import never settles synchronously).
      const controller = new AbortController();
      const pending = client().cancelMediaProcessing({ callId: CALL }, { all: true }, { signal: controller.signal });
      controller.abort();
      return pending;
    }
    case 'timeout-headers':
    case 'timeout-body':
      // Loaded first, so that the timer can only trip on the server's silence.
      if (!fetch) await (nodePlatform.defaultFetch() as NodeFetch).agents();
      return client({ timeoutMs: 200 }).cancelMediaProcessing({ callId: CALL });
    case 'reset-exhausted':
      return client({ maxRetries: 2 }).cancelMediaProcessing({ callId: CALL });
    default:
      throw new Error(`unknown case ${kind}`);
  }
}

try {
  const result = await run();
  process.stdout.write(`${JSON.stringify({ outcome: 'resolved', result })}\n`);
} catch (e) {
  const err = e as Error;
  process.stdout.write(`${JSON.stringify({ outcome: 'rejected', name: err?.name, message: err?.message, typed: isSdkError(e) })}\n`);
}
