// The openapi-generator JAR, at the version pinned in openapitools.json. The npm wrapper downloads it into its
// storage folder; where that download cannot reach, Maven fetches the same artifact from Maven Central.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface JarInfo {
  version: string;
  path: string;
}

export function pinnedJar(root: string): JarInfo {
  const cfg = JSON.parse(readFileSync(join(root, 'openapitools.json'), 'utf8'))['generator-cli'];
  return { version: cfg.version, path: join(root, cfg.storageDir, `${cfg.version}.jar`) };
}

/** The Java runtime on PATH: its version line (`openjdk version "17.0.15" …`) and major version. */
export function ensureJava(): { version: string; major: number } {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error('openapi-generator needs a Java runtime (11 or newer; the project uses 17) on PATH to regenerate generated/.');
  }
  const version = r.stderr.split('\n')[0]!.trim();
  const m = /version "(?:1\.)?(\d+)/.exec(version);
  return { version, major: m ? Number(m[1]) : 0 };
}

export function ensureJar(root: string, log: (s: string) => void = () => {}): JarInfo {
  const jar = pinnedJar(root);
  if (existsSync(jar.path)) return jar;
  log(`openapi-generator ${jar.version}: downloading through the npm wrapper`);
  const wrapper = spawnSync(join(root, 'node_modules', '.bin', 'openapi-generator-cli'), ['version'], { cwd: root, encoding: 'utf8' });
  if (wrapper.status === 0 && existsSync(jar.path)) return jar;
  log(`the wrapper could not download it; asking Maven Central through mvn dependency:copy`);
  const dir = join(root, '.openapi-generator-jar');
  mkdirSync(dir, { recursive: true });
  execFileSync(
    'mvn',
    ['-q', '-B', 'dependency:copy', `-Dartifact=org.openapitools:openapi-generator-cli:${jar.version}:jar`, `-DoutputDirectory=${dir}`],
    { cwd: root, stdio: 'inherit' },
  );
  const copied = join(dir, `openapi-generator-cli-${jar.version}.jar`);
  rmSync(jar.path, { force: true });
  renameSync(copied, jar.path);
  return jar;
}
