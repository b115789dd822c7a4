// When the callback handler answers relative to onNotification, the per-call order it dispatches in, its bound on
// queued work, and what it does with a redelivered payload.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CommsNotification } from '../../../generated/index.js';
import { callKeyOf, DispatchQueueFullError, OrderedDispatcher } from '../../../src/notifications/dispatch.js';
import { createCallbackHandler, type CallbackHandlerOptions } from '../../../src/notifications/handler.js';
import { OperationTracker } from '../../../src/notifications/tracker.js';
import { GOOD, JSON_TYPE, opNote, stubVerifier, withServer } from './callbacks.js';
import { listen, rawRequest, send } from './http.js';

const headers = { ...JSON_TYPE, authorization: GOOD };
const payload = (...notes: object[]) => JSON.stringify({ value: notes });
const indexOf = (n: CommsNotification) => Number(n.resourceUrl!.split('-').pop());

/** A promise the test settles itself, and a counter that resolves once it reaches a number. */
function gate(): { opened: Promise<void>; open(): void } {
  let open!: () => void;
  return { opened: new Promise<void>((resolve) => (open = resolve)), open: () => open() };
}
function counter(): { count: number; bump(): void; reaches(n: number): Promise<void> } {
  const waiting: { n: number; resolve(): void }[] = [];
  const c = {
    count: 0,
    bump() {
      c.count++;
      for (const w of waiting) if (c.count >= w.n) w.resolve();
    },
    reaches: (n: number) => new Promise<void>((resolve) => (c.count >= n ? resolve() : waiting.push({ n, resolve }))),
  };
  return c;
}
const turns = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise<void>((resolve) => setImmediate(resolve));
};

describe('createCallbackHandler answers before it dispatches', () => {
  it('500 notifications, slow onNotification: 202 first, then in order per call, calls side by side, failures to onError', async () => {
    const CALLS = 5;
    const N = 500;
    const notes = Array.from({ length: N }, (_, i) => opNote(`op-${i}`, 'completed', `call-${i % CALLS}`));
    const release = gate();
    const started: number[] = [];
    const finished: number[] = [];
    const running = counter();
    const done = counter();
    const errors: [unknown, CommsNotification | undefined][] = [];
    const tracker = new OperationTracker();
    const trackedFirst = tracker.waitFor('op-0');
    const options: CallbackHandlerOptions = {
      verifier: stubVerifier,
      tracker,
      onNotification: async (n) => {
        const i = indexOf(n);
        started.push(i);
        running.bump();
        try {
          await release.opened;
          if (i % 50 === 7) throw new Error(`handler failed on ${i}`);
          finished.push(i);
        } finally {
          done.bump();
        }
      },
      onError: (e, n) => void errors.push([e, n]),
    };
    await withServer(options, async (url) => {
      const res = await send(url, { headers, body: payload(...notes) });
      assert.equal(res.status, 202);
      assert.deepEqual(res.json, { accepted: N });
      assert.equal(finished.length, 0, 'answered before any onNotification finished');

      // The tracker is not held up behind onNotification.
      assert.equal((await trackedFirst).status, 'completed');
      assert.equal(finished.length, 0);

      // One notification per call is running, and no second one of a call starts while its first is pending.
      await running.reaches(CALLS);
      await turns(20);
      assert.deepEqual([...started].sort((a, b) => a - b), [0, 1, 2, 3, 4]);

      release.open();
      await done.reaches(N);
    });
    for (let c = 0; c < CALLS; c++) {
      const ofCall = started.filter((i) => i % CALLS === c);
      assert.equal(ofCall.length, N / CALLS);
      assert.deepEqual(ofCall, [...ofCall].sort((a, b) => a - b), `call-${c} dispatched out of order`);
    }
    const failing = Array.from({ length: N }, (_, i) => i).filter((i) => i % 50 === 7);
    assert.equal(finished.length, N - failing.length);
    assert.deepEqual(errors.map(([e]) => (e as Error).message), failing.map((i) => `handler failed on ${i}`));
    assert.deepEqual(errors.map(([, n]) => indexOf(n!)), failing, 'each failure comes with its notification');
  });

  it('settles the tracker only once the answer is written: closing everything on waitFor does not cut the 202', async () => {
    const tracker = new OperationTracker();
    const s = await listen(createCallbackHandler({ verifier: stubVerifier, tracker, onNotification: () => undefined }));
    const closed = tracker.waitFor('o').then(() => s.close());
    const body = payload(opNote('o'));
    const raw = rawRequest(s.url, { ...headers, 'content-length': Buffer.byteLength(body) }, body);
    const answer = await raw.answer;
    assert.equal(answer.status, 202);
    assert.deepEqual(JSON.parse(answer.text), { accepted: 1 });
    await closed;
    await raw.closed;
  });
});

