import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { describe, it } from 'node:test';
import {
  DEFAULT_RETRY,
  backoffDelay,
  isRetryableStatus,
  parseRetryAfter,
  resolveRetry,
  sleep,
} from '../../src/retry.js';
import { isConnectionError } from '../../src/platform/node.js';
import { TimeoutError } from '../../src/errors.js';

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('resolveRetry', () => {
  it('fills the defaults, turns retries off with false and refuses nonsense', () => {
    const p = resolveRetry(undefined)!;
    assert.deepEqual([p.maxRetries, p.baseDelayMs, p.maxDelayMs], [3, 500, 30_000]);
    assert.deepEqual(DEFAULT_RETRY, { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 30_000 });
    assert.equal(resolveRetry(false), null);
    assert.equal(resolveRetry({ maxRetries: 0 })!.maxRetries, 0);
    for (const bad of [{ maxRetries: -1 }, { baseDelayMs: Number.NaN }, { maxDelayMs: Infinity }]) assert.throws(() => resolveRetry(bad), TypeError);
    assert.throws(() => resolveRetry(true as never), TypeError);
  });
});

describe('isRetryableStatus', () => {
  it('retries 429, 503 and 504 only', () => {
    assert.deepEqual([429, 503, 504].map(isRetryableStatus), [true, true, true]);
    assert.deepEqual([400, 401, 404, 408, 500, 502].map(isRetryableStatus), [false, false, false, false, false, false]);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');
  it('reads delta-seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('0', now), 0);
    assert.equal(parseRetryAfter(' 7 ', now), 7000);
    assert.equal(parseRetryAfter('Wed, 01 May 2024 12:00:30 GMT', now), 30_000);
    assert.equal(parseRetryAfter('Wed, 01 May 2024 11:00:00 GMT', now), 0, 'a past date means now');
  });
  it('ignores absent or malformed values', () => {
    for (const v of [null, undefined, '', '-1', '1.5', 'soon', '0x10']) assert.equal(parseRetryAfter(v, now), undefined, String(v));
  });
});

describe('backoffDelay', () => {
  const policy = { baseDelayMs: 500, maxDelayMs: 30_000 };
  it('is full jitter: uniform below base * 2^retry', () => {
    assert.equal(backoffDelay(0, { ...policy, random: () => 0 }), 0);
    assert.equal(backoffDelay(0, { ...policy, random: () => 0.5 }), 250);
    assert.equal(backoffDelay(3, { ...policy, random: () => 0.999999 }), 3999);
  });
  it('never exceeds maxDelayMs', () => {
    assert.equal(backoffDelay(20, { ...policy, random: () => 0.999999 }), 29_999);
    assert.equal(backoffDelay(500, { ...policy, random: () => 0.5 }), 15_000);
  });
});

describe('isConnectionError', () => {
  it('recognizes failures before any answer, as node-fetch and undici report them', () => {
    const nodeFetch = Object.assign(new Error('request to http://x failed, reason: read ECONNRESET'), { type: 'system', code: 'ECONNRESET', errno: 'ECONNRESET' });
    const undici = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) });
    const undiciSocket = new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
    const hangUp = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    for (const e of [nodeFetch, undici, undiciSocket, hangUp, new Error('socket hang up')]) assert.equal(isConnectionError(e), true, String(e));
  });
  it('leaves everything else alone', () => {
    const others = [
      new Error('boom'),
      new TypeError('fetch failed'),
      new TypeError('fetch failed', { cause: new Error('invalid header') }),
      Object.assign(new Error('aborted'), { name: 'AbortError', code: 'ECONNRESET' }),
      Object.assign(new Error('late'), { name: 'TimeoutError' }),
      null,
      'ECONNRESET',
    ];
    for (const e of others) assert.equal(isConnectionError(e), false, String(e));
  });
});

describe('sleep', () => {
  it('waits and then leaves no listener behind', async () => {
    const c = new AbortController();
    await sleep(1, c.signal);
    assert.equal(getEventListeners(c.signal, 'abort').length, 0);
    await sleep(0);
  });

  it('rejects at once on abort, clearing its timer and listener', async () => {
    const before = timers();
    const c = new AbortController();
    const waiting = sleep(3_600_000, c.signal);
    assert.equal(timers(), before + 1);
    assert.equal(getEventListeners(c.signal, 'abort').length, 1);
    c.abort();
    await assert.rejects(waiting, { name: 'AbortError' });
    assert.equal(timers(), before);
    assert.equal(getEventListeners(c.signal, 'abort').length, 0);
  });

  it('rejects with the typed reason of a pipeline signal, and at once when already aborted', async () => {
    const c = new AbortController();
    const reason = new TimeoutError('late');
    c.abort(reason);
    await assert.rejects(sleep(3_600_000, c.signal), (e) => e === reason);
  });
});
