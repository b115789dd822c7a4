// Runs every test/**/*.test.ts under node:test (Node 20's --test takes no globs), with tsx as the loader.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// A regression that loops (an unbounded 401 refresh, a wait that never settles) must fail the run, not hang it.
// Node 20 applies --test-timeout to each test file as a whole (its child process), so this bounds the slowest
// file: test/codegen/regenerate.test.ts, about 30 s alone and 50 s in a full run on 2 shared cores.
const FILE_TIMEOUT_MS = 180_000;

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
