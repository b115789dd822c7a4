// The README's first command, run as a user runs it: a fresh process that must finish on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('npm start: cancel, parse the Location, verify the signed notification, print the completed operation', () => {
  const env = { ...process.env };
  for (const k of ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET', 'CALL_ID']) delete env[k];
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'demo/main.ts'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const out = r.stdout;
  const location = out.match(/Location: (http:\/\/127\.0\.0\.1:\d+\/beta\/app\/calls\/([0-9a-f-]{36})\/operations\/([0-9a-f-]{36}))/);
  assert.ok(location, out);
  assert.match(out, new RegExp(`parsed: +route=app callId=${location[2]} operationId=${location[3]}`));
  assert.match(out, /✓ notification verified: deleted \/app\/calls\/[0-9A-F]{32}\/operations\/[0-9A-F]{32}/);
  assert.match(out, new RegExp(`✓ operation ${location[3]} is completed`));
  assert.match(out, /"status": "completed"/);
});
