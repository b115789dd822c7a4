import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsdl, schemaOf } from '../../codegen/load.js';
import { MINI_CSDL } from './fixtures.js';

test('load: CSDL XML becomes CSDL JSON with the schema, its alias and its types', () => {
  const csdl = parseCsdl(MINI_CSDL);
  const { namespace, alias, schema } = schemaOf(csdl);
  assert.equal(namespace, 'microsoft.graph');
  assert.equal(alias, 'graph');
  assert.equal(schema.commsOperation.$Kind, 'EntityType');
  assert.equal(schema.commsOperation.$BaseType, 'graph.entity');
  assert.equal(schema.commsOperation.$OpenType, true);
  assert.deepEqual(Object.keys(schema.operationStatus).filter((k) => !k.startsWith('$')), ['NotStarted', 'Completed']);
  assert.deepEqual(schema.cancelMediaProcessing[0].$Parameter.map((p: any) => p.$Name), ['bindingParameter', 'all', 'clientContext']);
});

test('load: malformed XML is refused', () => {
  assert.throws(() => parseCsdl('<edmx:Edmx Version="4.0"'));
});
