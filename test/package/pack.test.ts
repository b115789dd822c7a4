// The package as users get it: built, packed, installed into a scratch consumer, then used from ESM, from
// CommonJS, from a strict TypeScript project, and bundled for a browser.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type RedisServer, startRedis } from '../support/redis-server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let work: string;
let consumer: string;
let tarball: string;

before(() => {
  work = mkdtempSync(join(tmpdir(), 'graph-comms-pack-'));
  // prepack runs the build (regeneration included), so what is packed is what the pipeline gives.
  const out = execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const info = JSON.parse(out.slice(out.indexOf('[')))[0];
  tarball = join(work, info.filename);
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], { cwd: consumer, stdio: 'ignore' });
  // node-redis as an application installs it beside the SDK (an optional peer): present, so that a root which
  // loaded it would be caught doing so.
  for (const dep of ['redis', '@redis']) symlinkSync(join(root, 'node_modules', dep), join(consumer, 'node_modules', dep), 'dir');
});

let redis: RedisServer | undefined;
after(async () => {
  await redis?.stop();
  rmSync(work, { recursive: true, force: true });
});

const node = (args: string[], cwd = consumer) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });

test('the tarball holds only what users need', () => {
  const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
  // One bundled file per format (a cold import pays per module file), beside the .d.ts trees.
  for (const f of ['esm/index.js', 'cjs/index.js', 'browser/index.js', 'esm/src/index.d.ts', 'cjs/src/index.d.ts']) {
    assert.ok(listing.includes(`package/dist/${f}`), f);
  }
  assert.deepEqual(listing.filter((f) => f.endsWith('.js')).sort(), [
    'package/dist/browser/index.js',
    'package/dist/cjs/index.js',
    'package/dist/cjs/redis.js',
    'package/dist/cjs/testing.js',
    'package/dist/esm/index.js',
    'package/dist/esm/redis.js',
    'package/dist/esm/testing.js',
  ]);
  for (const f of listing) assert.doesNotMatch(f, /^package\/(spec|codegen|test|bench|demo|scripts|generated)\//, f);
  assert.ok(!listing.some((f) => f.endsWith('openapi.json')), 'no OpenAPI document in the package');
});

test('ESM consumers import it', () => {
  writeFileSync(join(consumer, 'esm.mjs'), `
import { CommsClient, parseOperationLocation, GraphError, OperationStatus } from 'graph-comms-sdk';
const loc = parseOperationLocation('https://graph.microsoft.com/beta/app/calls/57dab8b1-894c-409a-b240-bd8beae78896/operations/0fe0623f-d628-42ed-b4bd-8ac290072cc5');
console.log(typeof CommsClient, loc.operationId, new GraphError({ status: 404 }).name, OperationStatus.Completed);`);
  const r = node(['esm.mjs']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'function 0fe0623f-d628-42ed-b4bd-8ac290072cc5 GraphError completed');
});

test('CommonJS consumers require it', () => {
  writeFileSync(join(consumer, 'cjs.cjs'), `
const sdk = require('graph-comms-sdk');
const n = sdk.parseCommsNotifications('{"value":[{"changeType":"deleted","resource":"/app/calls/A/operations/B","resourceData":{"status":"Completed"}}]}');
console.log(typeof sdk.CommsClient, n.value[0].resourceData.status, typeof sdk.createNotificationVerifier);`);
  const r = node(['cjs.cjs']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'function completed function');
});

test('a strict TypeScript consumer compiles against its types (NodeNext and bundler resolution)', () => {
  writeFileSync(join(consumer, 'use.ts'), `
import { CommsClient, type CancelMediaProcessingResult, type CommsOperation, OperationStatus, GraphError } from 'graph-comms-sdk';
const client = new CommsClient({ auth: async () => 'token', baseUrl: 'https://graph.microsoft.com/beta' });
export async function run(): Promise<string> {
  const r: CancelMediaProcessingResult = await client.cancelMediaProcessing({ callId: 'c' }, { all: true, clientContext: 'x' });
  const op: CommsOperation = await client.getOperation(r);
  if (op.status === OperationStatus.Completed) return r.operationId;
  // @ts-expect-error status is a closed set of wire values
  const bad: CommsOperation = { status: 'Done' };
  return String(bad) + String(new GraphError({ status: 500 }).status);
}`);
  // The fleet subpath takes node-redis's own client as it is.
  writeFileSync(join(consumer, 'use-redis.ts'), `
import { createClient } from 'redis';
import type { CommsOperation } from 'graph-comms-sdk';
import { createRedisCallRegistry, createRedisTracker, StoreUnavailableError, type RedisCallRegistry, type RedisTracker } from 'graph-comms-sdk/redis';
export async function run(url: string): Promise<CommsOperation> {
  const redis = await createClient({ url }).connect();
  const tracker: RedisTracker = createRedisTracker({ redis, keyPrefix: 'app:', commandTimeoutMs: 1000, onEvicted: (e) => console.log(e.operationId) });
  const calls: RedisCallRegistry = createRedisCallRegistry({ redis, keyPrefix: 'app:', commandTimeoutMs: 1000, callTtlMs: 60_000 });
  calls.onChange((c) => console.log(c.event, c.callId));
  await calls.apply({ value: [] });
  const state: unknown = (await calls.get('c'))?.state;
  await tracker.persist({ value: [] });
  const e: Error = new StoreUnavailableError('x');
  return tracker.waitFor({ callId: 'c', operationId: 'o' }).finally(() => console.log(e.name, state));
}`);
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const [module, resolution] of [['nodenext', 'nodenext'], ['esnext', 'bundler'], ['commonjs', 'node10']]) {
    // node-redis's own declarations default-import node:net, which needs esModuleInterop: its users have it on.
    for (const [file, extra] of [['use.ts', []], ['use-redis.ts', ['--esModuleInterop']]] as const) {
      const r = node([tsc, '--noEmit', '--strict', '--skipLibCheck', 'false', '--module', module, '--moduleResolution', resolution,
        '--target', 'es2022', '--lib', 'es2022,dom', '--types', 'node', '--typeRoots', join(root, 'node_modules', '@types'), ...extra, file]);
      assert.equal(r.status, 0, `${file} ${module}/${resolution}: ${r.stdout}${r.stderr}`);
    }
  }
});

