// Each ts-morph step on a small source shaped like the templates' output: in, out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryProject } from '../../codegen/lib/ts.js';
import { declareUnions, emitGuards, families } from '../../codegen/postprocess/unions.js';
import { assertResolved, importUsed } from '../../codegen/postprocess/imports.js';
import { emitSchemas } from '../../codegen/postprocess/schemas.js';
import { header, HEADER } from '../../codegen/postprocess/layout.js';
import { omitDefaults } from '../../codegen/postprocess/defaults.js';
import { compactPaths } from '../../codegen/postprocess/paths.js';
import type { OpenApiDoc } from '../../codegen/openapi/types.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const S = '#/components/schemas/';
const emitted = async (text: string) => import(`data:text/javascript,${encodeURIComponent(text)}`);

const doc = {
  components: {
    schemas: {
      Op: {
        type: 'object',
        description: 'for people',
        properties: { status: { allOf: [{ $ref: `${S}Status` }], nullable: true } },
        discriminator: { propertyName: '@odata.type', mapping: { '#x.op': `${S}Op`, '#x.subOp': `${S}SubOp` } },
      },
      SubOp: { type: 'object', properties: { '@odata.type': { type: 'string', 'x-graph-odata-type': '#x.subOp' } } },
      Prompt: { type: 'object', discriminator: { propertyName: '@odata.type', mapping: { '#x.mediaPrompt': `${S}MediaPrompt` } } },
      MediaPrompt: { type: 'object' },
      Call: { type: 'object' },
      Resource: { oneOf: [{ $ref: `${S}Op` }, { $ref: `${S}Call` }], discriminator: { propertyName: '@odata.type', mapping: { '#x.op': `${S}Op`, '#x.subOp': `${S}SubOp`, '#x.call': `${S}Call` } } },
      Status: { type: 'string', enum: ['notStarted', 'completed'] },
    },
  },
} as unknown as OpenApiDoc;

const MODELS = `export interface Op { status?: Status | null; }
export interface SubOp { '@odata.type'?: '#x.subOp'; }
export interface Prompt { '@odata.type'?: string; }
export interface MediaPrompt { '@odata.type'?: '#x.mediaPrompt'; }
export interface Call { '@odata.type'?: '#x.call'; }
export interface Body { prompts: Array<Prompt>; op?: Op; }
export type Resource = Op | Call;
export const Status = { NotStarted: 'notStarted', Completed: 'completed' } as const;
export type Status = typeof Status[keyof typeof Status];
`;

