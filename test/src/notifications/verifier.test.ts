import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NotificationAuthError } from '../../../src/errors.js';
import { createNotificationVerifier, type NotificationVerifierOptions } from '../../../src/notifications/verifier.js';
import {
  createTestKeys,
  forgeToken,
  signCallbackToken,
  signHs256WithPublicKey,
  startJwksServer,
  TEST_AUDIENCE,
  TEST_ISSUER,
  TEST_TENANT,
  type CallbackTokenClaims,
  type JwksServer,
  type TestKey,
} from '../../support/jwt.js';

let keys: TestKey[];
let server: JwksServer;

before(async () => {
  keys = await createTestKeys(3);
  server = await startJwksServer([keys[0]!]);
});
after(() => server.close());

const verifierFor = (extra: Partial<NotificationVerifierOptions> = {}) =>
  createNotificationVerifier({ audience: TEST_AUDIENCE, openIdConfigurationUri: server.openIdConfigurationUri, ...extra });

const claims = (extra: Partial<CallbackTokenClaims> = {}): CallbackTokenClaims => ({
  aud: TEST_AUDIENCE,
  iss: TEST_ISSUER,
  tid: TEST_TENANT,
  ...extra,
});
const bearer = async (extra: Partial<CallbackTokenClaims> = {}, key = keys[0]!) => `Bearer ${await signCallbackToken(key, claims(extra))}`;

async function assertReason(promise: Promise<unknown>, reason: string): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof NotificationAuthError, `expected NotificationAuthError, got ${String(e)}`);
    assert.equal(e.reason, reason);
    return true;
  });
}

describe('createNotificationVerifier: accepted tokens', () => {
  it('verifies a token against keys found through the OpenID configuration, then serves them from cache', async () => {
    const before = { config: server.configFetchCount, keys: server.fetchCount };
    const verifier = verifierFor();
    const payload = await verifier.verify(await bearer({ callId: 'abc' }));
    assert.equal(payload.aud, TEST_AUDIENCE);
    assert.equal(payload.callId, 'abc');
    await verifier.verify(await bearer());
    await verifier.verify(await bearer({ iss: 'https://graph.microsoft.com' }));
    assert.equal(server.configFetchCount - before.config, 1);
    assert.equal(server.fetchCount - before.keys, 1);
  });

  it('uses jwksUri directly when given', async () => {
    const before = server.configFetchCount;
    await verifierFor({ jwksUri: server.jwksUri }).verify(await bearer());
    assert.equal(server.configFetchCount, before);
  });

  it('allows the default 300 s of clock skew, and exactly what is configured otherwise', async () => {
    await verifierFor().verify(await bearer({ expiresIn: -60 }));
    await verifierFor().verify(await bearer({ notBefore: 60 }));
    await assertReason(verifierFor({ clockToleranceSec: 0 }).verify(await bearer({ expiresIn: -60 })), 'expired');
    await assertReason(verifierFor().verify(await bearer({ expiresIn: -400 })), 'expired');
  });

  it('matches tenantId against tid or the mapped tenant claim, case-insensitively', async () => {
    const verifier = verifierFor({ tenantId: [TEST_TENANT.toUpperCase(), 'other'] });
    await verifier.verify(await bearer());
    await verifier.verify(await bearer({ tid: undefined, 'http://schemas.microsoft.com/identity/claims/tenantid': TEST_TENANT }));
    await assertReason(verifier.verify(await bearer({ tid: '00000000-0000-0000-0000-000000000000' })), 'tenant');
    await assertReason(verifier.verify(await bearer({ tid: undefined })), 'tenant');
  });
});

