import assert from 'node:assert/strict';
import { getEventListeners, once } from 'node:events';
import { describe, it } from 'node:test';
import { AbortError, TimeoutError } from '../../src/errors.js';
import { abortReason, attemptScope, raceAbort } from '../../src/signals.js';

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('attemptScope', () => {
  it('has no signal when there is neither a caller signal nor a timeout', () => {
    assert.equal(attemptScope(undefined, undefined).signal, undefined);
  });

  it('aborts with TimeoutError when the timeout fires', async () => {
    const scope = attemptScope(undefined, 1);
    await once(scope.signal!, 'abort');
    assert.ok(scope.signal!.reason instanceof TimeoutError);
    scope.done();
  });

  it('aborts with AbortError (cause: the caller reason) when the caller aborts, and cleans up on done()', () => {
    const before = timers();
    const caller = new AbortController();
    const scope = attemptScope(caller.signal, 3_600_000);
    assert.equal(timers(), before + 1);
    caller.abort('stop');
    assert.ok(scope.signal!.reason instanceof AbortError);
    assert.equal((scope.signal!.reason as Error).cause, 'stop');
    scope.done();
    assert.equal(timers(), before);
    assert.equal(getEventListeners(caller.signal, 'abort').length, 0);
  });

  it('starts aborted for an already-aborted caller signal', () => {
    const caller = new AbortController();
    caller.abort();
    const scope = attemptScope(caller.signal, 10);
    assert.equal(scope.signal!.aborted, true);
    scope.done();
  });
});

describe('raceAbort and abortReason', () => {
  it('settles with the promise, or rejects at once on abort', async () => {
    const c = new AbortController();
    assert.equal(await raceAbort(Promise.resolve(5), c.signal), 5);
    const never = new Promise<never>(() => {});
    const raced = raceAbort(never, c.signal);
    c.abort();
    await assert.rejects(raced, AbortError);
    assert.equal(getEventListeners(c.signal, 'abort').length, 0);
  });

  it('keeps typed reasons and wraps others', () => {
    const c = new AbortController();
    const t = new TimeoutError();
    c.abort(t);
    assert.equal(abortReason(c.signal), t);
    const d = new AbortController();
    d.abort(new Error('x'));
    assert.ok(abortReason(d.signal) instanceof AbortError);
  });
});

describe('abortReason for caller signals', () => {
  it('maps AbortSignal.timeout() to TimeoutError and a plain abort to AbortError', () => {
    // What AbortSignal.timeout() aborts with (its own timer is unref'd, so it is not awaited here).
    const t = new AbortController();
    t.abort(new DOMException('signal timed out', 'TimeoutError'));
    assert.ok(abortReason(t.signal) instanceof TimeoutError);
    const c = new AbortController();
    c.abort();
    const e = abortReason(c.signal);
    assert.ok(e instanceof AbortError);
    assert.equal((e.cause as Error).name, 'AbortError');
  });
});
