// The committed generated/: it compiles on its own, depends on src/contract.ts alone, and has the shapes the engine
// and API.md rely on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as generated from '../../generated/index.js';
import { operationTypes, requests } from '../../generated/requests.js';
import type { RequestDescriptor } from '../../src/contract.js';
import * as schemas from '../../generated/schemas.js';
import { HEADER } from '../../codegen/postprocess/layout.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (f: string) => readFileSync(`${root}generated/${f}`, 'utf8');
const tsFiles = readdirSync(`${root}generated`).filter((f) => f.endsWith('.ts'));

const ACTIONS = [
  'answer', 'reject', 'redirect', 'transfer', 'keepAlive', 'changeScreenSharingRole', 'playPrompt', 'recordResponse', 'cancelMediaProcessing',
  'subscribeToTone', 'sendDtmfTones', 'mute', 'unmute', 'updateRecordingStatus', 'addLargeGalleryView', 'inviteParticipants', 'muteParticipant',
  'startHoldMusic', 'stopHoldMusic',
];
const RESOURCES = ['createCall', 'getCall', 'deleteCall', 'getParticipant', 'listParticipants', 'getOperation'];

test('generated/ compiles on its own under tsc --strict', () => {
  const tsc = `${root}node_modules/typescript/bin/tsc`;
  const files = tsFiles.map((f) => `${root}generated/${f}`);
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--noUnusedLocals', '--target', 'es2022', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--lib', 'es2022,dom', '--types', 'node', ...files], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('every generated file starts with the do-not-edit header and imports nothing of src/ but the contract', () => {
  assert.deepEqual(tsFiles, ['guards.ts', 'index.ts', 'methods.ts', 'models.ts', 'requests.ts', 'schemas.ts']);
  for (const f of tsFiles) {
    const text = read(f);
    assert.ok(text.startsWith(HEADER), f);
    for (const [, spec] of text.matchAll(/from '([^']+)'/g)) assert.ok(/^\.\/[\w]+\.js$/.test(spec!) || spec === '../src/contract.js', `${f} imports ${spec}`);
  }
});

test('one request descriptor per client method, on every route, as plain data', () => {
  assert.deepEqual(Object.keys(requests).sort(), [...ACTIONS, ...RESOURCES].sort());
  for (const [name, d] of Object.entries(requests)) {
    assert.equal(d.name, name);
    assert.deepEqual(Object.keys(d.paths), ['app', 'applications', 'communications'], name);
    const app = d.paths.app!;
    assert.ok(app.startsWith('/app/calls'), name);
    assert.equal(d.paths.applications, app.replace('/app/', '/applications/{applicationId}/'));
    assert.equal(d.paths.communications, app.replace('/app/', '/communications/'));
    assert.doesNotThrow(() => structuredClone({ ...d, body: undefined, response: undefined }), 'plain data');
  }
  for (const a of ACTIONS) assert.equal(requests[a as keyof typeof requests].returns, 'action', a);
  assert.equal(requests.playPrompt.paths.app, '/app/calls/{callId}/playPrompt');
  assert.equal(requests.muteParticipant.paths.communications, '/communications/calls/{callId}/participants/{participantId}/mute');
  assert.equal(requests.inviteParticipants.paths.app, '/app/calls/{callId}/participants/invite');
  assert.equal(requests.getOperation.paths.app, '/app/calls/{callId}/operations/{operationId}');
  assert.equal(requests.createCall.paths.app, '/app/calls');
});

test('descriptors: bodies, statuses, operations, what each resolves with', () => {
  const d = requests;
  assert.deepEqual(d.playPrompt.statuses, [200, 202]);
  assert.equal(d.playPrompt.body, schemas.PlayPromptBodySchema);
  assert.equal(d.playPrompt.response, schemas.PlayPromptOperationSchema);
  assert.equal(operationTypes.playPrompt, '#microsoft.graph.playPromptOperation');
  assert.equal(operationTypes.mute, '#microsoft.graph.muteParticipantOperation', 'not the name + Operation');
  assert.deepEqual(
    Object.keys(operationTypes),
    Object.values(d).filter((x) => (x as RequestDescriptor).locationNamesOperation).map((x) => x.name),
    'an operation type for exactly the actions whose Location names an operation',
  );
  assert.equal(d.playPrompt.locationNamesOperation, true);
  assert.equal('bodyOptional' in d.playPrompt, false);
  assert.equal(d.cancelMediaProcessing.bodyOptional, true);
  assert.deepEqual(Object.keys(schemas.CancelMediaProcessingBodySchema.properties!), ['clientContext', 'all']);
  assert.equal(schemas.CancelMediaProcessingBodySchema.additionalProperties, false);
  for (const a of ['answer', 'reject', 'redirect', 'transfer', 'changeScreenSharingRole'] as const) {
    assert.deepEqual(d[a].statuses, [202], a);
    assert.equal('response' in d[a], false, a);
  }
  assert.deepEqual(d.keepAlive.statuses, [200]);
  assert.equal('body' in d.keepAlive, false);
  for (const [name, desc] of Object.entries(d)) {
    const body = (desc as { body?: { required?: readonly string[] } }).body;
    if (body && name !== 'createCall') assert.equal((desc as { bodyOptional?: boolean }).bodyOptional === true, !body.required?.length, name);
  }
  assert.deepEqual([d.createCall.statuses, d.createCall.target, d.createCall.returns, d.createCall.body], [[201], 'route', 'entity', schemas.CallSchema]);
  assert.deepEqual([d.deleteCall.method, d.deleteCall.statuses, d.deleteCall.returns], ['DELETE', [204], 'void']);
  assert.deepEqual([d.listParticipants.returns, d.listParticipants.response], ['collection', schemas.ParticipantCollectionResponseSchema]);
  assert.deepEqual([d.getOperation.target, d.getOperation.response], ['operation', schemas.CommsOperationSchema]);
  assert.equal(d.getParticipant.target, 'participant');
});

test('methods: one per descriptor, body optional exactly when the descriptor says, typed results', () => {
  const text = read('methods.ts').replace(/\s+/g, ' ');
  const sig = (m: string) => new RegExp(` ${m}\\(([^)]*)\\): Promise<([^;]*)>;`).exec(text)?.slice(1);
  assert.deepEqual(sig('playPrompt'), ['call: CallTarget, body: PlayPromptBody, options?: RequestOptions', 'ActionResult<PlayPromptOperation>']);
  assert.deepEqual(sig('cancelMediaProcessing'), ['call: CallTarget, body?: CancelMediaProcessingBody, options?: RequestOptions', 'ActionResult<CancelMediaProcessingOperation>']);
  assert.deepEqual(sig('keepAlive'), ['call: CallTarget, options?: RequestOptions', 'ActionResult']);
  assert.deepEqual(sig('muteParticipant'), ['participant: ParticipantTarget, body?: MuteParticipantBody, options?: RequestOptions', 'ActionResult<MuteParticipantOperation>']);
  assert.deepEqual(sig('inviteParticipants'), ['call: CallTarget, body: InviteParticipantsBody, options?: RequestOptions', 'ActionResult<InviteParticipantsOperation>']);
  assert.deepEqual(sig('createCall'), ['body: Call, options?: RequestOptions', 'Call']);
  assert.deepEqual(sig('deleteCall'), ['call: CallTarget, options?: RequestOptions', 'void']);
  assert.deepEqual(sig('listParticipants'), ['call: CallTarget, options?: RequestOptions', 'Participant[]']);
  assert.deepEqual(sig('getOperation'), ['operation: OperationTarget, options?: RequestOptions', 'AnyCommsOperation']);
  for (const [name, _d] of Object.entries(requests)) assert.ok(sig(name), name);
  assert.match(read('methods.ts'), /\/\*\*\n {3}\* The `playPrompt` action of a call\./);
});

test('models: wire names and values; unions over every subtype; guards in any case', () => {
  assert.deepEqual({ ...generated.OperationStatus }, { NotStarted: 'notStarted', Running: 'running', Completed: 'completed', Failed: 'failed' });
  assert.deepEqual(Object.values(generated.ChangeType), ['created', 'updated', 'deleted']);
  const models = read('models.ts').replace(/\s+/g, ' ');
  const union = (name: string) => /export type (\w+) = ([^;]+);/g.exec(models.slice(models.indexOf(`export type ${name} =`)))![2]!.split(' | ');
  assert.equal(union('AnyCommsOperation').length, 13, '12 subtypes and the base');
  assert.deepEqual(union('AnyMediaConfig'), ['AppHostedMediaConfig', 'ServiceHostedMediaConfig']);
  assert.ok(union('AnyIdentity').includes('CallRecordsUserIdentity'));
  assert.deepEqual(union('CommsResource').sort(), ['AnyCommsOperation', 'Call', 'Participant']);
  assert.match(models, /export interface PlayPromptBody \{ prompts: Array<AnyPrompt>; clientContext\?: string; \}/);
  assert.match(models, /'@odata\.type'\?: '#microsoft\.graph\.recordOperation';/);
  assert.ok(generated.isPlayPromptOperation({ '@odata.type': '#Microsoft.Graph.PlayPromptOperation' }));
  assert.ok(generated.isCommsOperation({ '@odata.type': '#microsoft.graph.recordOperation' }));
  assert.ok(generated.isCommsResource({ '@odata.type': '#microsoft.graph.participant' }));
  assert.ok(!generated.isCall({ '@odata.type': '#microsoft.graph.participant' }));
});

test('index: models, unions, guards and the method interface; no generator internals', () => {
  const names = Object.keys(generated);
  for (const n of names) assert.doesNotMatch(n, /FromJSON|ToJSON|^instanceOf|^BASE_PATH$|RequestOpts$|Request$|Schema$|^requests$/, n);
  assert.ok(names.includes('isCall') && names.includes('OperationStatus'));
});

test('openapi.json: every path on every route, with request bodies and answers', () => {
  const doc = JSON.parse(read('openapi.json'));
  const paths = Object.keys(doc.paths);
  assert.equal(paths.length, 72);
  for (const route of ['/app/', '/applications/{applicationId}/', '/communications/']) assert.equal(paths.filter((p) => p.startsWith(route)).length, 24, route);
  for (const item of Object.values<Record<string, any>>(doc.paths)) {
    for (const op of Object.values<any>(item)) {
      assert.ok(op.responses.default && Object.keys(op.responses).some((s) => /^2\d\d$/.test(s)), op.operationId);
      const d = requests[op['x-sdk'].method as keyof typeof requests];
      assert.equal(!!op.requestBody, 'body' in d, op.operationId);
    }
  }
});

test('what the engine relies on: every body schema is an object type, and a void request has no response schema', () => {
  for (const [name, d] of Object.entries(requests) as [string, { body?: { type?: string }; response?: unknown; returns: string }][]) {
    if (d.body) assert.equal(d.body.type, 'object', name);
    if (d.returns === 'void') assert.equal(d.response, undefined, name);
  }
});
