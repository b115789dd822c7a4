// Processes and paths the sections share: the repo root, a fresh build of the package, the stand-in
// server child, and child `node` runs timed from spawn to exit.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST_INDEX = join(ROOT, 'dist/esm/index.js');

function newestMtime(dir: string, filter: (name: string) => boolean): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && filter(e.name)) newest = Math.max(newest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

function oldestMtime(dir: string): number {
  let oldest = Infinity;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith('.js')) oldest = Math.min(oldest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return oldest;
}

/** The benchmarks measure the built package users get; rebuilt (without regenerating) when src/ is newer. */
export function ensureDist(log: (s: string) => void): void {
  const ts = (n: string) => n.endsWith('.ts');
  const stale =
    !existsSync(DIST_INDEX) ||
    !existsSync(join(ROOT, 'dist/browser/index.js')) ||
    Math.max(newestMtime(join(ROOT, 'src'), ts), newestMtime(join(ROOT, 'generated'), ts)) > oldestMtime(join(ROOT, 'dist/esm'));
  if (!stale) return;
  log('dist/ is missing or older than src/: node scripts/build.mjs --no-generate');
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--no-generate'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`build failed (exit ${r.status})`);
}

export type SdkModule = typeof import('../src/index.js');
export type RedisModule = typeof import('../src/redis/index.js');

/**
 * A private copy of the built package, installed the way a user gets it: package.json + dist/, with
 * node_modules pointing at the repo's. Other work in this tree may rebuild dist/ (which deletes it first)
 * at any moment; every section of one run measures this one copy instead. `clientScript` is a copy of
 * bench/client.mjs inside it, so `import('graph-comms-sdk')` there resolves to the copy by the package's
 * own exports map.
 */
export interface PackageCopy {
  dir: string;
  clientScript: string;
  load(): Promise<{ sdk: SdkModule }>;
  /** The fleet objects (graph-comms-sdk/redis) of the same copy. */
  loadRedis(): Promise<RedisModule>;
  remove(): void;
}

export function copyPackage(): PackageCopy {
  const dir = mkdtempSync(join(tmpdir(), 'graph-comms-bench-'));
  try {
    cpSync(join(ROOT, 'package.json'), join(dir, 'package.json'));
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });
    for (const f of ['client.mjs', 'ops.mjs']) cpSync(join(ROOT, 'bench', f), join(dir, 'bench', f));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    for (const f of ['dist/esm/index.js', 'dist/cjs/index.js', 'dist/browser/index.js']) {
      if (!existsSync(join(dir, f))) throw new Error(`the copy of dist/ has no ${f} (was it being rebuilt?)`);
    }
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    dir,
    clientScript: join(dir, 'bench', 'client.mjs'),
    // Paths held in variables, so typechecking does not need dist/ to exist.
    async load() {
      const index: string = pathToFileURL(join(dir, 'dist/esm/index.js')).href;
      return { sdk: (await import(index)) as SdkModule };
    },
    async loadRedis() {
      const entry: string = pathToFileURL(join(dir, 'dist/esm/redis.js')).href;
      return (await import(entry)) as RedisModule;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface ServerChild {
  url: string;
  close(): Promise<void>;
}

/** Starts bench/server.ts in its own process and waits for its URL. */
export async function startServer(): Promise<ServerChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/server.ts')], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited (${code}) before printing its URL`)));
  });
  lines.close();
  return {
    url,
    async close() {
      child.stdin!.end();
      await exited;
    },
  };
}

export interface NodeRun {
  /** Spawn to exit, ms. */
  wallMs: number;
  stdout: string;
  code: number | null;
}

/** Runs `node args...` to completion; rejects on a non-zero exit unless `allowFailure`. */
export function runNode(args: string[], { allowFailure = false } = {}): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let wallMs = 0;
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.once('exit', () => (wallMs = Number(process.hrtime.bigint() - t0) / 1e6));
    child.once('error', reject);
    child.once('close', (code) => {
      if (code === 0 || allowFailure) resolve({ wallMs, stdout, code });
      else reject(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.trim()}`));
    });
  });
}
