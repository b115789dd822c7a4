// parseCommsNotifications, by property: whatever arrives (any JSON value, as a value, as text or as bytes; any
// string; any bytes; any JS value a body parser might leave), it returns a commsNotifications or throws
// NotificationParseError with a JSON-pointer path, nothing else. And a well-formed payload is read back whole.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { NotificationParseError } from '../../src/errors.js';
import { parseCommsNotifications } from '../../src/notifications/parse.js';
import { wildString } from './arbitraries.js';

const RUNS = { numRuns: 400, includeErrorInReport: true };
const utf8 = new TextEncoder();
// A JSON pointer: empty, or "/"-prefixed tokens with "~" only as "~0" / "~1".
const POINTER = /^(\/([^~/]|~[01])*)*$/;

/** Parses `body`; the outcome must be a result with a `value` array or a NotificationParseError. */
function parsesOrRefuses(body: unknown): 'parsed' | 'refused' {
  let result: unknown;
  try {
    result = parseCommsNotifications(body);
  } catch (e) {
    assert.ok(e instanceof NotificationParseError, `threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    assert.equal(typeof e.path, 'string');
    assert.match(e.path, POINTER);
    return 'refused';
  }
  assert.ok(Array.isArray((result as { value?: unknown }).value), 'a parsed payload has a value array');
  return 'parsed';
}

const WIRE_STATUS: Record<string, string> = { notstarted: 'notStarted', running: 'running', completed: 'completed', failed: 'failed' };
const changeType = fc.oneof(fc.constantFrom('created', 'updated', 'deleted'), fc.mixedCase(fc.constantFrom('created', 'updated', 'deleted')));
const status = fc.mixedCase(fc.constantFrom('notStarted', 'running', 'completed', 'failed'));
const resource = fc.tuple(fc.uuid(), fc.uuid()).map(([c, o]) => `/app/calls/${c}/operations/${o}`);
const operation = fc.record(
  {
    '@odata.type': fc.constant('#microsoft.graph.commsOperation'),
    status: fc.option(status, { nil: null }),
    clientContext: fc.option(fc.string({ unit: 'binary', maxLength: 40 }), { nil: null }),
    resultInfo: fc.option(fc.record({ code: fc.integer({ min: 0, max: 999 }), subcode: fc.integer({ min: 0, max: 99999 }), message: fc.string() }), { nil: null }),
    extra: fc.jsonValue({ maxDepth: 3 }),
  },
  { requiredKeys: ['@odata.type'] },
);
const notification = fc.record({
  changeType,
  resource,
  resourceData: fc.oneof(operation, fc.array(operation, { maxLength: 3 })),
});
const payload = fc.record({ value: fc.array(notification, { maxLength: 5 }) });

// Near misses: the payload's shape with any JSON value dropped into any place.
const nearMiss = fc.record(
  {
    value: fc.oneof(
      fc.array(
        fc.record(
          {
            changeType: fc.oneof(changeType, fc.jsonValue({ maxDepth: 2 })),
            resource: fc.oneof(resource, fc.jsonValue({ maxDepth: 2 })),
            resourceUrl: fc.oneof(resource, fc.jsonValue({ maxDepth: 2 })),
            resourceData: fc.oneof(operation, fc.array(fc.oneof(operation, fc.jsonValue({ maxDepth: 2 }))), fc.jsonValue({ maxDepth: 3 })),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 4 },
      ),
      fc.jsonValue({ maxDepth: 3 }),
    ),
    '@odata.type': fc.jsonValue({ maxDepth: 1 }),
  },
  { requiredKeys: [] },
);

describe('parseCommsNotifications (property)', () => {
  it('any JSON value, as a value, as text and as bytes: parsed or NotificationParseError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), nearMiss), (v) => {
        const asValue = parsesOrRefuses(v);
        const text = JSON.stringify(v);
        // A value and its own JSON text get the same verdict (an `undefined` member simply disappears in the text).
        if (text !== undefined) {
          assert.equal(parsesOrRefuses(text), asValue);
          assert.equal(parsesOrRefuses(utf8.encode(text)), asValue);
        }
      }),
      RUNS,
    );
  });

  it('any string: parsed or NotificationParseError', () => {
    fc.assert(
      fc.property(fc.oneof(wildString, fc.string({ unit: 'binary', maxLength: 300 }), fc.json().map((j) => j.slice(0, -1))), (s) => {
        parsesOrRefuses(s);
      }),
      RUNS,
    );
  });

  it('any bytes: parsed or NotificationParseError', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 512 }),
      // Valid JSON with one byte flipped: mostly still UTF-8, sometimes not.
      fc.tuple(payload, fc.nat(), fc.integer({ min: 0, max: 255 })).map(([p, at, b]) => {
        const u = utf8.encode(JSON.stringify(p));
        u[at % u.length] = b;
        return u;
      }),
    );
    fc.assert(fc.property(bytes, (b) => void parsesOrRefuses(b)), RUNS);
  });

  it('any JS value a framework might leave on req.body: parsed or NotificationParseError', () => {
    // Sparse arrays have their own case below, so that this property keeps covering everything else.
    const odd = fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withTypedArray: true, withDate: true, withBigInt: true });
    fc.assert(fc.property(fc.oneof(odd, fc.record({ value: fc.array(odd, { maxLength: 3 }) })), (v) => void parsesOrRefuses(v)), RUNS);
  });

  it('an array with holes (a hand-built req.body) is refused with NotificationParseError at its first hole', () => {
    const cases: [unknown, string][] = [
      [[, 1], ''],
      [{ value: [, ,] }, '/value/0'],
      [{ value: [, { changeType: 'deleted' }] }, '/value/0'],
      [{ value: [{ changeType: 'deleted', resource: '/r', resourceData: [, {}] }] }, '/value/0/resourceData/0'],
    ];
    for (const [v, path] of cases) {
      assert.equal(parsesOrRefuses(v), 'refused', JSON.stringify(path));
      assert.throws(() => parseCommsNotifications(v), (e: unknown) => e instanceof NotificationParseError && e.path === path);
    }
    // Otherwise well-formed notifications with holes among them: the hole, and only the hole, is what is refused.
    const holey = fc.sparseArray(notification, { maxLength: 6 }).filter((a) => Object.keys(a).length < a.length);
    fc.assert(
      fc.property(holey, (value) => {
        const firstHole = Array.from(value.keys()).find((i) => !(i in value))!;
        assert.equal(parsesOrRefuses({ value }), 'refused');
        assert.throws(() => parseCommsNotifications({ value }), (e: unknown) => e instanceof NotificationParseError && e.path === `/value/${firstHole}`);
      }),
      RUNS,
    );
  });

  it('a well-formed payload is read back whole: every notification, resource and status (in wire casing)', () => {
    fc.assert(
      fc.property(payload, (p) => {
        for (const body of [p, JSON.stringify(p)]) {
          const out = parseCommsNotifications(body);
          assert.equal(out.value.length, p.value.length);
          out.value.forEach((n, i) => {
            const sent = p.value[i]!;
            assert.equal(n.changeType, sent.changeType.toLowerCase());
            assert.equal(n.resource, sent.resource);
            const got = [n.resourceData].flat() as Record<string, unknown>[];
            const want = [sent.resourceData].flat();
            assert.equal(got.length, want.length);
            got.forEach((op, j) => {
              const w = want[j]!;
              assert.equal(op.status, w.status === undefined || w.status === null ? w.status : WIRE_STATUS[w.status.toLowerCase()]);
              // Unknown members are kept as sent (as text, -0 becomes 0: compare with what the text held).
              assert.deepEqual(op.extra, body === p || w.extra === undefined ? w.extra : JSON.parse(JSON.stringify(w.extra)));
              assert.equal(op.clientContext, w.clientContext);
            });
          });
        }
      }),
      RUNS,
    );
  });
});
