// A fresh client process for the cold-start and peak-RSS sections:
//   node bench/client.mjs <raw-global|raw-global-timeout|sdk-global|sdk-default|sdk-http> <baseUrl> <sdkVersion> [n=1] [width=1]
// Does n cancelMediaProcessing calls, then prints {"maxRSS": KiB} and ends on its own (the exit itself is
// part of the cold start: a transport that held the process open would show here).
import { BENCH_TOKEN, rawGlobalOp, rawGlobalTimeoutOp, runPool, sdkOp } from './ops.mjs';

const [mode, base, version, n = '1', width = '1'] = process.argv.slice(2);

let op;
if (mode === 'raw-global') {
  op = rawGlobalOp(base, version);
} else if (mode === 'raw-global-timeout') {
  op = rawGlobalTimeoutOp(base, version);
} else if (mode === 'sdk-global' || mode === 'sdk-default' || mode === 'sdk-http') {
  // The package by its own name, as a user imports it: resolved through package.json's exports map to dist/.
  const { CommsClient, createHttpFetch } = await import('graph-comms-sdk');
  const options = { auth: BENCH_TOKEN, baseUrl: base };
  if (mode === 'sdk-global') options.fetch = globalThis.fetch;
  if (mode === 'sdk-http') options.fetch = createHttpFetch();
  op = sdkOp(new CommsClient(options));
} else {
  throw new Error(`unknown mode ${mode}`);
}
await runPool(op, Number(n), Number(width));
process.stdout.write(`${JSON.stringify({ maxRSS: process.resourceUsage().maxRSS })}\n`);
