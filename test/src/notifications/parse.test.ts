import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { NotificationParseError } from '../../../src/errors.js';
import { operationIdFromResource, parseCommsNotifications } from '../../../src/notifications/parse.js';
import { normalizeOperationId } from '../../../src/notifications/tracker.js';
import { SEED_LOCATION_CALL, SEED_LOCATION_OPERATION, SEED_NOTIFICATION } from '../../support/seed.js';

function note(overrides: Record<string, unknown> = {}, data: Record<string, unknown> = {}) {
  return {
    value: [
      {
        changeType: 'deleted',
        resourceUrl: '/communications/calls/c1/operations/op1',
        resourceData: { '@odata.type': '#microsoft.graph.commsOperation', status: 'completed', ...data },
        ...overrides,
      },
    ],
  };
}

function parseError(body: unknown, limits?: Parameters<typeof parseCommsNotifications>[1]): NotificationParseError {
  try {
    parseCommsNotifications(body, limits);
  } catch (e) {
    assert.ok(e instanceof NotificationParseError, `expected NotificationParseError, got ${String(e)}`);
    return e;
  }
  assert.fail('expected the body to be refused');
}

describe('parseCommsNotifications', () => {
  it('parses the seed notification, and its resource names the seed Location operation', () => {
    const parsed = parseCommsNotifications(SEED_NOTIFICATION);
    assert.equal(parsed.value.length, 1);
    const [n] = parsed.value;
    assert.equal(n!.changeType, 'deleted');
    const op = n!.resourceData as Record<string, unknown>;
    assert.equal(op.status, 'completed');
    assert.equal(op.clientContext, 'd45324c1-fcb5-430a-902c-f20af696537c');
    assert.equal(op['@odata.etag'], 'W/"54451"');
    const ids = operationIdFromResource(n!.resource!);
    assert.ok(ids);
    assert.equal(normalizeOperationId(ids.operationId), normalizeOperationId(SEED_LOCATION_OPERATION));
    assert.equal(normalizeOperationId(ids.callId), normalizeOperationId(SEED_LOCATION_CALL));
  });

  it('takes bytes, a Buffer and an already-parsed object alike', () => {
    const fromBytes = parseCommsNotifications(new TextEncoder().encode(SEED_NOTIFICATION));
    const fromBuffer = parseCommsNotifications(Buffer.from(`\uFEFF${SEED_NOTIFICATION}`));
    const fromObject = parseCommsNotifications(JSON.parse(SEED_NOTIFICATION));
    assert.deepEqual(fromBytes, fromObject);
    assert.deepEqual(fromBuffer, fromObject);
  });

  it('accepts resourceUrl or resource', () => {
    assert.equal(parseCommsNotifications(note()).value[0]!.resourceUrl, '/communications/calls/c1/operations/op1');
    const legacy = parseCommsNotifications(note({ resourceUrl: undefined, resource: '/app/calls/c1/operations/op1' }));
    assert.equal(legacy.value[0]!.resource, '/app/calls/c1/operations/op1');
  });

  it('accepts resourceData as an array', () => {
    const parsed = parseCommsNotifications(
      note({ resourceData: [{ '@odata.type': '#microsoft.graph.commsOperation', status: 'Running' }, { status: 'FAILED' }] }),
    );
    const items = parsed.value[0]!.resourceData as Record<string, unknown>[];
    assert.deepEqual(
      items.map((i) => i.status),
      ['running', 'failed'],
    );
  });

  it('accepts a null status (more notifications follow)', () => {
    const op = parseCommsNotifications(note({}, { status: null })).value[0]!.resourceData as Record<string, unknown>;
    assert.equal(op.status, null);
  });

  it('reads enums case-insensitively and answers in wire casing', () => {
    const parsed = parseCommsNotifications(note({ changeType: 'Deleted' }, { status: 'Completed' }));
    assert.equal(parsed.value[0]!.changeType, 'deleted');
    assert.equal((parsed.value[0]!.resourceData as Record<string, unknown>).status, 'completed');
  });

  it('keeps unknown properties at every level', () => {
    const parsed = parseCommsNotifications({
      '@odata.type': '#microsoft.graph.commsNotifications',
      extraTop: 1,
      value: [{ ...note().value[0], extraNote: { a: [1, 2] }, resourceData: { status: 'completed', extraOp: 'x' } }],
    });
    assert.equal((parsed as unknown as Record<string, unknown>).extraTop, 1);
    assert.deepEqual(parsed.value[0]!.extraNote, { a: [1, 2] });
    assert.equal((parsed.value[0]!.resourceData as Record<string, unknown>).extraOp, 'x');
  });

  it('keeps a resourceData of an unknown @odata.type untyped instead of refusing it', () => {
    const call = { '@odata.type': '#microsoft.graph.call', state: 'established', status: 'not-an-operation-status' };
    const parsed = parseCommsNotifications(note({ resourceData: call }));
    assert.deepEqual(parsed.value[0]!.resourceData, call);
  });

  it('dispatches cancelMediaProcessingOperation by @odata.type and checks it', () => {
    const parsed = parseCommsNotifications(note({}, { '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation', all: true }));
    assert.equal((parsed.value[0]!.resourceData as Record<string, unknown>).all, true);
    assert.equal(parseError(note({}, { '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation', all: 'yes' })).path, '/value/0/resourceData/all');
  });

  it('names the JSON pointer of the first bad place', () => {
    assert.equal(parseError('[1,2]').path, '');
    assert.equal(parseError({ value: 'x' }).path, '/value');
    assert.equal(parseError({}).path, '/value');
    assert.equal(parseError(note({ changeType: 'moved' })).path, '/value/0/changeType');
    assert.equal(parseError(note({}, { status: 7 })).path, '/value/0/resourceData/status');
    assert.equal(parseError(note({}, { resultInfo: { code: 'x', subcode: 1 } })).path, '/value/0/resourceData/resultInfo/code');
    assert.equal(parseError(note({ resourceData: [{ status: 'completed' }, { status: 7 }] })).path, '/value/0/resourceData/1/status');
    assert.equal(parseError(note({ resourceUrl: undefined })).path, '/value/0/resourceUrl');
    assert.equal(parseError('{"value": [').path, '');
    assert.equal(parseError(new Uint8Array([0x7b, 0xff, 0x7d])).path, '');
  });

  it('refuses a 10 MB body before looking at its content', () => {
    // Both bodies are also too deep and not JSON: being told "too large" shows that size was checked first.
    const huge = '['.repeat(10 * 1024 * 1024);
    assert.match(parseError(huge).message, /larger than 1048576 bytes/);
    assert.match(parseError(Buffer.from(huge)).message, /larger than 1048576 bytes/);
  });

  it('refuses 10,000-deep nesting from the raw text and names where it went too deep', () => {
    const deep = `{"value":[{"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}]}`;
    const e = parseError(deep);
    assert.match(e.message, /nested deeper than 32 levels/); // the pre-scan's words: JSON.parse would have accepted it
    assert.equal(e.path, `/value/0/x${'/0'.repeat(29)}`);
    // brackets inside strings do not count
    const text = '"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{{{{\\';
    assert.equal(parseCommsNotifications(JSON.stringify(note({ text }))).value[0]!.text, text);
  });

  it('finds too-deep nesting in the raw text exactly where the parsed value has it, whatever its strings hold', () => {
    const tricky = fc.string({ unit: fc.constantFrom('"', '\\', '[', ']', '{', '}', 'a'), maxLength: 8 });
    const { json } = fc.letrec<{ json: unknown }>((tie) => ({
      json: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tricky, fc.array(tie('json'), { maxLength: 3 }), fc.dictionary(tricky, tie('json'), { maxKeys: 3 })),
    }));
    const depthOf = (v: unknown): number => (typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depthOf)) : 0);
    fc.assert(
      fc.property(json, fc.integer({ min: 3, max: 6 }), (x, maxDepth) => {
        // Levels: the body, value, the notification; then resourceData's one, or x's own.
        const body = JSON.stringify({ value: [{ ...note().value[0], x }] });
        let message = '';
        try {
          parseCommsNotifications(body, { maxDepth });
        } catch (e) {
          message = (e as Error).message;
        }
        assert.equal(/: nested deeper than/.test(message), 3 + Math.max(1, depthOf(x)) > maxDepth, message);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses deep nesting in an already-parsed value, including a cycle', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    assert.equal(parseError({ value: [{ ...note().value[0], x: deep }] }).path.slice(0, 13), '/value/0/x/0/');
    const cyclic: Record<string, unknown> = { ...note().value[0] };
    cyclic.self = cyclic;
    assert.match(parseError({ value: [cyclic] }).message, /deeper than 32/);
  });

  it('bounds the number of items and honours custom limits', () => {
    const many = { value: Array.from({ length: 1001 }, () => note().value[0]) };
    assert.equal(parseError(many).path, '/value');
    assert.equal(parseCommsNotifications(many, { maxItems: 2000 }).value.length, 1001);
    assert.equal(parseError(JSON.stringify(note()), { maxBytes: 20 }).path, '');
    assert.equal(parseError(JSON.stringify(note()), { maxDepth: 3 }).path, '/value/0/resourceData');
    assert.throws(() => parseCommsNotifications('{}', { maxBytes: 0 }), RangeError);
  });
});

