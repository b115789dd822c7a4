// The mutation run (scripts/mutate.mjs) is not part of npm test, but its list must never go stale: each planted bug
// must still name code that exists, exactly once, and tests that exist.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
// @ts-expect-error: a plain .mjs module of the scripts, without types
import { MUTANTS } from '../../scripts/mutants.mjs';

test('every mutant applies to exactly one place, and its tests exist', () => {
  assert.ok(MUTANTS.length >= 20);
  for (const [id, file, from, to, tests] of MUTANTS as [string, string, string, string, string[]][]) {
    const text = readFileSync(file, 'utf8');
    assert.equal(text.split(from).length, 2, `mutant "${id}": ${file} must hold ${JSON.stringify(from)} exactly once`);
    assert.notEqual(from, to, id);
    for (const t of tests) assert.ok(existsSync(t), `mutant "${id}": ${t} is missing`);
  }
});
