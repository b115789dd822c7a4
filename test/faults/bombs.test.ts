// Compression bombs and oversized bodies over real sockets, on both transports (node-fetch, the default, and
// Node's global fetch), with and without a Content-Length: the caps count the bytes the transport decodes, not
// the bytes on the wire. Every case must end in the SDK's typed error and leave no socket or timer behind.
// (What a bomb costs in memory is measured in a child process: bomb-memory.test.ts.)
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { CommsClient } from '../../src/node.js';
import { GraphError, NotificationAuthError, ResponseTooLargeError } from '../../src/errors.js';
import { createNotificationVerifier } from '../../src/notifications/verifier.js';
import { createNodeFetch } from '../../src/node-fetch.js';
import type { FetchLike } from '../../src/types.js';
import { createTestKeys, signCallbackToken, TEST_AUDIENCE, TEST_ISSUER, type TestKey } from '../support/jwt.js';
import { type Answer, bomb, type BodyServer, cleanCase, ENCODINGS, type Encoding, operationBomb, plainOperation, startBodyServer } from './bodies.js';
import { describeError } from './harness.js';

const MiB = 1024 * 1024;
const CAP = 64 * 1024;
const DECODED = 8 * MiB;
const KEY_DOCUMENT_CAP = 512 * 1024;
const CALL = '57dab8b1-894c-409a-b240-bd8beae78896';
const OPERATION = `/beta/app/calls/${CALL}/operations/op-1`;
const ACTION = `/beta/app/calls/${CALL}/cancelMediaProcessing`;
const SAFETY = { timeout: 30_000 }; // a hang (a reader waiting for a body it should have refused) fails the case
const FRAMINGS = ['length', 'chunked'] as const;

let key: TestKey;
const bombs = new Map<string, Buffer>();
before(async () => {
  [key] = (await createTestKeys(1)) as [TestKey];
  for (const encoding of ENCODINGS) {
    bombs.set(`operation ${encoding}`, await operationBomb(encoding, DECODED));
    bombs.set(`error ${encoding}`, await bomb(encoding, '{"error":{"code":"bomb","message":"', DECODED, '"}}'));
    // Valid JSON however long: with no cap, the padded key set would verify.
    bombs.set(`jwks ${encoding}`, await bomb(encoding, `{"keys":[${JSON.stringify(key.publicJwk)}]`, DECODED, '}', ' '));
  }
});

const encoded = (encoding: Encoding, body: Buffer, framing: Answer['framing'], status = 200): Answer => ({
  status,
  headers: { 'content-encoding': encoding },
  body,
  framing,
});

// Each case gets a fresh server, closed when it ends.
const scenario = (run: (server: BodyServer) => Promise<void>) => cleanCase(async (track) => run(await track(startBodyServer())));

const failure = (p: Promise<unknown>) =>
  p.then(
    (v) => assert.fail(`expected a rejection, got ${JSON.stringify(v).slice(0, 200)}`),
    (e: unknown) => e,
  );

const transports: [string, () => FetchLike][] = [
  ['the default transport', () => createNodeFetch()],
  ['global fetch', () => globalThis.fetch],
];

