// Forged and broken callback tokens against createCallbackHandler + createNotificationVerifier over node:http, with
// keys from a local JWKS server. Every forgery carries a well-formed notification that would complete a waiting
// operation, so only the token stands between it and the application: each must get 401 and reach neither
// onNotification nor the tracker. A genuine token, sent last, must get through (so the counters can move).
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createCallbackHandler } from '../../src/notifications/handler.js';
import { OperationTracker } from '../../src/notifications/tracker.js';
import { createNotificationVerifier } from '../../src/notifications/verifier.js';
import {
  type CallbackTokenClaims,
  createTestKeys,
  forgeToken,
  type JwksServer,
  signCallbackToken,
  signHs256WithPublicKey,
  startJwksServer,
  TEST_AUDIENCE,
  TEST_ISSUER,
  type TestKey,
} from '../support/jwt.js';

const CALL = '57DAB8B1894C409AB240BD8BEAE78896';
const OP = '0FE0623FD62842EDB4BD8AC290072CC5';
const RESOURCE = `/app/calls/${CALL}/operations/${OP}`;
const BODY = JSON.stringify({
  value: [{ changeType: 'deleted', resource: RESOURCE, resourceData: { '@odata.type': '#microsoft.graph.commsOperation', '@odata.id': RESOURCE, status: 'completed' } }],
});
const GOOD: CallbackTokenClaims = { aud: TEST_AUDIENCE, iss: TEST_ISSUER };

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  json: { error?: { code?: string; reason?: string }; accepted?: number } | undefined;
}

