import assert from 'node:assert/strict';
import { type IncomingHttpHeaders, createServer } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { test } from 'node:test';
import { type GraphStandIn, type StandInOptions, startGraphStandIn } from './graph-stand-in.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CALL = '57dab8b1-894c-409a-b240-bd8beae78896';
const APP = 'a1b2c3d4-0000-4000-8000-00000000000a';
const CRID = '0b9c2a86-5c55-4b4f-9d9e-3a3a3a3a3a3a';
const AUTH = { authorization: 'Bearer test-token', 'content-type': 'application/json' };

async function start(t: { after(fn: () => Promise<void>): void }, options?: StandInOptions): Promise<GraphStandIn> {
  const s = await startGraphStandIn(options);
  t.after(() => s.close());
  return s;
}

function post(s: GraphStandIn, path: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<Response> {
  const payload = typeof body === 'string' || body instanceof Uint8Array ? (body as string | Uint8Array<ArrayBuffer>) : JSON.stringify(body);
  return fetch(s.url + path, { method: 'POST', headers: { ...AUTH, ...headers }, body: payload });
}

async function expectError(r: Response, status: number, code: string): Promise<string> {
  assert.equal(r.status, status);
  assert.equal(r.headers.get('content-type'), 'application/json');
  const requestId = r.headers.get('request-id') ?? '';
  assert.match(requestId, GUID);
  const { error } = (await r.json()) as { error: { code: string; message: string; innerError: Record<string, string> } };
  assert.equal(error.code, code);
  assert.ok(error.message.length > 0);
  assert.equal(error.innerError['request-id'], requestId);
  assert.equal(error.innerError['client-request-id'], r.headers.get('client-request-id'));
  assert.match(error.innerError.date!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  return error.message;
}

for (const [route, prefix] of [
  ['app', '/app'],
  ['applications', `/applications/${APP}`],
  ['communications', '/communications'],
] as const) {
  test(`${route}: 202 with a Location that GETs the stored operation`, async (t) => {
    const s = await start(t);
    const r = await post(s, `${prefix}/calls/${CALL}/cancelMediaProcessing`, { all: true, clientContext: 'ctx-1' }, { 'client-request-id': CRID });
    assert.equal(r.status, 202);
    assert.equal(await r.text(), '');
    assert.equal(r.headers.get('content-length'), '0');
    assert.equal(r.headers.get('client-request-id'), CRID);
    assert.match(r.headers.get('request-id') ?? '', GUID);
    const [op, ...more] = [...s.operations.values()];
    assert.equal(more.length, 0);
    assert.deepEqual(op, {
      callId: CALL,
      route,
      ...(route === 'applications' ? { applicationId: APP } : {}),
      operationId: op!.operationId,
      clientContext: 'ctx-1',
      status: 'running',
    });
    assert.match(op!.operationId, GUID);
    assert.equal(r.headers.get('location'), `${s.url}${prefix}/calls/${CALL}/operations/${op!.operationId}`);

    const g = await fetch(r.headers.get('location')!, { headers: { authorization: 'Bearer test-token' } });
    assert.equal(g.status, 200);
    assert.match(g.headers.get('content-type') ?? '', /^application\/json;/);
    assert.deepEqual(await g.json(), {
      '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation',
      id: op!.operationId,
      status: 'running',
      clientContext: 'ctx-1',
    });
    assert.equal(s.requests.length, 2);
    assert.equal(s.requests[0]!.body, '{"all":true,"clientContext":"ctx-1"}');
    assert.equal(s.requests[0]!.headers['client-request-id'], CRID);
  });
}

test('ids are decoded once and re-encoded in the Location; segment names are case-insensitive', async (t) => {
  const s = await start(t, { locationHost: 'https://graph.microsoft.com/' });
  const r = await post(s, `/applications/app%201/calls/a%2Fb%25c/microsoft.graph.CancelMediaProcessing`);
  assert.equal(r.status, 202);
  const op = [...s.operations.values()][0]!;
  assert.equal(op.callId, 'a/b%c');
  assert.equal(op.applicationId, 'app 1');
  assert.equal(r.headers.get('location'), `https://graph.microsoft.com/beta/applications/app%201/calls/a%2Fb%25c/operations/${op.operationId}`);
  // Without a client-request-id Graph reuses its request-id there.
  assert.equal(r.headers.get('client-request-id'), r.headers.get('request-id'));
});

test("answer '200' sends the operation body without Location; '200+location' sends both", async (t) => {
  for (const answer of ['200', '200+location'] as const) {
    const s = await start(t, { answer });
    const r = await post(s, `/communications/calls/${CALL}/cancelMediaProcessing`, { clientContext: 'c' });
    assert.equal(r.status, 200);
    const op = [...s.operations.values()][0]!;
    assert.deepEqual(await r.json(), {
      '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation',
      id: op.operationId,
      status: 'running',
      clientContext: 'c',
    });
    const expected = answer === '200' ? null : `${s.url}/communications/calls/${CALL}/operations/${op.operationId}`;
    assert.equal(r.headers.get('location'), expected);
  }
});

test('authorization: missing, not Bearer, and refused tokens get 401 InvalidAuthenticationToken', async (t) => {
  const s = await start(t, { acceptToken: (tok) => tok === 'good' });
  const path = `/app/calls/${CALL}/cancelMediaProcessing`;
  for (const authorization of ['', 'Basic Zm9vOmJhcg==', 'Bearer test-token', 'Bearer ']) {
    const r = await post(s, path, {}, { authorization, 'client-request-id': CRID });
    await expectError(r, 401, 'InvalidAuthenticationToken');
    assert.equal(r.headers.get('client-request-id'), CRID);
  }
  assert.equal((await post(s, path, {}, { authorization: 'bearer good' })).status, 202);
  await expectError(await fetch(`${s.url}/app/calls/${CALL}/operations/x`), 401, 'InvalidAuthenticationToken');
});

test('client-request-id must be a GUID', async (t) => {
  const s = await start(t);
  const r = await post(s, `/app/calls/${CALL}/cancelMediaProcessing`, {}, { 'client-request-id': 'not-a-guid' });
  assert.match(await expectError(r, 400, 'BadRequest'), /client-request-id/);
  assert.equal(r.headers.get('client-request-id'), 'not-a-guid');
  assert.equal(s.operations.size, 0);
});

test('Content-Type must be application/json (a utf-8 charset is fine)', async (t) => {
  const s = await start(t);
  const path = `/app/calls/${CALL}/cancelMediaProcessing`;
  for (const type of ['text/plain', 'application/json; charset=iso-8859-1', 'application/jsonx']) {
    await expectError(await post(s, path, {}, { 'content-type': type }), 415, 'UnsupportedMediaType');
  }
  // A Uint8Array body makes fetch send no Content-Type at all.
  const bare = await fetch(s.url + path, { method: 'POST', headers: { authorization: 'Bearer test-token' }, body: new TextEncoder().encode('{}') });
  await expectError(bare, 415, 'UnsupportedMediaType');
  assert.equal((await post(s, path, {}, { 'content-type': 'Application/JSON; charset="UTF-8"' })).status, 202);
});

test('bodies that are not a valid cancelMediaProcessing payload get 400 naming the problem', async (t) => {
  const s = await start(t);
  const path = `/app/calls/${CALL}/cancelMediaProcessing`;
  const cases: [string | Uint8Array, RegExp][] = [
    ['{"all":', /JSON/],
    [new Uint8Array([0x7b, 0xff, 0x7d]), /JSON/],
    ['[]', /object/],
    ['null', /null/],
    ['"text"', /object/],
    ['{"all":"yes"}', /\/all/],
    ['{"clientContext":5}', /\/clientContext/],
    ['{"clientContext":null}', /\/clientContext/],
    ['{"all":true,"extra":1}', /extra/],
    [JSON.stringify({ clientContext: 'x'.repeat(257) }), /256/],
  ];
  for (const [body, message] of cases) {
    const r = await post(s, path, body);
    assert.match(await expectError(r, 400, 'BadRequest'), message, String(body));
  }
  assert.equal(s.operations.size, 0);
  assert.equal((await post(s, path, { clientContext: 'x'.repeat(256) })).status, 202);
  assert.equal((await post(s, path, {})).status, 202);
  // openapi.json makes the body of cancelMediaProcessing optional (all its members are).
  assert.equal((await post(s, path, '')).status, 202);
});

test('a body over 64 KiB gets 413', async (t) => {
  const s = await start(t);
  const big = JSON.stringify({ clientContext: 'x'.repeat(64 * 1024) });
  await expectError(await post(s, `/app/calls/${CALL}/cancelMediaProcessing`, big), 413, 'RequestEntityTooLarge');
  assert.equal(s.requests[0]!.body.length, 64 * 1024 + 1);
});

test('unknown paths get 404, wrong methods 405 with Allow', async (t) => {
  const s = await start(t);
  for (const path of [
    `${s.origin}/v1.0/app/calls/${CALL}/cancelMediaProcessing`,
    `${s.url}/app/calls/${CALL}/cancelMediaProcessing/`,
    `${s.url}/app/calls//cancelMediaProcessing`,
    `${s.url}/app/calls/${CALL}/hangUpEverything`,
    `${s.url}/me`,
  ]) {
    await expectError(await fetch(path, { method: 'POST', headers: AUTH, body: '{}' }), 404, 'itemNotFound');
  }
  await expectError(await fetch(`${s.url}/app/calls/${CALL}/operations/${CALL}`, { headers: AUTH }), 404, 'itemNotFound');
  const get = await fetch(`${s.url}/app/calls/${CALL}/cancelMediaProcessing`, { headers: AUTH });
  await expectError(get, 405, 'MethodNotAllowed');
  assert.equal(get.headers.get('allow'), 'POST');
  const postOp = await fetch(`${s.url}/app/calls/${CALL}/operations/${CALL}`, { method: 'POST', headers: AUTH, body: '{}' });
  await expectError(postOp, 405, 'MethodNotAllowed');
  assert.equal(postOp.headers.get('allow'), 'GET');
  await expectError(await post(s, `/app/calls/%E0%A4%A/cancelMediaProcessing`), 400, 'BadRequest');
});

test('operations are found by GUID in any case and dash form, but only under their own call', async (t) => {
  const s = await start(t);
  await post(s, `/app/calls/${CALL}/cancelMediaProcessing`);
  const opId = [...s.operations.keys()][0]!;
  const squash = (id: string) => id.replace(/-/g, '').toUpperCase();
  const g = await fetch(`${s.url}/communications/calls/${squash(CALL)}/operations/${squash(opId)}`, { headers: AUTH });
  assert.equal(g.status, 200);
  assert.equal(((await g.json()) as { id: string }).id, opId);
  await expectError(await fetch(`${s.url}/app/calls/other/operations/${opId}`, { headers: AUTH }), 404, 'itemNotFound');
});

test('keep-alive: several requests on one connection are all answered', async (t) => {
  const s = await start(t);
  const socket = connect(Number(new URL(s.origin).port), '127.0.0.1');
  const one = `POST /beta/app/calls/${CALL}/cancelMediaProcessing HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer test-token\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`;
  let data = '';
  socket.on('data', (c: Buffer) => (data += c.toString('latin1')));
  const closed = new Promise((resolve) => socket.on('close', resolve));
  socket.end(one + one + one.replace('HTTP/1.1\r\n', 'HTTP/1.1\r\nConnection: close\r\n'));
  await closed;
  assert.equal(data.match(/^HTTP\/1\.1 202 Accepted/gm)?.length, 3);
  assert.equal(s.operations.size, 3);
});

test('randomFailure is deterministic per seed, skips faulted requests and carries Retry-After', async (t) => {
  const run = async (seed: number) => {
    const s = await start(t, { randomFailure: { rate: 0.5, status: 503, retryAfterSec: 2, seed } });
    s.enqueue({ kind: 'no-location' });
    const statuses: number[] = [];
    for (let i = 0; i < 24; i++) {
      const r = await post(s, `/app/calls/${CALL}/cancelMediaProcessing`);
      statuses.push(r.status);
      if (r.status === 503) {
        assert.equal(r.headers.get('retry-after'), '2');
        await expectError(r, 503, 'serviceNotAvailable');
      } else await r.arrayBuffer();
    }
    return statuses;
  };
  const a = await run(7);
  assert.deepEqual(await run(7), a);
  assert.notDeepEqual(await run(8), a);
  assert.equal(a[0], 202); // the queued fault, not the PRNG, decided the first answer
  assert.ok(a.includes(503) && a.slice(1).includes(202), a.join());
  // GETs never fail at random.
  const s = await start(t, { randomFailure: { rate: 1, status: 429 } });
  assert.equal((await post(s, `/app/calls/${CALL}/cancelMediaProcessing`)).status, 429);
  assert.equal((await fetch(`${s.url}/app/calls/${CALL}/operations/x`, { headers: AUTH })).status, 404);
});

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** A callback receiver; `hold` (when given) delays its answers until the test resolves it. */
async function receiver(t: { after(fn: () => Promise<void>): void }, status = 202, hold?: Promise<void>) {
  const got: Received[] = [];
  let arrived!: () => void;
  const first = new Promise<void>((resolve) => (arrived = resolve));
  const server = createServer(async (req, res) => {
    let body = '';
    for await (const chunk of req) body += chunk;
    got.push({ headers: req.headers, body });
    arrived();
    await hold;
    res.writeHead(status).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(async () => {
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await closed;
  });
  return { got, first, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/calls` };
}

test('each accepted request is followed by a signed commsNotification with Graph-style ids', async (t) => {
  const rx = await receiver(t);
  const s = await start(t, { callbackUrl: rx.url, signNotification: async (claims) => `jwt-for-${JSON.stringify(claims)}` });
  await post(s, `/communications/calls/${CALL}/cancelMediaProcessing`, { clientContext: 'd45324c1' });
  await post(s, `/applications/${APP}/calls/plain%20id/cancelMediaProcessing`, {});
  await s.idle();
  const [op1, op2] = [...s.operations.values()];
  const squash = (id: string) => id.replace(/-/g, '').toUpperCase();
  const resource1 = `/communications/calls/${squash(CALL)}/operations/${squash(op1!.operationId)}`;
  const resource2 = `/applications/${squash(APP)}/calls/plain%20id/operations/${squash(op2!.operationId)}`;
  assert.equal(rx.got.length, 2);
  assert.equal(rx.got[0]!.headers.authorization, 'Bearer jwt-for-{}');
  assert.equal(rx.got[0]!.headers['content-type'], 'application/json');
  const expected = (resource: string, clientContext?: string) => ({
    value: [
      {
        '@odata.type': '#microsoft.graph.commsNotification',
        changeType: 'deleted',
        resource,
        resourceData: {
          '@odata.type': '#microsoft.graph.commsOperation',
          '@odata.id': resource,
          '@odata.etag': 'W/"1"',
          ...(clientContext === undefined ? {} : { clientContext }),
          status: 'completed',
        },
      },
    ],
  });
  assert.deepEqual(JSON.parse(rx.got[0]!.body), expected(resource1, 'd45324c1'));
  assert.deepEqual(JSON.parse(rx.got[1]!.body), expected(resource2));
  assert.equal(s.notificationsSent, 2);
  assert.deepEqual(s.notificationFailures, []);
  assert.equal(op1!.status, 'completed');
  const g = await fetch(`${s.url}/communications/calls/${CALL}/operations/${op1!.operationId}`, { headers: AUTH });
  assert.equal(((await g.json()) as { status: string }).status, 'completed');
});

test('notification failures are recorded, never thrown', async (t) => {
  const refusing = await receiver(t, 401);
  const s = await start(t, { callbackUrl: refusing.url });
  assert.equal((await post(s, `/app/calls/${CALL}/cancelMediaProcessing`)).status, 202);
  await s.idle();
  assert.equal(refusing.got[0]!.headers.authorization, undefined);
  const broken = await start(t, {
    callbackUrl: refusing.url,
    signNotification: async () => {
      throw new Error('no key');
    },
  });
  await post(broken, `/app/calls/${CALL}/cancelMediaProcessing`);
  await broken.idle();
  const nowhere = await start(t, { callbackUrl: `${s.origin}/closed` });
  await s.close(); // nothing listens there any more
  await post(nowhere, `/app/calls/${CALL}/cancelMediaProcessing`);
  await nowhere.idle();
  for (const [standIn, pattern] of [[s, /401/], [broken, /no key/], [nowhere, /fetch failed/]] as const) {
    assert.equal(standIn.notificationsSent, 0);
    assert.equal(standIn.notificationFailures.length, 1);
    assert.match((standIn.notificationFailures[0] as Error).message, pattern);
  }
});

test('notifyBeforeResponse: the notification is delivered before the answer is written', async (t) => {
  const rx = await receiver(t);
  const s = await start(t, { callbackUrl: rx.url, notifyBeforeResponse: (n) => n === 1 });
  await post(s, `/app/calls/${CALL}/cancelMediaProcessing`, { clientContext: 'ignored' }, { 'content-type': 'text/plain' });
  const r = await post(s, `/app/calls/${CALL}/cancelMediaProcessing`, { clientContext: 'first' });
  assert.equal(r.status, 202);
  assert.equal(rx.got.length, 1); // already there when the answer arrived: no idle() needed
  assert.equal(s.notificationsSent, 1);
  assert.equal([...s.operations.values()][0]!.status, 'completed');
});

test('without notifyBeforeResponse the answer does not wait for the callback', async (t) => {
  let release!: () => void;
  const rx = await receiver(t, 202, new Promise<void>((resolve) => (release = resolve)));
  const s = await start(t, { callbackUrl: rx.url, answer: '200' });
  const r = await post(s, `/app/calls/${CALL}/cancelMediaProcessing`);
  // The receiver is still holding the notification, yet the answer came, and it says 'running'.
  assert.equal(((await r.json()) as { status: string }).status, 'running');
  await rx.first;
  assert.equal(s.notificationsSent, 0);
  release();
  await s.idle();
  assert.equal(s.notificationsSent, 1);
});
