import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { CommsNotification } from '../../../generated/index.js';
import { NotificationAuthError } from '../../../src/errors.js';
import { readBody } from '../../../src/notifications/body.js';
import { createCallbackHandler, type CallbackHandlerOptions } from '../../../src/notifications/handler.js';
import { OperationTracker } from '../../../src/notifications/tracker.js';
import { createNotificationVerifier } from '../../../src/notifications/verifier.js';
import { createTestKeys, signCallbackToken, startJwksServer, TEST_AUDIENCE, TEST_ISSUER, type JwksServer, type TestKey } from '../../support/jwt.js';
import { listen, send } from './http.js';

const unhandled: unknown[] = [];
process.on('unhandledRejection', (e) => unhandled.push(e));

const SEED_BODY = JSON.stringify({
  value: [
    {
      changeType: 'deleted',
      resource: '/app/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5',
      resourceData: {
        '@odata.type': '#microsoft.graph.commsOperation',
        '@odata.id': '/app/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5',
        clientContext: 'd45324c1-fcb5-430a-902c-f20af696537c',
        status: 'Completed',
      },
    },
  ],
});
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
const opNote = (id: string, status = 'completed') => ({
  changeType: 'deleted',
  resourceUrl: `/communications/calls/c/operations/${id}`,
  resourceData: { status },
});

// A verifier that accepts exactly one header value: for tests about everything but tokens.
const GOOD = 'Bearer good';
const stubVerifier = {
  async verify(h: string | undefined) {
    if (h !== GOOD) throw new NotificationAuthError(h ? 'signature' : 'missing');
    return {};
  },
};

async function withServer(options: CallbackHandlerOptions, run: (url: string) => Promise<void>): Promise<void> {
  const s = await listen(createCallbackHandler(options));
  try {
    await run(s.url);
  } finally {
    await s.close();
  }
}

describe('createCallbackHandler over node:http, with real tokens', () => {
  let key: TestKey;
  let jwks: JwksServer;
  before(async () => {
    [key] = (await createTestKeys(1)) as [TestKey];
    jwks = await startJwksServer([key]);
  });
  after(() => jwks.close());

  it('accepts the seed notification: 202, tracker resolved, onNotification told', async () => {
    const tracker = new OperationTracker();
    const seen: CommsNotification[] = [];
    const verifier = createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: jwks.jwksUri });
    const waiting = tracker.waitFor('0fe0623f-d628-42ed-b4bd-8ac290072cc5');
    await withServer({ verifier, tracker, onNotification: (n) => void seen.push(n) }, async (url) => {
      const token = await signCallbackToken(key, { aud: TEST_AUDIENCE, iss: TEST_ISSUER });
      const res = await send(url, { headers: { ...JSON_TYPE, authorization: `Bearer ${token}` }, body: SEED_BODY });
      assert.equal(res.status, 202);
      assert.deepEqual(res.json, { accepted: 1 });
    });
    assert.equal((await waiting).clientContext, 'd45324c1-fcb5-430a-902c-f20af696537c');
    assert.equal(seen.length, 1);
    assert.equal((seen[0]!.resourceData as Record<string, unknown>).status, 'completed', 'parsed, in wire casing');
  });

  it('answers 401 for a bad token without echoing it, and tells nobody', async () => {
    const seen: unknown[] = [];
    const verifier = createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: jwks.jwksUri });
    await withServer({ verifier, onNotification: (n) => void seen.push(n) }, async (url) => {
      const token = await signCallbackToken(key, { aud: 'another-bot', iss: TEST_ISSUER });
      const res = await send(url, { headers: { ...JSON_TYPE, authorization: `Bearer ${token}` }, body: SEED_BODY });
      assert.equal(res.status, 401);
      assert.equal(res.json.error.reason, 'audience');
      assert.match(String(res.headers['www-authenticate']), /^Bearer /);
      assert.ok(!res.text.includes(token.split('.')[1]!), 'no part of the token is echoed');
      assert.equal((await send(url, { headers: JSON_TYPE, body: SEED_BODY })).json.error.reason, 'missing');
    });
    assert.equal(seen.length, 0);
  });
});