test('are-the-types-wrong passes on the tarball', () => {
  const attw = join(root, 'node_modules', '@arethetypeswrong', 'cli', 'dist', 'index.js');
  const r = node([attw, tarball, '--format', 'json', '--profile', 'node16'], root);
  const report = JSON.parse(r.stdout);
  assert.deepEqual(report.analysis.problems ?? [], [], JSON.stringify(report.analysis.problems, null, 1));
  assert.equal(r.status, 0, r.stderr);
});

test('a browser bundle that only cancels media processing has no node-fetch and stays within 12 KB min+gz (the budget of a client carrying every action)', async () => {
  writeFileSync(join(consumer, 'browser.js'), `
import { CommsClient } from 'graph-comms-sdk';
const client = new CommsClient({ auth: () => 'token' });
export const cancel = (callId) => client.cancelMediaProcessing({ callId }, { all: true });`);
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: consumer, entryPoints: ['browser.js'], bundle: true, minify: true, format: 'esm',
    platform: 'browser', write: false, metafile: true, logLevel: 'silent',
  });
  // What reached the output (esbuild lists tree-shaken modules as inputs with 0 bytes in the output).
  const [output] = Object.values(result.metafile!.outputs);
  const shipped = Object.entries(output.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k);
  assert.deepEqual(shipped.filter((i) => i.includes('graph-comms-sdk')), ['node_modules/graph-comms-sdk/dist/browser/index.js']);
  assert.ok(!shipped.some((i) => /node-fetch|node:|jose/.test(i)), shipped.join('\n'));
  const text = new TextDecoder().decode(result.outputFiles[0].contents);
  assert.doesNotMatch(text, /node-fetch|node:http|User-Agent/, 'no Node transport in the browser bundle');
  const code = result.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length;
  assert.ok(gz <= 12 * 1024, `bundle is ${gz} bytes min+gz`);
});

// The testing kit: its own bundle (Node only), imported as graph-comms-sdk/testing, never part of the root's.
const installed = (f: string) => readFileSync(join(consumer, 'node_modules', 'graph-comms-sdk', 'dist', f), 'utf8');

