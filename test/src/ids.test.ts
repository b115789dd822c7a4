import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkId, encodeId, idProblem } from '../../src/ids.js';

describe('checkId', () => {
  it('accepts opaque ids as they are', () => {
    for (const id of ['abc', '57dab8b1-894c-409a-b240-bd8beae78896', '57DAB8B1894C409AB240BD8BEAE78896', 'a b', '100%', 'ünï', '...', 'a.b', '😀']) {
      assert.equal(checkId('callId', id), id);
    }
  });

  it('refuses hostile or malformed ids with a TypeError naming the argument', () => {
    const bad: unknown[] = ['', '.', '..', 'a/b', 'a?b', 'a#b', 'a\\b', 'a\nb', 'a\rb', 'a\u0000b', 'a\u007fb', 'a\u0085b', '\ud800', 'x\udc00', undefined, null, 42, {}];
    for (const id of bad) {
      assert.throws(
        () => checkId('operationId', id),
        (e: unknown) => e instanceof TypeError && e.message.startsWith('operationId '),
        `expected ${JSON.stringify(id)} to be refused`,
      );
      assert.notEqual(idProblem(id), undefined);
    }
  });

  it('percent-encodes a checked id as one path segment', () => {
    assert.equal(encodeId('callId', 'a b%c&d'), 'a%20b%25c%26d');
    assert.throws(() => encodeId('callId', 'a/b'), TypeError);
  });
});
