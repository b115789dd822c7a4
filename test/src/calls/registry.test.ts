import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { CommsNotifications } from '../../../generated/index.js';
import { type CallChange, CallRegistry } from '../../../src/calls/registry.js';
import { callResourceOf } from '../../../src/calls/state.js';
import { parseCommsNotifications } from '../../../src/notifications/parse.js';

const docs = (name: string): CommsNotifications =>
  parseCommsNotifications(JSON.stringify(JSON.parse(readFileSync(new URL(`../../fixtures/graph-docs/${name}.json`, import.meta.url), 'utf8')).payload));

const CALL = '/communications/calls/c1';
const call = (changeType: string, data: Record<string, unknown>, resource = CALL) =>
  ({ value: [{ changeType, resourceUrl: resource, resourceData: { '@odata.type': '#microsoft.graph.call', ...data } }] }) as unknown as CommsNotifications;
const roster = (changeType: string, ...participants: Record<string, unknown>[]) =>
  ({ value: [{ changeType, resourceUrl: `${CALL}/participants`, resourceData: participants.map((p) => ({ '@odata.type': '#microsoft.graph.participant', ...p })) }] }) as unknown as CommsNotifications;

function recording(registry: CallRegistry): CallChange[] {
  const seen: CallChange[] = [];
  registry.onChange((c) => seen.push(c));
  return seen;
}

describe('CallRegistry', () => {
  it("follows call-answer's documented notifications: incoming, establishing, established", () => {
    const calls = new CallRegistry();
    const seen = recording(calls);
    for (const n of ['call-answer-1', 'call-answer-2', 'call-answer-3']) calls.apply(docs(n));
    assert.equal(calls.get('57dab8b1-894c-409a-b240-bd8beae78896')?.state, 'established');
    assert.deepEqual(seen.map((c) => [c.event, (c.resource as { state?: string }).state]), [
      ['callCreated', 'incoming'],
      ['callStateChanged', 'establishing'],
      ['callStateChanged', 'established'],
    ]);
    assert.equal((seen[2]!.previous as { state?: string }).state, 'establishing');
  });

  it('reports a tone from toneInfo (call-subscribetotone), once per sequenceId', () => {
    const calls = new CallRegistry();
    const seen = recording(calls);
    calls.apply(call('updated', { state: 'established' }, '/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896'));
    calls.apply(docs('call-subscribetotone'));
    calls.apply(docs('call-subscribetotone'));
    assert.deepEqual(seen.map((c) => c.event), ['callCreated', 'toneReceived', 'callUpdated']);
  });

  it('applies roster updates: joined, muted (call-mute), unmuted (call-unmute), left', () => {
    const calls = new CallRegistry();
    const seen = recording(calls);
    const id = '2765eb15-01f8-47c6-b12b-c32111a4a86f';
    const at = '/communications/calls/57dab8b1-894c-409a-b240-bd8beae78896';
    calls.apply({ value: [{ changeType: 'updated', resourceUrl: `${at}/participants`, resourceData: [{ id, isMuted: false }] }] } as never);
    calls.apply(docs('call-mute'));
    calls.apply(docs('call-unmute'));
    calls.apply({ value: [{ changeType: 'deleted', resourceUrl: `${at}/participants`, resourceData: [{ id }] }] } as never);
    assert.deepEqual(seen.map((c) => c.event), ['participantJoined', 'participantMuted', 'participantUnmuted', 'participantLeft']);
    assert.deepEqual(calls.participants('57DAB8B1894C409AB240BD8BEAE78896'), []);
  });

  it('keeps a newer rosterSequenceNumber over an older update that arrives later', () => {
    const calls = new CallRegistry();
    calls.apply(roster('updated', { id: 'p1', isMuted: true, rosterSequenceNumber: 5 }));
    calls.apply(roster('updated', { id: 'p1', isMuted: false, rosterSequenceNumber: 4 }));
    assert.deepEqual(calls.participants('c1').map((p) => [p.isMuted, p.rosterSequenceNumber]), [[true, 5]]);
    calls.apply(roster('updated', { id: 'p1', isMuted: false, rosterSequenceNumber: 6 }));
    assert.deepEqual(calls.participants('c1').map((p) => [p.isMuted, p.rosterSequenceNumber]), [[false, 6]]);
  });

  it('removes a deleted call (call-delete) with its participants', () => {
    const calls = new CallRegistry();
    const seen = recording(calls);
    calls.apply(docs('call-delete-1'));
    calls.apply(roster('updated', { id: 'p1' }));
    assert.equal(calls.size, 2);
    calls.apply(docs('call-delete-2'));
    assert.equal(calls.get('57dab8b1-894c-409a-b240-bd8beae78896'), undefined);
    assert.equal(seen.at(-1)!.event, 'callDeleted');
    assert.equal(calls.size, 1);
  });

  it('evicts the call seen least recently past maxCalls, counts it and reports it', () => {
    const evicted: string[] = [];
    const calls = new CallRegistry({ maxCalls: 2, onEvicted: (id) => evicted.push(id) });
    calls.apply(call('created', { state: 'incoming' }, '/communications/calls/a'));
    calls.apply(call('created', { state: 'incoming' }, '/communications/calls/b'));
    calls.apply(call('updated', { state: 'established' }, '/communications/calls/a'));
    calls.apply(call('created', { state: 'incoming' }, '/communications/calls/c'));
    assert.deepEqual(evicted, ['b']);
    assert.equal(calls.evictedCount, 1);
    assert.equal(calls.get('a')?.state, 'established');
    assert.equal(calls.get('b'), undefined);
  });

  it('ignores operations and unkeyable entities, and keeps running past a throwing listener', () => {
    const errors: unknown[] = [];
    const calls = new CallRegistry({ onListenerError: (e) => errors.push(e) });
    calls.onChange(() => {
      throw new Error('listener bug');
    });
    const after = recording(calls);
    calls.apply(docs('call-playprompt'));
    calls.apply(docs('participant-invite-2')); // a participant with id null
    assert.equal(calls.size, 0);
    calls.apply(call('created', {}));
    assert.equal(after.length, 1);
    assert.equal(errors.length, 1);
  });

  it('unsubscribes a listener', () => {
    const calls = new CallRegistry();
    const seen: CallChange[] = [];
    const off = calls.onChange((c) => seen.push(c));
    off();
    calls.apply(call('created', {}));
    assert.equal(seen.length, 0);
  });

  it('reads the call from resource paths with or without a leading slash or origin', () => {
    assert.deepEqual(callResourceOf('communications/calls/x%20y/participants'), { callId: 'x y', kind: 'participants' });
    assert.deepEqual(callResourceOf('https://graph.microsoft.com/v1.0/app/calls/c'), { callId: 'c', kind: 'call' });
    assert.deepEqual(callResourceOf('/app/calls/c/operations/o'), { callId: 'c', kind: 'other' });
    assert.equal(callResourceOf('/app/chats/c'), undefined);
    assert.equal(callResourceOf('/app/calls/%E0'), undefined);
  });
});
