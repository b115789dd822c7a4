// Runs transport-exit-child.ts: one request through a Node transport in a fresh process, which must then exit on
// its own although its keep-alive socket stays pooled (the server never closes idle connections).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./transport-exit-child.ts', import.meta.url));

/** The child's exit code and what it printed (the answer's body). */
export async function requestInChild(origin: string, transport: 'node-fetch' | 'http'): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, origin, transport], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  // Safety net only: the assertion is that the child exits by itself with code 0.
  const guard = setTimeout(() => child.kill(), 20_000);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(guard);
  return { code, out: out.trim() };
}
