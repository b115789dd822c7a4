import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AccessTokenLike, GetTokenOptionsLike, TokenCredentialLike } from '../../src/auth.js';
import { CommsClient } from '../../src/node.js';
import { AuthenticationError, ConnectionError, GraphError, TokenLeakError } from '../../src/errors.js';
import type { CommsClientOptions } from '../../src/types.js';
import { LOC, type Step, accepted, fakeFetch, graphError, json } from '../support/fake-fetch.js';

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

/** A retry policy that never waits on the clock: it records the delays it was asked for. */
function recordingRetry(extra: Record<string, unknown> = {}) {
  const delays: number[] = [];
  return { delays, retry: { sleep: async (ms: number) => void delays.push(ms), random: () => 0.5, ...extra } };
}

function setup(steps: Step[], options: Partial<CommsClientOptions> = {}) {
  const f = fakeFetch(...steps);
  const c = new CommsClient({ auth: 'tok', fetch: f.fetch, ...options });
  return { c, f, call: (signal?: AbortSignal) => c.cancelMediaProcessing({ callId: 'call-1' }, { clientContext: 'x' }, { signal }) };
}

function credential(tokens: string[]) {
  const seen: (GetTokenOptionsLike | undefined)[] = [];
  const cred: TokenCredentialLike = {
    async getToken(_s, options): Promise<AccessTokenLike> {
      seen.push(options);
      return { token: tokens[Math.min(seen.length - 1, tokens.length - 1)]!, expiresOnTimestamp: Date.now() + 3_600_000 };
    },
  };
  return { cred, seen };
}

describe('retries', () => {
  it('retries 429 after Retry-After seconds, with Retry-Attempt and the same client-request-id', async () => {
    const { delays, retry } = recordingRetry();
    const { f, call } = setup([graphError(429, 'TooManyRequests', { 'Retry-After': '2' }), accepted()], { retry });
    const r = await call();
    assert.equal(r.status, 202);
    assert.deepEqual(delays, [2000]);
    assert.equal(f.calls.length, 2);
    assert.equal(f.calls[0]!.init.headers['Retry-Attempt'], undefined);
    assert.equal(f.calls[1]!.init.headers['Retry-Attempt'], '1');
    assert.equal(f.calls[1]!.init.headers['client-request-id'], f.calls[0]!.init.headers['client-request-id']);
    assert.equal(f.calls[1]!.init.body, f.calls[0]!.init.body);
  });

  it('honours a Retry-After HTTP date', async () => {
    const { delays, retry } = recordingRetry();
    const at = new Date(Date.now() + 20_000).toUTCString();
    const { call } = setup([graphError(503, 'serviceNotAvailable', { 'Retry-After': at }), accepted()], { retry });
    await call();
    assert.equal(delays.length, 1);
    assert.ok(delays[0]! > 15_000 && delays[0]! <= 20_000, String(delays[0]));
  });

  it('backs off exponentially with full jitter when there is no Retry-After, then gives up with the last GraphError', async () => {
    const { delays, retry } = recordingRetry({ maxRetries: 3, baseDelayMs: 100, maxDelayMs: 250 });
    const { f, call } = setup([graphError(504, 'GatewayTimeout')], { retry });
    await assert.rejects(call(), (e: unknown) => e instanceof GraphError && e.status === 504 && e.code === 'GatewayTimeout');
    assert.equal(f.calls.length, 4);
    assert.deepEqual(delays, [50, 100, 125]);
    assert.deepEqual(f.calls.map((c) => c.init.headers['Retry-Attempt']), [undefined, '1', '2', '3']);
  });

  it('fails at once, with retryAfterMs, when Retry-After is beyond maxDelayMs', async () => {
    const { delays, retry } = recordingRetry({ maxDelayMs: 10_000 });
    const { f, call } = setup([graphError(429, 'TooManyRequests', { 'Retry-After': '120' }), accepted()], { retry });
    await assert.rejects(call(), (e: unknown) => e instanceof GraphError && e.status === 429 && e.retryAfterMs === 120_000);
    assert.equal(f.calls.length, 1);
    assert.deepEqual(delays, []);
  });

  it('retries nothing else: not 500, not 400, not with retry: false', async () => {
    for (const status of [500, 400, 404, 502]) {
      const { f, call } = setup([graphError(status, 'x'), accepted()], { retry: recordingRetry().retry });
      await assert.rejects(call(), (e: unknown) => e instanceof GraphError && e.status === status);
      assert.equal(f.calls.length, 1);
    }
    const { f, call } = setup([graphError(503, 'x', { 'Retry-After': '0' }), accepted()], { retry: false });
    await assert.rejects(call(), (e: unknown) => e instanceof GraphError && e.status === 503 && e.retryAfterMs === 0);
    assert.equal(f.calls.length, 1);
  });

  it('retries connection errors before any answer, and not other transport errors', async () => {
    const reset = new TypeError('fetch failed', { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) });
    const { delays, retry } = recordingRetry();
    const { f, call } = setup([reset, accepted()], { retry });
    assert.equal((await call()).status, 202);
    assert.equal(f.calls.length, 2);
    assert.equal(delays.length, 1);
    const other = new TypeError('fetch failed', { cause: new Error('invalid header value') });
    const second = setup([other, accepted()], { retry });
    // Transport failures reach the caller as one typed error, whatever the transport threw; that stays the cause.
    await assert.rejects(second.call(), (e) => e instanceof ConnectionError && e.cause === other && e.code === undefined);
    assert.equal(second.f.calls.length, 1);
    // The same error while reading the body comes after the answer: not retried.
    const cutBody = new ReadableStream({ pull: (c) => c.error(reset) });
    const late = setup([new Response(cutBody, { status: 200 }), accepted()], { retry });
    await assert.rejects(late.call(), (e) => e instanceof ConnectionError && e.cause === reset && e.code === 'ECONNRESET');
    assert.equal(late.f.calls.length, 1);
    const exhausted = setup([reset], { retry: { ...retry, maxRetries: 2 } });
    await assert.rejects(exhausted.call(), (e) => e instanceof ConnectionError && e.cause === reset && e.code === 'ECONNRESET');
    assert.equal(exhausted.f.calls.length, 3);
  });
});