describe('createCallbackHandler: status codes and their order', () => {
  const seen: unknown[] = [];
  const options = { verifier: stubVerifier, maxBodyBytes: 4096, onNotification: (n: unknown) => void seen.push(n) };
  const auth = { authorization: GOOD };
  let url: string;
  let close: () => Promise<void>;
  before(async () => ({ url, close } = await listen(createCallbackHandler(options))));
  after(() => close());

  it('405 for anything but POST, with Allow', async () => {
    const res = await send(url, { method: 'GET', headers: auth });
    assert.equal(res.status, 405);
    assert.equal(res.headers.allow, 'POST');
    assert.equal((await send(url, { method: 'PUT', headers: { ...JSON_TYPE, ...auth }, body: SEED_BODY })).status, 405);
  });

  it('415 for a body that is not declared JSON, even with a bad token', async () => {
    assert.equal((await send(url, { headers: { 'content-type': 'text/plain' }, body: SEED_BODY })).status, 415);
    assert.equal((await send(url, { headers: auth, body: SEED_BODY })).status, 415);
    assert.equal((await send(url, { headers: { 'content-type': 'Application/JSON', ...auth }, body: SEED_BODY })).status, 202);
  });

  it('413 for a declared Content-Length over the limit, before the token is looked at', async () => {
    const res = await send(url, { headers: { ...JSON_TYPE, 'content-length': 10 * 1024 * 1024 }, body: Buffer.alloc(10 * 1024 * 1024, 0x20) });
    assert.equal(res.status, 413);
    assert.equal(res.json.error.code, 'payloadTooLarge');
  });

  it('413 for a chunked body that grows past the limit', async () => {
    const chunks = Array.from({ length: 64 }, () => Buffer.alloc(1024, 0x20));
    const res = await send(url, { headers: { ...JSON_TYPE, ...auth }, body: chunks });
    assert.equal(res.status, 413);
  });

  it('401 before 400: a bad token with a bad body is a 401', async () => {
    const res = await send(url, { headers: { ...JSON_TYPE, authorization: 'Bearer bad' }, body: '{' });
    assert.equal(res.status, 401);
    assert.equal(res.json.error.reason, 'signature');
  });

  it('400 naming the JSON pointer of the first bad place', async () => {
    const bad = JSON.stringify({ value: [opNote('a'), { ...opNote('b'), changeType: 'moved' }] });
    const res = await send(url, { headers: { ...JSON_TYPE, ...auth }, body: bad });
    assert.equal(res.status, 400);
    assert.equal(res.json.error.path, '/value/1/changeType');
    assert.equal((await send(url, { headers: { ...JSON_TYPE, ...auth }, body: 'not json' })).status, 400);
    assert.equal((await send(url, { headers: { ...JSON_TYPE, ...auth } })).status, 400);
  });

  it('503 when the verifier cannot get at its keys', async () => {
    const verifier = { verify: () => Promise.reject(new NotificationAuthError('keys-unavailable')) };
    await withServer({ verifier }, async (u) => {
      const res = await send(u, { headers: { ...JSON_TYPE, ...auth }, body: SEED_BODY });
      assert.equal(res.status, 503);
      assert.ok(res.headers['retry-after']);
    });
  });

  it('401 when a custom verifier throws something else, synchronously or not', async () => {
    for (const verify of [() => Promise.reject(new Error('nope')), () => { throw new Error('sync'); }]) {
      await withServer({ verifier: { verify } as never }, async (u) => {
        const res = await send(u, { headers: { ...JSON_TYPE, ...auth }, body: SEED_BODY });
        assert.equal(res.status, 401);
        assert.equal(res.json.error.reason, 'rejected');
      });
    }
  });

  it('nothing reached onNotification through any refused request above', () => {
    assert.equal(seen.length, 1, 'only the one accepted by the 415 test (Application/JSON)');
  });
});

describe('createCallbackHandler: onNotification failures', () => {
  it('answers 500 when one fails, after dispatching and handing over all the others', async () => {
    const tracker = new OperationTracker();
    const waiting = Promise.all(['a', 'b', 'c'].map((id) => tracker.waitFor(id)));
    const handled: string[] = [];
    const errors: unknown[] = [];
    const onNotification = async (n: CommsNotification) => {
      handled.push(n.resourceUrl!);
      if (n.resourceUrl!.endsWith('/b')) throw new Error('boom');
    };
    await withServer({ verifier: stubVerifier, tracker, onNotification, onError: (e) => errors.push(e) }, async (url) => {
      const body = JSON.stringify({ value: [opNote('a'), opNote('b'), opNote('c', 'failed')] });
      const res = await send(url, { headers: { ...JSON_TYPE, authorization: GOOD }, body });
      assert.equal(res.status, 500);
      assert.equal(res.json.error.failed, 1);
    });
    assert.deepEqual(
      handled.map((r) => r.slice(-1)),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      (await waiting).map((o) => o.status),
      ['completed', 'completed', 'failed'],
    );
    assert.equal((errors[0] as Error).message, 'boom');
  });
});

describe('createCallbackHandler: robustness', () => {
  it('swallows failures to write the response and never rejects', async () => {
    const handler = createCallbackHandler({ verifier: stubVerifier });
    const req = Object.assign(new PassThrough(), { method: 'POST', headers: { ...JSON_TYPE, authorization: GOOD } });
    let attempts = 0;
    const written = new Promise<void>((resolve) => {
      const res = Object.assign(new PassThrough(), {
        headersSent: false,
        writeHead() {
          attempts++;
          resolve();
          throw new Error('socket gone');
        },
      });
      assert.equal(handler(req as unknown as IncomingMessage, res as unknown as ServerResponse), undefined);
    });
    req.end(SEED_BODY);
    await written;
    await new Promise((r) => setImmediate(r));
    assert.equal(attempts, 1);
    assert.deepEqual(unhandled, []);
  });

  it('reads nothing more from a request the client abandoned', async () => {
    const stream = new PassThrough();
    const result = readBody(stream as unknown as IncomingMessage, 1024);
    stream.write('{"value":');
    stream.destroy();
    assert.deepEqual(await result, { kind: 'aborted' });
  });

  it('reads the stream under an empty placeholder body (Express 4 without a matching parser)', async () => {
    const req = Object.assign(new PassThrough(), { body: {} }) as unknown as IncomingMessage;
    const result = readBody(req, 1024);
    (req as unknown as PassThrough).end('{"value":[]}');
    const r = await result;
    assert.equal(r.kind, 'ok');
    assert.equal(Buffer.from((r as { body: Uint8Array }).body).toString(), '{"value":[]}');
  });

  it('warns at creation when there is no verifier, then trusts every caller', async () => {
    const warned = new Promise<Error & { code?: string }>((resolve) => process.once('warning', resolve));
    const handler = createCallbackHandler({});
    assert.equal((await warned).code, 'GRAPH_COMMS_NO_VERIFIER');
    const s = await listen(handler);
    try {
      assert.equal((await send(s.url, { headers: JSON_TYPE, body: SEED_BODY })).status, 202);
    } finally {
      await s.close();
    }
  });

  it('refuses a bad maxBodyBytes at creation', () => {
    assert.throws(() => createCallbackHandler({ verifier: stubVerifier, maxBodyBytes: 0 }), TypeError);
  });

  after(() => assert.deepEqual(unhandled, []));
});