test('the package root bundles hold nothing of the testing kit, and the kit takes the root from the package', () => {
  for (const f of ['esm/index.js', 'cjs/index.js', 'browser/index.js']) {
    assert.doesNotMatch(installed(f), /startFakeGraph|simulateIncomingCall|createTestVerifier|x-sdk/, f);
  }
  // One copy of the SDK's classes for the kit and the bot: the kit imports the root by name, it does not carry it.
  assert.match(installed('esm/testing.js'), /from "graph-comms-sdk"/);
  assert.match(installed('cjs/testing.js'), /require\("graph-comms-sdk"\)/);
  assert.doesNotMatch(installed('esm/testing.js'), /class CommsClient|function createNotificationVerifier/);
});

/** A bot answering a simulated call and playing a prompt to its end, against the kit, in either module system. */
const kitConsumer = (load: string) => `${load}
async function main() {
  const graph = await startFakeGraph();
  const tracker = new OperationTracker();
  const bot = createServer(createCallbackHandler({ verifier: createTestVerifier({ graph }), tracker }));
  await new Promise((resolve) => bot.listen(0, '127.0.0.1', resolve));
  const client = new CommsClient({ auth: 'test-token', baseUrl: graph.url, route: 'communications' });
  const { callId } = await graph.simulateIncomingCall({ callbackUri: 'http://127.0.0.1:' + bot.address().port + '/api/calls' });
  await client.answer({ callId }, { callbackUri: 'http://127.0.0.1:' + bot.address().port + '/api/calls', mediaConfig: { '@odata.type': '#microsoft.graph.serviceHostedMediaConfig' } });
  const played = await client.playPrompt({ callId }, { prompts: [{ '@odata.type': '#microsoft.graph.mediaPrompt', mediaInfo: { uri: 'https://cdn.example/a.wav' } }] });
  await graph.finishMedia(callId);
  const op = await tracker.waitFor(played, { timeoutMs: 10000 });
  console.log(op['@odata.type'], op.status, graph.notificationsSent, graph.notificationFailures.length);
  await graph.close();
  bot.closeAllConnections();
  bot.close();
}
main().catch((e) => { console.error(e); process.exit(1); });`;

test('ESM and CommonJS consumers import graph-comms-sdk/testing and test a bot with it', () => {
  writeFileSync(join(consumer, 'kit.mjs'), kitConsumer(`import { createServer } from 'node:http';
import { CommsClient, OperationTracker, createCallbackHandler } from 'graph-comms-sdk';
import { createTestVerifier, startFakeGraph } from 'graph-comms-sdk/testing';`));
  writeFileSync(join(consumer, 'kit.cjs'), kitConsumer(`const { createServer } = require('node:http');
const { CommsClient, OperationTracker, createCallbackHandler } = require('graph-comms-sdk');
const { createTestVerifier, startFakeGraph } = require('graph-comms-sdk/testing');`));
  for (const file of ['kit.mjs', 'kit.cjs']) {
    const r = node([file]);
    assert.equal(r.status, 0, `${file}: ${r.stderr}`);
    // incoming, establishing, established, prompt running, prompt completed: all verified and accepted
    assert.equal(r.stdout.trim(), '#microsoft.graph.playPromptOperation completed 5 0', file);
  }
});

// The fleet objects: their own bundle, imported as graph-comms-sdk/redis; node-redis is the application's.
test('the package root never loads node-redis, and its bundles hold nothing of the fleet objects', () => {
  for (const f of ['esm/index.js', 'cjs/index.js', 'browser/index.js']) {
    assert.doesNotMatch(installed(f), /createRedisTracker|createRedisCallRegistry|StoreUnavailableError|^import .* from "redis"|require\("redis"\)/m, f);
  }
  // One copy of the SDK's classes for the fleet objects and the bot: the bundle imports the root by name.
  assert.match(installed('esm/redis.js'), /^import .* from "graph-comms-sdk";$/m);
  assert.match(installed('cjs/redis.js'), /require\("graph-comms-sdk"\)/);
  for (const f of ['esm/redis.js', 'cjs/redis.js']) {
    assert.doesNotMatch(installed(f), /\b(OperationTracker|CallRegistry|TimeoutError|GraphError) = class\b|^import .* from "redis"|require\("redis"\)/m, f);
    // Node's own modules are Node's: imported, never bundled (the call registry's versions come from node:crypto).
    assert.doesNotMatch(installed(f), /from "crypto"|require\("crypto"\)/, f);
  }
  assert.match(installed('esm/redis.js'), /^import \{ randomUUID \} from "node:crypto";$/m);
  assert.match(installed('cjs/redis.js'), /require\("node:crypto"\)/);
  writeFileSync(join(consumer, 'root-only.cjs'), `
require('graph-comms-sdk');
const loaded = () => Object.keys(require.cache).filter((k) => /node_modules[\\\\/](redis|@redis)[\\\\/]/.test(k));
const before = loaded().length;
require('redis');
console.log(before, loaded().length > 0);`);
  const r = node(['root-only.cjs']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), '0 true', 'nothing of node-redis is loaded until the application loads it');
});

