import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommsClient } from '../../src/node.js';
import { InvalidResponseError, LocationParseError, TokenLeakError } from '../../src/errors.js';
import { LOC, type Step, accepted, fakeFetch, json } from '../support/fake-fetch.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const OPERATION = { '@odata.type': '#microsoft.graph.commsOperation', id: 'op-1', status: 'completed' };

/** 202 with the Location of an operation of the very call the request named, on the host it went to. */
const echo: Step = ({ url }) => accepted(url.replace(/\/cancelMediaProcessing$/, '/operations/op-1'));

function client(fetch = fakeFetch(echo), extra: Partial<ConstructorParameters<typeof CommsClient>[0]> = {}) {
  return { c: new CommsClient({ auth: 'tok', fetch: fetch.fetch, ...extra }), f: fetch };
}

describe('CommsClient: the request on the wire', () => {
  it('POSTs to the app route of the default base with the required headers and JSON body', async () => {
    const { c, f } = client();
    const r = await c.cancelMediaProcessing({ callId: 'call-1' }, { all: true, clientContext: 'ctx' });
    assert.equal(f.calls.length, 1);
    const { url, init } = f.calls[0]!;
    assert.equal(url, 'https://graph.microsoft.com/beta/app/calls/call-1/cancelMediaProcessing');
    assert.equal(init.method, 'POST');
    assert.equal(init.redirect, 'manual');
    assert.deepEqual(JSON.parse(init.body!), { all: true, clientContext: 'ctx' });
    const h = init.headers;
    assert.equal(h.Authorization, 'Bearer tok');
    assert.equal(h['Content-Type'], 'application/json');
    assert.equal(h.Accept, 'application/json');
    assert.match(h['client-request-id']!, GUID);
    assert.equal(h.SdkVersion, 'graph-comms-sdk/0.1.0');
    assert.match(h['User-Agent']!, /^graph-comms-sdk\/0\.1\.0 /);
    assert.equal(h['Retry-Attempt'], undefined);
    assert.equal(r.clientRequestId, h['client-request-id']);
    assert.deepEqual(r, { status: 202, route: 'app', location: LOC, callId: 'call-1', operationId: 'op-1', requestId: 'req-1', clientRequestId: r.clientRequestId });
  });

  it('leaves out of the JSON what the caller leaves out', async () => {
    const { c, f } = client();
    await c.cancelMediaProcessing({ callId: 'c' }, { clientContext: 'only' });
    await c.cancelMediaProcessing({ callId: 'c' }, {});
    await c.cancelMediaProcessing({ callId: 'c' }, { all: false, clientContext: undefined });
    assert.deepEqual(f.calls.map((x) => x.init.body), ['{"clientContext":"only"}', '{}', '{"all":false}']);
  });

  it('picks the route: applications with applicationId, app without, or as told', async () => {
    const { c, f } = client(fakeFetch(echo), { baseUrl: 'https://graph.microsoft.us/v1.0/' });
    await c.cancelMediaProcessing({ callId: 'c', applicationId: 'a' }, {});
    await c.cancelMediaProcessing({ callId: 'c' }, {});
    await c.cancelMediaProcessing({ callId: 'c', route: 'communications' }, {});
    await c.cancelMediaProcessing({ callId: 'c', applicationId: 'a', route: 'app' }, {});
    assert.deepEqual(
      f.calls.map((x) => x.url),
      [
        'https://graph.microsoft.us/v1.0/applications/a/calls/c/cancelMediaProcessing',
        'https://graph.microsoft.us/v1.0/app/calls/c/cancelMediaProcessing',
        'https://graph.microsoft.us/v1.0/communications/calls/c/cancelMediaProcessing',
        'https://graph.microsoft.us/v1.0/app/calls/c/cancelMediaProcessing',
      ],
    );
  });

  it('refuses route "applications" without applicationId, an applicationId on "communications", and unknown routes', async () => {
    const { c, f } = client();
    await assert.rejects(c.cancelMediaProcessing({ callId: 'c', route: 'applications' }, {}), /applicationId is required/);
    await assert.rejects(c.cancelMediaProcessing({ callId: 'c', route: 'me' as never }, {}), TypeError);
    // The communications route has no application in its path: an applicationId there would be silently dropped.
    await assert.rejects(
      c.cancelMediaProcessing({ callId: 'c', applicationId: 'a', route: 'communications' }, {}),
      (e: unknown) => e instanceof TypeError && /applicationId/.test(e.message) && /communications/.test(e.message),
    );
    await assert.rejects(c.getOperation({ status: 202, callId: 'c', operationId: 'o', applicationId: 'a', route: 'communications', clientRequestId: 'x' } as never), TypeError);
    assert.equal(f.calls.length, 0);
  });

  it('percent-encodes ids and refuses hostile ones before any request', async () => {
    const { c, f } = client();
    await c.cancelMediaProcessing({ callId: 'a b%c', applicationId: 'ü' }, {});
    assert.equal(f.calls[0]!.url, 'https://graph.microsoft.com/beta/applications/%C3%BC/calls/a%20b%25c/cancelMediaProcessing');
    for (const callId of ['', '.', '..', '../x', 'a/b', 'a?b', 'a#b', 'a\\b', 'a\u0000', 7]) {
      await assert.rejects(c.cancelMediaProcessing({ callId } as never, {}), (e: unknown) => e instanceof TypeError && /^callId /.test(e.message));
    }
    await assert.rejects(c.cancelMediaProcessing({ callId: 'ok', applicationId: '..' }, {}), (e: unknown) => e instanceof TypeError && /^applicationId /.test(e.message));
    assert.equal(f.calls.length, 1);
  });

  it('refuses bodies of the wrong shape before any request', async () => {
    const { c, f } = client();
    for (const body of [{ all: 'yes' }, { clientContext: 5 }, 'x', [1]]) {
      await assert.rejects(c.cancelMediaProcessing({ callId: 'c' }, body as never), TypeError);
    }
    assert.equal(f.calls.length, 0);
  });

  it('merges caller headers without letting them replace Authorization, and uses the caller clientRequestId', async () => {
    const { c, f } = client();
    const r = await c.cancelMediaProcessing({ callId: 'c' }, {}, {
      clientRequestId: 'my-id',
      headers: { 'X-Trace': 't1', authorization: 'Bearer stolen', 'Client-Request-Id': 'other', accept: 'application/json;odata.metadata=none' },
    });
    const h = f.calls[0]!.init.headers;
    assert.equal(h['X-Trace'], 't1');
    assert.equal(h.Authorization, 'Bearer tok');
    assert.equal(Object.keys(h).filter((k) => k.toLowerCase() === 'authorization').length, 1);
    assert.equal(h['client-request-id'], 'my-id');
    assert.equal(Object.keys(h).filter((k) => k.toLowerCase() === 'client-request-id').length, 1);
    assert.equal(h.accept, 'application/json;odata.metadata=none');
    assert.equal(r.clientRequestId, 'my-id');
    await assert.rejects(c.cancelMediaProcessing({ callId: 'c' }, {}, { clientRequestId: 'bad\r\nid' }), TypeError);
    await assert.rejects(c.cancelMediaProcessing({ callId: 'c' }, {}, { headers: { 'X-A': 'a\nb' } }), TypeError);
  });

  it('refuses an invalid header name with a TypeError naming it, before anything is sent', async () => {
    const { c, f } = client();
    for (const name of ['', 'X Bad', 'X-A\r\nX-Evil', 'Ü-Header', 'X:A', 'X-(a)', 'X-"q"']) {
      await assert.rejects(
        c.cancelMediaProcessing({ callId: 'call-1' }, {}, { headers: { [name]: 'v' } }),
        (e: unknown) => e instanceof TypeError && e.message.includes(JSON.stringify(name)),
        JSON.stringify(name),
      );
      await assert.rejects(c.getOperation(LOC, { headers: { [name]: 'v' } }), TypeError);
    }
    assert.equal(f.calls.length, 0);
    await c.cancelMediaProcessing({ callId: 'call-1' }, {}, { headers: { "X-Ok_1.~!#$%&'*+^`|": 'v' } });
    assert.equal(f.calls[0]!.init.headers["X-Ok_1.~!#$%&'*+^`|"], 'v');
  });

  it('uses a fresh client-request-id per call', async () => {
    const { c, f } = client();
    await c.cancelMediaProcessing({ callId: 'c' }, {});
    await c.cancelMediaProcessing({ callId: 'c' }, {});
    assert.notEqual(f.calls[0]!.init.headers['client-request-id'], f.calls[1]!.init.headers['client-request-id']);
  });
});

