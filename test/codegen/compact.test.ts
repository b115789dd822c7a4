// The post-processing steps that keep a browser bundle small: compact request descriptions, a literal BASE_PATH,
// and validation data as one constant per model with references as functions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryProject } from '../../codegen/lib/ts.js';
import { compactRequestDescriptions } from '../../codegen/postprocess/request-opts.js';
import { pruneRuntime } from '../../codegen/postprocess/runtime.js';
import { emitSchemas } from '../../codegen/postprocess/schemas.js';
import type { OpenApiDoc } from '../../codegen/convert.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

// The shape standaloneOperations leaves behind: typescript-fetch's statements, step by step.
const GENERATED = `import * as runtime from '../runtime.js';
export function postRequestOpts(requestParameters: { a: string; b: string; body: unknown }): runtime.RequestOpts {
  if (requestParameters['a'] == null) {
    throw new runtime.RequiredError('a', 'Required parameter "a" was null or undefined when calling post().');
  }
  const queryParameters: any = {};
  const headerParameters: runtime.HTTPHeaders = {};
  headerParameters['Content-Type'] = 'application/json';
  let urlPath = \`/x/{a}/y/{b}\`;
  urlPath = urlPath.replace('{a}', encodeURIComponent(String(requestParameters['a'])));
  urlPath = urlPath.replace('{b}', encodeURIComponent(String(requestParameters['b'])));
  return {
    path: urlPath,
    method: 'POST',
    headers: headerParameters,
    query: queryParameters,
    body: requestParameters['body'],
  };
}`;

test('request descriptions become one object literal without the RequiredError guards', async () => {
  const f = memoryProject().createSourceFile('/out/apis/A.ts', GENERATED);
  compactRequestDescriptions(f);
  const body = squash(f.getFunctionOrThrow('postRequestOpts').getBodyText()!);
  assert.equal(
    body,
    "return { path: `/x/${encodeURIComponent(String(requestParameters['a']))}/y/${encodeURIComponent(String(requestParameters['b']))}`, " +
      "method: 'POST', headers: { 'Content-Type': 'application/json' }, body: requestParameters['body'], };",
  );
  // Same behaviour as the generator's steps: ids percent-encoded into their own segments.
  const js = f.getEmitOutput().getOutputFiles()[0]!.getText().replace(/^import .*$/m, '');
  const mod = await import(`data:text/javascript,${encodeURIComponent(js)}`);
  assert.deepEqual(mod.postRequestOpts({ a: 'a/b', b: 'c d', body: { all: true } }), {
    path: '/x/a%2Fb/y/c%20d',
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: { all: true },
  });
});

test('a description of another shape is left as the generator wrote it', () => {
  const odd = GENERATED.replace("const queryParameters: any = {};", "const queryParameters: any = {};\n  queryParameters['$select'] = 'id';");
  const f = memoryProject().createSourceFile('/out/apis/A.ts', odd);
  compactRequestDescriptions(f);
  assert.equal(f.getFullText(), odd);
});

test('BASE_PATH is written as the literal the generator trims at load time', () => {
  const p = memoryProject();
  const runtime = p.createSourceFile('/out/runtime.ts', `export const BASE_PATH = "https://graph.example/beta/".replace(/\\/+$/, "");\nexport class RequiredError extends Error {}`);
  pruneRuntime(runtime, [], ['BASE_PATH']);
  assert.equal(runtime.getFullText().trim(), 'export const BASE_PATH = "https://graph.example/beta";');
});

test('schemas: one constant per model, references as functions (cycles allowed), descriptions dropped', async () => {
  const doc = {
    components: {
      schemas: {
        Base: {
          type: 'object',
          description: 'for people',
          properties: { status: { allOf: [{ $ref: '#/components/schemas/Status' }], nullable: true } },
          discriminator: { propertyName: '@odata.type', mapping: { '#x.base': '#/components/schemas/Base', '#x.sub': '#/components/schemas/Sub' } },
        },
        Status: { type: 'string', enum: ['NotStarted', 'Completed'] },
        Sub: { type: 'object', properties: { all: { type: 'boolean' } } },
      },
    },
  } as unknown as OpenApiDoc;
  const f = memoryProject().createSourceFile('/out/schemas.ts', '');
  emitSchemas(f, doc);
  const text = f.getFullText();
  assert.doesNotMatch(text, /for people|#\/components\/schemas/);
  const js = f.getEmitOutput().getOutputFiles()[0]!.getText();
  const mod = await import(`data:text/javascript,${encodeURIComponent(js)}`);
  assert.equal(mod.BaseSchema.discriminator.mapping['#x.base'](), mod.BaseSchema, 'a schema may refer to itself');
  assert.equal(mod.BaseSchema.discriminator.mapping['#x.sub'](), mod.SubSchema, 'or to one declared after it');
  assert.equal(mod.BaseSchema.properties.status.allOf[0].$ref(), mod.StatusSchema);
  assert.deepEqual(mod.StatusSchema.enum, ['notStarted', 'completed'], 'enum members in wire case');
  assert.deepEqual(Object.keys(mod.componentSchemas), ['Base', 'Status', 'Sub']);
  assert.equal(mod.componentSchemas.Sub, mod.SubSchema);
});