describe('auth callback failures', () => {
  it('gives AuthenticationError with cause, and does not retry a callback error that carries a socket code', async () => {
    const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
    let asked = 0;
    const { delays, retry } = recordingRetry();
    const { f, call } = setup([accepted()], { auth: () => (asked++, Promise.reject(reset)), retry });
    await assert.rejects(call(), (e: unknown) => e instanceof AuthenticationError && e.cause === reset);
    assert.equal(asked, 1, 'asked once: not retried as a connection error');
    assert.deepEqual(delays, []);
    assert.equal(f.calls.length, 0);
  });

  it('gives AuthenticationError for a callback that throws null or a string', async () => {
    for (const value of [null, 'expired']) {
      const { f, call } = setup([accepted()], {
        auth: () => {
          throw value;
        },
      });
      await assert.rejects(call(), (e: unknown) => e instanceof AuthenticationError && e.cause === value);
      assert.equal(f.calls.length, 0);
    }
  });
});

describe('401: refresh once', () => {
  it('refreshes the credential token once and retries once', async () => {
    const { cred, seen } = credential(['old', 'new']);
    const { f, call } = setup([graphError(401, 'InvalidAuthenticationToken'), accepted()], { auth: cred });
    assert.equal((await call()).status, 202);
    assert.deepEqual(f.calls.map((c) => c.init.headers.Authorization), ['Bearer old', 'Bearer new']);
    assert.equal(seen.length, 2);
    assert.equal(f.calls[1]!.init.headers['client-request-id'], f.calls[0]!.init.headers['client-request-id']);
  });

  it('gives the 401 GraphError when the fresh token is refused too', async () => {
    const { cred } = credential(['a', 'b', 'c']);
    const { f, call } = setup([graphError(401, 'InvalidAuthenticationToken')], { auth: cred });
    await assert.rejects(call(), (e: unknown) => e instanceof GraphError && e.status === 401);
    assert.equal(f.calls.length, 2);
  });

  it('passes the decoded claims of a CAE challenge to getToken', async () => {
    const claims = '{"access_token":{"nbf":{"essential":true,"value":"1"}}}';
    const challenge = `Bearer realm="", error="insufficient_claims", claims="${Buffer.from(claims).toString('base64')}"`;
    const { cred, seen } = credential(['old', 'new']);
    const { call } = setup([graphError(401, 'InvalidAuthenticationToken', { 'WWW-Authenticate': challenge }), accepted()], { auth: cred });
    await call();
    assert.equal(seen[1]?.claims, claims);
  });

  it('asks a callback again, and does not retry a fixed string token', async () => {
    let n = 0;
    const cb = setup([graphError(401, 'x'), accepted()], { auth: () => `t${++n}` });
    await cb.call();
    assert.deepEqual(cb.f.calls.map((c) => c.init.headers.Authorization), ['Bearer t1', 'Bearer t2']);
    const fixed = setup([graphError(401, 'x'), accepted()]);
    await assert.rejects(fixed.call(), (e: unknown) => e instanceof GraphError && e.status === 401);
    assert.equal(fixed.f.calls.length, 1);
  });
});

