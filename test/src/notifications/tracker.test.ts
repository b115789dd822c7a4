import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { describe, it } from 'node:test';
import type { CommsNotifications } from '../../../generated/index.js';
import { AbortError, NotificationParseError, TimeoutError } from '../../../src/errors.js';
import { parseCommsNotifications } from '../../../src/notifications/parse.js';
import { OperationTracker } from '../../../src/notifications/tracker.js';

const LOCATION_ID = '0fe0623f-d628-42ed-b4bd-8ac290072cc5';
const RESOURCE = '/app/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/0FE0623FD62842EDB4BD8AC290072CC5';

function payload(status: string | null, resource = RESOURCE, extra: Record<string, unknown> = {}): CommsNotifications {
  return parseCommsNotifications({
    value: [
      {
        changeType: 'deleted',
        resource,
        resourceData: { '@odata.type': '#microsoft.graph.commsOperation', '@odata.id': resource, status, ...extra },
      },
    ],
  });
}
const opResource = (id: string) => `/communications/calls/c/operations/${id}`;
const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

describe('OperationTracker', () => {
  it('resolves a waiter with the final operation, matching dashed and dash-less ids in any case', async () => {
    const tracker = new OperationTracker();
    const waiting = tracker.waitFor(LOCATION_ID);
    assert.equal(tracker.waiterCount, 1);
    tracker.dispatch(payload('completed', RESOURCE, { clientContext: 'ctx' }));
    const op = await waiting;
    assert.equal(op.status, 'completed');
    assert.equal(op.clientContext, 'ctx');
    assert.equal(tracker.waiterCount, 0);
    assert.equal(tracker.pendingCount, 0);
  });

  it('resolves (not rejects) on failed, with the resultInfo', async () => {
    const tracker = new OperationTracker();
    const waiting = tracker.waitFor('OP1');
    const resultInfo = { code: 400, subcode: 8508, message: 'Action failed, the operation was cancelled.' };
    tracker.dispatch(payload('Failed', opResource('OP1'), { resultInfo }));
    const op = await waiting;
    assert.equal(op.status, 'failed');
    assert.deepEqual(op.resultInfo, resultInfo);
  });

  it('does not settle on null, notStarted or running', async () => {
    const tracker = new OperationTracker();
    const waiting = tracker.waitFor(LOCATION_ID);
    for (const status of [null, 'notStarted', 'running']) tracker.dispatch(payload(status));
    assert.equal(tracker.waiterCount, 1);
    assert.equal(tracker.pendingCount, 0);
    tracker.dispatch(payload('completed'));
    assert.equal((await waiting).status, 'completed');
  });

  it('keeps a final notification that arrives before waitFor, and hands it over once', async () => {
    const tracker = new OperationTracker();
    tracker.dispatch(payload('completed'));
    assert.equal(tracker.pendingCount, 1);
    assert.equal((await tracker.waitFor(LOCATION_ID.toUpperCase())).status, 'completed');
    assert.equal(tracker.pendingCount, 0);
  });

  it('settles every waiter of one operation, whichever form of its GUID each gave', async () => {
    const tracker = new OperationTracker();
    const all = Promise.all([tracker.waitFor(LOCATION_ID), tracker.waitFor(LOCATION_ID.toUpperCase()), tracker.waitFor(LOCATION_ID.replace(/-/g, ''), { timeoutMs: 60_000 })]);
    assert.equal(tracker.waiterCount, 3);
    tracker.dispatch(payload('completed', opResource('0FE0623FD62842EDB4BD8AC290072CC5')));
    assert.deepEqual(
      (await all).map((o) => o.status),
      ['completed', 'completed', 'completed'],
    );
    assert.equal(tracker.waiterCount, 0);
  });

  it('takes the id from resourceUrl, from @odata.id of array items, or from a bare id', async () => {
    const tracker = new OperationTracker();
    const a = tracker.waitFor('a');
    const b = tracker.waitFor('b');
    const c = tracker.waitFor('c');
    tracker.dispatch({
      value: [
        { changeType: 'deleted', resourceUrl: opResource('a'), resourceData: { status: 'completed' } },
        {
          changeType: 'updated',
          resourceUrl: '/communications/calls/c',
          resourceData: [
            { '@odata.type': '#microsoft.graph.call', state: 'established' },
            { '@odata.id': opResource('b'), status: 'completed' },
          ],
        },
        { changeType: 'deleted', resourceUrl: '/communications/calls/c', resourceData: { id: 'c', status: 'failed' } },
      ],
    } as CommsNotifications);
    assert.deepEqual(
      (await Promise.all([a, b, c])).map((o) => o.status),
      ['completed', 'completed', 'failed'],
    );
  });

  it('ignores payloads it cannot use instead of throwing', () => {
    const tracker = new OperationTracker();
    for (const junk of [null, {}, { value: 'x' }, { value: [null, 1, { resourceData: 'x' }, { resourceData: [null] }] }]) {
      assert.doesNotThrow(() => tracker.dispatch(junk as unknown as CommsNotifications));
    }
    assert.equal(tracker.pendingCount, 0);
  });

  it('evicts the oldest kept notifications beyond maxPending', async () => {
    const tracker = new OperationTracker({ maxPending: 2 });
    for (const id of ['o1', 'o2', 'o3']) tracker.dispatch(payload('completed', opResource(id)));
    assert.equal(tracker.pendingCount, 2);
    const ac = new AbortController();
    const o1 = tracker.waitFor('o1', { signal: ac.signal });
    assert.equal(tracker.waiterCount, 1, 'o1 was evicted, so its waiter waits');
    ac.abort();
    await assert.rejects(o1, AbortError);
    assert.equal((await tracker.waitFor('o3')).status, 'completed');
  });

  it('drops kept notifications older than maxPendingAgeMs', () => {
    let t = 1_000_000;
    const tracker = new OperationTracker({ maxPendingAgeMs: 1000, now: () => t });
    tracker.dispatch(payload('completed', opResource('old')));
    t += 600;
    tracker.dispatch(payload('completed', opResource('young')));
    assert.equal(tracker.pendingCount, 2);
    t += 500;
    assert.equal(tracker.pendingCount, 1);
    t += 600;
    assert.equal(tracker.pendingCount, 0);
  });

  it('rejects with TimeoutError, clearing its timer', async () => {
    const tracker = new OperationTracker();
    const before = timers();
    const waiting = tracker.waitFor('never', { timeoutMs: 1 });
    assert.equal(timers(), before + 1);
    await assert.rejects(waiting, TimeoutError);
    assert.equal(tracker.waiterCount, 0);
    tracker.dispatch(payload('completed', opResource('never')));
    assert.equal(tracker.pendingCount, 1, 'a late notification is kept for a next waiter, not given to the timed-out one');
  });

  it('clears the timer and the abort listener when a notification settles the waiter', async () => {
    const tracker = new OperationTracker();
    const ac = new AbortController();
    const before = timers();
    const waiting = tracker.waitFor('x', { timeoutMs: 3_600_000, signal: ac.signal });
    assert.equal(timers(), before + 1);
    assert.equal(getEventListeners(ac.signal, 'abort').length, 1);
    tracker.dispatch(payload('completed', opResource('x')));
    await waiting;
    assert.equal(timers(), before);
    assert.equal(getEventListeners(ac.signal, 'abort').length, 0);
    ac.abort(); // settling again must be a no-op
    tracker.dispatch(payload('failed', opResource('x')));
    assert.equal((await waiting).status, 'completed');
  });

  it("ends a wait the client's way: a caller's AbortSignal.timeout() is a TimeoutError, the SDK's own reasons stay", async () => {
    const tracker = new OperationTracker();
    const timedOut = new AbortController();
    timedOut.abort(new DOMException('signal timed out', 'TimeoutError'));
    await assert.rejects(tracker.waitFor('x', { signal: timedOut.signal }), TimeoutError);
    const own = new AbortController();
    const reason = new TimeoutError('attempt budget');
    const waiting = tracker.waitFor('x', { signal: own.signal });
    own.abort(reason);
    await assert.rejects(waiting, (e: unknown) => e === reason);
  });

  it('rejects with AbortError on abort, before or during the wait, and cleans up', async () => {
    const tracker = new OperationTracker();
    await assert.rejects(tracker.waitFor('x', { signal: AbortSignal.abort() }), AbortError);
    const ac = new AbortController();
    const before = timers();
    const waiting = tracker.waitFor('x', { signal: ac.signal, timeoutMs: 3_600_000 });
    ac.abort(new Error('shutting down'));
    await assert.rejects(waiting, (e: unknown) => e instanceof AbortError && (e.cause as Error).message === 'shutting down');
    assert.equal(timers(), before);
    assert.equal(getEventListeners(ac.signal, 'abort').length, 0);
    assert.equal(tracker.waiterCount, 0);
  });

  it('keeps opaque ids apart that differ only by case or dashes; GUIDs match in any case or dash form', async () => {
    const tracker = new OperationTracker();
    const ac = new AbortController();
    const signal = ac.signal;
    const opaque = ['Op-1', 'op-1', 'Op1', 'OP-1'].map((id) => ({ id, waiting: tracker.waitFor(id, { signal }) }));
    const settled: string[] = [];
    for (const { id, waiting } of opaque) waiting.then(() => settled.push(id), () => {});
    tracker.dispatch(payload('completed', opResource('Op-1')));
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    assert.deepEqual(settled, ['Op-1'], 'only the exact opaque id');
    assert.equal(tracker.waiterCount, 3);
    ac.abort();
    // The same for a notification kept before its waiter.
    tracker.dispatch(payload('completed', opResource('Case-Id')));
    await assert.rejects(tracker.waitFor('case-id', { signal: AbortSignal.abort() }), AbortError);
    assert.equal(tracker.pendingCount, 1);
    const guid = '0FE0623F-D628-42ED-B4BD-8AC290072CC5';
    tracker.dispatch(payload('completed', opResource(guid)));
    assert.equal((await tracker.waitFor(guid.toLowerCase().replace(/-/g, ''))).status, 'completed');
  });

  it('keys a result by call and operation: another call with the same operation id does not settle it', async () => {
    const tracker = new OperationTracker();
    const onA = tracker.waitFor({ callId: 'call-A', operationId: '1' });
    const onB = tracker.waitFor({ callId: 'call-B', operationId: '1' });
    const anyCall = tracker.waitFor('1');
    let aSettled = false;
    onA.then(() => (aSettled = true));
    tracker.dispatch(payload('failed', '/app/calls/call-B/operations/1'));
    assert.equal((await onB).status, 'failed');
    assert.equal((await anyCall).status, 'failed', 'a bare id matches whatever call the notification names');
    await new Promise((r) => setImmediate(r));
    assert.equal(aSettled, false);
    tracker.dispatch(payload('completed', '/app/calls/call-A/operations/1'));
    assert.equal((await onA).status, 'completed');
    // Kept before the waiter: a result takes only its own call's notification, in any GUID form of the call.
    tracker.dispatch(payload('completed', '/app/calls/57DAB8B1894C409AB240BD8BEAE78896/operations/2'));
    const ac = new AbortController();
    const otherCall = tracker.waitFor({ callId: 'other', operationId: '2' }, { signal: ac.signal });
    assert.equal(tracker.pendingCount, 1, 'not handed to a waiter on another call');
    ac.abort();
    await assert.rejects(otherCall, AbortError);
    const result = { status: 202, callId: '57dab8b1-894c-409a-b240-bd8beae78896', operationId: '2', clientRequestId: 'x' };
    assert.equal((await tracker.waitFor(result)).status, 'completed');
    assert.equal(tracker.pendingCount, 0);
  });

  it('takes a Location or resource URL, keyed by its call and operation', async () => {
    const tracker = new OperationTracker();
    const location = `https://graph.microsoft.com/beta/app/calls/57dab8b1-894c-409a-b240-bd8beae78896/operations/${LOCATION_ID}`;
    const waiting = tracker.waitFor(location);
    tracker.dispatch(payload('completed'));
    assert.equal((await waiting).status, 'completed');
    await assert.rejects(tracker.waitFor('https://graph.microsoft.com/beta/app/calls/c'), (e: unknown) => e instanceof TypeError && /operation id or the action result/.test(e.message));
  });

  it('resolves at once for a result whose own operation is already final', async () => {
    const tracker = new OperationTracker();
    const operation = { '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation', id: 'o', status: 'completed' as const };
    assert.equal(await tracker.waitFor({ callId: 'c', operationId: 'o', operation }), operation);
    assert.equal(tracker.waiterCount, 0);
  });

  it('refuses bad arguments with a rejected promise', async () => {
    const tracker = new OperationTracker();
    await assert.rejects(tracker.waitFor(''), TypeError);
    await assert.rejects(tracker.waitFor(null as never), TypeError);
    await assert.rejects(tracker.waitFor({ callId: 'c' }), (e: unknown) => e instanceof TypeError && /no operationId/.test(e.message));
    await assert.rejects(tracker.waitFor({ callId: 7 as never, operationId: 'o' }), TypeError);
    await assert.rejects(tracker.waitFor('x', { timeoutMs: -1 }), TypeError);
    assert.throws(() => new OperationTracker({ maxPending: -1 }), TypeError);
  });
});