test('unions: a member typed as a base reads Any<Base>; the unions leave out an abstract base', () => {
  const models = memoryProject().createSourceFile('/out/models.ts', MODELS);
  const all = families(doc);
  assert.deepEqual(all.map((f) => f.union), ['AnyOp', 'AnyPrompt', 'Resource']);
  declareUnions(models, all);
  const text = squash(models.getFullText());
  assert.match(text, /export interface Body \{ prompts: Array<AnyPrompt>; op\?: AnyOp; \}/);
  assert.match(text, /export type Resource = AnyOp \| Call;/);
  assert.match(text, /export type AnyOp = Op \| SubOp;/);
  assert.match(text, /export type AnyPrompt = MediaPrompt;/);
  assert.match(text, /export interface Op \{/, 'declarations keep their own names');
});

test('guards: one per type, on @odata.type in any case; a base accepts its family', async () => {
  const project = memoryProject();
  project.createSourceFile('/out/models.ts', MODELS);
  const guards = emitGuards(project, families(doc), '/out/guards.ts');
  const names = guards.getFunctions().filter((f) => f.isExported()).map((f) => f.getName());
  assert.deepEqual(names, ['isCall', 'isMediaPrompt', 'isOp', 'isPrompt', 'isResource', 'isSubOp']);
  assert.equal(guards.getFunctionOrThrow('isOp').getReturnTypeNodeOrThrow().getText(), 'value is AnyOp');
  const js = guards.getEmitOutput().getOutputFiles()[0]!.getText();
  const g = await emitted(js);
  assert.equal(g.isSubOp({ '@odata.type': '#X.SUBOP' }), true);
  assert.equal(g.isSubOp({ '@odata.type': '#x.op' }), false);
  assert.equal(g.isOp({ '@odata.type': '#x.subOp' }), true, 'a subOp is an op');
  assert.equal(g.isResource({ '@odata.type': '#x.call' }), true);
  for (const odd of [null, undefined, 'x', 7, [], {}, { '@odata.type': 7 }]) assert.equal(g.isCall(odd), false);
});

test('imports: every name a file uses from another generated module is imported once', () => {
  const project = memoryProject();
  const from = project.createSourceFile('/out/schemas.ts', 'export const ASchema = {}; export const BSchema = {}; export const Unused = {};');
  const file = project.createSourceFile('/out/requests.ts', 'export const r = { body: ASchema, response: BSchema, again: ASchema };');
  importUsed(file, from, './schemas.js', false);
  assert.equal(file.getImportDeclarations().map((d) => d.getText()).join('\n'), "import { ASchema, BSchema } from './schemas.js';");
});

test('schemas: one constant per model, references as functions (cycles allowed), text for people dropped', async () => {
  const f = memoryProject().createSourceFile('/out/schemas.ts', '');
  emitSchemas(f, doc);
  const text = f.getFullText();
  assert.doesNotMatch(text, /for people|#\/components\/schemas|x-graph-odata-type/);
  assert.match(text, /import type \{ ValidationSchema \} from '\.\.\/src\/contract\.js';/);
  const mod = await emitted(f.getEmitOutput().getOutputFiles()[0]!.getText());
  assert.equal(mod.OpSchema.discriminator.mapping['#x.op'](), mod.OpSchema, 'a schema may refer to itself');
  assert.equal(mod.OpSchema.discriminator.mapping['#x.subOp'](), mod.SubOpSchema, 'or to one declared after it');
  assert.equal(mod.OpSchema.properties.status.allOf[0].$ref(), mod.StatusSchema);
  assert.deepEqual(mod.StatusSchema.enum, ['notStarted', 'completed']);
  assert.equal(mod.componentSchemas.SubOp, mod.SubOpSchema);
});

test('layout: the do-not-edit header replaces a leading block comment', () => {
  const f = memoryProject().createSourceFile('/out/x.ts', `/* tslint:disable */\n/**\n * banner\n */\n\nexport const a = 1;\n`);
  header(f);
  assert.equal(f.getFullText(), `${HEADER}\n\nexport const a = 1;\n`);
});

test('imports: a name a template used that no module declares is an error naming it', () => {
  const project = memoryProject();
  const ok = project.createSourceFile('/out/a.ts', "import type { A } from './m.js';\nexport interface X { a: Array<A>; p: Promise<void>; }\nexport const r = { body: x };\nconst x = 1;");
  assert.doesNotThrow(() => assertResolved(ok));
  const bad = project.createSourceFile('/out/b.ts', 'export interface X { a: ModelError; }');
  assert.throws(() => assertResolved(bad), /b\.ts refers to ModelError, which no generated module declares/);
  const badValue = project.createSourceFile('/out/c.ts', 'export const r = { body: MissingSchema };');
  assert.throws(() => assertResolved(badValue), /c\.ts refers to MissingSchema/);
});

test('paths: three route literals that differ only before /calls become one helper call of the same value', async () => {
  const project = memoryProject();
  const file = project.createSourceFile('/out/requests.ts', `import type { X } from './x.js';
export const a = { paths: { app: '/app/calls/{callId}/mute', applications: '/applications/{applicationId}/calls/{callId}/mute', communications: '/communications/calls/{callId}/mute' } };
export const b = { paths: { app: '/app/calls/{callId}/x', communications: '/communications/calls/{callId}/x' } };
export const c = { paths: { app: '/app/calls/{callId}/x', applications: '/applications/{applicationId}/calls/{callId}/y', communications: '/communications/calls/{callId}/x' } };`);
  compactPaths(file);
  const text = file.getFullText();
  assert.match(text, /paths: onEveryRoute\('\/calls\/\{callId\}\/mute'\)/);
  assert.equal(text.match(/onEveryRoute\('/g)?.length, 1, 'only a: b lacks a route, c differs after /calls');
  assert.ok(text.indexOf('const onEveryRoute') > text.indexOf("from './x.js'"), 'declared after the imports');
  const mod = await emitted(file.getEmitOutput().getOutputFiles()[0]!.getText().replace(/^import .*$/m, ''));
  assert.deepEqual(mod.a.paths, {
    app: '/app/calls/{callId}/mute',
    applications: '/applications/{applicationId}/calls/{callId}/mute',
    communications: '/communications/calls/{callId}/mute',
  });
  assert.deepEqual(Object.keys(mod.b.paths), ['app', 'communications']);
  assert.equal(mod.c.paths.applications, '/applications/{applicationId}/calls/{callId}/y');
});

test('schemas: what validation reads the same either way is left out, shared shapes are written once, same values', async () => {
  const S = '#/components/schemas/';
  const schemas = {
    Thing: {
      type: 'object',
      additionalProperties: true,
      properties: {
        at: { type: 'string', format: 'date-time', nullable: true },
        n: { type: 'integer', format: 'int64' },
        reasons: { type: 'string', 'x-graph-flags': ['a', 'b'] },
        format: { type: 'string' },
        additionalProperties: { type: 'boolean', nullable: true },
        other: { allOf: [{ $ref: `${S}Closed` }], nullable: true },
        others: { type: 'array', items: { $ref: `${S}Closed` } },
      },
    },
    Closed: { type: 'object', additionalProperties: false },
  };
  const f = memoryProject().createSourceFile('/out/schemas.ts', '');
  emitSchemas(f, { components: { schemas } } as unknown as OpenApiDoc);
  const text = f.getFullText();
  assert.equal(text.match(/type: 'string' \}/g)?.length, 1, 'the string shape is declared once');
  assert.match(text, /"other": \/\* @__PURE__ \*\/ nullableRef\(\(\) => ClosedSchema\)/, 'helper calls are marked pure for tree shaking');
  const mod = await emitted(f.getEmitOutput().getOutputFiles()[0]!.getText());
  assert.deepEqual(mod.ThingSchema.properties, {
    at: { type: 'string', nullable: true },
    n: { type: 'integer', format: 'int64' },
    reasons: { type: 'string' },
    format: { type: 'string' },
    additionalProperties: { type: 'boolean', nullable: true },
    other: { allOf: [{ $ref: mod.ThingSchema.properties.other.allOf[0].$ref }], nullable: true },
    others: { type: 'array', items: { $ref: mod.ThingSchema.properties.others.items.$ref } },
  });
  assert.equal(mod.ThingSchema.properties.other.allOf[0].$ref(), mod.ClosedSchema);
  assert.equal(mod.ThingSchema.properties.others.items.$ref(), mod.ClosedSchema);
  assert.equal('additionalProperties' in mod.ThingSchema, false, 'an open type is the default');
  assert.equal(mod.ClosedSchema.additionalProperties, false);
});

test('defaults: members an action of a call shares are left out and filled in by named(), to the same descriptors', async () => {
  const helpers = `const onEveryRoute = (path: string) => ({ app: \`/app\${path}\`, communications: \`/communications\${path}\` });
function named(descriptors: Record<string, object>) {
  return Object.fromEntries(Object.entries(descriptors).map(([name, d]) => [name, { name, ...d }]));
}
`;
  const descriptors = `export const requests = named({
  mute: { method: 'POST', paths: onEveryRoute('/calls/{callId}/mute'), target: 'call', statuses: [
      200,
      202,
    ], locationNamesOperation: true, returns: 'action' },
  answer: { method: 'POST', paths: onEveryRoute('/calls/{callId}/answer'), target: 'call', statuses: [202], returns: 'action' },
  keepAlive: { method: 'POST', paths: onEveryRoute('/calls/{callId}/keepAlive'), target: 'call', statuses: [200], returns: 'action' },
  getCall: { method: 'GET', paths: onEveryRoute('/calls/{callId}'), target: 'call', statuses: [200], returns: 'entity' },
  invite: { method: 'POST', paths: onEveryRoute('/calls/{callId}/participants/invite'), target: 'call', statuses: [202], returns: 'action' },
});`;
  const run = async (text: string) => (await emitted(memoryProject().createSourceFile('/x.ts', text).getEmitOutput().getOutputFiles()[0]!.getText())).requests;
  const file = memoryProject().createSourceFile('/out/requests.ts', helpers + descriptors);
  omitDefaults(file);
  const text = squash(file.getFullText());
  assert.match(text, /answer: \{ \}/, 'every member of answer is a default');
  assert.match(text, /mute: \{ locationNamesOperation: true, \}/, 'an operation action answers 200 or 202 by default');
  assert.match(text, /keepAlive: \{ statuses: \[200\], \}/);
  assert.match(text, /getCall: \{ method: 'GET', paths: onEveryRoute\('\/calls\/\{callId\}'\), statuses: \[200\], returns: 'entity', \}/);
  assert.match(text, /invite: \{ paths: onEveryRoute\('\/calls\/\{callId\}\/participants\/invite'\), \}/);
  assert.deepEqual(await run(file.getFullText()), await run(helpers + descriptors));
  assert.throws(() => omitDefaults(memoryProject().createSourceFile('/out/r.ts', descriptors)), /named\(\)|onEveryRoute/, 'the template it completes is missing');
});
