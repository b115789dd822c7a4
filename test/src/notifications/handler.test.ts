import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { CommsNotification } from '../../../generated/index.js';
import { NotificationAuthError } from '../../../src/errors.js';
import { readBody } from '../../../src/notifications/body.js';
import { createCallbackHandler, type CallbackHandlerOptions } from '../../../src/notifications/handler.js';
import { OperationTracker } from '../../../src/notifications/tracker.js';
import { createNotificationVerifier } from '../../../src/notifications/verifier.js';
import { createTestKeys, signCallbackToken, startJwksServer, TEST_AUDIENCE, TEST_ISSUER, type JwksServer, type TestKey } from '../../support/jwt.js';
import { GOOD, JSON_TYPE, opNote, SEED_BODY, stubVerifier, withServer } from './callbacks.js';
import { listen, rawRequest, send } from './http.js';

const unhandled: unknown[] = [];
process.on('unhandledRejection', (e) => unhandled.push(e));

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
    const verifier = createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: jwks.jwksUri });
    const waiting = tracker.waitFor('0fe0623f-d628-42ed-b4bd-8ac290072cc5');
    let told!: (n: CommsNotification) => void;
    const notified = new Promise<CommsNotification>((resolve) => (told = resolve));
    await withServer({ verifier, tracker, onNotification: (n) => told(n) }, async (url) => {
      const token = await signCallbackToken(key, { aud: TEST_AUDIENCE, iss: TEST_ISSUER });
      const res = await send(url, { headers: { ...JSON_TYPE, authorization: `Bearer ${token}` }, body: SEED_BODY });
      assert.equal(res.status, 202);
      assert.deepEqual(res.json, { accepted: 1 });
    });
    assert.equal((await waiting).clientContext, 'd45324c1-fcb5-430a-902c-f20af696537c');
    assert.equal(((await notified).resourceData as Record<string, unknown>).status, 'completed', 'parsed, in wire casing');
  });

  it('answers 401 for a bad token without echoing it, closes the connection, and tells only onRejected', async () => {
    const seen: unknown[] = [];
    const rejected: [string, number][] = [];
    const verifier = createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: jwks.jwksUri });
    const options: CallbackHandlerOptions = { verifier, onNotification: (n) => void seen.push(n), onRejected: (r, s) => void rejected.push([r, s]) };
    await withServer(options, async (url) => {
      const token = await signCallbackToken(key, { aud: 'another-bot', iss: TEST_ISSUER });
      const res = await send(url, { headers: { ...JSON_TYPE, authorization: `Bearer ${token}` }, body: SEED_BODY });
      assert.equal(res.status, 401);
      assert.equal(res.json.error.reason, 'audience');
      assert.equal(res.headers.connection, 'close');
      assert.match(String(res.headers['www-authenticate']), /^Bearer /);
      assert.ok(!res.text.includes(token.split('.')[1]!), 'no part of the token is echoed');
      assert.equal((await send(url, { headers: JSON_TYPE, body: SEED_BODY })).json.error.reason, 'missing');
    });
    assert.deepEqual(rejected, [['audience', 401], ['missing', 401]]);
    assert.equal(seen.length, 0);
  });
});

