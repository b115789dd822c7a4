// Before anything is timed: each raw side must put exactly the bytes of its SDK side on the wire (header
// names, order and values, method, path, body; only the per-call client-request-id differs), or its ratio
// would measure a different request rather than the client layer. Checked on a capturing loopback server.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import nodeFetch from 'node-fetch';
import { BENCH_TOKEN, type Op, rawGlobalOp, rawHttpOp, rawNodeFetchOp, sdkOp } from './ops.mjs';
import { type SdkModule, runNode } from './proc.js';

interface Seen {
  method: string;
  url: string;
  headers: string[];
  body: string;
}

function normalize(raw: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    out.push(`${name}: ${name.toLowerCase() === 'client-request-id' ? '<per call>' : raw[i + 1]}`);
  }
  return out;
}

function describe(a: Seen, b: Seen): string | undefined {
  if (a.method !== b.method) return `method ${a.method} vs ${b.method}`;
  if (a.url !== b.url) return `url ${a.url} vs ${b.url}`;
  if (a.body !== b.body) return `body ${a.body} vs ${b.body}`;
  if (a.headers.join('\n') !== b.headers.join('\n')) return `headers\n    ${a.headers.join(' | ')}\n    ${b.headers.join(' | ')}`;
  return undefined;
}

/** Returns the mismatches found (empty when every pair agrees). */
/** `agent`: the default transport's; `http`: a createHttpFetch whose agent the raw node:http side shares. */
export async function checkWire(sdk: SdkModule, agent: unknown, http: ReturnType<SdkModule['createHttpFetch']>, clientScript: string): Promise<string[]> {
  let last: Seen | undefined;
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (d: string) => (body += d));
    req.on('end', () => {
      last = { method: req.method!, url: req.url!, headers: normalize(req.rawHeaders), body };
      const callId = req.url!.split('/')[4];
      res.writeHead(202, { Location: `http://${req.headers.host}/beta/app/calls/${callId}/operations/op-1`, 'Content-Length': 0 });
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/beta`;
  const version = sdk.SDK_VERSION;
  const capture = async (op: Op | string): Promise<Seen> => {
    last = undefined;
    if (typeof op === 'string') await runNode([clientScript, op, base, version]);
    else await op(0);
    if (!last) throw new Error('wire check: nothing arrived');
    return last;
  };
  try {
    const groups: [string, Op | string][][] = [
      [
        ['raw global fetch', rawGlobalOp(base, version)],
        ['sdk fetch: globalThis.fetch', sdkOp(new sdk.CommsClient({ auth: BENCH_TOKEN, baseUrl: base, fetch: globalThis.fetch }))],
        ['raw global fetch (child process)', 'raw-global'],
        ['sdk fetch: globalThis.fetch (child process)', 'sdk-global'],
      ],
      [
        ['raw node-fetch + agent', rawNodeFetchOp(base, version, nodeFetch, agent)],
        ['sdk default transport', sdkOp(new sdk.CommsClient({ auth: BENCH_TOKEN, baseUrl: base }))],
        ['sdk default transport (child process)', 'sdk-default'],
      ],
      [
        ['raw node:http + agent', rawHttpOp(base, version, http.agents().http)],
        ['sdk createHttpFetch', sdkOp(new sdk.CommsClient({ auth: BENCH_TOKEN, baseUrl: base, fetch: http }))],
        ['sdk createHttpFetch (child process)', 'sdk-http'],
      ],
    ];
    const problems: string[] = [];
    for (const group of groups) {
      const [first, ...rest] = group;
      const reference = await capture(first![1]);
      for (const [name, op] of rest) {
        const diff = describe(reference, await capture(op));
        if (diff) problems.push(`${first![0]} vs ${name}: ${diff}`);
      }
    }
    return problems;
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
