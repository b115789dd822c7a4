// npm run bench: cancelMediaProcessing through CommsClient vs hand-written raw requests over the same
// transport, against the local Graph stand-in. Variants run interleaved in one process, several rounds;
// the table shows per-variant medians and the SDK/raw ratio (goal: <= 1.10x).
import { randomUUID } from 'node:crypto';
import nodeFetch from 'node-fetch';
import { CommsClient } from '../src/client.js';
import { createNodeFetch } from '../src/transport.js';
import type { FetchLike } from '../src/types.js';
import { SDK_VERSION } from '../src/version.js';
import { startGraphStandIn } from '../test/support/graph-stand-in.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
// Each round runs raw and SDK in alternating slices of this many calls, so drift in the machine's
// load hits both sides alike; a round's figure is the sum over its slices.
const SLICES = 4;
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 100); // calls per slice
const CONCURRENT = Number(process.env.BENCH_CONCURRENT ?? 800); // calls per slice
const CONCURRENCY = 32;
const TOKEN = 'bench-token';

type Op = (i: number) => Promise<void>;

const standIn = await startGraphStandIn({ acceptToken: () => true });
const base = standIn.url;
const defaultFetch = createNodeFetch();
const { http: agent } = await defaultFetch.agents();

// A hand-written call: the same bytes on the wire as the SDK's (so the server's share is equal and the
// ratio is the client layer's cost), then a status check and the Location, nothing else.
const userAgent = `graph-comms-sdk/${SDK_VERSION} (Node.js ${process.version}; ${process.platform})`;
function rawOp(fetch: FetchLike): Op {
  return async (i) => {
    const res = await fetch(`${base}/app/calls/call-${i}/cancelMediaProcessing`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        SdkVersion: `graph-comms-sdk/${SDK_VERSION}`,
        'User-Agent': userAgent,
        'Content-Type': 'application/json',
        'client-request-id': randomUUID(),
        Authorization: `Bearer ${TOKEN}`,
      },
      body: JSON.stringify({ clientContext: 'bench' }),
      redirect: 'manual',
    });
    await res.text();
    if (res.status !== 202 || !res.headers.get('location')) throw new Error(`raw: unexpected ${res.status}`);
  };
}

function sdkOp(fetch: FetchLike): Op {
  const client = new CommsClient({ auth: TOKEN, baseUrl: base, fetch });
  return async (i) => {
    const r = await client.cancelMediaProcessing({ callId: `call-${i}` }, { clientContext: 'bench' });
    if (r.status !== 202) throw new Error('sdk: unexpected result');
  };
}

const rawNodeFetch: FetchLike = (url, init) => nodeFetch(url, { ...init, agent }) as never;
const globalFetch: FetchLike = (url, init) => globalThis.fetch(url, init);

const pairs = [
  { transport: 'node-fetch + agent (default)', raw: rawOp(rawNodeFetch), sdk: sdkOp(defaultFetch) },
  { transport: 'global fetch', raw: rawOp(globalFetch), sdk: sdkOp(globalFetch) },
];

/** Wall time of `n` calls, `width` at a time, in µs. */
async function run(op: Op, n: number, width: number): Promise<number> {
  let next = 0;
  const worker = async () => {
    while (next < n) await op(next++);
  };
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: width }, worker));
  return Number(process.hrtime.bigint() - t0) / 1e3;
}

const modes = [
  { name: 'sequential', n: SEQUENTIAL, width: 1 },
  { name: `${CONCURRENCY}-concurrent`, n: CONCURRENT, width: CONCURRENCY },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// Warm-up: JIT, socket pools, the token paths; not measured.
for (const m of modes) for (const p of pairs) for (const op of [p.raw, p.sdk]) await run(op, m.n, m.width);

type Sample = { raw: number; sdk: number };
const samples = new Map<string, Sample[]>();
for (let round = 0; round < ROUNDS; round++) {
  for (const m of modes) {
    for (const p of pairs) {
      const sum = { raw: 0, sdk: 0 };
      for (let slice = 0; slice < SLICES; slice++) {
        // raw, sdk, sdk, raw, ...: neither side always goes first.
        const order = (slice + round) % 2 === 0 ? (['raw', 'sdk'] as const) : (['sdk', 'raw'] as const);
        for (const side of order) sum[side] += await run(p[side], m.n, m.width);
      }
      const k = `${m.name}|${p.transport}`;
      samples.set(k, [...(samples.get(k) ?? []), { raw: sum.raw / (SLICES * m.n), sdk: sum.sdk / (SLICES * m.n) }]);
    }
  }
  process.stderr.write(`round ${round + 1}/${ROUNDS}\n`);
}

const rows: string[][] = [['mode', 'transport', 'raw µs/call', 'sdk µs/call', 'sdk/raw (median of rounds)']];
let worst = 0;
for (const m of modes) {
  for (const p of pairs) {
    const xs = samples.get(`${m.name}|${p.transport}`)!;
    const ratio = median(xs.map((x) => x.sdk / x.raw));
    worst = Math.max(worst, ratio);
    rows.push([m.name, p.transport, median(xs.map((x) => x.raw)).toFixed(1), median(xs.map((x) => x.sdk)).toFixed(1), `${ratio.toFixed(3)}x`]);
  }
}
const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((c, j) => (j < 2 ? c.padEnd(widths[j]!) : c.padStart(widths[j]!))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
console.log(
  `\n${ROUNDS} rounds x ${SLICES} alternating slices of ${SEQUENTIAL} sequential / ${CONCURRENT} concurrent calls per side; ` +
    `client and stand-in share one process; Node ${process.version}.`,
);
console.log(`worst ratio ${worst.toFixed(3)}x (goal <= 1.10x): ${worst <= 1.1 ? 'met' : 'NOT met'}`);
await standIn.close();
