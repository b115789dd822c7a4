import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type AccessTokenLike,
  type GetTokenOptionsLike,
  type TokenCredentialLike,
  createTokenProvider,
  defaultScopes,
  parseClaimsChallenge,
} from '../../src/auth.js';
import { AuthenticationError } from '../../src/errors.js';

const SCOPES = ['https://graph.microsoft.com/.default'];
const HOUR = 3_600_000;

interface Deferred<T> {
  promise: Promise<T>;
  resolve(v: T): void;
  reject(e: unknown): void;
}
function deferred<T>(): Deferred<T> {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A credential whose answers the test hands out one by one. */
function manualCredential() {
  const calls: { scopes: string | string[]; options?: GetTokenOptionsLike; answer: Deferred<AccessTokenLike | null> }[] = [];
  const credential: TokenCredentialLike = {
    getToken(scopes, options) {
      const answer = deferred<AccessTokenLike | null>();
      calls.push({ scopes, options, answer });
      return answer.promise;
    },
  };
  return { credential, calls };
}

/** A credential that answers at once with token-1, token-2, ... each expiring `lifetime` after `now()`. */
function countingCredential(now: () => number, lifetime = HOUR) {
  const seen: (GetTokenOptionsLike | undefined)[] = [];
  const credential: TokenCredentialLike = {
    async getToken(_scopes, options) {
      seen.push(options);
      return { token: `token-${seen.length}`, expiresOnTimestamp: now() + lifetime };
    },
  };
  return { credential, seen };
}

describe('createTokenProvider: string and callback', () => {
  it('uses a fixed string as is and cannot refresh it', async () => {
    const p = createTokenProvider('abc.def', { scopes: SCOPES });
    assert.equal(await p.getToken(), 'abc.def');
    assert.equal(p.canRefresh, false);
  });

  it('refuses an empty or header-breaking fixed token at construction', () => {
    for (const bad of ['', 'a b', 'a\r\nX-Evil: 1']) assert.throws(() => createTokenProvider(bad, { scopes: SCOPES }), TypeError);
    assert.throws(() => createTokenProvider(42 as never, { scopes: SCOPES }), TypeError);
  });

  it('asks the callback on every call, sync or async', async () => {
    let n = 0;
    const p = createTokenProvider(() => `t${++n}`, { scopes: SCOPES });
    assert.equal(await p.getToken(), 't1');
    assert.equal(await p.getToken(), 't2');
    const q = createTokenProvider(async () => 'async-token', { scopes: SCOPES });
    assert.equal(await q.getToken(), 'async-token');
  });

  it('turns a callback that gives no usable token into AuthenticationError', async () => {
    for (const value of ['', undefined, 'a\nb']) {
      const p = createTokenProvider(() => value as string, { scopes: SCOPES });
      await assert.rejects(p.getToken(), AuthenticationError);
    }
  });
});

describe('createTokenProvider: a callback that throws or rejects', () => {
  // Whatever it throws, even a value that is no Error or one that looks like a socket failure.
  const thrown = [new Error('vault down'), null, undefined, 'no token today', 42, Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }), Object.create(null)];

  it('gives AuthenticationError with the thrown value as cause, for a sync throw and a rejection', async () => {
    for (const value of thrown) {
      for (const callback of [
        () => {
          throw value;
        },
        () => Promise.reject(value),
      ]) {
        const p = createTokenProvider(callback, { scopes: SCOPES });
        await assert.rejects(p.getToken(), (e: unknown) => e instanceof AuthenticationError && e.name === 'AuthenticationError' && e.cause === value && /auth callback failed/.test(e.message));
      }
    }
  });

  it('still rejects with the abort reason when the caller gives up first', async () => {
    const p = createTokenProvider(() => new Promise<string>(() => {}), { scopes: SCOPES });
    const controller = new AbortController();
    const pending = p.getToken({ signal: controller.signal });
    controller.abort();
    await assert.rejects(pending, { name: 'AbortError' });
  });
});

