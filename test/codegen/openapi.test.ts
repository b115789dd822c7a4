// The converter on the small upstream with the project's overlay: Graph's paths on every route, the SDK's method
// names by the generic rule, bodies, answers, schemas; and the shapes it refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyOverlay } from '../../codegen/overlay.js';
import { sliceToOpenApi } from '../../codegen/openapi/index.js';
import { GRAPH_CALLS, slice } from '../../codegen/slice.js';
import { EDM } from '../../codegen/edm.js';
import { memberSchema, schemaContext } from '../../codegen/openapi/schemas.js';
import { contractNames } from '../../codegen/openapi/names.js';
import { parseXml } from '../../codegen/xml.js';
import { MINI_UPSTREAM, miniTree, projectOverlay } from './fixtures.js';

const lock = { repository: 'https://example/r', path: 'p', commit: 'c0ffee', file: 'up.csdl', sha256: 'ab', bytes: 1 };
function convert(tree = miniTree()) {
  const applied = applyOverlay(tree, projectOverlay());
  return sliceToOpenApi(slice(tree), applied, lock, GRAPH_CALLS.entity);
}
const doc = convert();
const S = '#/components/schemas/';
const ops = Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([verb, op]) => ({ path, verb, op })));
const byMethod = (m: string, route = 'app') => ops.find((o) => o.op['x-sdk'].method === m && o.op['x-sdk'].route === route)!;

test('openapi: every request on every route, with unqualified action segments and keys named after their collection', () => {
  const methods = [...new Set(ops.map((o) => o.op['x-sdk'].method))].sort();
  assert.deepEqual(methods, [
    'answer', 'cancelMediaProcessing', 'createCall', 'deleteCall', 'getCall', 'getOperation', 'getParticipant', 'inviteParticipants',
    'keepAlive', 'listParticipants', 'mute', 'muteParticipant', 'playPrompt', 'stopHoldMusic',
  ]);
  for (const route of ['app', 'applications', 'communications']) assert.equal(ops.filter((o) => o.op['x-sdk'].route === route).length, methods.length);
  assert.equal(byMethod('playPrompt').path, '/app/calls/{callId}/playPrompt');
  assert.equal(byMethod('playPrompt', 'applications').path, '/applications/{applicationId}/calls/{callId}/playPrompt');
  assert.deepEqual(byMethod('playPrompt', 'applications').op.parameters.map((p: any) => p.name), ['applicationId', 'callId']);
  assert.equal(byMethod('muteParticipant', 'communications').path, '/communications/calls/{callId}/participants/{participantId}/mute');
  assert.equal(byMethod('inviteParticipants').path, '/app/calls/{callId}/participants/invite');
  assert.equal(byMethod('stopHoldMusic').path, '/app/calls/{callId}/participants/{participantId}/stopHoldMusic', 'no clash, no suffix');
  assert.equal(byMethod('getOperation').path, '/app/calls/{callId}/operations/{operationId}');
  assert.deepEqual(
    Object.fromEntries(['createCall', 'getCall', 'getParticipant', 'getOperation', 'inviteParticipants'].map((m) => [m, byMethod(m).op['x-sdk'].target])),
    { createCall: 'route', getCall: 'call', getParticipant: 'participant', getOperation: 'operation', inviteParticipants: 'call' },
  );
  assert.equal(byMethod('playPrompt').op.operationId, 'appPlayPrompt');
  assert.equal(byMethod('playPrompt', 'applications').op.operationId, 'applicationPlayPrompt');
});

test('openapi: an action body is closed, required from its non-nullable parameters, optional when none is', () => {
  const s = doc.components.schemas;
  assert.deepEqual(s.PlayPromptBody!.required, ['prompts']);
  assert.equal(s.PlayPromptBody!.additionalProperties, false);
  assert.deepEqual(s.PlayPromptBody!.properties.prompts, { type: 'array', items: { $ref: `${S}Prompt` } });
  assert.deepEqual(s.AnswerBody!.required, ['callbackUri', 'mediaConfig']);
  assert.deepEqual(s.AnswerBody!.properties.participantCapacity, { type: 'integer', format: 'int32' }, 'no nullable: left out, never null');
  assert.deepEqual(Object.keys(s.CancelMediaProcessingBody!.properties), ['clientContext', 'all']);
  assert.equal(byMethod('cancelMediaProcessing').op.requestBody.required, false);
  assert.equal(byMethod('playPrompt').op.requestBody.required, true);
  assert.equal(byMethod('keepAlive').op.requestBody, undefined, 'a parameterless action has no body');
  assert.equal(s.KeepAliveBody, undefined);
  assert.deepEqual(byMethod('createCall').op.requestBody.content['application/json'].schema, { $ref: `${S}Call` });
});

