// A hostile or broken key server against createNotificationVerifier, over real sockets and both transports a
// verifier is given in practice (Node's global fetch, its default, and node-fetch): documents past the size cap,
// documents that never end, redirects to other origins, and key URLs that are not https. Each must end in
// NotificationAuthError 'keys-unavailable' (nothing else may verify), fetch nothing it should not, and leave no
// socket behind; genuine setups alongside them must verify, so that the refusals mean something.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { NotificationAuthError } from '../../src/errors.js';
import { createNotificationVerifier, type NotificationVerifierOptions } from '../../src/notifications/verifier.js';
import { createNodeFetch } from '../../src/node-fetch.js';
import { createTestKeys, signCallbackToken, TEST_AUDIENCE, TEST_ISSUER, type TestKey } from '../support/jwt.js';
import { type BodyServer, cleanCase, startBodyServer } from './bodies.js';
import { describeError, type RecordingServer, startRecorder } from './harness.js';

const KEY_DOCUMENT_CAP = 512 * 1024;
const SAFETY = { timeout: 30_000 }; // a verifier waiting for a document it should have refused fails the case
// Far beyond any case: only the size cap, not the fetch timeout, may end a document that never ends.
const NO_TIMEOUT = 10 * 60_000;

let key: TestKey;
let jwks: string;
before(async () => {
  [key] = (await createTestKeys(1)) as [TestKey];
  jwks = JSON.stringify({ keys: [key.publicJwk] });
});

/** The key set padded with whitespace to `bytes`: valid JSON that verifies the token, whatever its size. */
const paddedJwks = (bytes: number) => `${jwks.slice(0, -1)}${' '.repeat(bytes - jwks.length)}}`;

interface Ctx {
  server(host?: string): Promise<BodyServer>;
  recorder(): Promise<RecordingServer>;
  verify(options: Partial<NotificationVerifierOptions>): Promise<Record<string, unknown>>;
}

const transports: [string, () => NotificationVerifierOptions['fetch']][] = [
  ['global fetch (the verifier default)', () => undefined],
  ['node-fetch', () => createNodeFetch() as unknown as NotificationVerifierOptions['fetch']],
];

async function keysUnavailable(p: Promise<unknown>): Promise<void> {
  const e = await p.then(
    (v) => assert.fail(`expected keys-unavailable, got ${JSON.stringify(v)}`),
    (err: unknown) => err,
  );
  assert.ok(e instanceof NotificationAuthError, describeError(e));
  assert.equal(e.reason, 'keys-unavailable');
}

