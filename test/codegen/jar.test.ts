// The JAR comes from the project's own files on a fresh machine: the npm wrapper, or Maven when the wrapper
// cannot fetch it. This forces the second path: a scratch root with no wrapper installed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureJar, pinnedJar } from '../../codegen/jar.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

test('without the npm wrapper, the pinned JAR comes from Maven Central into the wrapper storage folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graph-comms-jar-'));
  try {
    copyFileSync(join(root, 'openapitools.json'), join(dir, 'openapitools.json'));
    const logs: string[] = [];
    const jar = ensureJar(dir, (s) => logs.push(s));
    assert.equal(jar.path, pinnedJar(dir).path);
    assert.ok(jar.path.endsWith(`.openapi-generator-jar/${pinnedJar(root).version}.jar`));
    assert.ok(statSync(jar.path).size > 10_000_000, 'a whole generator JAR');
    assert.ok(logs.some((l) => l.includes('mvn dependency:copy')), logs.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
