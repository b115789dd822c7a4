import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsdl } from '../../codegen/load.js';
import { csdlToOpenApi } from '../../codegen/convert.js';
import { MINI_CSDL } from './fixtures.js';

const doc = csdlToOpenApi(parseCsdl(MINI_CSDL));

test('convert: key-as-segment paths with the namespace-qualified action, as OData writes them', () => {
  assert.ok(doc.paths['/app/calls/{id_1}/graph.cancelMediaProcessing']?.post, Object.keys(doc.paths).join(', '));
  assert.ok(doc.paths['/app/calls/{id_1}/operations/{id_2}']?.get);
});

test('convert: the action body carries both 2018 parameters', () => {
  const body = doc.paths['/app/calls/{id_1}/graph.cancelMediaProcessing'].post.requestBody.content['application/json'].schema;
  assert.deepEqual(Object.keys(body.properties), ['all', 'clientContext']);
  assert.equal(body.properties.all.type, 'boolean');
});

test('convert: types no path references are added from the CSDL (the converter leaves them out)', () => {
  const n = doc.components.schemas['microsoft.graph.commsNotification'];
  assert.ok(n, 'commsNotification present');
  assert.deepEqual(n.properties.changeType, { $ref: '#/components/schemas/microsoft.graph.changeType' });
  assert.deepEqual(n.properties.resourceUrl, { type: 'string', nullable: true });
  assert.deepEqual(doc.components.schemas['microsoft.graph.commsNotifications'].properties.value, {
    type: 'array',
    items: { $ref: '#/components/schemas/microsoft.graph.commsNotification' },
  });
  assert.deepEqual(doc.components.schemas['microsoft.graph.changeType'].enum, ['created', 'deleted']);
});
