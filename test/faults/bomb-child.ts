// Child process of bomb-memory.test.ts: one compression bomb, from a server in the parent, read by this process
// alone, so that its peak resident memory can be told apart from everything else. Warms up first on the bomb's
// twin (the transport, jose, the code paths), then resets the kernel's peak-RSS mark and takes the bomb.
// argv: <operation|error|keys> <default|global> <origin> <capBytes>. Prints one JSON line.
import { readFileSync, writeFileSync } from 'node:fs';
import { CommsClient } from '../../src/node.js';
import { GraphError, NotificationAuthError, ResponseTooLargeError } from '../../src/errors.js';
import { createNotificationVerifier } from '../../src/notifications/verifier.js';
import { createNodeFetch } from '../../src/node-fetch.js';
import type { FetchLike } from '../../src/types.js';
import { signCallbackToken, TEST_AUDIENCE, TEST_ISSUER, type TestKey } from '../support/jwt.js';
import { CALLS, keysPath, operationPath, testKeyFromJson, type Twin } from './bomb-case.js';

const [kind, transport, origin, cap] = process.argv.slice(2) as [string, 'default' | 'global', string, string];
const fetch: FetchLike = transport === 'global' ? globalThis.fetch : createNodeFetch();

/** VmRSS and VmHWM (peak) of this process, in bytes. */
function memory(): { rss: number; peak: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)![1]) * 1024;
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

async function verifyOnce(key: TestKey, jwksUri: string) {
  const verifier = createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri, fetch: fetch as never });
  return verifier.verify(`Bearer ${await signCallbackToken(key, { aud: TEST_AUDIENCE, iss: TEST_ISSUER })}`);
}

async function run(): Promise<(twin: Twin) => Promise<unknown>> {
  const client = new CommsClient({ auth: 'test-token', baseUrl: `${origin}/beta`, maxResponseBytes: Number(cap), retry: false, fetch });
  switch (kind) {
    case 'operation':
      return (twin) => client.getOperation(`${origin}${operationPath(twin)}`);
    case 'error':
      return (twin) => client.cancelMediaProcessing({ callId: CALLS[twin] });
    case 'keys': {
      const key = await testKeyFromJson(process.env.BOMB_TEST_KEY!);
      return (twin) => verifyOnce(key, `${origin}${keysPath(twin)}`);
    }
    default:
      throw new Error(`unknown case ${kind}`);
  }
}

/** What a request ended in, in a form the parent can compare. */
async function settle(request: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    return { outcome: 'resolved', bytes: JSON.stringify(await request).length };
  } catch (e) {
    return {
      outcome: 'rejected',
      name: (e as Error)?.name,
      message: (e as Error)?.message,
      limitBytes: e instanceof ResponseTooLargeError ? e.limitBytes : undefined,
      status: e instanceof GraphError ? e.status : undefined,
      bodyLength: e instanceof GraphError ? e.body.length : undefined,
      reason: e instanceof NotificationAuthError ? e.reason : undefined,
    };
  }
}

const request = await run();
// The twin first, a few times: it loads and compiles (native decoder included) what the bomb then only runs.
const warm = await settle(request('plain'));
for (let i = 0; i < 3; i++) await settle(request('plain'));
globalThis.gc?.();
// "5" resets the peak (VmHWM) to the current RSS (Linux >= 4.0), so that the peak read afterwards is this bomb's.
writeFileSync('/proc/self/clear_refs', '5');
const before = memory();
const outcome = await settle(request('bomb'));
const after = memory();
process.stdout.write(`${JSON.stringify({ ...outcome, warm, peakGrowth: after.peak - before.rss })}\n`);
