// The slicer on a small upstream: what it keeps and what it leaves, and the shapes it refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOverlay } from '../../codegen/overlay.js';
import { GRAPH_CALLS, slice } from '../../codegen/slice.js';
import { parseXml } from '../../codegen/xml.js';
import { MINI_UPSTREAM, miniTree, projectOverlay } from './fixtures.js';

const g = (n: string) => `microsoft.graph.${n}`;

test('slice: the served actions, their types, everything call and participant reach, every subtype of the polymorphic roots', () => {
  const s = slice(miniTree());
  assert.deepEqual(s.actions.map((a) => `${a.name}(${a.binding.collection ? 'Collection of ' : ''}${a.binding.type.slice(16)})`), [
    'invite(Collection of participant)',
    'answer(call)', 'cancelMediaProcessing(call)', 'keepAlive(call)', 'mute(call)', 'playPrompt(call)',
    'mute(participant)', 'stopHoldMusic(participant)',
  ]);
  assert.deepEqual([...s.types.keys()], [
    'call', 'callRecords.userIdentity', 'callState', 'cancelMediaProcessingOperation', 'changeType', 'commsNotification',
    'commsNotifications', 'commsOperation', 'communicationsUserIdentity', 'entity', 'identity', 'identitySet',
    'inviteParticipantsOperation', 'mediaConfig', 'mediaInfo', 'mediaPrompt', 'muteParticipantOperation', 'onlineMeetingRestricted',
    'operationStatus', 'participant', 'playPromptOperation', 'prompt', 'resultInfo', 'serviceHostedMediaConfig', 'videoDisabledReason',
  ].map(g));
  const kept = new Set(s.types.keys());
  // Not reached: unrelated types, a navigation target, a non-polymorphic base's subtype, the container's own types.
  for (const t of ['unrelatedEntity', 'unrelatedComplex', 'audioRoutingGroup', 'chatMessageFromIdentitySet', 'cloudCommunications', 'application', 'auditLogRecordType']) {
    assert.ok(!kept.has(g(t)), t);
  }
  const call = s.types.get(g('call'))!;
  assert.ok(call.kind === 'EntityType' && call.open && call.final);
  assert.deepEqual(call.navigation.map((n) => n.name), ['operations', 'participants'], 'navigation only where it leads to a kept type');
  assert.equal(call.description, 'A call & its state.');
  assert.equal(s.actions.find((a) => a.name === 'playPrompt')!.description, 'Play a prompt in the call.');
  assert.deepEqual(s.routes, [{ name: 'communications', kind: 'Singleton', navigation: 'calls' }]);
});

test('slice: after the overlay, the app singleton and the applications entity set are routes too', () => {
  const tree = miniTree();
  applyOverlay(tree, projectOverlay());
  assert.deepEqual(slice(tree).routes, [
    { name: 'app', kind: 'Singleton', navigation: 'calls' },
    { name: 'applications', kind: 'EntitySet', navigation: 'calls' },
    { name: 'communications', kind: 'Singleton', navigation: 'calls' },
  ]);
});

test('slice: a type the metadata does not declare, or a primitive outside the Edm map, is an error naming where', () => {
  const unknown = parseXml(MINI_UPSTREAM.replace('<Property Name="isMuted" Type="Edm.Boolean"', '<Property Name="isMuted" Type="graph.nowhere"'));
  assert.throws(() => slice(unknown), /slice: microsoft\.graph\.participant\/isMuted refers to microsoft\.graph\.nowhere, which the metadata does not declare/);
  const edm = parseXml(MINI_UPSTREAM.replace('<Property Name="isMuted" Type="Edm.Boolean"', '<Property Name="isMuted" Type="Edm.Bit"'));
  assert.throws(() => slice(edm), /participant\/isMuted uses Edm\.Bit, a primitive type the SDK does not map/);
});

test('slice: an overloaded action (two of one name on one binding) is refused', () => {
  const twice = parseXml(MINI_UPSTREAM.replace('<Action Name="keepAlive" IsBound="true">', '<Action Name="answer" IsBound="true">'));
  assert.throws(() => slice(twice), /answer\(microsoft\.graph\.call\) is declared twice/);
});

test('slice: no container child reaching calls is an error', () => {
  const none = parseXml(MINI_UPSTREAM.replace('<NavigationProperty Name="calls" Type="Collection(graph.call)" ContainsTarget="true" />', ''));
  assert.throws(() => slice(none, GRAPH_CALLS), /no container child of microsoft\.graph reaches a collection of microsoft\.graph\.call/);
});

test('slice: a description is one line that cannot close a doc comment', () => {
  const odd = parseXml(MINI_UPSTREAM.replace('String="Play a prompt in the call."', 'String="Play a prompt\n   (see */ here)."'));
  assert.equal(slice(odd).actions.find((a) => a.name === 'playPrompt')!.description, 'Play a prompt (see * / here).');
});