describe('parseCommsNotifications: a pre-parsed body whose getters or Proxy traps throw', () => {
  const thrower = (value: unknown) => () => {
    throw value;
  };

  it('wraps whatever they throw in NotificationParseError, naming where', () => {
    const getterOnValue = Object.defineProperty({}, 'value', { enumerable: true, get: thrower(new Error('getter')) });
    assert.equal(parseError(getterOnValue).path, '');
    const deepGetter = note();
    Object.defineProperty(deepGetter.value[0]!.resourceData, 'status', { enumerable: true, get: thrower(null) });
    assert.equal(parseError(deepGetter).path, '/value/0/resourceData');
    const ownKeys = new Proxy({}, { ownKeys: thrower('no keys') });
    assert.equal(parseError({ value: [ownKeys] }).path, '/value/0');
    const prototype = new Proxy({}, { getPrototypeOf: thrower(new TypeError('no prototype')) });
    parseError(prototype);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    parseError(proxy);
    parseError({ value: [proxy] });
    const isArrayTrap = new Proxy([], { get: thrower(Object.create(null)) });
    parseError({ value: isArrayTrap });
  });

  it('keeps the thrown value as cause and says what it was', () => {
    const boom = new Error('boom');
    const e = parseError(Object.defineProperty({}, 'value', { enumerable: true, get: thrower(boom) }));
    assert.equal(e.cause, boom);
    assert.match(e.message, /boom/);
  });
});