test('openapi: answers: 200 with the operation or the overlay\'s 202 + Location; void 202; parameterless 200', () => {
  const play = byMethod('playPrompt').op;
  assert.deepEqual(Object.keys(play.responses), ['200', '202', 'default']);
  assert.equal(play.responses['200'].content['application/json'].schema.$ref, `${S}PlayPromptOperation`);
  assert.equal(play.responses['202'].headers.Location.required, true);
  assert.equal(play.responses['202'].content, undefined);
  assert.equal(play.responses['202']['x-graph-location-names-operation'], true);
  assert.deepEqual(play['x-sdk'], {
    method: 'playPrompt',
    target: 'call',
    returns: 'action',
    result: 'ActionResult<PlayPromptOperation>',
    operationType: '#microsoft.graph.playPromptOperation',
    argument: 'call: CallTarget',
    example: 'const result = await client.playPrompt({ callId }, body);\n   * const operation = await tracker.waitFor(result); // the playPromptOperation, completed or failed',
    route: 'app',
  });
  assert.ok(byMethod('stopHoldMusic').op.responses['202'], 'an action returning commsOperation itself gets the overlay answer too');
  assert.deepEqual(Object.keys(byMethod('answer').op.responses), ['202', 'default']);
  assert.deepEqual(Object.keys(byMethod('keepAlive').op.responses), ['200', 'default']);
  assert.equal(byMethod('keepAlive').op.responses['200'].content, undefined);
  assert.deepEqual(Object.keys(byMethod('deleteCall').op.responses), ['204', 'default']);
  assert.deepEqual(Object.keys(byMethod('createCall').op.responses), ['201', 'default']);
  assert.equal(byMethod('listParticipants').op.responses['200'].content['application/json'].schema.$ref, `${S}ParticipantCollectionResponse`);
  assert.equal(byMethod('listParticipants').op['x-sdk'].result, 'Participant[]');
  assert.equal(byMethod('getOperation').op['x-sdk'].result, 'AnyCommsOperation');
  assert.equal(doc.components.responses!.error.content['application/json'].schema.$ref, `${S}ODataError`);
  assert.equal(byMethod('playPrompt').op.summary, 'Play a prompt in the call.', "the CSDL's description");
});

test('openapi: schemas: wire-case enums, flags, flattened bases, open types, nullable references, discriminators', () => {
  const s = doc.components.schemas;
  assert.deepEqual(s.OperationStatus!.enum, ['notStarted', 'completed']);
  assert.equal(s.VideoDisabledReason!.type, 'string');
  assert.deepEqual(s.VideoDisabledReason!['x-graph-flags'], ['watermarkProtection', 'unknownFutureValue']);
  assert.deepEqual(Object.keys(s.PlayPromptOperation!.properties), ['@odata.type', 'id', 'clientContext', 'resultInfo', 'status']);
  assert.deepEqual(s.CommsOperation!.properties.status, { allOf: [{ $ref: `${S}OperationStatus` }], nullable: true }, 'the overlay made it nullable');
  assert.equal(s.Call!.additionalProperties, true);
  assert.equal(s.Participant!.additionalProperties, undefined, 'a closed type says nothing (JSON Schema: open), the generator types only its members');
  assert.deepEqual(s.Call!.properties.startedDateTime, { type: 'string', format: 'date-time', nullable: true });
  assert.equal(s.Call!.required, undefined, 'entities may come partial');
  assert.deepEqual(s.ResultInfo!.required, ['code']);
  assert.equal(s.Call!.properties['@odata.type']['x-graph-odata-type'], '#microsoft.graph.call');
  assert.equal(s.CommsOperation!.properties['@odata.type']['x-graph-odata-type'], undefined, 'a base type is named by any of its family');
  assert.deepEqual(Object.keys(s.CommsOperation!.discriminator.mapping), [
    '#microsoft.graph.commsOperation', '#microsoft.graph.cancelMediaProcessingOperation', '#microsoft.graph.inviteParticipantsOperation',
    '#microsoft.graph.muteParticipantOperation', '#microsoft.graph.playPromptOperation',
  ]);
  assert.deepEqual(s.Identity!.discriminator.mapping['#microsoft.graph.callRecords.userIdentity'], `${S}CallRecordsUserIdentity`);
  assert.deepEqual(s.Prompt!.discriminator.mapping, { '#microsoft.graph.mediaPrompt': `${S}MediaPrompt` }, 'an abstract base is in no mapping');
  assert.deepEqual(s.MediaPrompt!.required, ['@odata.type', 'mediaInfo'], 'a value of an abstract type names its subtype');
  assert.equal(s.Entity, undefined, 'a base only ever inherited from is pruned');
  assert.equal(s.UnrelatedComplex, undefined);
});

