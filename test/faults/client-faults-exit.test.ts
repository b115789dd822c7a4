// Fault cases run in a child process (fault-child.ts) that must exit on its own with code 0 while the stand-in,
// here in the parent, still holds its side of the connection open. A handle the client leaked would keep the
// child alive; it is then killed after a generous cap and the case fails.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import type { Fault } from '../support/graph-stand-in.js';
import { startGraphStandIn } from '../support/graph-stand-in.js';

const CHILD = fileURLToPath(new URL('./fault-child.ts', import.meta.url));
const CAP_MS = 30_000; // not an expected duration: only how long a leak may hold the child before it counts as one

interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  killed: boolean;
  stdout: string;
  stderr: string;
}

function runChild(kind: string, transport: string, baseUrl: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, kind, transport, baseUrl], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const cap = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, CAP_MS);
    child.on('error', (e) => {
      clearTimeout(cap);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(cap);
      resolve({ code, signal, killed, stdout, stderr });
    });
  });
}

function outcome(r: ChildResult): { outcome: string; name?: string; typed?: boolean } {
  const context = `code=${r.code} signal=${r.signal}\nstdout: ${r.stdout}\nstderr: ${r.stderr.slice(0, 2000)}`;
  assert.equal(r.killed, false, `the child did not exit on its own within ${CAP_MS} ms: something kept it alive\n${context}`);
  assert.equal(r.code, 0, `the child did not exit cleanly\n${context}`);
  const line = r.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as { outcome: string; name?: string; typed?: boolean };
}

const transports = ['default', 'http', 'global'] as const;

async function eachTransport(faults: Fault[], kind: string, check: (o: ReturnType<typeof outcome>, requests: number) => void) {
  await Promise.all(
    transports.map(async (transport) => {
      const s = await startGraphStandIn();
      try {
        s.enqueue(...faults);
        const r = await runChild(kind, transport, s.url);
        check(outcome(r), s.requests.length);
      } finally {
        await s.close();
      }
    }),
  );
}

describe('fault cases in a child process that must exit on its own', { timeout: 2 * CAP_MS }, () => {
  it('headers that never come: TimeoutError, and the child exits though the server still holds the socket', async () => {
    await eachTransport([{ kind: 'hang-headers' }], 'timeout-headers', (o, requests) => {
      assert.deepEqual([o.outcome, o.name], ['rejected', 'TimeoutError']);
      assert.ok(requests <= 1);
    });
  });

  it('a body that never ends: TimeoutError, and the child exits', async () => {
    await eachTransport([{ kind: 'hang-body' }], 'timeout-body', (o, requests) => {
      assert.deepEqual([o.outcome, o.name], ['rejected', 'TimeoutError']);
      assert.ok(requests <= 1);
    });
  });

  it('connection resets until the retries run out: a rejection, and the child exits', async () => {
    const resets = Array.from({ length: 3 }, () => ({ kind: 'reset-before-headers' as const }));
    await eachTransport(resets, 'reset-exhausted', (o, requests) => {
      assert.equal(o.outcome, 'rejected');
      assert.equal(requests, 3);
    });
  });

  // The first request of a process starts loading the default transport; an abort (or a timeout) that lands
  // before the load finishes must still end in AbortError, not take the process down.
  it('an abort while the default transport is still loading: AbortError, no crash', async () => {
    await eachTransport([], 'abort-while-loading', (o, requests) => {
      assert.deepEqual([o.outcome, o.name], ['rejected', 'AbortError']);
      assert.ok(requests <= 1);
    });
  });
});