describe('operationIdFromResource', () => {
  it('reads relative resources, absolute Location-style URLs and encoded ids', () => {
    assert.deepEqual(operationIdFromResource('/app/calls/A/operations/B'), { callId: 'A', operationId: 'B' });
    assert.deepEqual(operationIdFromResource('https://graph.microsoft.com/beta/communications/calls/a%2Fb/operations/c?x=1'), {
      callId: 'a/b',
      operationId: 'c',
    });
    assert.deepEqual(operationIdFromResource('/app/calls/A/operations/B/'), { callId: 'A', operationId: 'B' });
  });

  it('answers undefined for anything that is not an operation resource', () => {
    for (const r of ['/app/calls/A', '/app/calls/A/participants/B', '/operations/B', '', '/app/calls/A/operations/%E0%A4%A']) {
      assert.equal(operationIdFromResource(r), undefined, r);
    }
  });
});

describe('parseCommsNotifications without Buffer (as in a browser)', () => {
  it('counts a string body in UTF-8 bytes: multi-byte characters and surrogate pairs included', () => {
    const saved = globalThis.Buffer;
    // Deleting the global is what a browser bundle sees; the property is restored whatever happens.
    (globalThis as { Buffer?: unknown }).Buffer = undefined;
    try {
      const body = JSON.stringify({ value: [{ changeType: 'updated', resourceUrl: '/communications/calls/c', resourceData: { subject: 'é😀' } }] });
      const bytes = new TextEncoder().encode(body).byteLength;
      assert.equal(parseCommsNotifications(body, { maxBytes: bytes }).value.length, 1);
      assert.throws(() => parseCommsNotifications(body, { maxBytes: bytes - 1 }), /larger than/);
    } finally {
      globalThis.Buffer = saved;
    }
  });
});
