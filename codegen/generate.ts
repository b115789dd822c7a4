// Stage 6: the real openapi-generator (typescript-fetch, the JAR pinned in openapitools.json) on the OpenAPI
// document, with the templates of codegen/templates/ in place of the generator's own: models as plain interfaces,
// the request descriptors and the client's method interface. It writes into a scratch folder; the files are read
// back into memory for post-processing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { OpenApiDoc } from './openapi/types.js';
import { classArchive } from './cds.js';
import { ensureJar, ensureJava } from './jar.js';

/** The generator's options: each one is there for a reason given in codegen/README.md. */
export const GENERATOR_OPTIONS = {
  supportsES6: 'true',
  withoutRuntimeChecks: 'true',
  dateLibrary: 'string',
  modelPropertyNaming: 'original',
  enumPropertyNaming: 'PascalCase',
  importFileExtension: '.js',
  sortModelPropertiesByRequiredFlag: 'false',
  sortParamsByRequiredFlag: 'false',
};

/** What the post-processing reads of the generator's output. */
export const GENERATED_FILES = ['models/index.ts', 'requests.ts', 'methods.ts'];

export function runGenerator(root: string, doc: OpenApiDoc, log: (s: string) => void = () => {}): Map<string, string> {
  const java = ensureJava();
  const jar = ensureJar(root, log);
  const archive = classArchive(jar.path, java);
  const templates = join(root, 'codegen', 'templates');
  const work = mkdtempSync(join(tmpdir(), 'graph-comms-codegen-'));
  try {
    const input = join(work, 'openapi.json');
    const out = join(work, 'out');
    writeFileSync(input, JSON.stringify(doc));
    // The ignore file is read from the output folder: what it names is not even rendered.
    mkdirSync(out);
    copyFileSync(join(templates, 'generator-ignore'), join(out, '.openapi-generator-ignore'));
    const props = Object.entries(GENERATOR_OPTIONS).map(([k, v]) => `${k}=${v}`).join(',');
    const r = spawnSync(
      'java',
      // C1 only: a run this short is over before the optimising compiler would pay for itself.
      ['-XX:TieredStopAtLevel=1', ...archive.flags, '-jar', jar.path, 'generate', '-g', 'typescript-fetch', '-i', input, '-o', out,
        '-t', templates, '-c', join(templates, 'config.yaml'), `--additional-properties=${props}`,
        '--global-property', 'apiDocs=false,modelDocs=false,apiTests=false,modelTests=false'],
      { cwd: root, encoding: 'utf8', env: { ...process.env, JAVA_TOOL_OPTIONS: '' }, maxBuffer: 64 * 1024 * 1024 },
    );
    archive.finish(r.status === 0);
    if (r.status !== 0) throw new Error(`openapi-generator failed (${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
    const files = new Map<string, string>();
    for (const file of walk(out)) {
      const path = relative(out, file);
      if (GENERATED_FILES.includes(path)) files.set(path, readFileSync(file, 'utf8'));
    }
    const missing = GENERATED_FILES.filter((f) => !files.has(f));
    if (missing.length) throw new Error(`openapi-generator wrote no ${missing.join(', ')}:\n${r.stdout}`);
    return files;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}