describe('createNotificationVerifier: forged and broken tokens', () => {
  const cases: [string, string, () => Promise<string | undefined>][] = [
    ['expired', 'expired', () => bearer({ expiresIn: -3600 })],
    ['nbf in the future', 'not-yet-valid', () => bearer({ notBefore: 3600 })],
    ['wrong audience', 'audience', () => bearer({ aud: 'someone-else' })],
    ['no audience', 'audience', () => bearer({ aud: undefined })],
    ['wrong issuer', 'issuer', () => bearer({ iss: 'https://evil.example' })],
    ['no exp', 'malformed', () => bearer({ expiresIn: null })],
    ['no kid', 'malformed', () => bearer({ kid: null })],
    ['alg none', 'algorithm', async () => `Bearer ${forgeToken({ alg: 'none', kid: keys[0]!.kid }, claims())}`],
    ['HS256 keyed with the public key', 'algorithm', async () => `Bearer ${await signHs256WithPublicKey(keys[0]!, claims())}`],
    ['unknown kid', 'unknown-key', () => bearer({}, keys[2]!)],
    ['right kid, wrong key', 'signature', () => bearer({ kid: keys[0]!.kid }, keys[1]!)],
    [
      'tampered payload',
      'signature',
      async () => {
        const [h, , s] = (await signCallbackToken(keys[0]!, claims())).split('.');
        return `Bearer ${h}.${Buffer.from(JSON.stringify({ ...claims(), exp: 4102444800, admin: true })).toString('base64url')}.${s}`;
      },
    ],
    ['no header', 'missing', async () => undefined],
    ['empty header', 'missing', async () => ''],
    ['"Bearer " and no token', 'missing', async () => 'Bearer '],
    ['another scheme', 'malformed', async () => 'Basic dXNlcjpwYXNz'],
    ['not a JWS', 'malformed', async () => 'Bearer not-a-token'],
    ['header not JSON', 'malformed', async () => 'Bearer bm90IGpzb24.e30.c2ln'],
    ['100 KB token', 'too-large', async () => `Bearer ${'a'.repeat(100 * 1024)}`],
  ];
  for (const [name, reason, token] of cases) {
    it(`${name} -> ${reason}`, async () => {
      await assertReason(verifierFor().verify(await token()), reason);
    });
  }

  it('refuses a bad algorithm without fetching any key', async () => {
    const before = server.fetchCount + server.configFetchCount;
    const verifier = verifierFor();
    await assertReason(verifier.verify(`Bearer ${forgeToken({ alg: 'none', kid: 'k' }, claims())}`), 'algorithm');
    await assertReason(verifier.verify(`Bearer ${await signHs256WithPublicKey(keys[0]!, claims())}`), 'algorithm');
    assert.equal(server.fetchCount + server.configFetchCount, before);
  });
});

