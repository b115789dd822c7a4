// The two sides of every request benchmark, in plain JavaScript so that child processes (cold start,
// peak RSS) run them under bare `node`, with no TypeScript loader inflating their time or memory.
// The raw side is what a developer writes by hand with fetch; it puts the same bytes on the wire as
// the SDK (same headers, same order, same body) so a ratio measures only the client layer.

export const BENCH_TOKEN = 'bench-token';
const BODY = { clientContext: 'bench' };

export function rawHeaders(version) {
  return {
    Accept: 'application/json',
    SdkVersion: `graph-comms-sdk/${version}`,
    'User-Agent': `graph-comms-sdk/${version} (Node.js ${process.version}; ${process.platform})`,
    'Content-Type': 'application/json',
    'client-request-id': crypto.randomUUID(),
    Authorization: `Bearer ${BENCH_TOKEN}`,
  };
}

async function checked(res) {
  await res.text();
  if (res.status !== 202 || !res.headers.get('location')) throw new Error(`raw: unexpected ${res.status}`);
}

/** Hand-written POST with Node's global fetch. */
export function rawGlobalOp(base, version) {
  return async (i) => {
    const res = await fetch(`${base}/app/calls/call-${i}/cancelMediaProcessing`, {
      method: 'POST',
      headers: rawHeaders(version),
      body: JSON.stringify(BODY),
      redirect: 'manual',
    });
    await checked(res);
  };
}

/**
 * rawGlobalOp with the timeout a careful hand would add, as the SDK's default (30 s per attempt): an AbortController
 * and a timer per request. Undici holds every signal it is given until the request is collected, which is what
 * this side shows in peak RSS.
 */
export function rawGlobalTimeoutOp(base, version) {
  return async (i) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), 30_000);
    try {
      const res = await fetch(`${base}/app/calls/call-${i}/cancelMediaProcessing`, {
        method: 'POST',
        headers: rawHeaders(version),
        body: JSON.stringify(BODY),
        redirect: 'manual',
        signal: controller.signal,
      });
      await checked(res);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Hand-written POST with node-fetch over the given agent. */
export function rawNodeFetchOp(base, version, nodeFetch, agent) {
  return async (i) => {
    const res = await nodeFetch(`${base}/app/calls/call-${i}/cancelMediaProcessing`, {
      method: 'POST',
      headers: rawHeaders(version),
      body: JSON.stringify(BODY),
      redirect: 'manual',
      agent,
    });
    await checked(res);
  };
}

/**
 * Hand-written POST with node:http over the given agent: what createHttpFetch has to beat. node:http is looked up
 * here, not imported, so that the raw global-fetch child process of the cold-start section never loads it.
 */
export function rawHttpOp(base, version, agent) {
  const http = process.getBuiltinModule('node:http');
  return (i) =>
    new Promise((resolve, reject) => {
      const req = http.request(`${base}/app/calls/call-${i}/cancelMediaProcessing`, { method: 'POST', headers: rawHeaders(version), agent }, (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          Buffer.concat(chunks).toString('utf8');
          if (res.statusCode !== 202 || !res.headers.location) reject(new Error(`raw: unexpected ${res.statusCode}`));
          else resolve();
        });
      });
      req.on('error', reject);
      req.end(JSON.stringify(BODY));
    });
}

export function sdkOp(client) {
  return async (i) => {
    const r = await client.cancelMediaProcessing({ callId: `call-${i}` }, BODY);
    if (r.status !== 202 || !r.operationId) throw new Error('sdk: unexpected result');
  };
}

/** Runs op(0..n-1), `width` at a time. */
export async function runPool(op, n, width) {
  let next = 0;
  const worker = async () => {
    while (next < n) await op(next++);
  };
  await Promise.all(Array.from({ length: Math.min(width, n) }, worker));
}