describe('createCallbackHandler: duplicate deliveries', () => {
  type Post = (body: string) => Promise<unknown>;
  async function deliveries(options: Partial<CallbackHandlerOptions>, run: (post: Post, seen: string[], tracker: OperationTracker) => Promise<void>) {
    const seen: string[] = [];
    const marksSeen = counter();
    const tracker = new OperationTracker();
    const onNotification = (n: CommsNotification) => {
      const id = n.resourceUrl!.split('/').pop()!;
      if (id.startsWith('mark')) marksSeen.bump();
      else seen.push(id);
    };
    await withServer({ verifier: stubVerifier, tracker, onNotification, ...options }, async (url) => {
      let marks = 0;
      // Each post is followed by a marker notification of the same call, and waits for it: whatever the post
      // dispatched, to onNotification or the tracker, was dispatched before the marker.
      const post: Post = async (body) => {
        const res = await send(url, { headers, body });
        assert.equal(res.status, 202);
        assert.equal((await send(url, { headers, body: payload(opNote(`mark-${++marks}`, 'running')) })).status, 202);
        await marksSeen.reaches(marks);
        return res.json;
      };
      await run(post, seen, tracker);
    });
  }

  it('answers a redelivered payload 202 without dispatching it again, within the window', async () => {
    let now = 1_000_000;
    const body = payload(opNote('a'));
    await deliveries({ duplicateWindowMs: 60_000, now: () => now }, async (post, seen, tracker) => {
      assert.deepEqual(await post(body), { accepted: 1 });
      assert.equal((await tracker.waitFor('a')).status, 'completed', 'kept for a late waiter, and claimed');
      assert.deepEqual(await post(body), { accepted: 1, duplicate: true });
      assert.deepEqual(seen, ['a'], 'onNotification told once');
      assert.equal(tracker.pendingCount, 0, 'the tracker was not given it again');
      now += 60_000;
      assert.deepEqual(await post(body), { accepted: 1 }, 'past the window it is new again');
      assert.deepEqual(seen, ['a', 'a']);
      assert.equal(tracker.pendingCount, 1);
    });
  });

  it('goes by the bytes: the same notifications written differently are not a duplicate', async () => {
    await deliveries({}, async (post, seen) => {
      await post(payload(opNote('a', 'running')));
      assert.deepEqual(await post(` ${payload(opNote('a', 'running'))}`), { accepted: 1 });
      assert.deepEqual(seen, ['a', 'a']);
    });
  });

  it('dispatches every delivery with duplicateWindowMs: 0, and keeps at most maxRememberedPayloads', async () => {
    const body = payload(opNote('a', 'running'));
    await deliveries({ duplicateWindowMs: 0 }, async (post, seen) => {
      await post(body);
      assert.deepEqual(await post(body), { accepted: 1 });
      assert.deepEqual(seen, ['a', 'a']);
    });
    await deliveries({ maxRememberedPayloads: 1 }, async (post, seen) => {
      await post(body); // the marker after it pushes it out of a memory of one
      assert.deepEqual(await post(body), { accepted: 1 });
      assert.deepEqual(seen, ['a', 'a']);
    });
  });
});

