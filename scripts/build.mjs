// `npm run build`: regenerate generated/ from spec/ (the pipeline), then compile ESM and CommonJS with .d.ts.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const skipGenerate = process.argv.includes('--no-generate');

if (!skipGenerate) run(process.execPath, ['--import', 'tsx', 'codegen/main.ts', '--quiet']);
rmSync('dist', { recursive: true, force: true });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.cjs.json']);
// The package is "type": "module"; this marks the CommonJS half as CommonJS for Node and for TypeScript.
writeFileSync('dist/cjs/package.json', '{\n  "type": "commonjs"\n}\n');