describe('createNotificationVerifier: key rotation and rate limiting', () => {
  it('fetches once more for a new kid after rotation, and accepts it', async () => {
    const own = await startJwksServer([keys[0]!]);
    try {
      let t = Date.now();
      const verifier = verifierFor({ jwksUri: own.jwksUri, now: () => t });
      await verifier.verify(await bearer());
      assert.equal(own.fetchCount, 1);
      own.setKeys([keys[0]!, keys[1]!]);
      t += 31_000; // past the refetch cooldown
      await verifier.verify(await bearer({}, keys[1]!));
      assert.equal(own.fetchCount, 2);
      await verifier.verify(await bearer({}, keys[1]!));
      await verifier.verify(await bearer());
      assert.equal(own.fetchCount, 2, 'both keys now come from the cache');
    } finally {
      await own.close();
    }
  });

  it('does not refetch for a new kid within the cooldown of the last fetch', async () => {
    const own = await startJwksServer([keys[0]!]);
    try {
      const t = Date.now();
      const verifier = verifierFor({ jwksUri: own.jwksUri, now: () => t });
      await verifier.verify(await bearer());
      own.setKeys([keys[0]!, keys[1]!]);
      await assertReason(verifier.verify(await bearer({}, keys[1]!)), 'unknown-key');
      assert.equal(own.fetchCount, 1);
    } finally {
      await own.close();
    }
  });

  it('refetches keys that outlived keyCacheMaxAgeMs', async () => {
    const own = await startJwksServer([keys[0]!]);
    try {
      let t = Date.now();
      const verifier = verifierFor({ jwksUri: own.jwksUri, now: () => t, keyCacheMaxAgeMs: 60_000 });
      await verifier.verify(await bearer());
      t += 61_000;
      await verifier.verify(await bearer({ jti: 'another token' })); // the same token again would be a cache hit
      assert.equal(own.fetchCount, 2);
    } finally {
      await own.close();
    }
  });

  it('answers a flood of unknown kids with at most one fetch per cooldown window', async () => {
    const own = await startJwksServer([keys[0]!]);
    try {
      let t = Date.now();
      const verifier = verifierFor({ jwksUri: own.jwksUri, now: () => t });
      const unknownKid = (i: number) => `Bearer ${forgeToken({ alg: 'RS256', kid: `forged-${i}` }, claims(), 'c2ln')}`;
      await verifier.verify(await bearer());
      assert.equal(own.fetchCount, 1);

      const flood = (from: number) =>
        Promise.all(Array.from({ length: 200 }, (_, i) => assertReason(verifier.verify(unknownKid(from + i)), 'unknown-key')));
      await flood(0);
      assert.equal(own.fetchCount, 1, 'within the cooldown of the first fetch: no fetch at all');
      t += 31_000;
      await flood(1000);
      assert.equal(own.fetchCount, 2, 'concurrent unknown kids share a single fetch');
      for (let i = 0; i < 50; i++) await assertReason(verifier.verify(unknownKid(5000 + i)), 'unknown-key');
      assert.equal(own.fetchCount, 2, 'one after another: still inside the new cooldown');
      await verifier.verify(await bearer());
      assert.equal(own.fetchCount, 2);
    } finally {
      await own.close();
    }
  });

  it('reports keys-unavailable when the key server fails, without hammering it, and recovers', async () => {
    const own = await startJwksServer([keys[0]!]);
    try {
      let t = Date.now();
      own.setStatus(500);
      const verifier = verifierFor({ openIdConfigurationUri: own.openIdConfigurationUri, now: () => t });
      await assertReason(verifier.verify(await bearer()), 'keys-unavailable');
      await assertReason(verifier.verify(await bearer()), 'keys-unavailable');
      assert.equal(own.configFetchCount, 1, 'the second attempt waits for the cooldown');
      own.setStatus(200);
      t += 31_000;
      await verifier.verify(await bearer());
      assert.equal(own.fetchCount, 1);
    } finally {
      await own.close();
    }
  });

  it('keeps serving cached keys when a refresh fails', async () => {
    const own = await startJwksServer([keys[0]!]);
    try {
      let t = Date.now();
      const verifier = verifierFor({ jwksUri: own.jwksUri, now: () => t, keyCacheMaxAgeMs: 60_000 });
      await verifier.verify(await bearer());
      own.setStatus(503);
      t += 61_000;
      await verifier.verify(await bearer({ jti: 'another token' })); // the same token again would be a cache hit
      assert.equal(own.fetchCount, 2, 'the refresh was tried');
    } finally {
      await own.close();
    }
  });

  it('reports keys-unavailable when nothing listens at the key URI', async () => {
    const gone = await startJwksServer([]);
    await gone.close();
    await assertReason(verifierFor({ jwksUri: gone.jwksUri }).verify(await bearer()), 'keys-unavailable');
  });
});

describe('createNotificationVerifier: options', () => {
  it('refuses unsafe or incomplete configuration', () => {
    const base = { audience: TEST_AUDIENCE };
    assert.throws(() => createNotificationVerifier({} as NotificationVerifierOptions), TypeError);
    assert.throws(() => createNotificationVerifier({ audience: [] }), TypeError);
    assert.throws(() => createNotificationVerifier({ ...base, algorithms: ['HS256'] }), /cannot be allowed/);
    assert.throws(() => createNotificationVerifier({ ...base, algorithms: ['none'] }), /cannot be allowed/);
    assert.throws(() => createNotificationVerifier({ ...base, jwksUri: 'http://keys.example/jwks' }), /https/);
    assert.throws(() => createNotificationVerifier({ ...base, clockToleranceSec: -1 }), TypeError);
    assert.doesNotThrow(() => createNotificationVerifier({ ...base, algorithms: ['RS256', 'PS256'] }));
  });
});
