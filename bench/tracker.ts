// The operation tracker's own cost: from a final's dispatch to its waiter's resolution (p50, p99, one operation at a
// time), and operations per second with many in flight. The Redis side is the fleet's: createRedisTracker on two
// node-redis clients of a redis-server on loopback, waitFor on one "instance" and dispatch on the other, so that
// every final goes through the store script, the pub/sub announcement and the waiter's read. The raw side is the
// in-memory OperationTracker, waitFor and dispatch on the same one.
import { performance } from 'node:perf_hooks';
import { createClient } from 'redis';
import { opPayload } from '../test/redis/support.js';
import { percentile } from '../test/support/percentile.js';
import { startRedis } from '../test/support/redis-server.js';
import type { RedisModule, SdkModule } from './proc.js';
import { type Row, fmt, median, ordered, pairRatio, ratioRow } from './stats.js';

export interface TrackerConfig {
  rounds: number;
  /** Operations one at a time, per round and side: the latency sample. */
  sequential: number;
  /** Operations per round and side for the throughput, `width` of them in flight at once. */
  concurrent: number;
  width: number;
  log: (s: string) => void;
}

/** One "instance" waits, the other dispatches; for the in-memory tracker both are the same object. */
interface Side {
  waitFor(operationId: string): Promise<unknown>;
  dispatch(operationId: string): Promise<void> | void;
  /** Resolves once everything the waitFor just sent is answered (Redis: a round trip on the waiting connection). */
  settled(): Promise<unknown>;
}

interface Figures {
  p50: number;
  p99: number;
  rate: number;
}

let serial = 0;
const nextId = () => `bench-op-${process.pid}-${++serial}`;

async function measure(side: Side, cfg: TrackerConfig): Promise<Figures> {
  const latencies: number[] = [];
  for (let i = 0; i < cfg.sequential; i++) {
    const id = nextId();
    let resolvedAt = 0;
    const waiting = side.waitFor(id).then(() => (resolvedAt = performance.now()));
    await side.settled(); // the waiter's own read is done: what follows times the dispatch alone
    const t0 = performance.now();
    await side.dispatch(id);
    await waiting;
    latencies.push(resolvedAt - t0);
  }
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: cfg.width }, async () => {
      while (next < cfg.concurrent) {
        next++;
        const id = nextId();
        const waiting = side.waitFor(id);
        await side.dispatch(id);
        await waiting;
      }
    }),
  );
  const rate = cfg.concurrent / ((performance.now() - t0) / 1000);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99), rate };
}

export async function benchTracker(sdk: SdkModule, fleet: RedisModule, cfg: TrackerConfig): Promise<Row[]> {
  const timeoutMs = 30_000;
  const memory = new sdk.OperationTracker();
  const inMemory: Side = {
    waitFor: (id) => memory.waitFor(id, { timeoutMs }),
    dispatch: (id) => memory.dispatch(opPayload(id)),
    settled: () => Promise.resolve(),
  };
  const server = await startRedis();
  const errors: unknown[] = [];
  const [a, b] = await Promise.all([0, 1].map(() => createClient({ url: server.url }).on('error', (e: unknown) => void errors.push(e)).connect()));
  const keyPrefix = `bench-${process.pid}:`;
  const waiting = fleet.createRedisTracker({ redis: a!, keyPrefix });
  const dispatching = fleet.createRedisTracker({ redis: b!, keyPrefix });
  const onRedis: Side = {
    waitFor: (id) => waiting.waitFor(id, { timeoutMs }),
    dispatch: (id) => dispatching.dispatch(opPayload(id)),
    settled: () => a!.ping(),
  };
  try {
    const warm = { ...cfg, sequential: 200, concurrent: 1000 };
    await measure(inMemory, warm);
    await measure(onRedis, warm); // also starts the waiting side's subscription
    const rounds: { redis: Figures; memory: Figures }[] = [];
    for (let round = 0; round < cfg.rounds; round++) {
      const r = {} as { redis: Figures; memory: Figures };
      for (const side of ordered<'redis' | 'memory'>(round, 'redis', 'memory')) r[side] = await measure(side === 'redis' ? onRedis : inMemory, cfg);
      rounds.push(r);
    }
    cfg.log('tracker: done');
    if (errors.length > 0) throw new Error(`the Redis clients reported errors: ${errors.map(String).join('; ')}`);
    if (waiting.waiterCount !== 0 || memory.waiterCount !== 0) throw new Error('a waiter was left: the figures would not be of settled operations');

    const row = (metric: string, pick: (f: Figures) => number, format: (v: number) => string) =>
      ratioRow(
        metric,
        format(median(rounds.map((r) => pick(r.redis)))),
        format(median(rounds.map((r) => pick(r.memory)))),
        pairRatio(rounds.map((r) => ({ sdk: pick(r.redis), raw: pick(r.memory) }))),
      );
    const sample = `${cfg.sequential.toLocaleString('en-US')} one at a time`;
    return [
      row(`tracker dispatch-to-resolve p50 (${sample}; Redis: two clients on loopback)`, (f) => f.p50 * 1000, fmt.us),
      row(`tracker dispatch-to-resolve p99 (${sample}; Redis: two clients on loopback)`, (f) => f.p99 * 1000, fmt.us),
      row(`tracker operations/s (waitFor + dispatch + resolve, ${cfg.width} in flight)`, (f) => f.rate, fmt.rate),
    ];
  } finally {
    await Promise.all([waiting.close(), dispatching.close()]);
    await Promise.all([a!.close(), b!.close()]);
    await server.stop();
  }
}
