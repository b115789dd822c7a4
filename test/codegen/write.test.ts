import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffGenerated, writeGenerated } from '../../codegen/write.js';

test('write: --check names changed, missing and stale files; writing removes the stale ones and their empty folders', () => {
  const dir = mkdtempSync(join(tmpdir(), 'graph-comms-write-'));
  try {
    mkdirSync(join(dir, 'models'));
    writeFileSync(join(dir, 'models', 'Old.ts'), 'old');
    writeFileSync(join(dir, 'same.ts'), 'same');
    writeFileSync(join(dir, 'changed.ts'), 'before');
    const files = new Map([['same.ts', 'same'], ['changed.ts', 'after'], ['new.ts', 'new']]);
    assert.deepEqual(diffGenerated(dir, files), ['changed.ts', 'models/Old.ts', 'new.ts']);
    writeGenerated(dir, files);
    assert.deepEqual(diffGenerated(dir, files), []);
    assert.equal(readFileSync(join(dir, 'changed.ts'), 'utf8'), 'after');
    assert.equal(existsSync(join(dir, 'models')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
