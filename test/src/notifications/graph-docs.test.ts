// Every commsNotifications example published on Microsoft's Graph v1.0 API pages (test/fixtures/graph-docs/,
// one file per payload, each with the page and commit it came from) must get through the SDK's own intake:
// parse, dispatch to the tracker, and narrow to typed entities. The folder is listed, so a new fixture is
// tested without editing this file.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { CommsNotification, CommsNotifications, CommsOperation } from '../../../generated/index.js';
import { NotificationParseError } from '../../../src/errors.js';
import * as guards from '../../../generated/guards.js';
import { parseCommsNotifications } from '../../../src/notifications/parse.js';
import { OperationTracker } from '../../../src/notifications/tracker.js';

const DIR = new URL('../../fixtures/graph-docs/', import.meta.url);
const SOURCE = /^microsoftgraph\/microsoft-graph-docs-contrib api-reference\/v1\.0\/api\/([a-z0-9-]+)\.md @ [0-9a-f]{40} \(.+\)$/;

/**
 * Published payloads today's schema refuses, by file name, with the parser's JSON pointer and message. Empty
 * now: every resourceData in the docs names a type outside the spec slice's discriminator mapping (call,
 * participant, playPromptOperation, ...), and such entities are kept untyped. When the schema learns a type,
 * a payload it then refuses must be listed here (or the schema made as lenient as the wire); one it accepts
 * again must be removed, or the test fails.
 */
const KNOWN_PARSE_FAILURES: Readonly<Record<string, { path: string; message: string }>> = {};

interface Fixture {
  file: string;
  source: string;
  payload: unknown;
}

