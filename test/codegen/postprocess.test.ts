// Each ts-morph transform on a small source shaped like the generator's output: in, out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { memoryProject } from '../../codegen/lib/ts.js';
import { restoreWireNames } from '../../codegen/postprocess/wire-names.js';
import { wireEnums } from '../../codegen/postprocess/enums.js';
import { openTypes } from '../../codegen/postprocess/open-types.js';
import { arraysFirstInOneOf } from '../../codegen/postprocess/one-of.js';
import { tidyImports } from '../../codegen/postprocess/imports.js';
import { standaloneOperations } from '../../codegen/postprocess/operations.js';
import { pruneRuntime } from '../../codegen/postprocess/runtime.js';
import { header, HEADER } from '../../codegen/postprocess/layout.js';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const file = (text: string, path = '/out/models/X.ts') => memoryProject().createSourceFile(path, text);

test('wire-names: at_odata_type goes back to @odata.type in the interface and both mappers', () => {
  const f = file(`
export interface Op { at_odata_type?: string; id?: string; }
export function OpFromJSONTyped(json: any, i: boolean): Op { return { 'at_odata_type': json['@odata.type'] == null ? undefined : json['@odata.type'], 'id': json['id'] }; }
export function OpToJSONTyped(value: any): any { return { '@odata.type': value['at_odata_type'], 'id': value['id'] }; }`);
  restoreWireNames([f]);
  const out = f.getFullText();
  assert.match(out, /'@odata\.type'\?: string;/);
  assert.doesNotMatch(out, /at_odata_type/);
  assert.match(out, /'@odata\.type': value\['@odata\.type'\]/);
});

test('enums: PascalCase keys, wire-case values, and FromJSON reads any case', async () => {
  const f = file(`
export const Status = { NotStarted: 'NotStarted', Completed: 'Completed' } as const;
export type Status = typeof Status[keyof typeof Status];
export function StatusFromJSONTyped(json: any, ignoreDiscriminator: boolean): Status { return json as Status; }`);
  wireEnums(f);
  const out = f.getFullText();
  assert.match(squash(out), /NotStarted: 'notStarted', Completed: 'completed',/);
  const js = f.getEmitOutput().getOutputFiles()[0].getText();
  const mod = await import(`data:text/javascript,${encodeURIComponent(js)}`);
  assert.equal(mod.StatusFromJSONTyped('COMPLETED', false), 'completed');
  assert.equal(mod.StatusFromJSONTyped('notstarted', false), 'notStarted');
  assert.equal(mod.StatusFromJSONTyped('other', false), 'other', 'unknown values are left for validation to judge');
});

test('open-types: the any|any index signature becomes unknown', () => {
  const f = file(`export interface Op { [key: string]: any | any; id?: string; }`);
  openTypes(f);
  assert.equal(squash(f.getFullText()), 'export interface Op { [key: string]: unknown; id?: string; }');
});

test('one-of: arrays are tested before instanceOf, and members are mapped through their discriminator', () => {
  const f = file(`
export function RFromJSONTyped(json: any, ignoreDiscriminator: boolean): R {
  if (json == null) { return json; }
  if (instanceOfOp(json)) { return OpFromJSONTyped(json, true); }
  if (Array.isArray(json)) { return json.map(v => OpFromJSONTyped(v, true)); }
  return {} as any;
}`);
  arraysFirstInOneOf(f);
  const body = squash(f.getFunctionOrThrow('RFromJSONTyped').getBodyText()!);
  assert.ok(body.indexOf('Array.isArray') < body.indexOf('instanceOfOp'), body);
  assert.doesNotMatch(body, /, true\)/);
});

test('imports: duplicates dropped, .js added, unused names removed', () => {
  const f = file(`
import { A, B } from './A';
import { A, B } from './A';
import type { C } from './C.js';
export const x: C = A;`);
  tidyImports(f);
  assert.equal(squash(f.getFullText()), "import { A } from './A.js'; import type { C } from './C.js'; export const x: C = A;");
});

test('operations: the API class becomes standalone synchronous request descriptions without auth', () => {
  const f = file(
    `import * as runtime from '../runtime.js';
export interface GetRequest { callId: string; }
export interface CallsApiInterface { getRequestOpts(r: GetRequest): Promise<runtime.RequestOpts>; }
export class CallsApi extends runtime.BaseAPI {
  /** Creates request options for get without sending the request */
  async getRequestOpts(requestParameters: GetRequest): Promise<runtime.RequestOpts> {
    const headerParameters: runtime.HTTPHeaders = {};
    if (this.configuration && this.configuration.accessToken) { headerParameters['Authorization'] = 'x'; }
    return { path: '/calls/' + requestParameters.callId, method: 'GET', headers: headerParameters };
  }
  async getRaw(requestParameters: GetRequest): Promise<void> { await this.request(await this.getRequestOpts(requestParameters)); }
}`,
    '/out/apis/CallsApi.ts',
  );
  standaloneOperations(f);
  const out = f.getFullText();
  assert.doesNotMatch(out, /class|this\.|async|Promise|CallsApiInterface|getRaw/);
  assert.match(squash(out), /export function getRequestOpts\(requestParameters: GetRequest\): runtime\.RequestOpts \{/);
});

test('runtime: only what other files use (and what that needs) is kept', () => {
  const p = memoryProject();
  const runtime = p.createSourceFile('/out/runtime.ts', `
export const BASE_PATH = 'x';
export class BaseAPI { m(): Configuration { return new Configuration(); } }
export class Configuration {}
export type HTTPHeaders = { [k: string]: string };
export interface RequestOpts { headers: HTTPHeaders; }
export class RequiredError extends Error {}`);
  const user = p.createSourceFile('/out/apis/A.ts', `import * as runtime from '../runtime.js';\nexport const f = (): runtime.RequestOpts => { throw new runtime.RequiredError(); };`);
  pruneRuntime(runtime, [user], ['BASE_PATH']);
  const names = runtime.getStatements().map((s: any) => s.getName?.() ?? s.getDeclarations?.()[0].getName());
  assert.deepEqual(names, ['BASE_PATH', 'HTTPHeaders', 'RequestOpts', 'RequiredError']);
});

test('layout: the generator banner is replaced by the do-not-edit header', () => {
  const f = file(`/* tslint:disable */\n/* eslint-disable */\n/**\n * The version of the OpenAPI document: \n */\n\nexport const a = 1;\n`);
  header(f);
  assert.equal(f.getFullText(), `${HEADER}\n\nexport const a = 1;\n`);
});

test('docs: generator tags and empty doc blocks go, spec descriptions stay', async () => {
  const { tidyDocs } = await import('../../codegen/postprocess/docs.js');
  const f = file(`/**\n * A commsOperation\n * @export\n * @interface Op\n */\nexport interface Op {\n  /**\n   * \n   */\n  id?: string;\n}\n`);
  tidyDocs(f);
  assert.equal(squash(f.getFullText()), '/** * A commsOperation */ export interface Op { id?: string; }');
});
