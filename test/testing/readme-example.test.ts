// The README's "Testing your bot" example, taken from the README as it is and run as a user runs it (in a fresh
// process that must finish on its own), with the package's two entry points read from src/: the example cannot
// rot without this failing.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MARKER = '<!-- example: testing-your-bot';

function example(): string {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const at = readme.indexOf(MARKER);
  assert.ok(at >= 0, 'the README marks its testing example');
  const block = /```ts\n([\s\S]*?)\n```/.exec(readme.slice(at));
  assert.ok(block, 'a ts block follows the marker');
  return block[1]!;
}

test('the README example: a simulated call is answered, the prompt plays, its completion is awaited', { timeout: 60_000 }, () => {
  const code = example();
  assert.ok(code.split('\n').length <= 40, 'about 30 lines');
  const entry = (file: string) => pathToFileURL(join(root, file)).href;
  const runnable = code
    .replace(/from 'graph-comms-sdk\/testing'/, `from '${entry('src/testing/index.ts')}'`)
    .replace(/from 'graph-comms-sdk'/, `from '${entry('src/index.ts')}'`);
  assert.doesNotMatch(runnable, /from 'graph-comms-sdk/, 'both entry points were replaced');
  const dir = mkdtempSync(join(tmpdir(), 'graph-comms-readme-'));
  try {
    writeFileSync(join(dir, 'example.mts'), runnable);
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'example.mts')], { cwd: root, encoding: 'utf8', timeout: 50_000 });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout.trim(), 'completed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
