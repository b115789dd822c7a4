// Runs every test/**/*.test.ts under node:test (Node 20's --test takes no globs), with tsx as the loader.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// A regression that loops (an unbounded 401 refresh, a wait that never settles) must fail the run, not hang it.
// Node 20 applies --test-timeout to each test file as a whole (its child process), not to each test, so this
// must fit the slowest file: test/codegen/regenerate.test.ts, about 30 s alone and up to 110 s in a full run on
// 2 cores shared with other work.
const FILE_TIMEOUT_MS = 300_000;

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? find(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

const only = process.argv.slice(2);
const files = (only.length ? only : find('test')).sort();
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', `--test-timeout=${FILE_TIMEOUT_MS}`, ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
