// npm run bench: CommsClient against hand-written requests, printed as one table. Every ratio is sdk ÷ raw
// taken pairwise within a round (several rounds, sides interleaved) and reduced by the median.
//   BENCH_QUICK=1               small counts, for a smoke run (figures are then only indicative)
//   BENCH_ONLY=requests,cold,rss,bundle,notifications,callbacks,tracker,codegen   run some sections
import { availableParallelism, loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { benchBundle } from './bundle.js';
import { benchCallbacks } from './callbacks.js';
import { benchCodegen } from './codegen.js';
import { benchColdStart } from './cold-start.js';
import { benchNotifications } from './notifications.js';
import { type PackageCopy, copyPackage, ensureDist, startServer } from './proc.js';
import { benchRequests, nodeTransports } from './requests.js';
import { benchRss } from './rss.js';
import { benchTracker } from './tracker.js';
import type { Row } from './stats.js';
import { checkWire } from './wire-check.js';

const QUICK = process.env.BENCH_QUICK === '1';
const SECTIONS = ['requests', 'cold', 'rss', 'bundle', 'notifications', 'callbacks', 'tracker', 'codegen'];
const only = new Set(process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',').map((s) => s.trim()) : SECTIONS);
for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`BENCH_ONLY: unknown section ${s} (known: ${SECTIONS.join(', ')})`);
const wants = (s: string) => only.has(s);

const started = Date.now();
const log = (s: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${s}\n`);
const notes: string[] = [];
const note = (s: string) => notes.push(s);

const cpuModel = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown CPU';
// The run itself keeps about two processes busy (client and stand-in); more than that means other work
// shares the CPUs, which widens the noise even of pairwise ratios.
const loads: [string, number][] = [['start', loadavg()[0]!]];
const sampleLoad = (after: string) => loads.push([after, loadavg()[0]!]);

const pkg = freshCopy();
process.once('exit', () => pkg.remove());
const { sdk } = await pkg.load();
const rows: Row[] = [];

if (wants('requests') || wants('cold') || wants('rss')) {
  const transport = await nodeTransports(sdk);
  const problems = await checkWire(sdk, transport.agent, transport.http, pkg.clientScript);
  if (problems.length) {
    console.error(`The raw and SDK sides do not send the same bytes, so their ratio would be meaningless:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  log('wire check: raw and SDK requests are byte-identical (client-request-id aside)');
  const server = await startServer();
  try {
    if (wants('requests')) {
      rows.push(
        ...(await benchRequests(server.url, sdk, transport, {
          rounds: QUICK ? 3 : 15, // this machine's noise is about ±8%: more rounds steady the median
          slices: 4,
          sequential: QUICK ? 30 : 200,
          concurrent: QUICK ? 96 : 400,
          width: 32,
          log,
        })),
      );
      sampleLoad('requests');
    }
    if (wants('cold')) {
      rows.push(...(await benchColdStart(server.url, sdk.SDK_VERSION, { rounds: QUICK ? 5 : 25, clientScript: pkg.clientScript, log })));
      sampleLoad('cold start');
    }
    if (wants('rss')) {
      rows.push(...(await benchRss(server.url, sdk.SDK_VERSION, { rounds: QUICK ? 1 : 5, requests: QUICK ? 2_000 : 10_000, width: 32, clientScript: pkg.clientScript, log })));
      sampleLoad('peak RSS');
    }
  } finally {
    await server.close();
  }
}
if (wants('bundle')) rows.push(...(await benchBundle(pkg.dir, note)));
if (wants('notifications')) {
  rows.push(...(await benchNotifications(sdk, { rounds: QUICK ? 3 : 7, parses: QUICK ? 5_000 : 50_000, tokens: QUICK ? 200 : 2_000, log })));
  sampleLoad('notifications');
}
if (wants('callbacks')) {
  rows.push(...(await benchCallbacks({ rounds: QUICK ? 3 : 9, slices: 2, requests: QUICK ? 128 : 400, repeatedRequests: QUICK ? 128 : 2_000, width: 32, packageDir: pkg.dir, log })));
  sampleLoad('callbacks');
}
if (wants('tracker')) {
  const fleet = await pkg.loadRedis();
  rows.push(...(await benchTracker(sdk, fleet, { rounds: QUICK ? 2 : 5, sequential: QUICK ? 300 : 2_000, concurrent: QUICK ? 1_000 : 5_000, width: 100, log })));
  sampleLoad('tracker');
}
if (wants('codegen')) {
  rows.push(...(await benchCodegen({ runs: QUICK ? 1 : 3, warmup: false, log })));
  sampleLoad('codegen');
}

printTable(rows);
const goals = rows.filter((r) => r.met !== undefined);
console.log(`\ngoals met: ${goals.filter((r) => r.met).length}/${goals.length}${QUICK ? ' (BENCH_QUICK: small counts, indicative only)' : ''}`);
console.log('ratio = sdk ÷ raw of the figure shown: the median of per-round pairs (their range in brackets); for a rate, below 1 means the SDK does less.');
console.log('raw = the same request written by hand with Node\'s global fetch (or node-fetch / node:http where the row says so), same bytes on the wire;');
console.log('      for the callback rows, a node:http server that only reads and JSON.parses the body, answering the same bytes.');
if (wants('tracker')) {
  console.log('      for the tracker rows, sdk = createRedisTracker, waitFor on one client of a loopback redis-server and dispatch on another');
  console.log('      (two instances of a fleet); raw = the in-memory OperationTracker, waitFor and dispatch on the same one.');
}
const cpus = availableParallelism();
const peakLoad = Math.max(...loads.map(([, l]) => l));
if (peakLoad > cpus + 1) note(`other work shared the machine (1-min load average up to ${peakLoad.toFixed(1)} on ${cpus} CPUs): ratios are noisier than usual`);
for (const n of notes) console.log(`note: ${n}`);
console.log(
  `machine: ${cpus} CPUs (${cpuModel}), Node ${process.version}; 1-min load average ${loads.map(([at, l]) => `${at} ${l.toFixed(1)}`).join(', ')}; ` +
    `total ${((Date.now() - started) / 1000).toFixed(0)} s`,
);

/** Other work in the tree may be rebuilding dist/ just now (the build deletes it first): then try again. */
function freshCopy(): PackageCopy {
  for (let attempt = 1; ; attempt++) {
    ensureDist(log);
    try {
      return copyPackage();
    } catch (e) {
      if (attempt === 3) throw e;
      log(`copying dist/ failed (${(e as Error).message}); again`);
    }
  }
}

function printTable(table: Row[]): void {
  const cells = [
    ['metric', 'sdk', 'raw', 'ratio', 'goal', 'met'],
    ...table.map((r) => [
      r.metric,
      r.sdk,
      r.raw,
      r.ratio === undefined ? '—' : `${r.ratio.median.toFixed(3)}× (${r.ratio.min.toFixed(3)}–${r.ratio.max.toFixed(3)})`,
      r.goal ?? '—',
      r.met === undefined ? '—' : r.met ? 'yes' : 'NO',
    ]),
  ];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => `| ${c.map((v, i) => (i === 0 || i >= 4 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(cells[0]!));
  console.log(`|${widths.map((w, i) => (i === 0 || i >= 4 ? ':' : '-') + '-'.repeat(w) + (i === 0 || i >= 4 ? '-' : ':')).join('|')}|`);
  for (const c of cells.slice(1)) console.log(line(c));
}