describe('OperationTracker.dispatch with a raw body', () => {
  it('parses a string or bytes body, and refuses one that is no commsNotifications instead of ignoring it', async () => {
    const tracker = new OperationTracker();
    const body = JSON.stringify({ value: [{ changeType: 'deleted', resourceUrl: '/communications/calls/c/operations/text', resourceData: { status: 'completed' } }] });
    const fromText = tracker.waitFor('text');
    tracker.dispatch(body);
    assert.equal((await fromText).status, 'completed');
    const fromBytes = tracker.waitFor('bytes');
    tracker.dispatch(new TextEncoder().encode(body.replace('/text', '/bytes')));
    assert.equal((await fromBytes).status, 'completed');
    assert.throws(() => tracker.dispatch('{"value": 7}'), NotificationParseError);
    assert.throws(() => tracker.dispatch('not json'), NotificationParseError);
  });
});

describe('OperationTracker: an operation already settled', () => {
  it('answers a second and a third sequential waitFor at once, without counting it as pending or evicting a word', async () => {
    const evicted: unknown[] = [];
    const tracker = new OperationTracker({ maxPending: 2, onEvicted: (e) => evicted.push(e) });
    const note = (id: string) => ({ value: [{ changeType: 'deleted', resourceUrl: `/communications/calls/c/operations/${id}`, resourceData: { status: 'completed' } }] });
    const first = tracker.waitFor('o1');
    tracker.dispatch(note('o1') as never);
    assert.equal((await first).status, 'completed');
    assert.equal(tracker.pendingCount, 0, 'a final a waiter had is not pending');
    assert.equal((await tracker.waitFor('o1', { timeoutMs: 0 })).status, 'completed');
    assert.equal((await tracker.waitFor({ callId: 'c', operationId: 'o1' }, { timeoutMs: 0 })).status, 'completed');
    // Past the bound, what waiters already had goes first and silently; unclaimed finals are kept.
    tracker.dispatch(note('o2') as never);
    tracker.dispatch(note('o3') as never);
    assert.equal(tracker.pendingCount, 2);
    assert.deepEqual(evicted, []);
    assert.equal(tracker.evictedCount, 0);
  });
});
