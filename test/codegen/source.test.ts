import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { LOCK_FILE, readUpstream } from '../../codegen/source.js';

function specDir(text: string, sha256: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'graph-comms-source-'));
  writeFileSync(join(dir, 'up.csdl'), text);
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ repository: 'https://example/r', path: 'schemas/up.csdl', commit: 'abc', file: 'up.csdl', sha256, bytes: text.length }));
  return dir;
}
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

test('source: the file whose sha256 is the lock\'s is read', () => {
  const dir = specDir('<x/>', sha('<x/>'));
  try {
    assert.equal(readUpstream(dir).text, '<x/>');
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('source: any other file stops the run, naming the file and the pinned commit', () => {
  const dir = specDir('<x/> edited', sha('<x/>'));
  try {
    assert.throws(() => readUpstream(dir), (e: Error) => /spec\/up\.csdl: sha256 is [0-9a-f]{64}, but spec\/upstream\.lock\.json pins/.test(e.message) && e.message.includes('@ abc'));
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('source: a lock without a commit is refused', () => {
  const dir = specDir('<x/>', sha('<x/>'));
  try {
    writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ repository: 'r', path: 'p', file: 'up.csdl', sha256: sha('<x/>') }));
    assert.throws(() => readUpstream(dir), /"commit" is missing/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});
