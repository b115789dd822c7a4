// `npm run generate` writes generated/ from spec/; `npm run generate -- --check` only compares, and exits 1 naming
// the files where generated/ is not what spec/ gives. A stage that fails stops the run with its message (exit 1)
// and leaves generated/ as it was.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateFromSpec } from './pipeline.js';
import { diffGenerated, writeGenerated } from './write.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const quiet = process.argv.includes('--quiet');
const log = (s: string) => quiet || console.log(`codegen ${s}`);

const started = Date.now();
let files: Map<string, string>;
try {
  files = generateFromSpec(root, join(root, 'spec'), log);
} catch (e) {
  console.error(`codegen: ${(e as Error).message}`);
  process.exit(1);
}
const dir = join(root, 'generated');
if (check) {
  const differ = diffGenerated(dir, files);
  if (differ.length) {
    console.error(`generated/ differs from what spec/ gives (run npm run generate):\n${differ.map((f) => `  generated/${f}`).join('\n')}`);
    process.exit(1);
  }
  log(`check: generated/ is up to date (${files.size} files, ${Date.now() - started} ms)`);
} else {
  const changed = writeGenerated(dir, files);
  log(`write: ${changed.length} file(s) changed in generated/ (${Date.now() - started} ms)`);
}
