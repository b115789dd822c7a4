// End to end through the real generator (needs Java): a property added to commsOperation in spec/ comes out
// typed in generated/; the same spec gives byte-identical output twice; --check names files that differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureJar } from '../../codegen/jar.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

function scratchCopy(): string {
  ensureJar(root); // a fresh machine has no JAR yet: the wrapper (or Maven) fetches the pinned one once
  const dir = mkdtempSync(join(tmpdir(), 'graph-comms-regen-'));
  for (const p of ['spec', 'codegen', 'generated', 'package.json', 'openapitools.json', 'tsconfig.json']) cpSync(join(root, p), join(dir, p), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  symlinkSync(join(root, '.openapi-generator-jar'), join(dir, '.openapi-generator-jar'));
  return dir;
}
const run = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'codegen', 'main.ts'), '--quiet', ...args], { cwd: dir, encoding: 'utf8' });

test('a property added to commsOperation in spec/ comes out typed, and --check catches the stale copy', () => {
  const dir = scratchCopy();
  try {
    assert.equal(run(dir, '--check').status, 0, 'a fresh copy is up to date');
    const spec = join(dir, 'spec', 'graph-comms.csdl.xml');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace(
      '<EntityType Name="commsOperation" BaseType="graph.entity" OpenType="true">',
      '<EntityType Name="commsOperation" BaseType="graph.entity" OpenType="true">\n        <Property Name="lastActionDateTime" Type="Edm.DateTimeOffset" />',
    ));
    const check = run(dir, '--check');
    assert.equal(check.status, 1);
    assert.match(check.stderr, /generated\/models\/CommsOperation\.ts/);
    assert.equal(run(dir).status, 0);
    const model = readFileSync(join(dir, 'generated', 'models', 'CommsOperation.ts'), 'utf8');
    assert.match(model, /lastActionDateTime\?: Date \| null;/);
    const schemas = readFileSync(join(dir, 'generated', 'schemas.ts'), 'utf8');
    assert.match(schemas, /"lastActionDateTime"/);
    assert.equal(run(dir, '--check').status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('regeneration is byte-identical to the committed generated/', () => {
  const dir = scratchCopy();
  try {
    const r = run(dir);
    assert.equal(r.status, 0, r.stderr);
    const diff = spawnSync('diff', ['-r', join(root, 'generated'), join(dir, 'generated')], { encoding: 'utf8' });
    assert.equal(diff.status, 0, diff.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
