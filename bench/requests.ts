// Per-request time, client CPU per request and requests/s of CommsClient vs hand-written requests, at
// concurrency 1 and 32, against the stand-in running in its own process (so process.cpuUsage here is the
// client's alone). Three pairings, one per transport: SDK with `fetch: globalThis.fetch` vs raw global fetch,
// SDK default transport vs raw node-fetch over the same keep-alive agent, and SDK over createHttpFetch vs a raw
// node:http request over the same agent (the transport floor).
import type { Agent } from 'node:http';
import nodeFetch from 'node-fetch';
import { BENCH_TOKEN, type Op, rawGlobalOp, rawHttpOp, rawNodeFetchOp, runPool, sdkOp } from './ops.mjs';
import type { SdkModule } from './proc.js';
import { type Row, fmt, median, pairRatio, ordered, ratioRow } from './stats.js';

export interface RequestsConfig {
  rounds: number;
  /** Each round runs the two sides in this many alternating slices, so load drift hits both alike. */
  slices: number;
  /** Calls per slice at concurrency 1 and at concurrency `width`. */
  sequential: number;
  concurrent: number;
  width: number;
  log: (s: string) => void;
}

export interface Transports {
  /** The default transport (what a client gets with no `fetch`: a createNodeFetch()) and its http agent. */
  fetch: ReturnType<SdkModule['createNodeFetch']>;
  agent: Agent;
  /** A createHttpFetch(); its raw side runs over `http.agents().http`. */
  http: ReturnType<SdkModule['createHttpFetch']>;
}

/** The Node transports, made here so that each raw side can run over its SDK side's very agent. */
export async function nodeTransports(sdk: SdkModule): Promise<Transports> {
  const fetch = sdk.createNodeFetch();
  return { fetch, agent: (await fetch.agents()).http, http: sdk.createHttpFetch() };
}

interface Totals {
  wallUs: number;
  cpuUs: number;
  n: number;
}

async function measure(op: Op, n: number, width: number, into: Totals): Promise<void> {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  await runPool(op, n, width);
  into.wallUs += Number(process.hrtime.bigint() - t0) / 1e3;
  const c = process.cpuUsage(c0);
  into.cpuUs += c.user + c.system;
  into.n += n;
}

interface PerRequest {
  time: number;
  cpu: number;
  rate: number;
}

const perRequest = (t: Totals): PerRequest => ({ time: t.wallUs / t.n, cpu: t.cpuUs / t.n, rate: t.n / (t.wallUs / 1e6) });

export async function benchRequests(
  base: string,
  sdk: SdkModule,
  transport: Transports,
  cfg: RequestsConfig,
): Promise<Row[]> {
  const { agent } = transport;
  const version = sdk.SDK_VERSION;
  const pairings = [
    {
      name: 'global fetch',
      raw: rawGlobalOp(base, version),
      sdk: sdkOp(new sdk.CommsClient({ auth: BENCH_TOKEN, baseUrl: base, fetch: globalThis.fetch })),
      goal: 1.1,
      scale: 1,
    },
    {
      name: 'default transport vs raw node-fetch, same agent',
      raw: rawNodeFetchOp(base, version, nodeFetch, agent),
      sdk: sdkOp(new sdk.CommsClient({ auth: BENCH_TOKEN, baseUrl: base, fetch: transport.fetch })),
      goal: undefined,
      scale: 1,
    },
    {
      name: 'createHttpFetch vs raw node:http, same agent',
      raw: rawHttpOp(base, version, transport.http.agents().http),
      sdk: sdkOp(new sdk.CommsClient({ auth: BENCH_TOKEN, baseUrl: base, fetch: transport.http })),
      goal: 1.2,
      // A request here costs a third to a half of a fetch-based one: more of them make its slices as long as the
      // others', so that a GC pause or a scheduling hiccup weighs as little in its ratio as in theirs.
      scale: 3,
    },
  ];
  const modes = [
    { name: 'c=1', n: cfg.sequential, width: 1 },
    { name: `c=${cfg.width}`, n: cfg.concurrent, width: cfg.width },
  ];

  // Warm-up: JIT, socket pools, the token path. Not measured.
  for (const m of modes) for (const p of pairings) for (const op of [p.raw, p.sdk]) await runPool(op, m.n * p.scale * 2, m.width);

  const samples = new Map<string, { raw: PerRequest; sdk: PerRequest }[]>();
  for (let round = 0; round < cfg.rounds; round++) {
    for (const m of modes) {
      for (const p of pairings) {
        const raw: Totals = { wallUs: 0, cpuUs: 0, n: 0 };
        const sdkT: Totals = { wallUs: 0, cpuUs: 0, n: 0 };
        for (let slice = 0; slice < cfg.slices; slice++) {
          for (const side of ordered<'raw' | 'sdk'>(round + slice, 'raw', 'sdk')) {
            await measure(p[side], m.n * p.scale, m.width, side === 'raw' ? raw : sdkT);
          }
        }
        const key = `${p.name}|${m.name}`;
        samples.set(key, [...(samples.get(key) ?? []), { raw: perRequest(raw), sdk: perRequest(sdkT) }]);
      }
    }
    cfg.log(`requests: round ${round + 1}/${cfg.rounds}`);
  }

  const rows: Row[] = [];
  for (const p of pairings) {
    for (const m of modes) {
      const xs = samples.get(`${p.name}|${m.name}`)!;
      const pick = (k: keyof PerRequest) => ({
        sdk: median(xs.map((x) => x.sdk[k])),
        raw: median(xs.map((x) => x.raw[k])),
        ratio: pairRatio(xs.map((x) => ({ sdk: x.sdk[k], raw: x.raw[k] }))),
      });
      const t = pick('time');
      const c = pick('cpu');
      const r = pick('rate');
      const label = `${m.name}, ${p.name}`;
      rows.push(ratioRow(`time/request (${label})`, fmt.us(t.sdk), fmt.us(t.raw), t.ratio, p.goal));
      rows.push(ratioRow(`client CPU/request (${label})`, fmt.us(c.sdk), fmt.us(c.raw), c.ratio));
      rows.push(ratioRow(`requests/s (${label})`, fmt.rate(r.sdk), fmt.rate(r.raw), r.ratio));
    }
  }
  return rows;
}
