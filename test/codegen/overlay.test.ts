// The overlay on a small upstream: each kind of edit in and out, and every way an edit can fail to find what it
// expects, each failure naming the edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOverlay, type Edit, type Overlay } from '../../codegen/overlay.js';
import { CsdlIndex } from '../../codegen/csdl.js';
import { childrenNamed } from '../../codegen/xml.js';
import { miniTree, projectOverlay } from './fixtures.js';

const base = { why: 'w', source: 's' };
const overlay = (...edits: Edit[]): Overlay => ({ schema: 'microsoft.graph', edits });
const fails = (o: Overlay, pattern: RegExp) => assert.throws(() => applyOverlay(miniTree(), o), pattern);

test("overlay: the project's own overlay applies to the small upstream, every edit logged, in order", () => {
  const tree = miniTree();
  const logs: string[] = [];
  const o = projectOverlay();
  const result = applyOverlay(tree, o, (s) => logs.push(s));
  assert.deepEqual(result.applied, o.edits.map((e) => e.id));
  assert.equal(logs.length, o.edits.length);
  const index = new CsdlIndex(tree);
  const status = index.read('microsoft.graph.commsOperation');
  assert.ok(status.kind === 'EntityType' && status.properties.find((p) => p.name === 'status')!.nullable);
  const container = index.containers[0]!.element;
  assert.deepEqual(childrenNamed(container, 'Singleton').map((s) => s.attrs.Name), ['communications', 'elsewhere', 'app']);
  const cancel = index.actions.map((a) => index.readAction(a.element, a.namespace)).find((a) => a.name === 'cancelMediaProcessing')!;
  assert.deepEqual(cancel.parameters.map((p) => p.name), ['clientContext', 'all']);
  assert.deepEqual(result.extensions.oneOfRequired.get('microsoft.graph.commsNotification'), ['resourceUrl', 'resource']);
  assert.deepEqual(result.extensions.answers, [{ returning: 'microsoft.graph.commsOperation', status: 202, location: 'operation', edit: 'accepted-with-location' }]);
});

test('overlay: applied twice, the first edit no longer finds what it expects', () => {
  const tree = miniTree();
  applyOverlay(tree, projectOverlay());
  assert.throws(() => applyOverlay(tree, projectOverlay()), /overlay edit "app-type": expects no EntityType:commsApplication in Schema, and upstream has one/);
});

test('overlay: an add whose target is gone fails naming the edit', () => {
  fails(overlay({ ...base, id: 'p', in: 'Action:cancelMediaProcessing(graph.participant)', add: '<Parameter Name="all" Type="Edm.Boolean" />', expect: 'absent' }),
    /overlay edit "p": upstream has no Action:cancelMediaProcessing\(graph\.participant\)/);
  fails(overlay({ ...base, id: 'q', in: 'EntityType:nothing', add: '<Property Name="x" />', expect: 'absent' }), /overlay edit "q": upstream has no EntityType:nothing/);
});

test('overlay: a set whose attribute is not what it expects fails naming the edit and both values', () => {
  fails(overlay({ ...base, id: 'n', at: 'EntityType:commsOperation/Property:clientContext', set: { Nullable: 'true' }, expect: { Nullable: 'false' } }),
    /overlay edit "n": expects EntityType:commsOperation\/Property:clientContext to have Nullable="false", upstream has null/);
  fails(overlay({ ...base, id: 'm', at: 'EntityType:commsOperation/Property:gone', set: { Nullable: 'true' }, expect: { Nullable: 'false' } }), /overlay edit "m": upstream has no/);
});

test('overlay: a one-of rule over a member upstream does not declare fails', () => {
  fails(overlay({ ...base, id: 'o', at: 'ComplexType:commsNotification', oneOfRequired: ['resourceUrl', 'resource'], expect: 'present' }),
    /overlay edit "o": expects ComplexType:commsNotification to declare resource/);
});

test('overlay: an answer for a type no action returns fails', () => {
  fails(overlay({ ...base, id: 'a', actionsReturning: 'graph.resultInfo', answer: { status: 202, location: 'operation' }, expect: 'returned' }),
    /overlay edit "a": expects bound actions returning graph\.resultInfo, upstream has none/);
  fails(overlay({ ...base, id: 'b', actionsReturning: 'graph.nothing', answer: { status: 202, location: 'operation' }, expect: 'returned' }), /upstream has no type graph\.nothing/);
});

test('overlay: malformed edits are refused before anything is applied', () => {
  const add = { ...base, id: 'x', in: 'Schema', add: '<EntityType Name="t" />', expect: 'absent' as const };
  fails(overlay(add, add), /two edits are named "x"/);
  fails(overlay({ ...add, expect: 'present' as unknown as 'absent' }), /an edit of kind add expects "absent"/);
  fails(overlay({ ...add, extra: 1 } as unknown as Edit), /not extra/);
  fails(overlay({ id: 'y', why: 'w' } as unknown as Edit), /none of add, set, oneOfRequired, answer/);
  fails(overlay({ ...base, id: 'z', at: 'EntityType:call', set: { OpenType: 'false' }, expect: {} }), /expects the attribute values it replaces/);
  fails(overlay({ ...add, in: 'EntityType' }), /"EntityType" is not a Kind:Name step/);
});

test('overlay: a malformed edit after a good one leaves the document untouched', () => {
  const tree = miniTree();
  const good = { ...base, id: 'g', in: 'Schema', add: '<EntityType Name="t" />', expect: 'absent' as const };
  assert.throws(() => applyOverlay(tree, overlay(good, { id: 'bad' } as unknown as Edit)));
  assert.ok(!new CsdlIndex(tree).types.has('microsoft.graph.t'));
});
