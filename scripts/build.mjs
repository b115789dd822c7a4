// `npm run build`: the package, from src/ and the committed generated/ (no Java needed; `--generate` regenerates
// generated/ from spec/ first): one bundled file per format (ESM, CommonJS, and a browser ESM with the fetch-only
// transport), beside tsc's .d.ts trees.
// One file rather than ~40 modules: a cold `import` costs resolution, a read and a compile per module file.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// `--no-generate` is what it always is now; it stays accepted for the scripts that pass it.
if (process.argv.includes('--generate')) run(process.execPath, ['--import', 'tsx', 'codegen/main.ts', '--quiet']);
rmSync('dist', { recursive: true, force: true });
const tsc = 'node_modules/typescript/bin/tsc';
run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--emitDeclarationOnly']);
run(process.execPath, [tsc, '-p', 'tsconfig.build.cjs.json', '--emitDeclarationOnly']);
// The package is "type": "module"; this marks the CommonJS half (code and .d.ts) as CommonJS.
writeFileSync('dist/cjs/package.json', '{\n  "type": "commonjs"\n}\n');

const common = {
  bundle: true,
  // Loaded lazily at run time (node-fetch only on Node, jose only to verify callbacks): never bundled in.
  external: ['node-fetch', 'jose', 'node:*'],
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
};
await esbuild.build({ ...common, entryPoints: ['src/index.ts'], platform: 'node', format: 'esm', outfile: 'dist/esm/index.js' });
await esbuild.build({ ...common, entryPoints: ['src/index.ts'], platform: 'node', format: 'cjs', outfile: 'dist/cjs/index.js' });
// The browser entry composes the client with the browser's platform: no Node transport is reachable from it.
await esbuild.build({ ...common, entryPoints: ['src/index.browser.ts'], platform: 'browser', format: 'esm', outfile: 'dist/browser/index.js' });

/**
 * The testing kit (`graph-comms-sdk/testing`) and the fleet objects (`graph-comms-sdk/redis`) are Node bundles of
 * their own, which the root's never import. What they take from the package root they take from the package
 * itself, so that a bot and these share one copy of the SDK's classes (an error the kit's verifier throws is the
 * NotificationAuthError the bot's handler knows; a Redis waitFor's TimeoutError is the one the bot imports).
 */
const packageRoot = {
  name: 'package-root',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/index\.js$/ }, (args) => (/[/\\]src[/\\](testing|redis)[/\\]/.test(args.importer) ? { path: 'graph-comms-sdk', external: true } : undefined));
  },
};
const testing = { ...common, entryPoints: ['src/testing/index.ts'], platform: 'node', plugins: [packageRoot] };
await esbuild.build({ ...testing, format: 'esm', outfile: 'dist/esm/testing.js' });
await esbuild.build({ ...testing, format: 'cjs', outfile: 'dist/cjs/testing.js' });
// node-redis is the application's: its client is passed in, never imported here, and never bundled.
const fleet = { ...common, external: [...common.external, 'redis', '@redis/*'], entryPoints: ['src/redis/index.ts'], platform: 'node', plugins: [packageRoot] };
await esbuild.build({ ...fleet, format: 'esm', outfile: 'dist/esm/redis.js' });
await esbuild.build({ ...fleet, format: 'cjs', outfile: 'dist/cjs/redis.js' });
console.log('build: dist/esm/index.js, dist/cjs/index.js, dist/browser/index.js, the testing kit in dist/{esm,cjs}/testing.js, the fleet objects in dist/{esm,cjs}/redis.js, with .d.ts trees under dist/esm/src and dist/cjs/src');
