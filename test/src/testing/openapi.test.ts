import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { compileRoutes, matchRoute, requestBodySchema, schemaReader, type OpenApiDocument } from '../../../src/testing/openapi.js';
import { validateSchema } from '../../../src/validate.js';

const doc = JSON.parse(readFileSync(new URL('../../../generated/openapi.json', import.meta.url), 'utf8')) as OpenApiDocument;
const routes = compileRoutes(doc);
const reader = schemaReader(doc);

describe('testing kit: reading generated/openapi.json', () => {
  it('matches a request path to its route, segment names in any case, ids decoded once', () => {
    const m = matchRoute(routes, 'POST', '/APP/Calls/a%20b%2Fc/cancelMediaProcessing');
    assert.equal(m.kind, 'found');
    assert.ok(m.kind === 'found');
    assert.equal(m.route.template, '/app/calls/{callId}/cancelMediaProcessing');
    assert.deepEqual(m.params, { callId: 'a b/c' });
  });

  it('takes an action named with its namespace, as OData allows', () => {
    const m = matchRoute(routes, 'POST', '/communications/calls/c/microsoft.graph.playPrompt');
    assert.ok(m.kind === 'found');
    assert.equal(m.route.template, '/communications/calls/{callId}/playPrompt');
  });

  it('tells a wrong method (with the methods allowed) from a path the document does not have', () => {
    assert.deepEqual(matchRoute(routes, 'GET', '/app/calls/c/cancelMediaProcessing'), { kind: 'method-not-allowed', allow: ['POST'] });
    assert.deepEqual(matchRoute(routes, 'POST', '/app/calls/c/hangUpEverything'), { kind: 'not-found' });
    assert.deepEqual(matchRoute(routes, 'POST', '/app/calls//cancelMediaProcessing'), { kind: 'not-found' });
    assert.deepEqual(matchRoute(routes, 'POST', '/app/calls/%E0%A4%A/cancelMediaProcessing'), { kind: 'malformed' });
  });

  it("checks a body against the operation's schema, references resolved", () => {
    const m = matchRoute(routes, 'POST', '/communications/calls/c/cancelMediaProcessing');
    assert.ok(m.kind === 'found');
    const body = requestBodySchema(m.route.operation, reader);
    assert.ok(body);
    assert.equal(body.required, false, 'every member is optional, so the body may be left out');
    assert.equal(validateSchema(body.schema, { clientContext: 'x' }).ok, true);
    const wrong = validateSchema(body.schema, { clientContext: 7 });
    assert.deepEqual(wrong.ok ? undefined : wrong.path, '/clientContext');
    const unknown = validateSchema(body.schema, { everything: true });
    assert.deepEqual(unknown.ok ? undefined : unknown.path, '/everything');
  });

  it('refuses a document whose $ref names no component', () => {
    const broken: OpenApiDocument = { paths: {}, components: { schemas: { A: { $ref: '#/components/schemas/Missing' } } } };
    assert.throws(() => schemaReader(broken), /unresolvable \$ref #\/components\/schemas\/Missing/);
  });
});
