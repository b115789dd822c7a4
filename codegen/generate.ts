// Stage 4: the real openapi-generator (typescript-fetch), run through the npm wrapper on the OpenAPI document in a
// scratch folder; the TypeScript it writes is read back into memory for post-processing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { OpenApiDoc } from './convert.js';
import { ensureJar, ensureJava } from './jar.js';

/** The generator's options: each one is there for a reason given in codegen/README.md. */
export const GENERATOR_OPTIONS = {
  supportsES6: 'true',
  modelPropertyNaming: 'original',
  enumPropertyNaming: 'original',
  importFileExtension: '.js',
  stringEnums: 'false',
};

export function runGenerator(root: string, doc: OpenApiDoc, log: (s: string) => void = () => {}): Map<string, string> {
  ensureJava();
  ensureJar(root, log);
  const work = mkdtempSync(join(tmpdir(), 'graph-comms-codegen-'));
  try {
    const input = join(work, 'openapi.json');
    writeFileSync(input, JSON.stringify(doc, null, 2));
    const props = Object.entries(GENERATOR_OPTIONS).map(([k, v]) => `${k}=${v}`).join(',');
    const r = spawnSync(
      join(root, 'node_modules', '.bin', 'openapi-generator-cli'),
      ['generate', '-g', 'typescript-fetch', '-i', input, '-o', join(work, 'out'), `--additional-properties=${props}`,
        '--global-property', 'apiDocs=false,modelDocs=false,apiTests=false,modelTests=false'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, JAVA_TOOL_OPTIONS: '' } },
    );
    if (r.status !== 0) throw new Error(`openapi-generator failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
    const out = new Map<string, string>();
    for (const file of walk(join(work, 'out'))) {
      if (file.endsWith('.ts')) out.set(relative(join(work, 'out'), file), readFileSync(file, 'utf8'));
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}
