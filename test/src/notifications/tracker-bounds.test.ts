// The tracker's bounds on early final notifications (10,000 operations, 10 minutes by default), the reporting of
// every eviction, and the default 10-minute bound on a wait. Clocks are injected or mocked: nothing waits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CommsNotifications } from '../../../generated/index.js';
import { AbortError, TimeoutError } from '../../../src/errors.js';
import { OperationTracker, type TrackerEviction } from '../../../src/notifications/tracker.js';

const final = (id: string, status = 'completed'): CommsNotifications =>
  ({
    value: [{ changeType: 'deleted', resource: `/communications/calls/c/operations/${id}`, resourceData: { '@odata.type': '#microsoft.graph.commsOperation', status } }],
  }) as CommsNotifications;
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};
const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('OperationTracker: bounds and eviction reports', () => {
  it('settles all of a 5,000-notification burst with half the waiters arriving late, under the default bounds', async () => {
    let t = 1_700_000_000_000;
    const tracker = new OperationTracker({ now: () => t });
    const ids = Array.from({ length: 5000 }, (_, i) => `op-${i}`);
    const late = ids.filter((_, i) => i % 2 === 0); // notification first, waiter after
    const early = ids.filter((_, i) => i % 2 === 1); // waiter first
    const ac = new AbortController();
    const settled = new Set<string>();
    const wait = (id: string) =>
      tracker.waitFor(id, { signal: ac.signal }).then(
        (op) => void (op.status === 'completed' && settled.add(id)),
        () => {},
      );
    for (const id of late) {
      tracker.dispatch(final(id));
      t += 10; // 25 s of notifications in all: well within 10 minutes
    }
    const waits = ids.map(wait);
    for (const id of early) tracker.dispatch(final(id));
    await turns(5);
    ac.abort(); // whatever did not settle by now never would
    await Promise.all(waits);
    assert.equal(settled.size, 5000, `${5000 - settled.size} of 5,000 were lost`);
    assert.equal(tracker.evictedCount, 0);
    assert.equal(tracker.pendingCount, 0);
    assert.equal(tracker.waiterCount, 0);
  });

  it('keeps 10,000 operations by default and reports the 10,001st arrival evicting the oldest', () => {
    const evicted: TrackerEviction[] = [];
    const tracker = new OperationTracker({ onEvicted: (e) => evicted.push(e) });
    for (let i = 0; i < 10_000; i++) tracker.dispatch(final(`o${i}`));
    assert.equal(tracker.pendingCount, 10_000);
    assert.equal(evicted.length, 0);
    tracker.dispatch(final('o10000', 'failed'));
    assert.equal(tracker.pendingCount, 10_000);
    assert.equal(tracker.evictedCount, 1);
    assert.equal(evicted.length, 1);
    assert.equal(evicted[0]!.reason, 'count');
    assert.equal(evicted[0]!.operationId, 'o0');
    assert.equal(evicted[0]!.callId, 'c');
    assert.equal(evicted[0]!.operation.status, 'completed');
  });

  it('keeps 10 minutes by default, and reports each notification dropped for its age', () => {
    let t = 0;
    const evicted: TrackerEviction[] = [];
    const tracker = new OperationTracker({ now: () => t, onEvicted: (e) => evicted.push(e) });
    tracker.dispatch(final('old'));
    t += 60_000;
    tracker.dispatch(final('young'));
    t += 9 * 60_000 - 1;
    assert.equal(tracker.pendingCount, 2, 'both younger than 10 minutes');
    t += 1;
    assert.equal(tracker.pendingCount, 1);
    assert.deepEqual(evicted.map((e) => [e.operationId, e.reason]), [['old', 'age']]);
    t += 60_000;
    assert.equal(tracker.evictedCount, 2);
    assert.deepEqual(evicted.map((e) => e.operationId), ['old', 'young']);
  });

  it('counts evictions without onEvicted, and a throwing onEvicted stops nothing', async () => {
    const quiet = new OperationTracker({ maxPending: 1 });
    for (const id of ['a', 'b', 'c']) quiet.dispatch(final(id));
    assert.equal(quiet.evictedCount, 2);
    const loud = new OperationTracker({
      maxPending: 1,
      onEvicted: () => {
        throw new Error('reporting failed');
      },
    });
    loud.dispatch({ value: [...final('a').value, ...final('b').value, ...final('c').value] } as CommsNotifications);
    assert.equal(loud.evictedCount, 2);
    assert.equal((await loud.waitFor('c')).status, 'completed', 'the notifications after the failing report were dispatched');
    assert.throws(() => new OperationTracker({ onEvicted: 'x' as never }), TypeError);
  });

  it('replacing a kept notification of the same operation is no eviction', () => {
    const tracker = new OperationTracker();
    tracker.dispatch(final('x'));
    tracker.dispatch(final('x', 'failed'));
    assert.equal(tracker.pendingCount, 1);
    assert.equal(tracker.evictedCount, 0);
  });
});

describe('OperationTracker.waitFor: the default 10-minute bound', () => {
  it('times out after 10 minutes without a timeoutMs, and Infinity waits on', async (t) => {
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const tracker = new OperationTracker();
    const bounded = tracker.waitFor('never');
    const ac = new AbortController();
    const unbounded = tracker.waitFor('never', { timeoutMs: Infinity, signal: ac.signal });
    let boundedDone = false;
    bounded.catch(() => (boundedDone = true));
    t.mock.timers.tick(10 * 60_000 - 1);
    await turns(3);
    assert.equal(boundedDone, false);
    t.mock.timers.tick(1);
    await assert.rejects(bounded, TimeoutError);
    assert.equal(tracker.waiterCount, 1);
    t.mock.timers.tick(2 ** 31);
    await turns(3);
    assert.equal(tracker.waiterCount, 1, 'Infinity has no timer');
    ac.abort();
    await assert.rejects(unbounded, AbortError);
  });

  it('does not keep the process alive with its default timer, only with a timeoutMs the caller gave', async () => {
    const tracker = new OperationTracker();
    const ac = new AbortController();
    const before = timers();
    const byDefault = tracker.waitFor('a', { signal: ac.signal });
    assert.equal(timers(), before, 'the default timer is unref()ed');
    const asked = tracker.waitFor('b', { signal: ac.signal, timeoutMs: 60_000 });
    assert.equal(timers(), before + 1);
    ac.abort();
    await assert.rejects(byDefault, AbortError);
    await assert.rejects(asked, AbortError);
    assert.equal(timers(), before);
  });
});