describe('CommsClient: options', () => {
  it('refuses to send the token over plain http to a non-loopback base', async () => {
    const { c, f } = client(fakeFetch(echo), { baseUrl: 'http://graph.example.com/beta' });
    await assert.rejects(c.cancelMediaProcessing({ callId: 'c' }, {}), TokenLeakError);
    await assert.rejects(c.getOperation(LOC.replace('https://graph.microsoft.com', 'http://graph.example.com')), TokenLeakError);
    assert.equal(f.calls.length, 0);
  });

  it('allows plain http to loopback, and refuses a base outside allowedHosts', async () => {
    const ok = client(fakeFetch(accepted('http://127.0.0.1:9/beta/app/calls/c/operations/o')), { baseUrl: 'http://127.0.0.1:9/beta' });
    assert.equal((await ok.c.cancelMediaProcessing({ callId: 'c' }, {})).operationId, 'o');
    const { c, f } = client(fakeFetch(echo), { allowedHosts: ['other.example'] });
    await assert.rejects(c.cancelMediaProcessing({ callId: 'c' }, {}), TokenLeakError);
    assert.equal(f.calls.length, 0);
  });

  it('refuses bad options at construction', () => {
    assert.throws(() => new CommsClient(undefined as never), TypeError);
    assert.throws(() => new CommsClient({ auth: 'tok', baseUrl: 'not a url' }), TypeError);
    assert.throws(() => new CommsClient({ auth: 'tok', baseUrl: 'https://x/beta?q=1' }), TypeError);
    assert.throws(() => new CommsClient({ auth: {} as never }), TypeError);
    assert.throws(() => new CommsClient({ auth: 'tok', timeoutMs: 0 }), TypeError);
    assert.throws(() => new CommsClient({ auth: 'tok', retry: { maxRetries: -1 } }), TypeError);
    // NaN used to turn the redirect cap off; every non-integer or negative value is refused now.
    for (const maxRedirects of [Number.NaN, -1, 1.5, Infinity, '3' as never]) {
      assert.throws(() => new CommsClient({ auth: 'tok', maxRedirects }), /maxRedirects must be an integer >= 0/, String(maxRedirects));
    }
    assert.throws(() => new CommsClient({ auth: 'tok', route: 'me' as never }), /route must be/);
    assert.throws(() => new CommsClient({ auth: 'tok', applicationId: 'a/b' }), /^TypeError: applicationId /);
  });

  it('asks a credential for {origin}/.default by default, or the given scopes', async () => {
    const scopes: unknown[] = [];
    const credential = { getToken: async (s: string | string[]) => (scopes.push(s), { token: 't', expiresOnTimestamp: Date.now() + 3_600_000 }) };
    await client(fakeFetch(echo), { auth: credential, baseUrl: 'https://graph.microsoft.de/beta' }).c.cancelMediaProcessing({ callId: 'c' }, {});
    await client(fakeFetch(echo), { auth: credential, scopes: ['api://x/.default'] }).c.cancelMediaProcessing({ callId: 'c' }, {});
    assert.deepEqual(scopes, [['https://graph.microsoft.de/.default'], ['api://x/.default']]);
  });
});