/** Two instances on their own clients: a waitFor on one resolves from a dispatch on the other, in either module system. */
const fleetConsumer = (load: string) => `${load}
async function main() {
  const url = process.env.REDIS_URL;
  const [a, b] = await Promise.all([createClient({ url }).on('error', () => {}).connect(), createClient({ url }).on('error', () => {}).connect()]);
  const ta = createRedisTracker({ redis: a }), tb = createRedisTracker({ redis: b });
  const waiting = ta.waitFor({ callId: 'c', operationId: process.argv[2] }, { timeoutMs: 10000 });
  await tb.dispatch(JSON.stringify({ value: [{ changeType: 'deleted', resourceUrl: '/communications/calls/c/operations/' + process.argv[2], resourceData: { status: 'Completed' } }] }));
  const op = await waiting;
  const late = await ta.waitFor('never', { timeoutMs: 10 }).catch((e) => e);
  console.log(op.status, late instanceof TimeoutError, new StoreUnavailableError('x').name);
  // The call state: applied on one instance, read on the other; the change told where it was applied.
  const keyPrefix = process.argv[2] + ':';
  const ca = createRedisCallRegistry({ redis: a, keyPrefix }), cb = createRedisCallRegistry({ redis: b, keyPrefix });
  const told = [];
  ca.onChange((c) => told.push(c.event));
  await ca.apply({ value: [
    { changeType: 'created', resourceUrl: '/communications/calls/c', resourceData: { '@odata.type': '#microsoft.graph.call', state: 'established' } },
    { changeType: 'updated', resourceUrl: '/communications/calls/c/participants', resourceData: [{ '@odata.type': '#microsoft.graph.participant', id: 'p1', isMuted: true }] },
  ] });
  const participants = (await cb.participants('c')).map((p) => p.id + ':' + p.isMuted).join(',');
  console.log((await cb.get('c')).state, participants, told.join(','), await a.exists(keyPrefix + 'call:c'));
  await Promise.all([ta.close(), tb.close()]);
  await Promise.all([a.close(), b.close()]);
}
main().catch((e) => { console.error(e); process.exit(1); });`;

test('ESM and CommonJS consumers import graph-comms-sdk/redis and share operations and call state through a real Redis', async () => {
  const server = await startRedis();
  redis = server;
  writeFileSync(join(consumer, 'fleet.mjs'), fleetConsumer(`import { createClient } from 'redis';
import { TimeoutError } from 'graph-comms-sdk';
import { createRedisCallRegistry, createRedisTracker, StoreUnavailableError } from 'graph-comms-sdk/redis';`));
  writeFileSync(join(consumer, 'fleet.cjs'), fleetConsumer(`const { createClient } = require('redis');
const { TimeoutError } = require('graph-comms-sdk');
const { createRedisCallRegistry, createRedisTracker, StoreUnavailableError } = require('graph-comms-sdk/redis');`));
  for (const file of ['fleet.mjs', 'fleet.cjs']) {
    const r = spawnSync(process.execPath, [file, `op-${file}`], { cwd: consumer, encoding: 'utf8', env: { ...process.env, REDIS_URL: server.url } });
    assert.equal(r.status, 0, `${file}: ${r.stderr}`);
    // The bundle's TimeoutError is the root's own class: it takes the SDK from the package, not a copy.
    assert.equal(r.stdout.trim(), 'completed true StoreUnavailableError\nestablished p1:true callCreated,participantJoined 1', file);
  }
});
