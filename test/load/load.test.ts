// 1,000 concurrent cancelMediaProcessing calls through ONE CommsClient (default transport) against the stand-in,
// which fails 5% of attempts with 503 + Retry-After: 0 and, for every operation, POSTs a signed completion
// notification to a real callback server (createCallbackHandler + a real verifier + an OperationTracker) as it
// goes: every 7th request's notification before its 202, the rest after, in whatever order the sockets give.
// Nothing may be lost or doubled: every call resolves, every waitFor settles with its own operation, every
// notification is delivered once, and the tracker ends empty.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { it } from 'node:test';
import type { CommsNotification, CommsOperation } from '../../generated/index.js';
import { CommsClient } from '../../src/node.js';
import { createCallbackHandler } from '../../src/notifications/handler.js';
import { operationIdFromResource } from '../../src/notifications/parse.js';
import { normalizeOperationId, OperationTracker } from '../../src/notifications/tracker.js';
import { createNotificationVerifier } from '../../src/notifications/verifier.js';
import type { CancelMediaProcessingResult } from '../../src/types.js';
import { startGraphStandIn } from '../support/graph-stand-in.js';
import { createTestKeys, signCallbackToken, startJwksServer, TEST_AUDIENCE, TEST_ISSUER, type TestKey } from '../support/jwt.js';

const N = 1000;
const RSS_LIMIT_MB = 600;
const SEED = 0x5eed_c0de;

const operationKey = (resource: unknown): string => {
  const ids = typeof resource === 'string' ? operationIdFromResource(resource) : undefined;
  assert.ok(ids, `no operation in ${String(resource)}`);
  return normalizeOperationId(ids.operationId);
};

it(`${N} concurrent calls with 5% 503s and ${N} callbacks: nothing lost, nothing doubled`, { timeout: 120_000 }, async (t) => {
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25).unref();

  const [key] = (await createTestKeys(1)) as [TestKey];
  const jwks = await startJwksServer([key]);
  const tracker = new OperationTracker({ maxPending: 2 * N }); // the default (1000) would be exactly N: no slack
  const deliveries = new Map<string, number>();
  const handlerErrors: unknown[] = [];
  const callback = createServer(
    createCallbackHandler({
      verifier: createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: jwks.jwksUri }),
      tracker,
      onNotification: (n: CommsNotification) => {
        const k = operationKey(n.resource ?? n.resourceUrl);
        deliveries.set(k, (deliveries.get(k) ?? 0) + 1);
      },
      onError: (e) => handlerErrors.push(e),
    }),
  );
  await new Promise<void>((resolve) => callback.listen(0, '127.0.0.1', 1024, resolve));
  const graph = await startGraphStandIn({
    callbackUrl: `http://127.0.0.1:${(callback.address() as AddressInfo).port}/api/calls`,
    signNotification: () => signCallbackToken(key, { aud: TEST_AUDIENCE, iss: TEST_ISSUER }),
    notifyBeforeResponse: (n) => n % 7 === 0,
    randomFailure: { rate: 0.05, status: 503, retryAfterSec: 0, seed: SEED },
  });
  const client = new CommsClient({ auth: 'test-token', baseUrl: graph.url, retry: { maxRetries: 10, baseDelayMs: 1, maxDelayMs: 50 } });

  try {
    const started = performance.now();
    const early = new Set<string>(); // operations delivered before the client had read their 202
    const waits: Promise<CommsOperation>[] = [];
    const settledCount = new Array<number>(N).fill(0);
    const outcomes = await Promise.allSettled(
      Array.from({ length: N }, async (_, i): Promise<CancelMediaProcessingResult> => {
        const r = await client.cancelMediaProcessing({ callId: `call-${i}` }, { clientContext: `ctx-${i}` });
        if (deliveries.has(normalizeOperationId(r.operationId))) early.add(r.operationId);
        waits[i] = tracker.waitFor(r.operationId).then((op) => {
          settledCount[i]!++;
          return op;
        });
        return r;
      }),
    );
    const failed = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [`#${i}: ${String(o.reason)}`] : []));
    assert.deepEqual(failed.slice(0, 5), [], `${failed.length} calls failed`);
    const results = outcomes.map((o) => (o as PromiseFulfilledResult<CancelMediaProcessingResult>).value);

    // Every notification the stand-in owes has been answered by the callback server once idle() resolves, and the
    // handler hands a payload to the tracker as soon as its 202 is written, before the sender can read it; one
    // more turn runs the waiters' then() callbacks.
    await graph.idle();
    await new Promise<void>((resolve) => setImmediate(resolve));
    const wallMs = Math.round(performance.now() - started);

    assert.deepEqual(graph.notificationFailures, []);
    assert.deepEqual(handlerErrors, []);
    assert.equal(graph.notificationsSent, N);
    assert.equal(graph.operations.size, N, 'one operation per call: no retry created a second one');
    assert.equal(new Set(results.map((r) => normalizeOperationId(r.operationId))).size, N);

    const retried = graph.requests.filter((q) => q.headers['retry-attempt'] !== undefined).length;
    assert.ok(retried > 0, 'the 503s were injected');
    // Every attempt past a call's first is a retry and says so. (A retry may also follow a connection that was
    // reset before its request arrived, on a machine loaded enough to let a pooled socket go stale: that first
    // attempt is then never recorded, so the count is a bound rather than an equality.)
    assert.ok(graph.requests.length - N <= retried, `${graph.requests.length - N} extra attempts, ${retried} marked as retries`);
    assert.equal(new Set(graph.requests.map((q) => q.url.split('/')[4])).size, N, 'every call reached the service');

    assert.equal(deliveries.size, N, 'every operation was delivered');
    const doubled = [...deliveries].filter(([, count]) => count !== 1);
    assert.deepEqual(doubled, [], 'some operation was delivered more than once');

    assert.deepEqual(settledCount.filter((c) => c !== 1), [], 'every waitFor settled exactly once');
    assert.equal(tracker.waiterCount, 0);
    assert.equal(tracker.pendingCount, 0);
    const operations = await Promise.all(waits);
    operations.forEach((op, i) => {
      assert.equal(op.status, 'completed');
      assert.equal(operationKey(op['@odata.id']), normalizeOperationId(results[i]!.operationId), `waiter #${i} got another operation`);
      assert.equal(op.clientContext, `ctx-${i}`);
    });

    // Each request n with n % 7 === 0 that was not one of the 503s was notified before its answer.
    const notifiedFirst = graph.requests.filter((_, n) => n % 7 === 0).length - retried;
    assert.ok(early.size >= notifiedFirst && early.size > 0, `${early.size} early deliveries, at least ${notifiedFirst} expected`);

    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    t.diagnostic(
      `${N} calls, ${graph.requests.length} attempts (${retried} after a 503), ${early.size} notified before their 202; ` +
        `wall ${wallMs} ms; peak RSS ${mb(peakRss)} MB`,
    );
    assert.ok(mb(peakRss) < RSS_LIMIT_MB, `peak RSS ${mb(peakRss)} MB`);
  } finally {
    clearInterval(sampler);
    await graph.close();
    callback.closeAllConnections();
    await new Promise<void>((resolve) => callback.close(() => resolve()));
    await jwks.close();
  }
});
