import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { classArchive } from '../../codegen/cds.js';

const java17 = { version: 'openjdk version "17.0.15" 2025-04-15', major: 17 };

test('cds: a run without an archive writes one under its own name; a successful run puts it in place for the next', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graph-comms-cds-'));
  try {
    const jar = join(dir, 'g.jar');
    writeFileSync(jar, 'jar');
    const first = classArchive(jar, java17, join(dir, 'cache'));
    const [flag] = first.flags;
    assert.match(flag!, /^-XX:ArchiveClassesAtExit=.*\.tmp$/);
    writeFileSync(flag!.split('=')[1]!, 'archive'); // what the JVM writes at exit
    first.finish(true);
    const next = classArchive(jar, java17, join(dir, 'cache'));
    assert.match(next.flags[0]!, /^-XX:SharedArchiveFile=.*\.jsa$/);
    assert.ok(existsSync(next.flags[0]!.split('=')[1]!));
    assert.deepEqual(classArchive(jar, { ...java17, version: 'openjdk version "21"' }, join(dir, 'cache')).flags[0]!.slice(0, 25), '-XX:ArchiveClassesAtExit=', 'one archive per runtime');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cds: a failed run leaves no archive behind; Java before 13 gets no flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graph-comms-cds-'));
  try {
    const jar = join(dir, 'g.jar');
    writeFileSync(jar, 'jar');
    const run = classArchive(jar, java17, join(dir, 'cache'));
    writeFileSync(run.flags[0]!.split('=')[1]!, 'half');
    run.finish(false);
    assert.deepEqual(readdirSync(join(dir, 'cache')), []);
    assert.deepEqual(classArchive(jar, { version: 'openjdk version "11.0.2"', major: 11 }, join(dir, 'cache')).flags, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