test('openapi: notifications: resourceData (one resource or many), value required, resource or resourceUrl', () => {
  const s = doc.components.schemas;
  assert.deepEqual(s.CommsNotification!.properties.resourceData.oneOf, [{ $ref: `${S}CommsResource` }, { type: 'array', items: { $ref: `${S}CommsResource` } }]);
  assert.deepEqual(s.CommsNotification!.required, ['changeType']);
  assert.deepEqual(s.CommsNotification!['x-graph-one-of-required'], ['resourceUrl', 'resource']);
  assert.deepEqual(s.CommsNotifications!.required, ['value']);
  assert.deepEqual(s.CommsResource!.oneOf.map((r: any) => r.$ref.slice(S.length)), ['CommsOperation', 'Call', 'Participant']);
  assert.equal(s.CommsResource!.discriminator.mapping['#microsoft.graph.participant'], `${S}Participant`);
  assert.equal(s.CommsResource!.discriminator.mapping['#microsoft.graph.playPromptOperation'], `${S}PlayPromptOperation`);
  assert.deepEqual(doc.info['x-graph-overlay'], projectOverlay().edits.map((e) => e.id));
  assert.equal(doc.info['x-graph-upstream'].commit, 'c0ffee');
});

test('openapi: an action that returns something other than an entity is refused, naming it', () => {
  const odd = parseXml(MINI_UPSTREAM.replace('<ReturnType Type="graph.playPromptOperation" />', '<ReturnType Type="graph.resultInfo" />'));
  assert.throws(() => convert(odd), /playPrompt\(microsoft\.graph\.call\) returns microsoft\.graph\.resultInfo; the SDK translates actions that return an entity/);
});

test('openapi: every Edm primitive has a schema; a member of another type is an error', () => {
  assert.equal(Object.keys(EDM).length, 35);
  const ctx = schemaContext(slice(miniTree()));
  assert.deepEqual(memberSchema({ type: 'Edm.Int64', collection: false }, true, ctx), { type: 'integer', format: 'int64', nullable: true });
  assert.deepEqual(memberSchema({ type: 'Edm.Untyped', collection: true }, true, ctx), { type: 'array', items: {} });
  assert.throws(() => memberSchema({ type: 'Edm.Bit', collection: false }, true, ctx), /Edm\.Bit is not an Edm primitive type the SDK maps/);
  assert.throws(() => memberSchema({ type: 'microsoft.graph.unrelatedComplex', collection: false }, true, ctx), /not in the slice/);
});

test('openapi: two CSDL types that would get one model name are refused', () => {
  const clash = parseXml(MINI_UPSTREAM.replaceAll('communicationsUserIdentity', 'callRecordsUserIdentity'));
  assert.throws(() => convert(clash), /microsoft\.graph\.callRecords\.userIdentity and microsoft\.graph\.callRecordsUserIdentity would both be named CallRecordsUserIdentity|microsoft\.graph\.callRecordsUserIdentity and microsoft\.graph\.callRecords\.userIdentity would both be named/);
});

test('openapi: a CSDL type named like something of the contract gets the Graph prefix, everywhere it is named', () => {
  const tree = miniTree();
  const applied = applyOverlay(tree, projectOverlay());
  const renamed = sliceToOpenApi(slice(tree), applied, lock, GRAPH_CALLS.entity, contractNames('export interface ResultInfo {}\nexport type CallRoute = string;'));
  assert.equal(renamed.components.schemas.ResultInfo, undefined);
  assert.ok(renamed.components.schemas.GraphResultInfo);
  assert.deepEqual(renamed.components.schemas.CommsOperation!.properties.resultInfo.allOf, [{ $ref: `${S}GraphResultInfo` }]);
});