describe('createCallbackHandler: the dispatch queue is bounded', () => {
  it('answers 503 + Retry-After to a payload that would overflow it, reports it, and takes it once there is room', async () => {
    const release = gate();
    const done = counter();
    const seen: string[] = [];
    const errors: unknown[] = [];
    const rejected: [string, number][] = [];
    const options: CallbackHandlerOptions = {
      verifier: stubVerifier,
      maxQueuedNotifications: 3,
      onNotification: async (n) => {
        await release.opened;
        seen.push(n.resourceUrl!.split('/').pop()!);
        done.bump();
      },
      onError: (e) => void errors.push(e),
      onRejected: (r, s) => void rejected.push([r, s]),
    };
    await withServer(options, async (url) => {
      const first = payload(opNote('a1', 'running', 'a'), opNote('a2', 'running', 'a'));
      const second = payload(opNote('b1', 'running', 'b'), opNote('b2', 'running', 'b'));
      assert.equal((await send(url, { headers, body: first })).status, 202);
      const refused = await send(url, { headers, body: second });
      assert.equal(refused.status, 503);
      assert.equal(refused.json.error.reason, 'queue-full');
      assert.ok(Number(refused.headers['retry-after']) > 0);
      assert.deepEqual(rejected, [['queue-full', 503]]);
      assert.ok(errors[0] instanceof DispatchQueueFullError);
      assert.deepEqual({ ...(errors[0] as DispatchQueueFullError) }, { queued: 2, incoming: 2, max: 3, name: 'DispatchQueueFullError' });
      assert.equal((await send(url, { headers, body: payload(opNote('c1', 'running', 'c')) })).status, 202, 'one more still fits');

      release.open();
      await done.reaches(3);
      assert.equal((await send(url, { headers, body: second })).status, 202, 'the refused payload was not remembered as seen');
      await done.reaches(5);
    });
    assert.deepEqual(seen.sort(), ['a1', 'a2', 'b1', 'b2', 'c1']);
  });
});

describe('OrderedDispatcher', () => {
  const note = (call: string, id: string) => opNote(id, 'running', call) as CommsNotification;

  it('starts nothing before `ready`, keeps a call in order across payloads, and lets go of drained calls', async () => {
    const ran: string[] = [];
    const d = new OrderedDispatcher(10, (n) => void ran.push(n.resourceUrl!.split('/').pop()!), () => undefined);
    const first = gate();
    const second = gate();
    d.enqueue([note('x', 'x1'), note('y', 'y1')], first.opened);
    d.enqueue([note('x', 'x2')], second.opened);
    second.open();
    await turns(5);
    assert.deepEqual(ran, [], 'x2 waits for x1, which waits for its own answer');
    assert.equal(d.queued, 3);
    assert.equal(d.hasRoom(7), true);
    assert.equal(d.hasRoom(8), false);
    first.open();
    await turns(5);
    assert.deepEqual(ran, ['x1', 'y1', 'x2']);
    assert.equal(d.queued, 0);
    assert.equal(d.activeCalls, 0);
  });

  it('reports a failing run with its notification and carries on with the call', async () => {
    const failures: [unknown, CommsNotification][] = [];
    const ran: string[] = [];
    const d = new OrderedDispatcher(
      10,
      (n) => {
        ran.push(n.resourceUrl!.split('/').pop()!);
        if (ran.length === 1) throw new Error('sync throw');
      },
      (e, n) => void failures.push([e, n]),
    );
    d.enqueue([note('x', 'x1'), note('x', 'x2')], Promise.resolve());
    await turns(5);
    assert.deepEqual(ran, ['x1', 'x2']);
    assert.equal((failures[0]![0] as Error).message, 'sync throw');
    assert.equal(failures[0]![1].resourceUrl, '/communications/calls/x/operations/x1');
  });

  it('reads the call from resource or resourceUrl, a GUID in any case and with or without dashes', () => {
    const of = (resource: string, field: 'resource' | 'resourceUrl' = 'resource') => callKeyOf({ [field]: resource } as CommsNotification);
    const key = '57dab8b1894c409ab240bd8beae78896';
    assert.equal(of('/app/calls/57DAB8B1-894C-409A-B240-BD8BEAE78896/operations/X'), key);
    assert.equal(of(`https://graph.microsoft.com/v1.0/communications/calls/${key}`, 'resourceUrl'), key);
    assert.equal(of('/communications/Calls/a%2Fb/participants'), 'a/b');
    assert.equal(of('/communications/calls/%e0%a4%a/participants'), '', 'undecodable: ordered with what names no call');
    assert.equal(of('/app/subscriptions/1'), '');
    assert.equal(callKeyOf({} as CommsNotification), '');
  });
});