describe('redirects', () => {
  const redirect = (status: number, location: string) => new Response(null, { status, headers: { Location: location } });

  it('follows 307/308 on an allowed host with the same method, body and headers', async () => {
    const { f, call } = setup([redirect(307, '/beta/app/calls/call-1/cancelMediaProcessing?moved=1'), redirect(308, 'https://graph.microsoft.com/v1.0/app/calls/call-1/cancelMediaProcessing'), accepted()]);
    assert.equal((await call()).status, 202);
    assert.deepEqual(f.calls.map((c) => c.url), [
      'https://graph.microsoft.com/beta/app/calls/call-1/cancelMediaProcessing',
      'https://graph.microsoft.com/beta/app/calls/call-1/cancelMediaProcessing?moved=1',
      'https://graph.microsoft.com/v1.0/app/calls/call-1/cancelMediaProcessing',
    ]);
    for (const c of f.calls) {
      assert.equal(c.init.method, 'POST');
      assert.equal(c.init.body, '{"clientContext":"x"}');
      assert.equal(c.init.headers.Authorization, 'Bearer tok');
    }
  });

  it('refuses a redirect to another host, or to plain http, without sending anything there', async () => {
    for (const target of ['https://evil.example/steal', 'http://graph.microsoft.com/beta/x', 'https://graph.microsoft.com.evil.example/']) {
      const { f, call } = setup([redirect(307, target), accepted()]);
      await assert.rejects(call(), (e: unknown) => e instanceof TokenLeakError && e.url === new URL(target).href);
      assert.equal(f.calls.length, 1, 'only the original request went out');
    }
  });

  it('does not turn a POST into a GET: 301/302/303 are answers', async () => {
    const { f, call } = setup([redirect(302, '/elsewhere'), accepted()]);
    await assert.rejects(call(), (e: unknown) => e instanceof GraphError && e.status === 302);
    assert.equal(f.calls.length, 1);
  });

  it('follows 302 for the GET of getOperation', async () => {
    const { c, f } = setup([redirect(302, '/beta/app/calls/c/operations/o2'), json(200, { id: 'o2', status: 'running' })]);
    assert.equal((await c.getOperation(LOC)).id, 'o2');
    assert.equal(f.calls[1]!.url, 'https://graph.microsoft.com/beta/app/calls/c/operations/o2');
  });

  it('stops after maxRedirects hops', async () => {
    const { f, call } = setup([redirect(307, '/beta/loop')], { maxRedirects: 5 });
    await assert.rejects(call(), (e: unknown) => e instanceof GraphError && e.code === 'tooManyRedirects');
    assert.equal(f.calls.length, 6);
  });
});

describe('timeouts and aborts', () => {
  it('times out a hanging attempt with TimeoutError and does not retry it', async () => {
    const before = timers();
    const { f, call } = setup(['hang'], { timeoutMs: 5, retry: recordingRetry().retry });
    await assert.rejects(call(), { name: 'TimeoutError' });
    assert.equal(f.calls.length, 1);
    assert.equal(timers(), before);
  });

  it('ends a hanging attempt at once when the caller aborts', async () => {
    const { f, call } = setup(['hang'], { timeoutMs: 3_600_000 });
    const c = new AbortController();
    const pending = call(c.signal);
    await f.called(1);
    const before = timers();
    c.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(timers(), before - 1, 'the attempt timer is gone');
  });

  it('rejects at once for an already-aborted signal, sending nothing', async () => {
    const { f, call } = setup([accepted()]);
    const c = new AbortController();
    c.abort();
    await assert.rejects(call(c.signal), { name: 'AbortError' });
    assert.equal(f.calls.length, 0);
  });

  it('ends the back-off wait at once on abort, leaving no timer', async () => {
    const before = timers();
    // No attempt timer, so the only new timer is the back-off wait's.
    const { f, call } = setup([graphError(503, 'x', { 'Retry-After': '25' }), accepted()], { timeoutMs: Infinity });
    const c = new AbortController();
    const pending = call(c.signal);
    await f.called(1);
    // Let the 503 be read and the wait begin.
    while (timers() === before) await new Promise((r) => setImmediate(r));
    c.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.equal(timers(), before);
    assert.equal(f.calls.length, 1);
  });

  it('does not hold the caller when a transport ignores the signal', async () => {
    let release!: (r: Response) => void;
    const late = new Promise<Response>((r) => (release = r));
    const c = new CommsClient({ auth: 'tok', fetch: () => late, timeoutMs: 5 });
    await assert.rejects(c.cancelMediaProcessing({ callId: 'c' }, {}), { name: 'TimeoutError' });
    let cancelled = false;
    release(new Response(new ReadableStream({ cancel: () => void (cancelled = true) })));
    await new Promise((r) => setImmediate(r));
    assert.equal(cancelled, true, 'the late answer body is cancelled');
  });
});