for (const [name, transport] of transports) {
  const scenario = (run: (ctx: Ctx) => Promise<void>) =>
    cleanCase((track) =>
      run({
        server: (host) => track(startBodyServer(host)),
        recorder: () => track(startRecorder()),
        async verify(options) {
          const fetch = transport();
          const verifier = createNotificationVerifier({ audience: TEST_AUDIENCE, ...(fetch ? { fetch } : {}), ...options });
          return verifier.verify(`Bearer ${await signCallbackToken(key, { aud: TEST_AUDIENCE, iss: TEST_ISSUER })}`);
        },
      }),
    );

  describe(`a hostile key server over ${name}`, () => {
    it('a key set just under the cap verifies, with a Content-Length and chunked', SAFETY, scenario(async ({ server, verify }) => {
      const s = await server();
      s.routes.set('/framed', { body: paddedJwks(KEY_DOCUMENT_CAP - 1024) });
      s.routes.set('/chunked', { body: paddedJwks(KEY_DOCUMENT_CAP - 1024), framing: 'chunked' });
      assert.equal((await verify({ jwksUri: `${s.origin}/framed` })).aud, TEST_AUDIENCE);
      assert.equal((await verify({ jwksUri: `${s.origin}/chunked` })).aud, TEST_AUDIENCE);
    }));

    it('a valid key set past the cap is refused, with a Content-Length and chunked', SAFETY, scenario(async ({ server, verify }) => {
      const s = await server();
      s.routes.set('/framed', { body: paddedJwks(KEY_DOCUMENT_CAP + 1024) });
      s.routes.set('/chunked', { body: paddedJwks(KEY_DOCUMENT_CAP + 1024), framing: 'chunked' });
      await keysUnavailable(verify({ jwksUri: `${s.origin}/framed` }));
      await keysUnavailable(verify({ jwksUri: `${s.origin}/chunked` }));
    }));

    it('a key set that never ends is cut off at the cap, not read to the fetch timeout', SAFETY, scenario(async ({ server, verify }) => {
      const s = await server();
      s.routes.set('/keys', { body: ' '.repeat(64 * 1024), framing: 'chunked', endless: true });
      await keysUnavailable(verify({ jwksUri: `${s.origin}/keys`, keyFetchTimeoutMs: NO_TIMEOUT }));
      await s.answered(0); // the verifier hung up: the server stopped writing
    }));

    it('an OpenID configuration that never ends is cut off at the cap', SAFETY, scenario(async ({ server, verify }) => {
      const s = await server();
      s.routes.set('/config', { body: ' '.repeat(64 * 1024), framing: 'chunked', endless: true });
      await keysUnavailable(verify({ openIdConfigurationUri: `${s.origin}/config`, keyFetchTimeoutMs: NO_TIMEOUT }));
      await s.answered(0);
    }));

    it('a declared size past the cap is refused before the body arrives', SAFETY, scenario(async ({ server, verify }) => {
      const s = await server();
      s.routes.set('/keys', { body: '{"keys":[', contentLength: 8 * KEY_DOCUMENT_CAP, hold: true });
      await keysUnavailable(verify({ jwksUri: `${s.origin}/keys`, keyFetchTimeoutMs: NO_TIMEOUT }));
    }));

    for (const status of [301, 302, 307, 308]) {
      it(`a ${status} from the configuration or the key set to another origin is not followed`, SAFETY, scenario(async ({ server, recorder, verify }) => {
        const other = await recorder();
        const s = await server();
        s.routes.set('/config', { status, headers: { location: `${other.origin}/config` }, body: '' });
        s.routes.set('/keys', { status, headers: { location: `${other.origin}/keys` }, body: '' });
        await keysUnavailable(verify({ openIdConfigurationUri: `${s.origin}/config` }));
        await keysUnavailable(verify({ jwksUri: `${s.origin}/keys` }));
        assert.deepEqual(other.requests, [], 'nothing was asked of the other origin');
      }));
    }

    it('a redirect within the same origin is followed, a few hops at most', SAFETY, scenario(async ({ server, verify }) => {
      const s = await server();
      s.routes.set('/old-config', { status: 301, headers: { location: '/config' }, body: '' });
      s.routes.set('/config', { body: JSON.stringify({ issuer: TEST_ISSUER, jwks_uri: `${s.origin}/old-keys` }) });
      s.routes.set('/old-keys', { status: 307, headers: { location: `${s.origin}/keys` }, body: '' });
      s.routes.set('/keys', { body: jwks });
      assert.equal((await verify({ openIdConfigurationUri: `${s.origin}/old-config` })).aud, TEST_AUDIENCE);
      assert.deepEqual(s.requests.map((r) => r.url), ['/old-config', '/config', '/old-keys', '/keys']);

      s.routes.set('/loop', { status: 302, headers: { location: '/loop' }, body: '' });
      await keysUnavailable(verify({ jwksUri: `${s.origin}/loop` }));
      assert.equal(s.requests.filter((r) => r.url === '/loop').length, 4, 'the first request and three redirects');
    }));

    it('a jwks_uri over plain http to a host that is not loopback is refused, and nothing is fetched from it', SAFETY, scenario(async ({ server }) => {
      const s = await server();
      s.routes.set('/config', { body: JSON.stringify({ issuer: TEST_ISSUER, jwks_uri: 'http://keys.example/keys' }) });
      const asked: string[] = [];
      const inner = transport() ?? globalThis.fetch;
      // Records every URL; answers only loopback ones, so that a request to keys.example can never leave the machine.
      const fetch: NotificationVerifierOptions['fetch'] = (url, init) => {
        asked.push(url);
        return new URL(url).hostname === '127.0.0.1' ? inner!(url, init) : Promise.reject(new Error('not loopback'));
      };
      const verifier = createNotificationVerifier({ audience: TEST_AUDIENCE, openIdConfigurationUri: `${s.origin}/config`, fetch });
      await keysUnavailable(verifier.verify(`Bearer ${await signCallbackToken(key, { aud: TEST_AUDIENCE, iss: TEST_ISSUER })}`));
      assert.deepEqual(asked, [`${s.origin}/config`]);
    }));

    it('plain http anywhere in 127.0.0.0/8 is loopback, as for the client', SAFETY, scenario(async ({ server, verify }) => {
      const keys = await server('127.0.0.2');
      keys.routes.set('/keys', { body: jwks });
      const s = await server();
      s.routes.set('/config', { body: JSON.stringify({ issuer: TEST_ISSUER, jwks_uri: `${keys.origin}/keys` }) });
      assert.equal((await verify({ openIdConfigurationUri: `${s.origin}/config` })).aud, TEST_AUDIENCE);
      assert.equal((await verify({ jwksUri: `${keys.origin}/keys` })).aud, TEST_AUDIENCE);
    }));
  });
}
