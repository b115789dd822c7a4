// The committed generated/ compiles under tsc --strict and has the shapes API.md promises.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as generated from '../../generated/index.js';
import { HEADER } from '../../codegen/postprocess/layout.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('generated/ compiles on its own under tsc --strict', () => {
  const tsc = `${root}node_modules/typescript/bin/tsc`;
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--noUnusedLocals', '--target', 'es2022', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--lib', 'es2022,dom', '--types', 'node', `${root}generated/index.ts`], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('every generated TypeScript file starts with the do-not-edit header', () => {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${d}/${e.name}`) : [`${d}/${e.name}`]));
  const files = walk(`${root}generated`).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length > 10);
  for (const f of files) assert.ok(readFileSync(f, 'utf8').startsWith(HEADER), f);
});

test('enums carry wire values; request descriptions are plain functions', () => {
  assert.deepEqual({ ...generated.OperationStatus }, { NotStarted: 'notStarted', Running: 'running', Completed: 'completed', Failed: 'failed' });
  assert.deepEqual(Object.values(generated.ChangeType), ['created', 'updated', 'deleted']);
  const opts = generated.applicationCallCancelMediaProcessingRequestOpts({
    applicationId: 'a b', callId: 'c/d', cancelMediaProcessingRequest: { clientContext: 'x' },
  });
  assert.equal(opts.method, 'POST');
  assert.equal(opts.path, '/applications/a%20b/calls/c%2Fd/cancelMediaProcessing');
  assert.equal(JSON.stringify(opts.body), '{"clientContext":"x"}', 'a field left out stays out of the JSON');
  assert.equal(generated.BASE_PATH, 'https://graph.microsoft.com/beta');
});

test('mappers keep wire names and unknown members, and dispatch on @odata.type', () => {
  const op = generated.CommsOperationFromJSON({ '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation', status: 'Completed', all: true, extra: 1 });
  assert.equal(op['@odata.type'], '#microsoft.graph.cancelMediaProcessingOperation');
  assert.equal(op.status, 'completed');
  assert.equal(op.extra, 1);
  assert.ok(generated.isCancelMediaProcessingOperation(op));
  assert.equal(op.all, true);
  const n = generated.CommsNotificationFromJSON({ changeType: 'deleted', resourceUrl: '/x', resourceData: [{ status: 'failed' }, { status: 'running' }] });
  assert.ok(Array.isArray(n.resourceData), 'an array resourceData stays an array');
});
