// The verifier's cache of verified tokens, seen from outside. A signature check is made observable by giving the
// verifier keys it may never reuse (keyCacheMaxAgeMs 0, no refetch cooldown): every check fetches the JWKS once,
// so the key server's count is the number of signature checks.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { NotificationAuthError } from '../../../src/errors.js';
import { sha256, webSha256 } from '../../../src/notifications/digest.js';
import { createCallbackHandler } from '../../../src/notifications/handler.js';
import { alreadyVerified, createNotificationVerifier, type NotificationVerifierOptions } from '../../../src/notifications/verifier.js';
import { JSON_TYPE, SEED_BODY } from './callbacks.js';
import { listen, send } from './http.js';
import {
  type CallbackTokenClaims,
  createTestKeys,
  type JwksServer,
  signCallbackToken,
  startJwksServer,
  TEST_AUDIENCE,
  TEST_ISSUER,
  TEST_TENANT,
  type TestKey,
} from '../../support/jwt.js';

let key: TestKey;
let jwks: JwksServer;

before(async () => {
  [key] = (await createTestKeys(1)) as [TestKey];
  jwks = await startJwksServer([key]);
});
after(() => jwks.close());

/** A verifier whose every signature check costs one JWKS fetch. */
const verifierFor = (extra: Partial<NotificationVerifierOptions> = {}) =>
  createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: jwks.jwksUri, keyCacheMaxAgeMs: 0, keyRefetchCooldownMs: 0, ...extra });

let serial = 0;
/** A token no other test signed (its own jti). */
const bearer = async (extra: Partial<CallbackTokenClaims> = {}) =>
  `Bearer ${await signCallbackToken(key, { aud: TEST_AUDIENCE, iss: TEST_ISSUER, tid: TEST_TENANT, jti: `t-${serial++}`, ...extra })}`;

/** Signature checks made while `run` runs. */
async function checksDuring(run: () => Promise<unknown>): Promise<number> {
  const before = jwks.fetchCount;
  await run();
  return jwks.fetchCount - before;
}

const refusal = (p: Promise<unknown>) =>
  p.then(
    () => assert.fail('expected a refusal'),
    (e: unknown) => {
      assert.ok(e instanceof NotificationAuthError, String(e));
      return e.reason;
    },
  );

describe('verifiedTokenCache', () => {
  it('a repeated token costs no signature check; without the cache every one does', async () => {
    const token = await bearer({ callId: 'c-1' });
    const cached = verifierFor();
    assert.equal(await checksDuring(() => cached.verify(token)), 1);
    assert.equal(
      await checksDuring(async () => {
        for (let i = 0; i < 3; i++) assert.equal((await cached.verify(token)).callId, 'c-1');
      }),
      0,
    );
    const uncached = verifierFor({ verifiedTokenCache: false });
    assert.equal(
      await checksDuring(async () => {
        for (let i = 0; i < 3; i++) await uncached.verify(token);
      }),
      3,
    );
  });

  it('finds a token under any spelling of the header the verifier accepts, and parses a header it refuses', async () => {
    const verifier = verifierFor();
    const token = (await bearer()).slice('Bearer '.length);
    assert.equal(await checksDuring(() => verifier.verify(`  bearer   ${token}  `)), 1);
    assert.equal(
      await checksDuring(async () => {
        for (const header of [`Bearer ${token}`, `BEARER ${token}`, `Bearer ${token}\t`]) assert.equal((await verifier.verify(header)).aud, TEST_AUDIENCE);
      }),
      0,
    );
    assert.equal(await refusal(verifier.verify(`Bearer ${token} extra`)), 'malformed');
    assert.equal(await refusal(verifier.verify(`Bearer ${token}.x`)), 'malformed');
  });

  it('hands every caller its own copy of the claims', async () => {
    const verifier = verifierFor();
    const token = await bearer({ roles: ['reader'] });
    const first = await verifier.verify(token);
    first.aud = 'changed';
    (first.roles as string[]).push('admin');
    const second = await verifier.verify(token);
    assert.equal(second.aud, TEST_AUDIENCE);
    assert.deepEqual(second.roles, ['reader']);
    second.iss = 'changed';
    assert.throws(() => (second.roles as string[]).push('admin'), TypeError, 'nested claims of a cached token are frozen');
    assert.equal((await verifier.verify(token)).iss, TEST_ISSUER);
  });

  it('a cached token is refused as expired exactly when verification would refuse it', async () => {
    const issued = Math.floor(Date.now() / 1000);
    for (const tolerance of [0, 300]) {
      let nowMs = issued * 1000;
      const verifier = verifierFor({ now: () => nowMs, clockToleranceSec: tolerance });
      const token = await bearer({ now: issued, expiresIn: 60 });
      await verifier.verify(token);
      const lastAcceptedMs = (issued + 60 + tolerance) * 1000 - 1;
      nowMs = lastAcceptedMs;
      assert.equal(await checksDuring(() => verifier.verify(token)), 0, `tolerance ${tolerance}: still served from the cache`);
      nowMs = lastAcceptedMs + 1;
      let reason: string | undefined;
      assert.equal(await checksDuring(async () => (reason = await refusal(verifier.verify(token)))), 0, 'refused by the cache itself');
      assert.equal(reason, 'expired');
      // The entry is gone; the full check agrees with the verdict.
      assert.equal(await refusal(verifier.verify(token)), 'expired');
      assert.equal(await refusal(verifierFor({ now: () => nowMs, clockToleranceSec: tolerance, verifiedTokenCache: false }).verify(token)), 'expired');
    }
  });

  it('never remembers a token that failed, whichever check failed', async () => {
    const verifier = verifierFor({ tenantId: TEST_TENANT });
    const wrongAudience = await bearer({ aud: 'another-bot' });
    const wrongTenant = await bearer({ tid: '00000000-0000-0000-0000-000000000000' });
    for (const [token, reason] of [
      [wrongAudience, 'audience'],
      [wrongTenant, 'tenant'],
    ] as const) {
      assert.equal(
        await checksDuring(async () => {
          for (let i = 0; i < 3; i++) assert.equal(await refusal(verifier.verify(token)), reason);
        }),
        3,
        `${reason}: checked in full every time`,
      );
    }
    const good = await bearer();
    assert.equal(await checksDuring(() => verifier.verify(good).then(() => verifier.verify(good))), 1);
  });

  it('past its bound, forgets the oldest token first', async () => {
    const verifier = verifierFor({ verifiedTokenCache: 2 });
    const [t1, t2, t3] = await Promise.all([bearer(), bearer(), bearer()]);
    const checks = (t: string) => checksDuring(() => verifier.verify(t));
    assert.deepEqual([await checks(t1!), await checks(t2!), await checks(t3!)], [1, 1, 1]);
    assert.deepEqual([await checks(t2!), await checks(t3!)], [0, 0], 'the two newest are held');
    assert.equal(await checks(t1!), 1, 'the oldest was dropped');
    assert.equal(await checks(t3!), 0);
    assert.equal(await checks(t2!), 1, 'remembering t1 dropped t2, then the oldest');
    assert.equal(await checks(t1!), 0);
  });

  it('takes a positive integer or false', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, '10' as unknown as number]) {
      assert.throws(() => verifierFor({ verifiedTokenCache: bad }), TypeError, String(bad));
    }
    assert.doesNotThrow(() => verifierFor({ verifiedTokenCache: false }));
    assert.doesNotThrow(() => verifierFor({ verifiedTokenCache: 1 }));
  });

  it('keys by SHA-256, the same over node:crypto and WebCrypto', async () => {
    const token = (await bearer()).slice('Bearer '.length);
    const expected = createHash('sha256').update(token).digest('base64');
    assert.equal(await sha256(token, 'base64'), expected);
    assert.equal(await webSha256(token, 'base64'), expected);
  });
});

