// The callback side at line rate: createCallbackHandler with a verifier, driven over real HTTP at concurrency
// `width` with the seed notification, against a node:http server that only reads and JSON.parses the body. Both
// servers run in one child process (bench/callback-server.ts), so the figure that matters, server CPU per
// request, is theirs alone; time per request is shown too (it includes this process, the client). Two pairings:
// every request with a token of its own (each one a signature check), and one token repeated (the verified-token
// cache's case). Sides alternate in slices within a round; ratios are taken within a round.
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { TEST_AUDIENCE, TEST_ISSUER, createTestKeys, signCallbackToken, startJwksServer } from '../test/support/jwt.js';
import { SEED_NOTIFICATION } from '../test/support/seed.js';
import { runPool } from './ops.mjs';
import { ROOT } from './proc.js';
import { type Row, fmt, median, ordered, pairRatio, ratioRow } from './stats.js';

export interface CallbacksConfig {
  rounds: number;
  slices: number;
  /** Requests per slice. */
  requests: number;
  /** Requests per slice with one token repeated (it needs no tokens signed beforehand). */
  repeatedRequests: number;
  width: number;
  /** The package copy's directory: the child loads its dist/esm/index.js. */
  packageDir: string;
  log: (s: string) => void;
}

interface ServerChild {
  sdk: string;
  raw: string;
  /** The child's CPU time so far, µs. */
  cpu(): Promise<number>;
  close(): Promise<void>;
}

async function startServers(packageDir: string, jwksUri: string): Promise<ServerChild> {
  const index = pathToFileURL(join(packageDir, 'dist/esm/index.js')).href;
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/callback-server.ts'), index, jwksUri, TEST_AUDIENCE], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const lines = createInterface({ input: child.stdout! });
  const waiting: ((line: string) => void)[] = [];
  const early: string[] = [];
  lines.on('line', (line) => (waiting.length ? waiting.shift()!(line) : early.push(line)));
  const next = () => new Promise<string>((resolve) => (early.length ? resolve(early.shift()!) : waiting.push(resolve)));
  const urls = await Promise.race([
    next().then((l) => JSON.parse(l) as { sdk: string; raw: string }),
    exited.then(() => Promise.reject(new Error('the callback servers exited before printing their URLs'))),
  ]);
  return {
    ...urls,
    async cpu() {
      child.stdin!.write('cpu\n');
      return Number(await next());
    },
    async close() {
      child.stdin!.end();
      await exited;
    },
  };
}

// The seed's clientContext: each POST carries one of its own instead, of the same length, so that every payload is
// new to the handler (a repeated one would be answered as a redelivery, with other bytes than the raw server's).
const SEED_CONTEXT = 'd45324c1-fcb5-430a-902c-f20af696537c';
let posted = 0;

/** One callback POST; `token(i)` is the bearer token of the i-th. */
function postOp(url: string, agent: Agent, token: (i: number) => string) {
  const length = String(Buffer.byteLength(SEED_NOTIFICATION));
  return (i: number) =>
    new Promise<void>((resolve, reject) => {
      const body = SEED_NOTIFICATION.replace(SEED_CONTEXT, (posted++).toString(16).padStart(SEED_CONTEXT.length, '0'));
      const headers = { 'Content-Type': 'application/json', 'Content-Length': length, Authorization: `Bearer ${token(i)}` };
      const req = request(url, { method: 'POST', headers, agent }, (res) => {
        res.resume();
        res.on('error', reject);
        res.on('end', () => (res.statusCode === 202 ? resolve() : reject(new Error(`${url} answered ${res.statusCode}`))));
      });
      req.on('error', reject);
      req.end(body);
    });
}

interface Totals {
  wallUs: number;
  cpuUs: number;
  n: number;
}