describe('createCallbackHandler: status codes, their order, and onRejected', () => {
  // Each test starts from empty lists and checks its own: no test depends on another having run.
  const seen: unknown[] = [];
  const rejected: [string, number][] = [];
  const options: CallbackHandlerOptions = {
    verifier: stubVerifier,
    maxBodyBytes: 4096,
    onNotification: (n) => void seen.push(n),
    onRejected: (reason, status) => void rejected.push([reason, status]),
  };
  const auth = { authorization: GOOD };
  let url: string;
  let close: () => Promise<void>;
  before(async () => ({ url, close } = await listen(createCallbackHandler(options))));
  after(() => close());
  beforeEach(() => {
    seen.length = 0;
    rejected.length = 0;
  });

  it('405 for anything but POST, with Allow', async () => {
    const res = await send(url, { method: 'GET', headers: auth });
    assert.equal(res.status, 405);
    assert.equal(res.headers.allow, 'POST');
    assert.equal((await send(url, { method: 'PUT', headers: { ...JSON_TYPE, ...auth }, body: SEED_BODY })).status, 405);
    assert.deepEqual(rejected, [['method-not-allowed', 405], ['method-not-allowed', 405]]);
    assert.equal(seen.length, 0);
  });

  it('415 for a body that is not declared JSON, even with a bad token', async () => {
    assert.equal((await send(url, { headers: { 'content-type': 'text/plain' }, body: SEED_BODY })).status, 415);
    assert.equal((await send(url, { headers: auth, body: SEED_BODY })).status, 415);
    assert.deepEqual(rejected, [['unsupported-media-type', 415], ['unsupported-media-type', 415]]);
    assert.equal(seen.length, 0);
  });

  it('accepts a media type in any case', async () => {
    assert.equal((await send(url, { headers: { 'content-type': 'Application/JSON', ...auth }, body: SEED_BODY })).status, 202);
    assert.deepEqual(rejected, []);
  });

  it('413 for a declared Content-Length over the limit, before the token is looked at, and closes', async () => {
    const res = await send(url, { headers: { ...JSON_TYPE, 'content-length': 10 * 1024 * 1024 }, body: Buffer.alloc(64 * 1024, 0x20) });
    assert.equal(res.status, 413);
    assert.equal(res.json.error.code, 'payloadTooLarge');
    assert.equal(res.headers.connection, 'close');
    assert.deepEqual(rejected, [['too-large', 413]]);
  });

  it('413 for a chunked body that grows past the limit', async () => {
    const chunks = Array.from({ length: 64 }, () => Buffer.alloc(1024, 0x20));
    const res = await send(url, { headers: { ...JSON_TYPE, ...auth }, body: chunks });
    assert.equal(res.status, 413);
    assert.deepEqual(rejected, [['too-large', 413]]);
    assert.equal(seen.length, 0);
  });

  it('401 before 400: a bad token with a bad body is a 401', async () => {
    const res = await send(url, { headers: { ...JSON_TYPE, authorization: 'Bearer bad' }, body: '{' });
    assert.equal(res.status, 401);
    assert.equal(res.json.error.reason, 'signature');
    assert.deepEqual(rejected, [['signature', 401]]);
  });

  it('400 naming the JSON pointer of the first bad place, keeping the connection', async () => {
    const bad = JSON.stringify({ value: [opNote('a'), { ...opNote('b'), changeType: 'moved' }] });
    const res = await send(url, { headers: { ...JSON_TYPE, ...auth }, body: bad });
    assert.equal(res.status, 400);
    assert.equal(res.json.error.path, '/value/1/changeType');
    const raw = rawRequest(url, { ...JSON_TYPE, ...auth, 'content-length': Buffer.byteLength(bad) }, bad);
    assert.equal((await raw.answer).headers.connection, 'keep-alive', 'the whole body was read: nothing to cut short');
    raw.socket.destroy();
    assert.equal((await send(url, { headers: { ...JSON_TYPE, ...auth }, body: 'not json' })).status, 400);
    assert.equal((await send(url, { headers: { ...JSON_TYPE, ...auth } })).status, 400);
    assert.deepEqual(rejected, Array(4).fill(['invalid-payload', 400]));
    assert.equal(seen.length, 0);
  });

  it('503 when the verifier cannot get at its keys', async () => {
    const verifier = { verify: () => Promise.reject(new NotificationAuthError('keys-unavailable')) };
    await withServer({ ...options, verifier }, async (u) => {
      const res = await send(u, { headers: { ...JSON_TYPE, ...auth }, body: SEED_BODY });
      assert.equal(res.status, 503);
      assert.ok(res.headers['retry-after']);
    });
    assert.deepEqual(rejected, [['keys-unavailable', 503]]);
  });

  it('401 when a custom verifier throws something else, synchronously or not', async () => {
    for (const verify of [() => Promise.reject(new Error('nope')), () => { throw new Error('sync'); }]) {
      await withServer({ ...options, verifier: { verify } as never }, async (u) => {
        const res = await send(u, { headers: { ...JSON_TYPE, ...auth }, body: SEED_BODY });
        assert.equal(res.status, 401);
        assert.equal(res.json.error.reason, 'rejected');
      });
    }
    assert.deepEqual(rejected, [['rejected', 401], ['rejected', 401]]);
    assert.equal(seen.length, 0);
  });

  it('a throwing onRejected changes no answer', async () => {
    const loud = { ...options, onRejected: () => { throw new Error('reporter down'); } };
    await withServer(loud, async (u) => {
      assert.equal((await send(u, { headers: { ...JSON_TYPE, authorization: 'Bearer bad' }, body: SEED_BODY })).status, 401);
    });
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
    const result = readBody(stream as unknown as IncomingMessage, { maxBytes: 1024, timeoutMs: Infinity });
    stream.write('{"value":');
    stream.destroy();
    assert.deepEqual(await result, { kind: 'aborted' });
  });

  it('does not wait for a request that was gone before its body was asked for', async () => {
    const stream = new PassThrough();
    stream.destroy();
    await new Promise((resolve) => stream.once('close', resolve)); // its last event is past
    assert.deepEqual(await readBody(stream as unknown as IncomingMessage, { maxBytes: 1024, timeoutMs: Infinity }), { kind: 'aborted' });
  });

  it('gives up on a body that stops coming, and stops reading it', async () => {
    const stream = new PassThrough();
    const result = readBody(stream as unknown as IncomingMessage, { maxBytes: 1024, timeoutMs: 1 });
    stream.write('{');
    assert.deepEqual(await result, { kind: 'timeout' });
    assert.equal(stream.isPaused(), true);
    assert.equal(stream.listenerCount('data'), 0);
  });

  it('reads the stream under an empty placeholder body (Express 4 without a matching parser)', async () => {
    const req = Object.assign(new PassThrough(), { body: {} }) as unknown as IncomingMessage;
    const result = readBody(req, { maxBytes: 1024, timeoutMs: Infinity });
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

  it('refuses bad limits at creation', () => {
    for (const bad of [
      { maxBodyBytes: 0 },
      { bodyTimeoutMs: 0 },
      { bodyTimeoutMs: Number.NaN },
      { maxQueuedNotifications: 0 },
      { duplicateWindowMs: -1 },
      { maxRememberedPayloads: 1.5 },
    ]) {
      assert.throws(() => createCallbackHandler({ verifier: stubVerifier, ...bad }), TypeError, JSON.stringify(bad));
    }
  });

  after(() => assert.deepEqual(unhandled, []));
});