for (const [name, transport] of transports) {
  const client = (s: BodyServer) => new CommsClient({ auth: 'test-token', baseUrl: `${s.origin}/beta`, maxResponseBytes: CAP, fetch: transport() });

  describe(`response bodies over ${name}: the cap counts decoded bytes`, () => {
    for (const encoding of ENCODINGS) {
      for (const framing of FRAMINGS) {
        const how = `a ${encoding} bomb (${framing === 'length' ? 'with a Content-Length' : 'chunked'})`;
        it(`${how} on a 200 ends in ResponseTooLargeError`, SAFETY, scenario(async (s) => {
          s.routes.set(OPERATION, encoded(encoding, bombs.get(`operation ${encoding}`)!, framing));
          const e = await failure(client(s).getOperation(`${s.origin}${OPERATION}`));
          assert.ok(e instanceof ResponseTooLargeError, describeError(e));
          assert.equal(e.limitBytes, CAP);
        }));

        it(`${how} on a 500 ends in GraphError with the body cut at the cap`, SAFETY, scenario(async (s) => {
          s.routes.set(ACTION, encoded(encoding, bombs.get(`error ${encoding}`)!, framing, 500));
          const e = await failure(client(s).cancelMediaProcessing({ callId: CALL }));
          assert.ok(e instanceof GraphError, describeError(e));
          assert.equal(e.status, 500);
          assert.equal(e.body.length, CAP);
          assert.ok(e.body.startsWith('{"error":{"code":"bomb","message":"aaa'), e.body.slice(0, 80));
          assert.equal(s.requests.length, 1, 'a 500 is not retried');
        }));
      }
    }

    // The Content-Length of a plain body is a promise about its size: past the cap, nothing of it is worth waiting for.
    it('a plain 200 whose Content-Length is past the cap is refused without waiting for the rest', SAFETY, scenario(async (s) => {
      s.routes.set(OPERATION, { body: 'x'.repeat(1024), contentLength: 2 * CAP, hold: true });
      const e = await failure(client(s).getOperation(`${s.origin}${OPERATION}`));
      assert.ok(e instanceof ResponseTooLargeError, describeError(e));
    }));

    it('a plain 500 whose Content-Length is past the cap gives the first cap bytes without waiting for the rest', SAFETY, scenario(async (s) => {
      s.routes.set(ACTION, { status: 500, body: 'e'.repeat(CAP + 1024), contentLength: 4 * CAP, hold: true });
      const e = await failure(client(s).cancelMediaProcessing({ callId: CALL }));
      assert.ok(e instanceof GraphError, describeError(e));
      assert.equal(e.body, 'e'.repeat(CAP));
    }));

    it('a plain 200 of twice the cap, framed by its Content-Length, ends in ResponseTooLargeError', SAFETY, scenario(async (s) => {
      s.routes.set(OPERATION, { body: plainOperation(2 * CAP) });
      const e = await failure(client(s).getOperation(`${s.origin}${OPERATION}`));
      assert.ok(e instanceof ResponseTooLargeError, describeError(e));
    }));

    it('a plain 500 of twice the cap, framed by its Content-Length, gives the first cap bytes', SAFETY, scenario(async (s) => {
      s.routes.set(ACTION, { status: 500, body: 'e'.repeat(2 * CAP) });
      const e = await failure(client(s).cancelMediaProcessing({ callId: CALL }));
      assert.ok(e instanceof GraphError, describeError(e));
      assert.equal(e.body, 'e'.repeat(CAP));
    }));

    it('a plain 200 of exactly the cap, framed by its Content-Length, is read whole', SAFETY, scenario(async (s) => {
      s.routes.set(OPERATION, { body: plainOperation(CAP) });
      const op = await client(s).getOperation(`${s.origin}${OPERATION}`);
      assert.equal(JSON.stringify(op).length, CAP);
    }));

    it('a small compressed 200 is decoded and read', SAFETY, scenario(async (s) => {
      s.routes.set(OPERATION, encoded('br', await operationBomb('br', 1000), 'length'));
      const op = await client(s).getOperation(`${s.origin}${OPERATION}`);
      assert.equal(op.pad, 'a'.repeat(1000));
    }));
  });
}

const keyTransports: [string, () => FetchLike | undefined][] = [
  ['global fetch (the verifier default)', () => undefined],
  ['node-fetch', () => createNodeFetch()],
];

for (const [name, transport] of keyTransports) {
  const verify = (options: { jwksUri?: string; openIdConfigurationUri?: string }) => {
    const fetch = transport();
    const verifier = createNotificationVerifier({ audience: TEST_AUDIENCE, ...options, ...(fetch ? { fetch: fetch as never } : {}) });
    return signCallbackToken(key, { aud: TEST_AUDIENCE, iss: TEST_ISSUER }).then((t) => verifier.verify(`Bearer ${t}`));
  };
  const keysUnavailable = async (p: Promise<unknown>) => {
    const e = await failure(p);
    assert.ok(e instanceof NotificationAuthError, describeError(e));
    assert.equal(e.reason, 'keys-unavailable');
  };

  describe(`key documents over ${name}: the ${KEY_DOCUMENT_CAP / 1024} KiB cap counts decoded bytes`, () => {
    for (const encoding of ENCODINGS) {
      for (const framing of FRAMINGS) {
        const how = `a ${encoding} bomb (${framing === 'length' ? 'with a Content-Length' : 'chunked'})`;
        it(`${how} as the JWKS: keys-unavailable`, SAFETY, scenario(async (s) => {
          s.routes.set('/keys', encoded(encoding, bombs.get(`jwks ${encoding}`)!, framing));
          await keysUnavailable(verify({ jwksUri: `${s.origin}/keys` }));
        }));

        it(`${how} as the OpenID configuration: keys-unavailable, and no JWKS is fetched`, SAFETY, scenario(async (s) => {
          const config = await bomb(encoding, `{"issuer":"${TEST_ISSUER}","jwks_uri":"${s.origin}/keys"`, DECODED, '}', ' ');
          s.routes.set('/config', encoded(encoding, config, framing));
          s.routes.set('/keys', { body: JSON.stringify({ keys: [key.publicJwk] }) });
          await keysUnavailable(verify({ openIdConfigurationUri: `${s.origin}/config` }));
          assert.deepEqual(s.requests.map((r) => r.url), ['/config']);
        }));
      }
    }

    it('compressed key documents within the cap verify', SAFETY, scenario(async (s) => {
      s.routes.set('/config', encoded('gzip', await bomb('gzip', `{"jwks_uri":"${s.origin}/keys"`, 1000, '}', ' '), 'chunked'));
      s.routes.set('/keys', encoded('br', await bomb('br', `{"keys":[${JSON.stringify(key.publicJwk)}]`, 1000, '}', ' '), 'length'));
      const claims = await verify({ openIdConfigurationUri: `${s.origin}/config` });
      assert.equal(claims.aud, TEST_AUDIENCE);
    }));
  });
}