function post(url: string, authorization: string | undefined): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(BODY) };
    if (authorization !== undefined) headers.Authorization = authorization;
    const req = request(url, { method: 'POST', headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, json: text ? JSON.parse(text) : undefined }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(BODY);
  });
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/calls`;
}

const close = (server: Server) =>
  new Promise<void>((resolve, reject) => {
    server.closeAllConnections();
    server.close((e) => (e ? reject(e) : resolve()));
  });

describe('forged callbacks: each answered 401, none reaching the application', () => {
  let key: TestKey;
  let rogue: TestKey; // a key the JWKS does not publish
  let jwks: JwksServer;
  let server: Server;
  let url: string;
  const tracker = new OperationTracker({ maxPending: 10 });
  let delivered = 0;
  let settled = false;

  before(async () => {
    [key, rogue] = (await createTestKeys(2)) as [TestKey, TestKey];
    jwks = await startJwksServer([key]);
    const verifier = createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: jwks.jwksUri });
    const handler = createCallbackHandler({ verifier, tracker, onNotification: () => void delivered++ });
    // Node's default 16 KB header limit would answer the 100 KB token itself (431); raised so the SDK sees it.
    server = createServer({ maxHeaderSize: 256 * 1024 }, handler);
    url = await listen(server);
    void tracker.waitFor(OP).then(() => (settled = true));
  });

  after(async () => {
    await close(server);
    await jwks.close();
  });

  const valid = () => signCallbackToken(key, GOOD);
  const tamper = (token: string, claims: Record<string, unknown>) => {
    const [h, p, s] = token.split('.') as [string, string, string];
    const payload = { ...JSON.parse(Buffer.from(p, 'base64url').toString()), ...claims };
    return `${h}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${s}`;
  };
  const now = () => Math.floor(Date.now() / 1000);

  const forgeries: [string, () => Promise<string | undefined>, string][] = [
    ['expired an hour ago', async () => `Bearer ${await signCallbackToken(key, { ...GOOD, expiresIn: -3600 })}`, 'expired'],
    ['not valid for another hour', async () => `Bearer ${await signCallbackToken(key, { ...GOOD, notBefore: 3600 })}`, 'not-yet-valid'],
    ['without an expiry', async () => `Bearer ${await signCallbackToken(key, { ...GOOD, expiresIn: null })}`, 'malformed'],
    ['for another audience', async () => `Bearer ${await signCallbackToken(key, { ...GOOD, aud: 'another-bot' })}`, 'audience'],
    ['from another issuer', async () => `Bearer ${await signCallbackToken(key, { ...GOOD, iss: 'https://login.evil.example' })}`, 'issuer'],
    ['alg none, no signature', async () => `Bearer ${forgeToken({ alg: 'none', typ: 'JWT', kid: key.kid }, { ...GOOD, exp: now() + 3600 })}`, 'algorithm'],
    ['HS256 keyed with the public key', async () => `Bearer ${await signHs256WithPublicKey(key, { ...GOOD, exp: now() + 3600 })}`, 'algorithm'],
    ['signed with an unpublished key under an unknown kid', async () => `Bearer ${await signCallbackToken(rogue, { ...GOOD, kid: 'no-such-kid' })}`, 'unknown-key'],
    ['signed with an unpublished key under the published kid', async () => `Bearer ${await signCallbackToken(rogue, { ...GOOD, kid: key.kid })}`, 'signature'],
    ['a genuine token with its payload changed', async () => `Bearer ${tamper(await valid(), { aud: TEST_AUDIENCE, roles: ['admin'] })}`, 'signature'],
    ['a genuine token with its expiry pushed out', async () => `Bearer ${tamper(await signCallbackToken(key, { ...GOOD, expiresIn: -3600 }), { exp: now() + 3600 })}`, 'signature'],
    ['no Authorization header', async () => undefined, 'missing'],
    ['"Bearer " with no token', async () => 'Bearer ', 'missing'],
    ['a Basic credential', async () => `Basic ${Buffer.from('user:pass').toString('base64')}`, 'malformed'],
    ['a bearer value that is no JWS', async () => 'Bearer not.a.jwt!', 'malformed'],
    ['a 100 KB token', async () => `Bearer ${'A'.repeat(50 * 1024)}.${'B'.repeat(50 * 1024)}.sig`, 'too-large'],
  ];

  for (const [name, header, reason] of forgeries) {
    it(`${name}: 401 (${reason})`, async () => {
      const answer = await post(url, await header());
      assert.equal(answer.status, 401);
      assert.equal(answer.json?.error?.reason, reason);
      assert.match(String(answer.headers['www-authenticate']), /^Bearer error="invalid_token"/);
      assert.equal(delivered, 0, 'a forged notification reached onNotification');
      assert.equal(settled, false, 'a forged notification completed the waiting operation');
      assert.equal(tracker.pendingCount, 0);
    });
  }

  it('a flood of unknown kids costs the key server at most one extra fetch', async () => {
    const before = jwks.fetchCount;
    const answers = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => post(url, `Bearer ${await signCallbackToken(rogue, { ...GOOD, kid: `unknown-${i}` })}`)),
    );
    assert.deepEqual(new Set(answers.map((a) => a.status)), new Set([401]));
    assert.ok(jwks.fetchCount - before <= 1, `${jwks.fetchCount - before} key fetches`);
    assert.equal(delivered, 0);
  });

  it("node:http's default header limit refuses the 100 KB token before any handler runs (431)", async () => {
    let reached = 0;
    const plain = createServer(() => void reached++);
    const plainUrl = await listen(plain);
    try {
      const answer = await post(plainUrl, `Bearer ${'A'.repeat(100 * 1024)}`).catch((e: unknown) => ({ status: -1, error: e }));
      // Node answers 431 and closes; depending on timing the client sees the 431 or a reset. Either way nothing ran.
      assert.ok(answer.status === 431 || answer.status === -1, `status ${answer.status}`);
      assert.equal(reached, 0);
    } finally {
      await close(plain);
    }
  });

  it('a genuine token gets through: 202, one delivery, the waiting operation completes', async () => {
    const answer = await post(url, `Bearer ${await valid()}`);
    assert.equal(answer.status, 202);
    assert.equal(answer.json?.accepted, 1);
    assert.equal(delivered, 1);
    await new Promise<void>((resolve) => setImmediate(resolve)); // the waiter's then() runs on a microtask
    assert.equal(settled, true);
    assert.equal(tracker.waiterCount, 0);
    assert.equal(tracker.pendingCount, 0);
  });
});

// The verifier remembers tokens it verified (verifiedTokenCache, on by default). Here its keys may never be reused
// (every signature check fetches them), so the key server's count shows which answers came from that memory.
describe('a genuine token replayed: served from the verified-token cache until its exp, then refused', () => {
  let key: TestKey;
  let jwks: JwksServer;
  let server: Server;
  let url: string;
  let nowMs = Date.now();
  let delivered = 0;

  before(async () => {
    [key] = (await createTestKeys(1)) as [TestKey];
    jwks = await startJwksServer([key]);
    const verifier = createNotificationVerifier({
      audience: TEST_AUDIENCE,
      jwksUri: jwks.jwksUri,
      now: () => nowMs,
      keyCacheMaxAgeMs: 0,
      keyRefetchCooldownMs: 0,
    });
    // The duplicate window is off: this replays one payload on purpose, and each accepted replay must be delivered.
    server = createServer(createCallbackHandler({ verifier, duplicateWindowMs: 0, onNotification: () => void delivered++ }));
    url = await listen(server);
  });

  after(async () => {
    await close(server);
    await jwks.close();
  });

  /** Dispatch starts once the 202 is written: a few turns of the loop, bounded, let it run. */
  async function deliveries(n: number): Promise<number> {
    for (let turn = 0; turn < 1000 && delivered < n; turn++) await new Promise((resolve) => setImmediate(resolve));
    return delivered;
  }

  it('accepted while it lives, refused as expired once past exp + the tolerance, with no signature check', async () => {
    const issued = Math.floor(nowMs / 1000);
    const token = `Bearer ${await signCallbackToken(key, { ...GOOD, now: issued, expiresIn: 60 })}`;
    nowMs = issued * 1000;
    assert.equal((await post(url, token)).status, 202);
    assert.equal(jwks.fetchCount, 1);
    nowMs = (issued + 60 + 300) * 1000 - 1; // the default 300 s of skew, to the last millisecond
    assert.equal((await post(url, token)).status, 202);
    assert.equal(jwks.fetchCount, 1, 'the replay was served from the cache');
    assert.equal(await deliveries(2), 2);
    nowMs += 1;
    const late = await post(url, token);
    assert.equal(late.status, 401);
    assert.equal(late.json?.error?.reason, 'expired');
    assert.equal(jwks.fetchCount, 1, 'refused by the cache itself');
    const again = await post(url, token);
    assert.deepEqual([again.status, again.json?.error?.reason], [401, 'expired']);
    assert.equal(await deliveries(3), 2, 'the expired replays reached nobody');
  });
});