describe('alreadyVerified: the verdict without a promise', () => {
  it('is true only for a token verified before, spelled "Bearer <token>", until its exp', async () => {
    const issued = Math.floor(Date.now() / 1000);
    let nowMs = issued * 1000;
    const verifier = verifierFor({ now: () => nowMs, clockToleranceSec: 0 });
    const header = await bearer({ now: issued, expiresIn: 60 });
    assert.equal(alreadyVerified(verifier, header), false, 'not verified yet');
    await verifier.verify(header);
    assert.equal(alreadyVerified(verifier, header), true);
    const token = header.slice('Bearer '.length);
    for (const other of [`bearer ${token}`, `Bearer ${token} `, `Bearer  ${token}`, undefined, '', 'Bearer ']) {
      assert.equal(alreadyVerified(verifier, other), false, `${JSON.stringify(other?.slice(0, 12))}: left to verify()`);
    }
    nowMs = (issued + 60) * 1000;
    assert.equal(alreadyVerified(verifier, header), false, 'expired');
    assert.equal(await refusal(verifier.verify(header)), 'expired');
  });

  it('is false for a token that failed, without the cache, and for anything but the SDK verifier\'s own verify', async () => {
    const failing = verifierFor({ tenantId: 'another-tenant' });
    const header = await bearer();
    assert.equal(await refusal(failing.verify(header)), 'tenant');
    assert.equal(alreadyVerified(failing, header), false);
    const uncached = verifierFor({ verifiedTokenCache: false });
    await uncached.verify(header);
    assert.equal(alreadyVerified(uncached, header), false);
    const verifier = verifierFor();
    await verifier.verify(header);
    assert.equal(alreadyVerified({ ...verifier }, header), true, 'the same verify, copied');
    assert.equal(alreadyVerified({ ...verifier, verify: async () => ({}) }, header), false);
    assert.equal(alreadyVerified(Object.assign(Object.create(verifier), { verify: async () => ({}) }), header), false);
    assert.equal(alreadyVerified({ verify: 'not a function' }, header), false);
  });

  it('in the handler: a held token is accepted, the same one past its exp refused, and a wrapper\'s verify always asked', async () => {
    const issued = Math.floor(Date.now() / 1000);
    let nowMs = issued * 1000;
    const verifier = verifierFor({ now: () => nowMs, clockToleranceSec: 0 });
    let asked = 0;
    const stricter = { ...verifier, verify: (h: string | undefined) => (asked++, verifier.verify(h)) };
    const headers = { ...JSON_TYPE, authorization: await bearer({ now: issued, expiresIn: 60 }) };
    for (const v of [verifier, stricter]) {
      const s = await listen(createCallbackHandler({ verifier: v, duplicateWindowMs: 0 }));
      try {
        nowMs = issued * 1000;
        for (let i = 0; i < 3; i++) assert.equal((await send(s.url, { headers, body: SEED_BODY })).status, 202);
        nowMs = (issued + 60) * 1000;
        const late = await send(s.url, { headers, body: SEED_BODY });
        assert.equal(late.status, 401);
        assert.equal(late.json.error.reason, 'expired');
      } finally {
        await s.close();
      }
    }
    assert.equal(asked, 4, 'the wrapper was asked about every request');
  });
});
