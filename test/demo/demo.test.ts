// The README's first command, run as a user runs it: a fresh process that must finish on its own.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('npm start: an IVR call against the testing kit, from ringing to hang-up, every step awaited', () => {
  const env = { ...process.env };
  for (const k of ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'CALL_ID']) delete env[k];
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'demo/main.ts'], { cwd: root, env, encoding: 'utf8', timeout: 120_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const out = r.stdout;
  const call = /✓ incoming call ([0-9a-f-]{36}), state incoming/.exec(out);
  assert.ok(call, out);
  assert.match(out, /✓ answer: 202; the call is established/);
  const prompt = /✓ playPrompt: 200, operation ([0-9a-f-]{36}) is running/.exec(out);
  assert.ok(prompt, out);
  assert.match(out, /✓ tone received: tone1 \(sequence 1\)/);
  assert.match(out, new RegExp(`✓ prompt ${prompt[1]}: failed 400/8508 \\(Action failed, the operation was cancelled\\.\\)`));
  assert.match(out, /✓ cancelMediaProcessing [0-9a-f-]{36}: completed/);
  assert.match(out, new RegExp(`✓ call ${call[1]} deleted; the registry holds 0 calls`));
  assert.match(out, /registry saw: callCreated \(incoming\), callStateChanged \(establishing\), callStateChanged \(established\), toneReceived \(established\), .*callDeleted \(terminated\)/);
  assert.doesNotMatch(out, /✗/);
});