export async function benchCallbacks(cfg: CallbacksConfig): Promise<Row[]> {
  const keys = await createTestKeys(1);
  const jwks = await startJwksServer(keys);
  const servers = await startServers(cfg.packageDir, jwks.jwksUri);
  const agent = new Agent({ keepAlive: true, maxSockets: cfg.width });
  try {
    // Every distinct-token request (warm-up included) gets a token never sent before, so none is a cache hit.
    const distinctCount = (cfg.rounds * cfg.slices + 1) * cfg.requests;
    const claims = { aud: TEST_AUDIENCE, iss: TEST_ISSUER };
    const distinct = await Promise.all(Array.from({ length: distinctCount }, (_, i) => signCallbackToken(keys[0]!, { ...claims, jti: `bench-${i}` })));
    const repeated = await signCallbackToken(keys[0]!, { ...claims, jti: 'bench-repeated' });
    cfg.log(`callbacks: ${distinctCount.toLocaleString('en-US')} tokens signed`);
    let nextDistinct = 0;
    const pairings = [
      { name: 'distinct tokens', requests: cfg.requests, sdk: postOp(servers.sdk, agent, () => distinct[nextDistinct++]!), raw: postOp(servers.raw, agent, () => distinct[0]!) },
      // Slices of their own size: a repeated token costs no signing beforehand, and longer slices steady the goal's row.
      { name: 'one token repeated', requests: cfg.repeatedRequests, sdk: postOp(servers.sdk, agent, () => repeated), raw: postOp(servers.raw, agent, () => repeated), goal: 1.5 },
    ];
    for (const p of pairings) for (const op of [p.raw, p.sdk]) await runPool(op, p.requests, cfg.width); // warm-up

    const measure = async (op: (i: number) => Promise<void>, requests: number, into: Totals) => {
      const c0 = await servers.cpu();
      const t0 = process.hrtime.bigint();
      await runPool(op, requests, cfg.width);
      into.wallUs += Number(process.hrtime.bigint() - t0) / 1e3;
      into.cpuUs += (await servers.cpu()) - c0;
      into.n += requests;
    };
    const samples = new Map<string, { time: { sdk: number; raw: number }; cpu: { sdk: number; raw: number } }[]>();
    for (let round = 0; round < cfg.rounds; round++) {
      for (const p of pairings) {
        const t = { sdk: { wallUs: 0, cpuUs: 0, n: 0 }, raw: { wallUs: 0, cpuUs: 0, n: 0 } };
        for (let slice = 0; slice < cfg.slices; slice++) {
          for (const side of ordered<'raw' | 'sdk'>(round + slice, 'raw', 'sdk')) await measure(p[side], p.requests, t[side]);
        }
        const per = (k: 'wallUs' | 'cpuUs') => ({ sdk: t.sdk[k] / t.sdk.n, raw: t.raw[k] / t.raw.n });
        samples.set(p.name, [...(samples.get(p.name) ?? []), { time: per('wallUs'), cpu: per('cpuUs') }]);
      }
      cfg.log(`callbacks: round ${round + 1}/${cfg.rounds}`);
    }
    if (jwks.fetchCount !== 1) throw new Error(`the verifier fetched its keys ${jwks.fetchCount} times; the figures would include key fetches`);

    const rows: Row[] = [];
    for (const p of pairings) {
      const xs = samples.get(p.name)!;
      const label = `c=${cfg.width}, ${p.name}; raw: node:http + JSON.parse`;
      for (const [metric, k, goal] of [
        ['callback server CPU/request', 'cpu', p.goal],
        ['callback time/request', 'time', undefined],
      ] as const) {
        const pairs = xs.map((x) => x[k]);
        rows.push(ratioRow(`${metric} (${label})`, fmt.us(median(pairs.map((x) => x.sdk))), fmt.us(median(pairs.map((x) => x.raw))), pairRatio(pairs), goal));
      }
    }
    return rows;
  } finally {
    agent.destroy();
    await servers.close();
    await jwks.close();
  }
}
