// The Node platform's attempt scopes: a deadline instead of a signal for a transport that keeps one, and one timeout
// signal shared by the attempts of the same millisecond otherwise. The clock (Date and setTimeout) is node:test's
// mock, so "the same millisecond" and "30 s later" are exact, and nothing waits for real time.
import assert from 'node:assert/strict';
import { type TestContext, describe, it } from 'node:test';
import type { FetchLike } from '../../../src/contract.js';
import { TimeoutError } from '../../../src/errors.js';
import { nodeAttemptScope } from '../../../src/platform/attempt-scopes.js';

const plain = (() => Promise.reject(new Error('not called'))) as FetchLike;
const keepsDeadlines = Object.assign(() => Promise.reject(new Error('not called')), { deadlines: true }) as FetchLike;
const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

function mockClock(t: TestContext): void {
  t.mock.timers.enable({ apis: ['Date', 'setTimeout'], now: 1_000_000 });
}

describe('nodeAttemptScope', () => {
  it('gives a transport that keeps deadlines a deadline and no signal, when the token is at hand', () => {
    const before = performance.now();
    const scope = nodeAttemptScope(undefined, 30_000, keepsDeadlines, 'tok');
    assert.equal(scope.signal, undefined);
    assert.ok(scope.deadline! >= before + 30_000 && scope.deadline! <= performance.now() + 30_000);
    scope.done();
  });

  it('gives it a signal instead while a token has to be fetched, so that the wait for it is timed too', (t) => {
    mockClock(t);
    const scope = nodeAttemptScope(undefined, 30_000, keepsDeadlines, undefined);
    assert.ok(scope.signal instanceof AbortSignal);
    assert.equal(scope.deadline, undefined);
    scope.done();
  });

  it('shares one signal between the attempts of one millisecond, and makes a new one in the next', (t) => {
    mockClock(t);
    const a = nodeAttemptScope(undefined, 30_000, plain, 'tok');
    const b = nodeAttemptScope(undefined, 30_000, plain, 'tok');
    assert.equal(a.signal, b.signal);
    t.mock.timers.tick(1);
    const c = nodeAttemptScope(undefined, 30_000, plain, 'tok');
    assert.notEqual(c.signal, a.signal);
    const d = nodeAttemptScope(undefined, 10_000, plain, 'tok');
    assert.notEqual(d.signal, c.signal, 'another timeoutMs, another signal');
    for (const s of [a, b, c, d]) s.done();
  });

  it('aborts the shared signal with TimeoutError exactly timeoutMs after it was made, while an attempt is open', (t) => {
    mockClock(t);
    const a = nodeAttemptScope(undefined, 30_000, plain, 'tok');
    const b = nodeAttemptScope(undefined, 30_000, plain, 'tok');
    a.done();
    t.mock.timers.tick(29_999);
    assert.equal(b.signal!.aborted, false);
    t.mock.timers.tick(1);
    assert.equal(b.signal!.aborted, true);
    assert.ok(b.signal!.reason instanceof TimeoutError);
    b.done();
  });

  it('clears the shared timer when the last attempt is done, and done() twice counts once', (t) => {
    const before = timers();
    mockClock(t);
    const a = nodeAttemptScope(undefined, 30_000, plain, 'tok');
    const b = nodeAttemptScope(undefined, 30_000, plain, 'tok');
    a.done();
    a.done();
    t.mock.timers.tick(30_000);
    assert.equal(b.signal!.aborted, true, 'b was still open: a second done() of a must not have ended it');
    b.done();
    t.mock.timers.reset();
    const c = nodeAttemptScope(undefined, 30_000, plain, 'tok');
    assert.equal(timers(), before + 1);
    c.done();
    assert.equal(timers(), before, 'no timer is left to keep the process alive');
    assert.equal(c.signal!.aborted, false);
  });

  it('does not let an attempt join a signal whose attempts are all done', (t) => {
    mockClock(t);
    const a = nodeAttemptScope(undefined, 30_000, plain, 'tok');
    a.done();
    const b = nodeAttemptScope(undefined, 30_000, plain, 'tok');
    assert.notEqual(b.signal, a.signal, 'the first one’s timer is gone: it would never time b out');
    t.mock.timers.tick(30_000);
    assert.equal(b.signal!.aborted, true);
    b.done();
  });

  it('shares one signal among 64 attempts at most', (t) => {
    mockClock(t);
    const scopes = Array.from({ length: 65 }, () => nodeAttemptScope(undefined, 30_000, plain, 'tok'));
    assert.equal(new Set(scopes.slice(0, 64).map((s) => s.signal)).size, 1);
    assert.notEqual(scopes[64]!.signal, scopes[0]!.signal);
    for (const s of scopes) s.done();
  });

  it('joins a caller signal in a scope of its own, and times nothing for Infinity', (t) => {
    mockClock(t);
    const caller = new AbortController();
    const a = nodeAttemptScope(caller.signal, 30_000, keepsDeadlines, 'tok');
    const b = nodeAttemptScope(caller.signal, 30_000, keepsDeadlines, 'tok');
    assert.notEqual(a.signal, b.signal);
    assert.equal(a.deadline, undefined);
    caller.abort();
    assert.equal(a.signal!.aborted, true);
    for (const s of [a, b]) s.done();
    const none = nodeAttemptScope(undefined, Infinity, plain, 'tok');
    assert.equal(none.signal, undefined);
    assert.equal(none.deadline, undefined);
  });
});

describe('a shared timeout signal with many sharers', () => {
  it('takes a listener from each of its 64 sharers without a MaxListenersExceededWarning', async (t) => {
    mockClock(t);
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    t.after(() => process.off('warning', onWarning));
    const scopes = Array.from({ length: 64 }, () => nodeAttemptScope(undefined, 30_000, plain, 'tok'));
    for (const s of scopes) s.signal!.addEventListener('abort', () => {});
    // Warnings are emitted on the next tick.
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(warnings.filter((w) => w.name === 'MaxListenersExceededWarning').map((w) => w.message), []);
    for (const s of scopes) s.done();
  });
});

describe('a shared timeout signal that has fired', () => {
  it('is not joined by an attempt that starts in the same millisecond', (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] }); // Date stays real: the tick below takes no real time
    // Tried until one try falls within one real millisecond (each takes microseconds), so the check always has power.
    for (let tries = 0; tries < 100; tries++) {
      const startedAt = Date.now();
      const a = nodeAttemptScope(undefined, 0.5, plain, 'tok');
      t.mock.timers.tick(1);
      const b = nodeAttemptScope(undefined, 0.5, plain, 'tok');
      const sameMillisecond = Date.now() === startedAt;
      assert.equal(a.signal!.aborted, true);
      for (const s of [a, b]) s.done();
      if (!sameMillisecond) continue;
      assert.equal(b.signal!.aborted, false, 'a fresh signal, not the fired one');
      return;
    }
    assert.fail('no try fell within one millisecond');
  });
});
