// A real redis-server for the fleet tests: Debian's binary, on a free loopback port, with nothing written to disk.
// A machine without it fails the test that asked, with a message saying what to install; it never skips.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServer {
  readonly port: number;
  /** `redis://127.0.0.1:{port}`, for node-redis's createClient({ url }). */
  readonly url: string;
  /** The running redis-server's process id (a restart changes it). */
  readonly pid: number | undefined;
  /** Stops it (SIGTERM, then SIGKILL if it lingers) and waits for the process to exit. */
  stop(): Promise<void>;
  /** Stops it and starts a fresh, empty one on the same port: what a restart without persistence looks like. */
  restart(): Promise<void>;
}

const READY = /Ready to accept connections/;
const START_TIMEOUT_MS = 20_000;

function redisBinary(): string {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status !== 0 || path === '') {
    throw new Error('redis-server was not found on PATH: the fleet tests need a real Redis (`npm run setup` installs the Debian package)');
  }
  return path;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function launch(binary: string, port: number, dir: string): Promise<ChildProcess> {
  const args = ['--bind', '127.0.0.1', '--port', String(port), '--save', '', '--appendonly', 'no', '--dir', dir, '--protected-mode', 'yes', '--loglevel', 'notice'];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => fail(new Error(`redis-server did not become ready on port ${port} within ${START_TIMEOUT_MS} ms:\n${log}`)), START_TIMEOUT_MS);
    const fail = (e: Error) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(e);
    };
    const onData = (chunk: Buffer) => {
      log += chunk.toString('utf8');
      if (READY.test(log)) {
        clearTimeout(timer);
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        child.stderr?.resume();
        child.off('exit', onExit);
        resolve(child);
      }
    };
    const onExit = (code: number | null) => fail(new Error(`redis-server exited (${code}) before it was ready on port ${port}:\n${log}`));
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => void (log += c.toString('utf8')));
    child.once('error', (e) => fail(new Error(`redis-server could not be started: ${e.message}`)));
    child.once('exit', onExit);
  });
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Starts a redis-server on a free 127.0.0.1 port; throws, saying why, when it cannot. */
export async function startRedis(): Promise<RedisServer> {
  const binary = redisBinary();
  const dir = mkdtempSync(join(tmpdir(), 'graph-comms-redis-'));
  let port = 0;
  let child: ChildProcess | undefined;
  // A port found free can be taken before redis binds it; a few fresh ports settle that.
  for (let attempt = 1; child === undefined; attempt++) {
    port = await freePort();
    try {
      child = await launch(binary, port, dir);
    } catch (e) {
      if (attempt >= 3) {
        rmSync(dir, { recursive: true, force: true });
        throw e;
      }
    }
  }
  let current: ChildProcess = child;
  return {
    port,
    url: `redis://127.0.0.1:${port}`,
    get pid() {
      return current.pid;
    },
    async stop() {
      await terminate(current);
      rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      await terminate(current);
      current = await launch(binary, port, dir);
    },
  };
}
