// The real CommsClient against the Graph stand-in over real sockets, over each transport: the default
// (node-fetch with the keep-alive agent), createHttpFetch (node:http directly) and Node's global fetch. The file must end on its own:
// pooled sockets are unref'd and every stand-in is closed (a socket the client left open would hold close()).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AccessTokenLike, TokenCredentialLike } from '../../src/auth.js';
import { CommsClient } from '../../src/node.js';
import { GraphError, TokenLeakError } from '../../src/errors.js';
import { createHttpFetch } from '../../src/http-fetch.js';
import type { CommsClientOptions, FetchLike } from '../../src/types.js';
import { type GraphStandIn, type StandInOptions, startGraphStandIn } from '../support/graph-stand-in.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CALL = '57dab8b1-894c-409a-b240-bd8beae78896';
const APP = 'a1b2c3d4-0000-4000-8000-00000000000a';
const NO_WAIT = { sleep: async () => {}, random: () => 0 };

const transports: [string, FetchLike | undefined][] = [
  ['default transport (node-fetch + keep-alive agent)', undefined],
  ['createHttpFetch (node:http + keep-alive agent)', createHttpFetch()],
  ['global fetch', globalThis.fetch],
];

for (const [name, fetch] of transports) {
  describe(`CommsClient over ${name}`, () => {
    const standIns: GraphStandIn[] = [];
    const start = async (options?: StandInOptions) => {
      const s = await startGraphStandIn(options);
      standIns.push(s);
      return s;
    };
    const client = (s: GraphStandIn, options: Partial<CommsClientOptions> = {}) =>
      new CommsClient({ auth: 'test-token', baseUrl: s.url, retry: NO_WAIT, ...(fetch ? { fetch } : {}), ...options });

    let graph: GraphStandIn;
    before(async () => {
      graph = await start();
    });
    after(async () => {
      await Promise.all(standIns.map((s) => s.close()));
    });

    for (const [route, prefix, call] of [
      ['app', '/app', { callId: CALL }],
      ['applications', `/applications/${APP}`, { callId: CALL, applicationId: APP }],
      ['communications', '/communications', { callId: CALL, route: 'communications' as const }],
    ] as const) {
      it(`${route}: sends the wire request of API.md and reads the 202 + Location`, async () => {
        const s = await start();
        const r = await client(s).cancelMediaProcessing(call, { clientContext: 'ctx-1' });
        assert.equal(s.requests.length, 1);
        const req = s.requests[0]!;
        assert.equal(req.method, 'POST');
        assert.equal(req.url, `/beta${prefix}/calls/${CALL}/cancelMediaProcessing`);
        assert.equal(req.headers.authorization, 'Bearer test-token');
        assert.equal(req.headers['content-type'], 'application/json');
        assert.equal(req.headers.accept, 'application/json');
        assert.match(String(req.headers['client-request-id']), GUID);
        assert.equal(req.headers.sdkversion, 'graph-comms-sdk/0.1.0');
        assert.match(String(req.headers['user-agent']), /^graph-comms-sdk\/0\.1\.0\b/);
        assert.equal(req.body, '{"clientContext":"ctx-1"}', 'the left-out `all` stays out');
        const op = [...s.operations.values()][0]!;
        assert.equal(r.status, 202);
        assert.equal(r.location, `${s.url}${prefix}/calls/${CALL}/operations/${op.operationId}`);
        assert.equal(r.callId, CALL);
        assert.equal(r.operationId, op.operationId);
        assert.equal(r.applicationId, route === 'applications' ? APP : undefined);
        assert.equal(r.clientRequestId, req.headers['client-request-id']);
        assert.match(r.requestId ?? '', GUID);
        const fetched = await client(s).getOperation(r);
        assert.equal(fetched.id, op.operationId);
        assert.equal(fetched.status, 'running');
        assert.equal(fetched.clientContext, 'ctx-1');
        assert.equal(s.requests[1]!.method, 'GET');
        assert.equal(s.requests[1]!.headers['content-type'], undefined);
      });
    }

    it('percent-encodes ids on the wire', async () => {
      const r = await client(graph).cancelMediaProcessing({ callId: 'a b%c' }, { all: true });
      assert.equal(graph.requests.at(-1)!.url, '/beta/app/calls/a%20b%25c/cancelMediaProcessing');
      assert.equal(graph.requests.at(-1)!.body, '{"all":true}');
      assert.equal(r.callId, 'a b%c');
    });

    it('reads a 200 answer with a cancelMediaProcessingOperation body', async () => {
      const s = await start({ answer: '200' });
      const r = await client(s).cancelMediaProcessing({ callId: CALL }, { clientContext: 'c2' });
      const op = [...s.operations.values()][0]!;
      assert.equal(r.status, 200);
      assert.equal(r.location, undefined);
      assert.equal(r.operationId, op.operationId);
      assert.equal(r.operation?.['@odata.type'], '#microsoft.graph.cancelMediaProcessingOperation');
      assert.equal(r.operation?.status, 'running');
      assert.equal((await client(s).getOperation(r)).id, op.operationId);
    });

    it('reads a 200 answer with both a Location and a body, ids from the Location', async () => {
      const s = await start({ answer: '200+location' });
      const r = await client(s).cancelMediaProcessing({ callId: CALL }, {});
      assert.equal(r.status, 200);
      assert.equal(r.location?.startsWith(s.url), true);
      assert.equal(r.operationId, r.operation?.id);
    });

    it('refreshes the token once on a 401 and retries once', async () => {
      const s = await start({ acceptToken: (t) => t === 'fresh' });
      const issued: string[] = [];
      const credential: TokenCredentialLike = {
        async getToken(): Promise<AccessTokenLike> {
          issued.push(issued.length === 0 ? 'stale' : 'fresh');
          return { token: issued.at(-1)!, expiresOnTimestamp: Date.now() + 3_600_000 };
        },
      };
      const c = client(s, { auth: credential });
      assert.equal((await c.cancelMediaProcessing({ callId: CALL }, {})).status, 202);
      assert.deepEqual(s.requests.map((r) => r.headers.authorization), ['Bearer stale', 'Bearer fresh']);
      assert.equal(s.requests[0]!.headers['client-request-id'], s.requests[1]!.headers['client-request-id']);
      await c.cancelMediaProcessing({ callId: CALL }, {});
      assert.equal(issued.length, 2, 'the fresh token is cached');

      const never = await start({ acceptToken: () => false });
      await assert.rejects(client(never, { auth: credential }).cancelMediaProcessing({ callId: CALL }, {}), (e: unknown) => e instanceof GraphError && e.status === 401 && e.code === 'InvalidAuthenticationToken');
      assert.equal(never.requests.length, 2);
    });

    it('retries 429 and 503 with Retry-After, with Retry-Attempt and one client-request-id', async () => {
      const s = await start();
      s.enqueue({ kind: 'status', status: 429, retryAfter: '0' }, { kind: 'status', status: 503, retryAfter: '0' });
      const r = await client(s, { retry: { maxRetries: 3 } }).cancelMediaProcessing({ callId: CALL }, {});
      assert.equal(r.status, 202);
      assert.equal(s.requests.length, 3);
      assert.deepEqual(s.requests.map((q) => q.headers['retry-attempt']), [undefined, '1', '2']);
      assert.equal(new Set(s.requests.map((q) => q.headers['client-request-id'])).size, 1);
      assert.equal(r.clientRequestId, s.requests[0]!.headers['client-request-id']);
    });

    it('retries a 504 without Retry-After through the injected back-off', async () => {
      const s = await start();
      const delays: number[] = [];
      s.enqueue({ kind: 'status', status: 504 });
      await client(s, { retry: { sleep: async (ms) => void delays.push(ms), random: () => 0.5, baseDelayMs: 200 } }).cancelMediaProcessing({ callId: CALL }, {});
      assert.deepEqual(delays, [100]);
      assert.equal(s.requests.length, 2);
    });

    it('fails at once with retryAfterMs when Retry-After is beyond maxDelayMs', async () => {
      const s = await start();
      s.enqueue({ kind: 'status', status: 429, retryAfter: '120' });
      await assert.rejects(
        client(s, { retry: { maxDelayMs: 60_000 } }).cancelMediaProcessing({ callId: CALL }, {}),
        (e: unknown) => e instanceof GraphError && e.status === 429 && e.retryAfterMs === 120_000 && e.code === 'TooManyRequests',
      );
      assert.equal(s.requests.length, 1);
    });

    it('retries a connection reset before any answer', async () => {
      const s = await start();
      s.enqueue({ kind: 'reset-before-headers' });
      assert.equal((await client(s).cancelMediaProcessing({ callId: CALL }, {})).status, 202);
      assert.equal(s.requests.length, 2);
    });

    it('does not retry a connection cut after the headers (the service may have acted)', async () => {
      const s = await start();
      s.enqueue({ kind: 'reset-after-headers' });
      await assert.rejects(client(s).cancelMediaProcessing({ callId: CALL }, {}), (e: unknown) => !(e instanceof GraphError));
      assert.equal(s.requests.length, 1);
    });

    it("parses Graph's OData error into GraphError", async () => {
      const s = await start();
      const crid = '0b9c2a86-5c55-4b4f-9d9e-3a3a3a3a3a3a';
      s.enqueue({ kind: 'status', status: 404 });
      const e = await client(s).cancelMediaProcessing({ callId: CALL }, {}, { clientRequestId: crid }).catch((err: unknown) => err);
      assert.ok(e instanceof GraphError, String(e));
      assert.equal(e.status, 404);
      assert.equal(e.code, 'itemNotFound');
      assert.equal(e.message, 'Injected 404.');
      assert.match(e.requestId ?? '', GUID);
      assert.equal(e.clientRequestId, crid);
      assert.match(e.date ?? '', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
      assert.equal(JSON.parse(e.body).error.innerError['request-id'], e.requestId);
    });

    it('gives a GraphError with the raw text for HTML, empty and truncated error bodies', async () => {
      const s = await start();
      s.enqueue({ kind: 'html500' }, { kind: 'empty-error', status: 400 }, { kind: 'truncated-error', status: 403 });
      const c = client(s);
      const errors = [];
      for (let i = 0; i < 3; i++) errors.push(await c.cancelMediaProcessing({ callId: CALL }, {}).catch((err: unknown) => err));
      const [html, empty, cut] = errors as GraphError[];
      assert.ok(html instanceof GraphError && empty instanceof GraphError && cut instanceof GraphError);
      assert.equal(html.status, 500);
      assert.equal(html.code, 'http500');
      assert.match(html.body, /^<!DOCTYPE html>/);
      assert.equal(empty.status, 400);
      assert.equal(empty.body, '');
      assert.equal(cut.status, 403);
      assert.match(cut.body, /^\{"error":\{"code":"Forbidden"/);
      assert.throws(() => JSON.parse(cut.body));
      for (const e of errors as GraphError[]) assert.match(e.requestId ?? '', GUID);
      assert.equal(s.requests.length, 3, 'none of these is retried');
    });

    it('follows a 307 on the same host, keeping method and body', async () => {
      const s = await start();
      s.enqueue({ kind: 'redirect', status: 307, location: `${s.url}/communications/calls/${CALL}/cancelMediaProcessing` });
      const r = await client(s).cancelMediaProcessing({ callId: CALL }, { clientContext: 'keep' });
      assert.ok(r.location?.includes(`/communications/calls/${CALL}/operations/`), r.location);
      assert.deepEqual(s.requests.map((q) => [q.method, q.url, q.body]), [
        ['POST', `/beta/app/calls/${CALL}/cancelMediaProcessing`, '{"clientContext":"keep"}'],
        ['POST', `/beta/communications/calls/${CALL}/cancelMediaProcessing`, '{"clientContext":"keep"}'],
      ]);
    });

    it('refuses a redirect to another host with nothing sent there', async () => {
      const s = await start();
      const elsewhere = await start({ acceptToken: () => true });
      s.enqueue({ kind: 'redirect', status: 307, location: `${elsewhere.url}/app/calls/${CALL}/cancelMediaProcessing` });
      await assert.rejects(client(s).cancelMediaProcessing({ callId: CALL }, {}), TokenLeakError);
      assert.equal(elsewhere.requests.length, 0);
    });

    it('refuses getOperation for a Location on another host with nothing sent there', async () => {
      const elsewhere = await start({ acceptToken: () => true });
      const s = await start({ locationHost: elsewhere.origin });
      const r = await client(s).cancelMediaProcessing({ callId: CALL }, {});
      assert.equal(r.location?.startsWith(elsewhere.origin), true);
      await assert.rejects(client(s).getOperation(r), TokenLeakError);
      await assert.rejects(client(s).getOperation(r.location!), TokenLeakError);
      assert.equal(elsewhere.requests.length, 0);
      // Listed in allowedHosts, the same Location is followed.
      const host = new URL(elsewhere.origin).host;
      const allowed = client(s, { allowedHosts: [new URL(s.url).host, host] });
      await assert.rejects(allowed.getOperation(r), (e: unknown) => e instanceof GraphError && e.status === 404);
      assert.equal(elsewhere.requests.length, 1);
    });

    it('times out a request whose answer never comes, and one whose body never ends', async () => {
      const s = await start();
      s.enqueue({ kind: 'hang-headers' }, { kind: 'hang-body' });
      const c = client(s, { timeoutMs: 50 });
      await assert.rejects(c.cancelMediaProcessing({ callId: CALL }, {}), { name: 'TimeoutError' });
      await assert.rejects(c.cancelMediaProcessing({ callId: CALL }, {}), { name: 'TimeoutError' });
      assert.equal(s.requests.length, 2, 'timeouts are not retried');
    });

    it('ends a hanging request at once when the caller aborts', async () => {
      let arrived!: () => void;
      const seen = new Promise<void>((resolve) => (arrived = resolve));
      const s = await start({ onRequest: () => arrived() });
      s.enqueue({ kind: 'hang-headers' });
      const controller = new AbortController();
      const pending = client(s).cancelMediaProcessing({ callId: CALL }, {}, { signal: controller.signal });
      await seen;
      controller.abort();
      await assert.rejects(pending, { name: 'AbortError' });
    });
  });
}
