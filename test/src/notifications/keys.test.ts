import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { isLoopback } from '../../../src/hosts.js';
import { checkKeyUrl } from '../../../src/notifications/keys.js';
import { createNotificationVerifier, type NotificationVerifierOptions } from '../../../src/notifications/verifier.js';
import { createTestKeys, signCallbackToken, startJwksServer, TEST_AUDIENCE, TEST_ISSUER, type JwksServer, type TestKey } from '../../support/jwt.js';

let keys: TestKey[];
before(async () => {
  keys = await createTestKeys(3);
});

const bearer = async (key: TestKey, kid = key.kid) => `Bearer ${await signCallbackToken(key, { aud: TEST_AUDIENCE, iss: TEST_ISSUER, kid })}`;

/** NotificationAuthError with this reason. */
const refused = (reason: string) => ({ name: 'NotificationAuthError', reason });

describe('checkKeyUrl: https, or http on loopback exactly as the client defines it', () => {
  const loopback = ['http://127.0.0.1/keys', 'http://127.1.2.3:8080/keys', 'http://127.255.255.254/keys', 'http://[::1]:3000/keys', 'http://localhost/keys'];
  const notLoopback = ['http://128.0.0.1/keys', 'http://10.0.0.1/keys', 'http://0.0.0.0/keys', 'http://127.0.0.1.evil.example/keys', 'http://[::2]/keys', 'ftp://127.0.0.1/keys'];

  it('accepts https anywhere and http on every loopback address the client accepts', () => {
    assert.doesNotThrow(() => checkKeyUrl('https://keys.example/jwks', 'jwksUri'));
    for (const url of loopback) {
      assert.ok(isLoopback(new URL(url).hostname), `${url} is loopback for the client`);
      assert.doesNotThrow(() => checkKeyUrl(url, 'jwksUri'), url);
      assert.doesNotThrow(() => createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: url }), url);
    }
  });

  it('refuses plain http elsewhere, and other schemes', () => {
    for (const url of notLoopback) {
      assert.throws(() => checkKeyUrl(url, 'jwksUri'), TypeError, url);
      assert.throws(() => createNotificationVerifier({ audience: TEST_AUDIENCE, openIdConfigurationUri: url }), TypeError, url);
    }
  });
});

describe('a key set with several keys under one kid', () => {
  let server: JwksServer;
  const SHARED = 'shared-kid';
  const under = (kid: string, ...ks: TestKey[]) => ks.map((k) => ({ ...k, publicJwk: { ...k.publicJwk, kid } }));
  before(async () => {
    server = await startJwksServer([]);
  });
  after(() => server.close());
  const verifier = (extra: Partial<NotificationVerifierOptions> = {}) => createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: server.jwksUri, ...extra });

  it('verifies a genuine token signed by any of them, trying each candidate', async () => {
    server.setKeys(under(SHARED, keys[0]!, keys[1]!));
    const v = verifier();
    assert.equal((await v.verify(await bearer(keys[0]!, SHARED))).aud, TEST_AUDIENCE);
    assert.equal((await v.verify(await bearer(keys[1]!, SHARED))).aud, TEST_AUDIENCE);
  });

  it('refuses a token that none of them signed as a bad signature, not as an unknown key', async () => {
    server.setKeys(under(SHARED, keys[0]!, keys[1]!));
    await assert.rejects(verifier().verify(await bearer(keys[2]!, SHARED)), refused('signature'));
  });

  it('tries at most 8 candidates: a hostile key set cannot make one token cost more signature checks', async () => {
    const decoys = (n: number) => under(SHARED, ...Array.from({ length: n }, () => keys[1]!));
    server.setKeys([...decoys(7), ...under(SHARED, keys[0]!)]);
    assert.equal((await verifier().verify(await bearer(keys[0]!, SHARED))).aud, TEST_AUDIENCE, 'the 8th is tried');
    server.setKeys([...decoys(8), ...under(SHARED, keys[0]!)]);
    await assert.rejects(verifier().verify(await bearer(keys[0]!, SHARED)), refused('signature'));
  });

  it('keeps the verdict of a candidate whose signature holds (an expired token stays expired)', async () => {
    server.setKeys(under(SHARED, keys[0]!, keys[1]!));
    const expired = `Bearer ${await signCallbackToken(keys[1]!, { aud: TEST_AUDIENCE, iss: TEST_ISSUER, kid: SHARED, expiresIn: -3600 })}`;
    await assert.rejects(verifier().verify(expired), refused('expired'));
  });
});

describe('a transport that follows redirects by itself', () => {
  it('is judged by where it ended up: another origin gives keys-unavailable', async () => {
    const fetch: NotificationVerifierOptions['fetch'] = async () => {
      const res = new Response(JSON.stringify({ keys: [keys[0]!.publicJwk] }), { headers: { 'content-type': 'application/json' } });
      Object.defineProperty(res, 'url', { value: 'https://elsewhere.example/keys' });
      return res;
    };
    const v = createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: 'https://keys.example/keys', fetch });
    await assert.rejects(v.verify(await bearer(keys[0]!)), refused('keys-unavailable'));
  });

  it('a same-origin end is fine', async () => {
    const fetch: NotificationVerifierOptions['fetch'] = async () => {
      const res = new Response(JSON.stringify({ keys: [keys[0]!.publicJwk] }));
      Object.defineProperty(res, 'url', { value: 'https://keys.example/moved/keys' });
      return res;
    };
    const v = createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: 'https://keys.example/keys', fetch });
    assert.equal((await v.verify(await bearer(keys[0]!))).aud, TEST_AUDIENCE);
  });
});
