// What Microsoft's calling documentation asks of a callback beyond accepting it: 204 to a legacy-format
// notification (switch to the Graph protocol), 302 for region affinity; and the call registry fed from it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CallRegistry } from '../../../src/calls/registry.js';
import { OperationTracker } from '../../../src/notifications/tracker.js';
import { GOOD, JSON_TYPE, opNote, stubVerifier, withServer } from './callbacks.js';
import { send } from './http.js';

const headers = { ...JSON_TYPE, authorization: GOOD };
// The Bot Framework calling format's incoming-call conversation: no `value`, a callState.
const LEGACY = JSON.stringify({ id: 'conv-1', participants: [{ identity: 'x', originator: true }], isMultiparty: false, presentedModalityTypes: ['audio'], callState: 'incoming' });

describe('callback handler: protocol answers', () => {
  it('answers a legacy-format notification 204 and dispatches nothing', async () => {
    const seen: unknown[] = [];
    const rejected: unknown[] = [];
    await withServer({ verifier: stubVerifier, onNotification: (n) => void seen.push(n), onRejected: (r, s) => void rejected.push([r, s]) }, async (url) => {
      const r = await send(url, { headers, body: LEGACY });
      assert.equal(r.status, 204);
      assert.equal(r.text, '');
      const refused = await send(url, { headers, body: JSON.stringify({ callState: 'incoming', value: 'not a list' }) });
      assert.equal(refused.status, 400, 'a payload with `value` is read as commsNotifications, and refused when it is not one');
    });
    assert.deepEqual(seen, []);
    assert.deepEqual(rejected, [['invalid-payload', 400]]);
  });

  it("answers a legacy notification 400 when told to refuse it, and still checks the token first", async () => {
    await withServer({ verifier: stubVerifier, legacyNotifications: 'refuse' }, async (url) => {
      assert.equal((await send(url, { headers, body: LEGACY })).status, 400);
    });
    await withServer({ verifier: stubVerifier }, async (url) => {
      assert.equal((await send(url, { headers: JSON_TYPE, body: LEGACY })).status, 401);
    });
  });

  it('answers 302 with the Location the application picks, and dispatches nothing there', async () => {
    const tracker = new OperationTracker();
    const seen: unknown[] = [];
    const errors: unknown[] = [];
    const redirect = (p: { value: { resourceUrl?: string | null }[] }) => (p.value[0]?.resourceUrl?.includes('/calls/eu-') ? 'https://eu.bot.example/api/calls' : undefined);
    await withServer({ verifier: stubVerifier, tracker, redirect, onNotification: (n) => void seen.push(n), onError: (e) => void errors.push(e) }, async (url) => {
      const moved = await send(url, { headers, body: JSON.stringify({ value: [opNote('o1', 'completed', 'eu-1')] }) });
      assert.equal(moved.status, 302);
      assert.equal(moved.headers.location, 'https://eu.bot.example/api/calls');
      const here = await send(url, { headers, body: JSON.stringify({ value: [opNote('o2', 'completed', 'us-1')] }) });
      assert.equal(here.status, 202);
    });
    assert.equal(seen.length, 1);
    assert.equal(tracker.pendingCount, 1, 'only the payload kept here reached the tracker');
    assert.deepEqual(errors, []);
  });

  it('reports a redirect that is no absolute http(s) URL through onError and accepts the payload', async () => {
    const errors: unknown[] = [];
    await withServer({ verifier: stubVerifier, redirect: () => 'javascript:alert(1)', onError: (e) => void errors.push(e) }, async (url) => {
      assert.equal((await send(url, { headers, body: JSON.stringify({ value: [opNote('o1')] }) })).status, 202);
    });
    assert.equal(errors.length, 1);
    assert.ok(errors[0] instanceof TypeError);
  });

  it('feeds the call registry once the 202 is written', async () => {
    const calls = new CallRegistry();
    const body = JSON.stringify({ value: [{ changeType: 'created', resourceUrl: '/communications/calls/c9', resourceData: { '@odata.type': '#microsoft.graph.call', state: 'incoming' } }] });
    await withServer({ verifier: stubVerifier, calls }, async (url) => {
      const changed = new Promise((resolve) => calls.onChange(resolve));
      assert.equal((await send(url, { headers, body })).status, 202);
      await changed;
    });
    assert.equal(calls.get('c9')?.state, 'incoming');
  });
});
