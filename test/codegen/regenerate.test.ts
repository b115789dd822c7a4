// End to end through the real generator (needs Java): the same spec gives byte-identical output; an upstream that
// grows a parameter and a property (lock updated) comes out typed; an upstream file the lock does not pin, or one
// that no longer has what an overlay edit expects, stops the run naming the file or the edit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureJar } from '../../codegen/jar.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Runs `body` on a scratch copy of the project's codegen inputs and outputs, removed afterwards. */
function inScratchCopy(body: (dir: string) => void): void {
  ensureJar(root); // a fresh machine has no JAR yet: the wrapper (or Maven) fetches the pinned one once
  const dir = mkdtempSync(join(tmpdir(), 'graph-comms-regen-'));
  try {
    for (const p of ['spec', 'codegen', 'generated', 'src/contract.ts', 'package.json', 'openapitools.json', 'tsconfig.json']) cpSync(join(root, p), join(dir, p), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    symlinkSync(join(root, '.openapi-generator-jar'), join(dir, '.openapi-generator-jar'));
    body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const sameAsCommitted = (dir: string) => spawnSync('diff', ['-r', join(root, 'generated'), join(dir, 'generated')], { encoding: 'utf8' });
const run = (dir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'codegen', 'main.ts'), '--quiet', ...args], { cwd: dir, encoding: 'utf8' });

/** Edits the scratch copy's upstream file; `relock` updates the lock as moving to a new commit would. */
function editUpstream(dir: string, edit: (text: string) => string, relock: boolean): void {
  const lockPath = join(dir, 'spec', 'upstream.lock.json');
  const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
  const path = join(dir, 'spec', lock.file);
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  assert.notEqual(after, before, 'the edit found its place');
  writeFileSync(path, after);
  if (relock) {
    writeFileSync(lockPath, JSON.stringify({ ...lock, commit: 'f'.repeat(40), sha256: createHash('sha256').update(after).digest('hex'), bytes: Buffer.byteLength(after) }, null, 2));
  }
}
const inBlock = (text: string, open: string, insert: string) => text.replace(open, `${open}\n        ${insert}`);

test('regeneration is byte-identical to the committed generated/', () => {
  inScratchCopy((dir) => {
    const r = run(dir);
    assert.equal(r.status, 0, r.stderr);
    const diff = sameAsCommitted(dir);
    assert.equal(diff.status, 0, diff.stdout);
  });
});

test('a parameter added to playPrompt and a property added to recordOperation upstream come out typed; --check sees it first', () => {
  inScratchCopy((dir) => {
    editUpstream(dir, (t) => {
      const binding = '<Action Name="playPrompt" IsBound="true">\n        <Parameter Name="bindingParameter" Type="graph.call" />';
      const play = inBlock(t, binding, '<Parameter Name="loop" Type="Edm.Boolean" />');
      return inBlock(play, '<EntityType Name="recordOperation" BaseType="graph.commsOperation" OpenType="true">', '<Property Name="recordingDurationInSeconds" Type="Edm.Int32" />');
    }, true);
    const check = run(dir, '--check');
    assert.equal(check.status, 1, check.stderr);
    for (const f of ['models.ts', 'schemas.ts', 'openapi.json']) assert.match(check.stderr, new RegExp(`generated/${f.replace('.', '\\.')}`));
    const r = run(dir);
    assert.equal(r.status, 0, r.stderr);
    const models = readFileSync(join(dir, 'generated', 'models.ts'), 'utf8');
    const body = models.slice(models.indexOf('export interface PlayPromptBody {'));
    assert.match(body.slice(0, body.indexOf('}')), /loop\?: boolean;/);
    const op = models.slice(models.indexOf('export interface RecordOperation {'));
    assert.match(op.slice(0, op.indexOf('}')), /recordingDurationInSeconds\?: number \| null;/);
    const schemas = readFileSync(join(dir, 'generated', 'schemas.ts'), 'utf8');
    assert.match(schemas.slice(schemas.indexOf('export const PlayPromptBodySchema')), /^[^;]*"loop": \{\s*"type": "boolean"/);
    assert.equal(run(dir, '--check').status, 0);
  });
});

test('an upstream file that is not the one the lock pins stops the run, naming the file', () => {
  inScratchCopy((dir) => {
    editUpstream(dir, (t) => t.replace('<Action Name="keepAlive" IsBound="true">', '<Action Name="keepAlive" IsBound="true">\n'), false);
    const r = run(dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /spec\/v1\.0-Prod\.csdl: sha256 is [0-9a-f]{64}, but spec\/upstream\.lock\.json pins/);
    assert.equal(sameAsCommitted(dir).status, 0, 'generated/ left as it was');
  });
});

test('an overlay edit whose target is gone upstream fails the run, naming the edit', () => {
  inScratchCopy((dir) => {
    editUpstream(dir, (t) => {
      const at = t.indexOf('<EntityType Name="commsOperation"');
      const end = t.indexOf('</EntityType>', at);
      return t.slice(0, at) + t.slice(at, end).replace(/\s*<Property Name="status"[^>]*\/>/, '') + t.slice(end);
    }, true);
    const r = run(dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /overlay edit "operation-status-nullable": upstream has no EntityType:commsOperation\/Property:status/);
    assert.equal(sameAsCommitted(dir).status, 0, 'generated/ left as it was');
  });
});
