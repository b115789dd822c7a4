import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validate } from '../../src/validate.js';

test('validate: enum values in any case come back in wire case', () => {
  const r = validate('CommsOperation', { status: 'NOTSTARTED' });
  assert.deepEqual(r, { ok: true, value: { status: 'notStarted' } });
});

test('validate: @odata.type picks the subtype schema; an unknown type is kept untyped', () => {
  const sub = validate('CommsOperation', { '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation', all: 'yes' });
  assert.deepEqual(sub, { ok: false, path: '/all', message: 'must be a boolean, not string' });
  const unknown = validate('CommsOperation', { '@odata.type': '#microsoft.graph.call', status: 42 });
  assert.equal(unknown.ok, true);
});

test('validate: closed schemas refuse unknown members; open ones keep them', () => {
  assert.deepEqual(validate('CancelMediaProcessingBody', { all: true, x: 1 }), { ok: false, path: '/x', message: 'is not a member of this type' });
  assert.deepEqual(validate('CommsOperation', { x: { y: [1] } }), { ok: true, value: { x: { y: [1] } } });
});

test('validate: JSON pointers escape ~ and /', () => {
  const r = validate('CommsOperation', { resultInfo: { code: 1, subcode: 'a/b~' } });
  assert.equal(r.ok, false);
  assert.equal(!r.ok && r.path, '/resultInfo/subcode');
  const deep = validate('CommsOperation', { 'a/b~c': { z: null }, resultInfo: { code: 1, subcode: 2, 'x/y': 3 } });
  assert.equal(deep.ok, true);
});

test('validate: int32 range, nullability and required members', () => {
  assert.equal(validate('ResultInfo', { code: 2 ** 31, subcode: 0 }).ok, false);
  assert.deepEqual(validate('ResultInfo', { code: 1 }), { ok: false, path: '/subcode', message: 'is required' });
  assert.deepEqual(validate('CommsOperation', { status: null }), { ok: true, value: { status: null } });
  assert.equal(validate('CommsNotification', { changeType: null, resource: '/x' }).ok, false);
});

test('validate: depth and item limits bound what is walked', () => {
  let nested: unknown = {};
  for (let i = 0; i < 50; i++) nested = { n: nested };
  const r = validate('CommsOperation', nested, { maxDepth: 10 });
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.message : '', /deeper than 10/);
  assert.equal(validate('CommsNotifications', { value: new Array(5).fill({ changeType: 'created', resource: '/x' }) }, { maxItems: 4 }).ok, false);
});

test('validate: a "__proto__" key stays a plain member and never becomes the prototype', () => {
  const input = JSON.parse('{"__proto__":{"polluted":1},"status":"running"}');
  const r = validate<Record<string, unknown>>('CommsOperation', input);
  assert.ok(r.ok);
  assert.equal(Object.getPrototypeOf(r.value), Object.prototype);
  assert.equal((r.value as any).polluted, undefined);
  assert.deepEqual(Object.keys(r.value), ['__proto__', 'status']);
});

test('validate: a hole in a hand-built array is refused where it is, typed items or not (JSON has none)', () => {
  // eslint-disable-next-line no-sparse-arrays
  assert.deepEqual(validate('CommsNotifications', { value: [, ,] }), { ok: false, path: '/value/0', message: 'is a hole in a sparse array' });
  const note = { changeType: 'deleted', resource: '/r' };
  // eslint-disable-next-line no-sparse-arrays
  assert.deepEqual(validate('CommsNotifications', { value: [note, , note] }), { ok: false, path: '/value/1', message: 'is a hole in a sparse array' });
  // eslint-disable-next-line no-sparse-arrays
  assert.equal(validate('CommsOperation', { x: [1, , 3] }).ok, false);
  assert.deepEqual(validate('CommsOperation', { x: [1, undefined, 3] }), { ok: true, value: { x: [1, undefined, 3] } }, 'an explicit undefined is no hole');
});

test('validate: lenient members read what Graph is known to vary, and only below them', () => {
  const varied = {
    '@odata.type': '#microsoft.graph.playPromptOperation',
    id: null,
    status: 'completed',
    completionReason: 'somethingNew',
    resultInfo: { code: '200', subCode: '5001' },
  };
  const note = { changeType: 'deleted', resourceUrl: '/communications/calls/c/operations/o', resourceData: varied };
  const lenient = validate('CommsNotifications', { value: [note] }, { lenientMembers: ['resourceData'] });
  assert.ok(lenient.ok, JSON.stringify(lenient));
  const read = (lenient.value as { value: { resourceData: Record<string, unknown> }[] }).value[0]!.resourceData;
  assert.deepEqual(read.resultInfo, { code: 200, subcode: 5001 }, 'subCode takes the declared name; digit strings become numbers');
  assert.equal(read.id, null);
  assert.equal(read.completionReason, 'somethingNew', 'an enum value the spec does not list yet is kept');
  // Kinds are still checked below a lenient member, and nothing above it is lenient.
  const wrongKind = { ...note, resourceData: { ...varied, resultInfo: { code: 'two hundred', subcode: 1 } } };
  assert.equal((validate('CommsNotifications', { value: [wrongKind] }, { lenientMembers: ['resourceData'] }) as { path?: string }).path, '/value/0/resourceData/resultInfo/code');
  assert.equal((validate('CommsNotifications', { value: [{ ...note, changeType: 'moved' }] }, { lenientMembers: ['resourceData'] }) as { path?: string }).path, '/value/0/changeType');
  assert.equal(validate('CommsNotifications', { value: [note] }).ok, false, 'without the option the same payload is refused');
});
