// One compression bomb per child process (bomb-child.ts), from a server here in the parent: a body of about a
// kilobyte that decodes to 512 MiB must end in the SDK's typed error while the child's peak resident memory grows
// by a small multiple of the cap it was read under. A reader that let the transport decode the whole body first
// would need the 512 MiB, or take the process down (it did: V8 "Check failed", SIGTRAP).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { createTestKeys, type TestKey } from '../support/jwt.js';
import { actionPath, keysPath, operationPath, testKeyToJson } from './bomb-case.js';
import { bomb, type BodyServer, type Encoding, operationBomb, startBodyServer } from './bodies.js';

const CHILD = fileURLToPath(new URL('./bomb-child.ts', import.meta.url));
const MiB = 1024 * 1024;
const DECODED = 512 * MiB;
const CAP = 4 * MiB;
const KEY_DOCUMENT_CAP = 512 * 1024; // keys.ts's MAX_DOCUMENT_BYTES
const KILL_AFTER_MS = 60_000; // not an expected duration: only how long a stuck child may take before it counts as one

// What a bomb may add to the child's peak RSS. node-fetch (the default transport) hands over the decoder's own
// buffers: 4x the cap covers them, the joined bytes and the text of a truncated error body (measured 1.1x for a
// 200, 3.2x for a 500). Node's fetch copies every decoded chunk once more before the SDK sees it (undici's
// `new Uint8Array(bytes)`), and whether those copies are collected during the read varies from run to run
// (measured 2.4x-9.8x), hence 8x plus an allowance. A key document's cap is small beside what any request may
// cost a process now and then (compiled code, decoder state: up to 19 MiB seen once): 4x plus that allowance.
// Every bound is far below the 512 MiB the bomb decodes to.
const ALLOWANCE = 24 * MiB;
const BOUNDS = { default: 4 * CAP, global: 8 * CAP + ALLOWANCE, keys: 4 * KEY_DOCUMENT_CAP + ALLOWANCE };

interface ChildOutcome {
  outcome: string;
  name?: string;
  limitBytes?: number;
  status?: number;
  bodyLength?: number;
  reason?: string;
  warm: { outcome: string; name?: string; status?: number };
  peakGrowth: number;
}

function runChild(kind: string, transport: string, env: Record<string, string> = {}): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    // A young generation of fixed size: its growth, which any request may trigger, is not the bomb's.
    const heap = ['--expose-gc', '--min-semi-space-size=16', '--max-semi-space-size=16'];
    const args = [...heap, '--import', 'tsx', CHILD, kind, transport, server.origin, String(CAP)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(killer);
      if (code !== 0) return reject(new Error(`the child did not exit cleanly: code=${code} signal=${signal}\n${stdout}\n${stderr.slice(0, 2000)}`));
      resolve(JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildOutcome);
    });
  });
}

const canResetPeak = (() => {
  try {
    accessSync('/proc/self/clear_refs', constants.W_OK);
    return true;
  } catch {
    return false;
  }
})();

let server: BodyServer;
let key: TestKey;

before(async () => {
  [key] = (await createTestKeys(1)) as [TestKey];
  server = await startBodyServer();
  const encoded = (encoding: Encoding, body: Buffer) => ({ headers: { 'content-encoding': encoding }, body });
  const jwks = JSON.stringify({ keys: [key.publicJwk] });
  // Each bomb has a small twin (same status, same encoding) that warms up the path the bomb then takes.
  for (const [twin, padBytes] of [['plain', 100], ['bomb', DECODED]] as const) {
    server.routes.set(operationPath(twin), encoded('br', await operationBomb('br', padBytes)));
    server.routes.set(actionPath(twin), { status: 500, ...encoded('gzip', await bomb('gzip', '{"error":{"code":"bomb","message":"', padBytes, '"}}')) });
    server.routes.set(keysPath(twin), encoded('br', await bomb('br', jwks.slice(0, -1), padBytes, '}', ' ')));
  }
});
after(() => server.close());

const growth = (o: ChildOutcome, bound: number) => `peak RSS grew by ${(o.peakGrowth / MiB).toFixed(1)} MiB (bound ${bound / MiB} MiB)`;

describe('a compression bomb costs memory in proportion to the cap, not to what it decodes to', { skip: !canResetPeak && 'needs /proc/self/clear_refs (Linux)' }, () => {
  for (const transport of ['default', 'global'] as const) {
    const bound = BOUNDS[transport];
    it(`a br 200 over the ${transport} transport: ResponseTooLargeError`, { timeout: 2 * KILL_AFTER_MS }, async () => {
      const o = await runChild('operation', transport);
      assert.equal(o.warm.outcome, 'resolved', JSON.stringify(o.warm));
      assert.deepEqual([o.outcome, o.name, o.limitBytes], ['rejected', 'ResponseTooLargeError', CAP], JSON.stringify(o));
      assert.ok(o.peakGrowth < bound, growth(o, bound));
    });

    it(`a gzip 500 over the ${transport} transport: GraphError with the body cut at the cap`, { timeout: 2 * KILL_AFTER_MS }, async () => {
      const o = await runChild('error', transport);
      assert.deepEqual([o.warm.name, o.warm.status], ['GraphError', 500], JSON.stringify(o.warm));
      assert.deepEqual([o.outcome, o.name, o.status, o.bodyLength], ['rejected', 'GraphError', 500, CAP], JSON.stringify(o));
      assert.ok(o.peakGrowth < bound, growth(o, bound));
    });

    it(`a br JWKS over the ${transport} transport: keys-unavailable`, { timeout: 2 * KILL_AFTER_MS }, async () => {
      const o = await runChild('keys', transport, { BOMB_TEST_KEY: await testKeyToJson(key) });
      assert.equal(o.warm.outcome, 'resolved', JSON.stringify(o.warm));
      assert.deepEqual([o.outcome, o.name, o.reason], ['rejected', 'NotificationAuthError', 'keys-unavailable'], JSON.stringify(o));
      assert.ok(o.peakGrowth < BOUNDS.keys, growth(o, BOUNDS.keys));
    });
  }
});
