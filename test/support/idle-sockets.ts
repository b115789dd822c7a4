// For the Node transports' tests: a loopback server that never closes an idle connection (so only the client's
// unref can let a process exit), and a fresh process that makes one request through a transport and must then
// exit on its own although its keep-alive socket stays pooled (transport-exit-child.ts).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { type RequestListener, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

export interface IdleKeepingServer {
  origin: string;
  close(): Promise<void>;
}

/** A server on 127.0.0.1 whose keep-alive connections stay open until the client closes them (or close()). */
export async function startIdleKeepingServer(listener: RequestListener): Promise<IdleKeepingServer> {
  const server = createServer(listener);
  server.keepAliveTimeout = 0;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

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