describe('createTokenProvider: TokenCredential', () => {
  it('passes the scopes and an abortSignal, and caches the token until 5 minutes before expiry', async () => {
    let clock = 1_000_000;
    const { credential, seen } = countingCredential(() => clock);
    const p = createTokenProvider(credential, { scopes: SCOPES, now: () => clock });
    assert.equal(await p.getToken(), 'token-1');
    assert.ok(seen[0]?.abortSignal instanceof AbortSignal);
    clock += HOUR - 5 * 60_000 - 1;
    assert.equal(await p.getToken(), 'token-1', 'still inside the window');
    clock += 1;
    assert.equal(await p.getToken(), 'token-2', 'refreshed at expiry - 5 min');
    assert.equal(seen.length, 2);
  });

  it('honours a configured refresh margin', async () => {
    let clock = 0;
    const { credential } = countingCredential(() => clock);
    const p = createTokenProvider(credential, { scopes: SCOPES, now: () => clock, refreshMarginMs: 1000 });
    await p.getToken();
    clock = HOUR - 1001;
    assert.equal(await p.getToken(), 'token-1');
    clock = HOUR - 1000;
    assert.equal(await p.getToken(), 'token-2');
  });

  it('refreshes a token shorter-lived than the margin at half its life, not on every call', async () => {
    let clock = 0;
    const { credential } = countingCredential(() => clock, 60_000);
    const p = createTokenProvider(credential, { scopes: SCOPES, now: () => clock });
    await p.getToken();
    clock = 29_999;
    assert.equal(await p.getToken(), 'token-1');
    clock = 30_000;
    assert.equal(await p.getToken(), 'token-2');
  });

  it('shares one getToken call among concurrent callers (single flight)', async () => {
    const { credential, calls } = manualCredential();
    const p = createTokenProvider(credential, { scopes: SCOPES });
    const waiting = Array.from({ length: 32 }, () => p.getToken());
    assert.equal(calls.length, 1);
    assert.deepEqual(calls[0]!.scopes, SCOPES);
    calls[0]!.answer.resolve({ token: 'shared', expiresOnTimestamp: Date.now() + HOUR });
    assert.deepEqual(new Set(await Promise.all(waiting)), new Set(['shared']));
    assert.equal(await p.getToken(), 'shared');
    assert.equal(calls.length, 1);
  });

  it('gives AuthenticationError when the credential returns null or throws, and tries again next time', async () => {
    const { credential, calls } = manualCredential();
    const p = createTokenProvider(credential, { scopes: SCOPES });
    const first = p.getToken();
    calls[0]!.answer.resolve(null);
    await assert.rejects(first, (e: unknown) => e instanceof AuthenticationError && e.name === 'AuthenticationError');
    const second = p.getToken();
    const boom = new Error('boom');
    calls[1]!.answer.reject(boom);
    await assert.rejects(second, (e: unknown) => e instanceof AuthenticationError && e.cause === boom);
    const third = p.getToken();
    calls[2]!.answer.resolve({ token: 'ok', expiresOnTimestamp: Date.now() + HOUR });
    assert.equal(await third, 'ok');
  });

  it('drops a refused token from the cache once, even for many callers at once', async () => {
    const clock = 0;
    const { credential, seen } = countingCredential(() => clock);
    const p = createTokenProvider(credential, { scopes: SCOPES, now: () => clock });
    assert.equal(await p.getToken(), 'token-1');
    const after401 = await Promise.all(Array.from({ length: 8 }, () => p.getToken({ rejected: 'token-1' })));
    assert.deepEqual(new Set(after401), new Set(['token-2']));
    assert.equal(seen.length, 2);
    // A refusal of a token that is no longer cached does not throw the newer one away.
    assert.equal(await p.getToken({ rejected: 'token-1' }), 'token-2');
    assert.equal(seen.length, 2);
  });

  it('passes a claims challenge to getToken and bypasses the cache for it', async () => {
    const { credential, seen } = countingCredential(() => 0);
    const p = createTokenProvider(credential, { scopes: SCOPES, now: () => 0 });
    await p.getToken();
    assert.equal(await p.getToken({ rejected: 'token-1', claims: '{"access_token":{}}' }), 'token-2');
    assert.equal(seen[1]?.claims, '{"access_token":{}}');
    assert.equal(await p.getToken(), 'token-2', 'the claims token is cached for later calls');
  });

  it('lets one waiter give up without failing the others; the call is aborted when all have left', async () => {
    const { credential, calls } = manualCredential();
    const p = createTokenProvider(credential, { scopes: SCOPES });
    const a = new AbortController();
    const b = new AbortController();
    const first = p.getToken({ signal: a.signal });
    const second = p.getToken({ signal: b.signal });
    a.abort();
    await assert.rejects(first, { name: 'AbortError' });
    assert.equal(calls[0]!.options?.abortSignal?.aborted, false, 'someone still waits');
    b.abort();
    await assert.rejects(second, { name: 'AbortError' });
    assert.equal(calls[0]!.options?.abortSignal?.aborted, true, 'nobody waits any more');
    // The abandoned answer does not poison the cache; the next caller starts a new call.
    calls[0]!.answer.resolve({ token: 'late', expiresOnTimestamp: Date.now() + HOUR });
    const third = p.getToken();
    assert.equal(calls.length, 2);
    calls[1]!.answer.resolve({ token: 'fresh', expiresOnTimestamp: Date.now() + HOUR });
    assert.equal(await third, 'fresh');
  });
});

describe('defaultScopes and parseClaimsChallenge', () => {
  it('derives {origin}/.default from the base URL', () => {
    assert.deepEqual(defaultScopes(new URL('https://graph.microsoft.us/v1.0')), ['https://graph.microsoft.us/.default']);
    assert.deepEqual(defaultScopes(new URL('http://127.0.0.1:8080/beta')), ['http://127.0.0.1:8080/.default']);
  });

  it('decodes a base64 claims challenge and ignores headers without one', () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1603742800"}}}';
    const header = `Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", error="insufficient_claims", claims="${Buffer.from(claims).toString('base64')}"`;
    assert.equal(parseClaimsChallenge(header), claims);
    assert.equal(parseClaimsChallenge(`Bearer claims="${Buffer.from(claims).toString('base64url')}"`), claims);
    assert.equal(parseClaimsChallenge('Bearer realm="x"'), undefined);
    assert.equal(parseClaimsChallenge(null), undefined);
    assert.equal(parseClaimsChallenge('Bearer claims=""'), undefined);
  });
});