const fixtures: Fixture[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((file) => ({ file, ...(JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Omit<Fixture, 'file'>) }));
const expectedToParse = fixtures.filter((f) => !Object.hasOwn(KNOWN_PARSE_FAILURES, f.file));

const FINAL = new Set(['completed', 'failed']);
const CHANGE_TYPES = new Set(['created', 'updated', 'deleted']);
const NOT_SETTLED = Symbol('not settled');

/**
 * The published value as the lenient read gives it back: members renamed to the parsed copy's spelling when they
 * differ only in case, and a string of digits where the parsed copy has that number.
 */
function normalised(published: unknown, parsed: unknown): unknown {
  if (typeof published === 'string' && typeof parsed === 'number' && /^-?\d+$/.test(published)) return Number(published);
  if (Array.isArray(published)) return published.map((v, i) => normalised(v, (parsed as unknown[] | undefined)?.[i]));
  if (typeof published !== 'object' || published === null) return published;
  const target = (parsed ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(published).map(([k, v]) => {
      const name = Object.hasOwn(target, k) ? k : (Object.keys(target).find((t) => t.toLowerCase() === k.toLowerCase()) ?? k);
      return [name, normalised(v, target[name])];
    }),
  );
}

/** resourceData is one entity or an array of them; both come out as a list. */
function entities(n: CommsNotification): CommsOperation[] {
  const data = n.resourceData;
  if (data === undefined) return [];
  return (Array.isArray(data) ? data : [data]) as CommsOperation[];
}

/** Operation id as the docs write it: the last segment of a `.../calls/{id}/operations/{id}` path, else the body's id. */
function documentedOperationId(n: CommsNotification, op: CommsOperation): string | undefined {
  for (const ref of [n.resourceUrl, n.resource, op['@odata.id']]) {
    const m = typeof ref === 'string' ? /\/calls\/[^/]+\/operations\/([^/?#]+)$/i.exec(ref) : null;
    if (m) return m[1];
  }
  return typeof op.id === 'string' ? op.id : undefined;
}

/** Final operations of one payload: a single-entity resourceData typed `#microsoft.graph.*Operation`. */
function finalOperations(payload: CommsNotifications): { id: string; op: CommsOperation }[] {
  return payload.value.flatMap((n) => {
    const data = n.resourceData;
    if (data === undefined || Array.isArray(data)) return [];
    const type = data['@odata.type'];
    if (typeof type !== 'string' || !/Operation$/.test(type) || !FINAL.has(String((data as CommsOperation).status))) return [];
    const op = data as CommsOperation;
    const id = documentedOperationId(n, op);
    return id === undefined ? [] : [{ id, op }];
  });
}

/** The promise's value if it settled within this turn of the event loop, else NOT_SETTLED (no waiting on time). */
function settledNow<T>(p: Promise<T>): Promise<T | typeof NOT_SETTLED> {
  return Promise.race([p, new Promise<typeof NOT_SETTLED>((resolve) => setImmediate(() => resolve(NOT_SETTLED)))]);
}

describe('Graph docs commsNotifications examples', () => {
  it('are there, one payload per file, each naming its page and commit', () => {
    assert.ok(fixtures.length >= 60, `only ${fixtures.length} fixtures found in ${DIR.pathname}`);
    for (const { file, source, payload } of fixtures) {
      const m = SOURCE.exec(source);
      assert.ok(m, `${file}: source line ${JSON.stringify(source)}`);
      assert.equal(file.replace(/(-\d+)?\.json$/, ''), m[1], `${file}: named after its page`);
      assert.equal(typeof payload, 'object', file);
      assert.ok(Array.isArray((payload as { value?: unknown }).value), `${file}: payload has a value array`);
    }
  });

  it('every listed known failure names a fixture that exists', () => {
    const names = new Set(fixtures.map((f) => f.file));
    for (const file of Object.keys(KNOWN_PARSE_FAILURES)) assert.ok(names.has(file), `stale entry ${file}`);
  });

  it('parse, from the raw text, except exactly the known failures, which fail where listed', () => {
    for (const { file, payload } of fixtures) {
      const known = KNOWN_PARSE_FAILURES[file];
      if (known) {
        assert.throws(
          () => parseCommsNotifications(JSON.stringify(payload)),
          (e: unknown) => e instanceof NotificationParseError && e.path === known.path && e.message.endsWith(known.message),
          `${file} was expected to fail at ${known.path}`,
        );
      } else {
        assert.doesNotThrow(() => parseCommsNotifications(JSON.stringify(payload)), file);
      }
    }
  });

  it('narrow: each notification has a changeType, a resource, and typed entities', () => {
    for (const { file, payload } of expectedToParse) {
      const parsed = parseCommsNotifications(JSON.stringify(payload));
      assert.ok(parsed.value.length > 0, file);
      for (const n of parsed.value) {
        assert.ok(CHANGE_TYPES.has(n.changeType), `${file}: changeType ${n.changeType}`);
        assert.ok(typeof (n.resourceUrl ?? n.resource) === 'string', `${file}: resource or resourceUrl`);
        for (const entity of entities(n)) {
          assert.equal(typeof entity, 'object', file);
          const type = String(entity['@odata.type']);
          assert.match(type, /^#microsoft\.graph\.[a-zA-Z]+$/, `${file}: entity @odata.type`);
          // Each call, participant and operation narrows with its own generated guard (and the resource guard).
          const name = type.slice('#microsoft.graph.'.length);
          const guard = (guards as Record<string, (v: unknown) => boolean>)[`is${name[0]!.toUpperCase()}${name.slice(1)}`];
          if (/^(call|participant|\w+Operation)$/.test(name)) {
            assert.ok(guard?.(entity), `${file}: is${name} narrows it`);
            assert.ok(guards.isCommsResource(entity), `${file}: isCommsResource narrows it`);
          }
        }
      }
      // Parsing copies rather than trims: nothing Graph sent is lost on the way in, only normalised where Graph is
      // known to vary (a member's case, an integer sent as a string).
      assert.deepEqual(normalised(payload, parsed), parsed, `${file}: parsed value is the published payload, normalised`);
    }
  });

  it('dispatch: the tracker accepts every payload and settles only final operations', () => {
    for (const { file, payload } of expectedToParse) {
      const parsed = parseCommsNotifications(JSON.stringify(payload));
      const tracker = new OperationTracker();
      assert.doesNotThrow(() => tracker.dispatch(parsed), file);
      assert.equal(tracker.pendingCount, finalOperations(parsed).length, `${file}: final operations kept for a waiter`);
    }
  });

  it('a waiter on each final operation resolves with the published status, before or after it arrives', async () => {
    const finals = expectedToParse.flatMap(({ file, payload }) =>
      finalOperations(parseCommsNotifications(JSON.stringify(payload))).map((f) => ({ file, payload, ...f })),
    );
    assert.ok(finals.length >= 10, `only ${finals.length} final operations among the fixtures`);
    for (const { file, payload, id, op } of finals) {
      const early = new OperationTracker();
      const abort = new AbortController();
      const waiting = early.waitFor(id, { signal: abort.signal });
      early.dispatch(parseCommsNotifications(JSON.stringify(payload)));
      const got = await settledNow(waiting);
      abort.abort();
      assert.notEqual(got, NOT_SETTLED, `${file}: waiter on ${id} did not resolve`);
      assert.equal((got as CommsOperation).status, op.status, file);
      assert.deepEqual((got as CommsOperation).resultInfo, op.resultInfo, file);
      assert.equal(early.pendingCount, 0, `${file}: handed to the waiter, not kept`);

      const late = new OperationTracker();
      late.dispatch(parseCommsNotifications(JSON.stringify(payload)));
      assert.equal((await late.waitFor(id)).status, op.status, `${file}: kept until asked for`);
    }
  });
});
