import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsdl } from '../../codegen/load.js';
import { csdlToOpenApi } from '../../codegen/convert.js';
import { applyGraphConventions } from '../../codegen/conventions/index.js';
import { MINI_CSDL } from './fixtures.js';

const csdl = parseCsdl(MINI_CSDL);
const doc = applyGraphConventions(csdlToOpenApi(csdl), csdl);
const S = '#/components/schemas/';

test('conventions: only the action and the operation GET, with unqualified action names and named keys', () => {
  assert.deepEqual(Object.keys(doc.paths).sort(), [
    '/app/calls/{callId}/cancelMediaProcessing',
    '/app/calls/{callId}/operations/{operationId}',
  ]);
  const post = doc.paths['/app/calls/{callId}/cancelMediaProcessing'].post;
  assert.equal(post.operationId, 'appCallCancelMediaProcessing');
  assert.deepEqual(post.parameters.map((p: any) => p.name), ['callId']);
  assert.equal(doc.paths['/app/calls/{callId}/operations/{operationId}'].get.operationId, 'appCallGetOperation');
});

test('conventions: 202 with a required Location, 200 with the operation, Graph error otherwise', () => {
  const r = doc.paths['/app/calls/{callId}/cancelMediaProcessing'].post.responses;
  assert.equal(r['202'].headers.Location.required, true);
  assert.equal(r['202'].content, undefined);
  assert.equal(r['200'].content['application/json'].schema.$ref, `${S}CancelMediaProcessingOperation`);
  assert.equal(r.default.$ref, '#/components/responses/error');
  assert.equal(doc.components.responses!.error.content['application/json'].schema.$ref, `${S}ODataError`);
  assert.deepEqual(doc.components.schemas.MainError.required, ['code', 'message']);
});

test('conventions: the action body is a closed, named schema without nulls', () => {
  assert.deepEqual(doc.components.schemas.CancelMediaProcessingRequest, {
    type: 'object',
    properties: { all: { type: 'boolean' }, clientContext: { type: 'string' } },
    additionalProperties: false,
  });
});

test('conventions: @odata.type discriminator over the base type and its subtypes', () => {
  const op = doc.components.schemas.CommsOperation;
  assert.deepEqual(op.discriminator, {
    propertyName: '@odata.type',
    mapping: {
      '#microsoft.graph.commsOperation': `${S}CommsOperation`,
      '#microsoft.graph.cancelMediaProcessingOperation': `${S}CancelMediaProcessingOperation`,
    },
  });
  assert.equal(op.additionalProperties, true);
  assert.equal(op.anyOf, undefined, "the converter's anyOf of subtypes is gone");
  assert.equal(op.properties['@odata.type'].type, 'string');
});

test('conventions: notifications get resourceData (object or array) and need resource or resourceUrl', () => {
  const n = doc.components.schemas.CommsNotification;
  assert.deepEqual(n.required, ['changeType']);
  assert.deepEqual(n['x-graph-one-of-required'], ['resourceUrl', 'resource']);
  assert.deepEqual(n.properties.resourceData.oneOf, [
    { $ref: `${S}CommsOperation` },
    { type: 'array', items: { $ref: `${S}CommsOperation` } },
  ]);
  assert.deepEqual(doc.components.schemas.CommsNotifications.required, ['value']);
});

test('conventions: schemas nobody reaches are dropped; create/update variants too', () => {
  assert.deepEqual(Object.keys(doc.components.schemas).sort(), [
    'CancelMediaProcessingOperation', 'CancelMediaProcessingRequest', 'ChangeType', 'CommsNotification',
    'CommsNotifications', 'CommsOperation', 'ErrorDetails', 'InnerError', 'MainError', 'ODataError', 'OperationStatus',
  ]);
  assert.deepEqual(doc.servers, [{ url: 'https://graph.microsoft.com/beta' }]);
});