describe('CommsClient.getOperation', () => {
  it('GETs the Location of a result, without a body or Content-Type, and validates the operation', async () => {
    const { c, f } = client(fakeFetch(accepted(), json(200, OPERATION)));
    const r = await c.cancelMediaProcessing({ callId: 'call-1' }, {});
    const op = await c.getOperation(r);
    assert.deepEqual(op, OPERATION);
    const { url, init } = f.calls[1]!;
    assert.equal(url, LOC);
    assert.equal(init.method, 'GET');
    assert.equal(init.body, undefined);
    assert.equal(init.headers['Content-Type'], undefined);
    assert.equal(init.headers.Authorization, 'Bearer tok');
  });

  it('follows a Location string on an allowed host, keeping its version, and a relative one on the base', async () => {
    const { c, f } = client(fakeFetch(json(200, OPERATION)), { allowedHosts: ['graph.microsoft.com', 'canary.graph.microsoft.com'] });
    await c.getOperation('https://canary.graph.microsoft.com/v1.0/communications/calls/c%201/operations/o/');
    await c.getOperation('/applications/a/calls/C/operations/O');
    assert.deepEqual(
      f.calls.map((x) => x.url),
      ['https://canary.graph.microsoft.com/v1.0/communications/calls/c%201/operations/o', 'https://graph.microsoft.com/beta/applications/a/calls/C/operations/O'],
    );
  });

  it('refuses a Location on a host outside allowedHosts with nothing sent', async () => {
    let asked = 0;
    const f = fakeFetch(json(200, OPERATION));
    const c = new CommsClient({ auth: () => (asked++, 'tok'), fetch: f.fetch });
    await assert.rejects(c.getOperation('https://evil.example/beta/app/calls/c/operations/o'), (e: unknown) => e instanceof TokenLeakError && e.url.startsWith('https://evil.example/'));
    await assert.rejects(c.getOperation({ status: 202, route: 'app', location: 'https://evil.example/beta/app/calls/c/operations/o', callId: 'c', operationId: 'o', clientRequestId: 'x' }), TokenLeakError);
    assert.equal(f.calls.length, 0);
    assert.equal(asked, 0, 'not even a token was fetched');
  });

  it('refuses what is not an operation URI', async () => {
    const { c, f } = client(fakeFetch(json(200, OPERATION)));
    await assert.rejects(c.getOperation('https://graph.microsoft.com/beta/app/calls/c'), LocationParseError);
    await assert.rejects(c.getOperation(42 as never), TypeError);
    assert.equal(f.calls.length, 0);
  });

  it('uses the route of a 200 result without a Location', async () => {
    const body = { '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation', id: 'op-9', status: 'running' };
    const { c, f } = client(fakeFetch(json(200, body), json(200, OPERATION)));
    const r = await c.cancelMediaProcessing({ callId: 'c', route: 'communications' }, {});
    assert.equal(r.location, undefined);
    await c.getOperation(r);
    assert.equal(f.calls[1]!.url, 'https://graph.microsoft.com/beta/communications/calls/c/operations/op-9');
    await c.getOperation({ status: 200, route: 'applications', callId: 'c', operationId: 'o', applicationId: 'a', clientRequestId: 'x' });
    assert.equal(f.calls[2]!.url, 'https://graph.microsoft.com/beta/applications/a/calls/c/operations/o');
  });

  it('refuses an operation body that fails the schema', async () => {
    const { c } = client(fakeFetch(json(200, { id: 'o', status: 'sleeping' })));
    await assert.rejects(c.getOperation(LOC), (e: unknown) => e instanceof InvalidResponseError && e.path === '/status');
  });
});
