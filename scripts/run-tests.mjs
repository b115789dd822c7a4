// Runs every test/**/*.test.ts under node:test (Node 20's --test takes no globs), with tsx as the loader.
import { spawn } from 'node:child_process';
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
const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', `--test-timeout=${FILE_TIMEOUT_MS}`, ...files], {
  stdio: ['inherit', 'pipe', 'inherit'],
});
// The runner's TAP goes through as it comes; its closing counts are read on the way, so that the output ends with
// one summary line of its own ("tests: N passed, N failed, N skipped").
const counts = {};
let tail = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  const lines = (tail + chunk.toString('utf8')).split('\n');
  tail = lines.pop() ?? '';
  for (const line of lines) {
    const m = /^# (pass|fail|skipped|todo|cancelled) (\d+)$/.exec(line);
    if (m) counts[m[1]] = Number(m[2]);
  }
});
child.on('close', (code, signal) => {
  const failed = (counts.fail ?? 0) + (counts.cancelled ?? 0);
  console.log(`tests: ${counts.pass ?? 0} passed, ${failed} failed, ${counts.skipped ?? 0} skipped`);
  process.exit(code ?? (signal ? 1 : 0));
});
