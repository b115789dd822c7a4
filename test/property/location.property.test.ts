// parseOperationLocation, by property: a Location built from any (route, applicationId, callId, operationId,
// version) gives all of them back; a Location with a wrong, missing or extra segment is refused with
// LocationParseError carrying the input; and no string at all makes it throw anything else.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LocationParseError } from '../../src/errors.js';
import { parseOperationLocation } from '../../src/location.js';
import { anyLocationId, wildString } from './arbitraries.js';

const RUNS = { numRuns: 400, includeErrorInReport: true };
const enc = encodeURIComponent;

// The parser does not care which host a Location names (the client's host policy does): any origin, or none.
const origin = fc.constantFrom('https://graph.microsoft.com', 'https://graph.microsoft.us', 'https://microsoftgraph.chinacloudapi.cn', 'http://127.0.0.1:8080', 'https://[::1]:4443', 'HTTPS://Graph.Microsoft.COM', '');
const version = fc.constantFrom(undefined, 'beta', 'v1.0', 'BETA', 'v2');
const route = fc.constantFrom('app' as const, 'applications' as const, 'communications' as const);
// Segment names are case-insensitive; each arrives in a random casing.
const named = (name: string) => fc.mixedCase(fc.constant(name));

interface Parts {
  origin: string;
  version: string | undefined;
  route: 'app' | 'applications' | 'communications';
  applicationId: string;
  callId: string;
  operationId: string;
  slash: boolean;
  names: { route: string; calls: string; operations: string };
}

const parts: fc.Arbitrary<Parts> = fc.record({
  origin,
  version,
  route,
  applicationId: anyLocationId,
  callId: anyLocationId,
  operationId: anyLocationId,
  slash: fc.boolean(),
  names: fc.record({ route: fc.constant(''), calls: named('calls'), operations: named('operations') }),
}).chain((p) => named(p.route).map((routeName) => ({ ...p, names: { ...p.names, route: routeName } })));

/** The path segments of a Location, raw (ids percent-encoded), in order. */
function segments(p: Parts): string[] {
  const head = p.route === 'applications' ? [p.names.route, enc(p.applicationId)] : [p.names.route];
  return [...(p.version ? [p.version] : []), ...head, p.names.calls, enc(p.callId), p.names.operations, enc(p.operationId)];
}

const build = (p: Parts, segs = segments(p)) => `${p.origin}/${segs.join('/')}${p.slash ? '/' : ''}`;

function expected(p: Parts, url: string) {
  return {
    url,
    route: p.route,
    callId: p.callId,
    operationId: p.operationId,
    ...(p.version ? { apiVersion: p.version } : {}),
    ...(p.route === 'applications' ? { applicationId: p.applicationId } : {}),
  };
}

function refuses(location: string): void {
  let thrown: unknown;
  try {
    const parsed = parseOperationLocation(location);
    assert.fail(`accepted ${JSON.stringify(location)} as ${JSON.stringify(parsed)}`);
  } catch (e) {
    thrown = e;
  }
  assert.ok(thrown instanceof LocationParseError, `threw ${String(thrown)}`);
  assert.equal(thrown.location, location);
}

// For the refusal properties the ids must not spell a segment name or a version themselves, or a mutation could
// turn one valid Location into another (e.g. dropping "calls" where the call id is "calls").
const RESERVED = /^(app|applications|communications|calls|operations|beta|v\d+(\.\d+)?)$/i;
const plainParts = parts.filter((p) => ![p.applicationId, p.callId, p.operationId].some((id) => RESERVED.test(id)));
const WRONG_NAMES = ['call', 'operation', 'apps', 'application', 'comms', 'communication', 'calls2', 'ops', 'xyz'];

/** Indexes (into segments()) of the named segments, and of the segments that cannot be left out. */
function layout(p: Parts) {
  const v = p.version ? 1 : 0;
  const a = p.route === 'applications' ? 1 : 0;
  return {
    names: [v, v + a + 1, v + a + 3],
    required: [v, ...(a ? [v + 1] : []), v + a + 1, v + a + 2, v + a + 3, v + a + 4],
  };
}

describe('parseOperationLocation (property)', () => {
  it('gives back every part a Location was built from', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const url = build(p);
        assert.deepEqual({ ...parseOperationLocation(url) }, expected(p, url));
      }),
      RUNS,
    );
  });

  it('reads the same ids whatever the host', () => {
    fc.assert(
      fc.property(parts, origin, (p, other) => {
        const a = parseOperationLocation(build(p));
        const b = parseOperationLocation(build({ ...p, origin: other }));
        assert.deepEqual({ ...a, url: '' }, { ...b, url: '' });
      }),
      RUNS,
    );
  });

  it('refuses a wrong segment name', () => {
    fc.assert(
      fc.property(plainParts, fc.nat(), fc.constantFrom(...WRONG_NAMES), (p, pick, wrong) => {
        const segs = segments(p);
        const { names } = layout(p);
        segs[names[pick % names.length]!] = wrong;
        refuses(build(p, segs));
      }),
      RUNS,
    );
  });

  it('refuses a Location with a required segment missing', () => {
    fc.assert(
      fc.property(plainParts, fc.nat(), (p, pick) => {
        const segs = segments(p);
        const { required } = layout(p);
        segs.splice(required[pick % required.length]!, 1);
        refuses(build(p, segs));
      }),
      RUNS,
    );
  });

  it('refuses a Location with an extra segment anywhere in or before the route', () => {
    const extra = anyLocationId.filter((s) => !RESERVED.test(s));
    fc.assert(
      fc.property(plainParts, fc.nat(), extra, (p, pick, e) => {
        const segs = segments(p);
        segs.splice(pick % (segs.length + 1), 0, enc(e));
        refuses(build(p, segs));
      }),
      RUNS,
    );
  });

  it('refuses a query, a fragment, credentials, another scheme and a protocol-relative form', () => {
    const mutate = fc.constantFrom(
      (u: string) => `${u}?$select=id`,
      (u: string) => `${u}#frag`,
      (u: string) => u.replace(/^https?:\/\//i, 'https://user:secret@'),
      (u: string) => u.replace(/^https?:/i, 'ftp:'),
      (u: string) => u.replace(/^https?:/i, ''),
    );
    fc.assert(
      fc.property(plainParts.filter((p) => p.origin !== ''), mutate, (p, m) => refuses(m(build(p)))),
      RUNS,
    );
  });

  it('throws nothing but LocationParseError, whatever the input', () => {
    const input = fc.oneof(
      wildString,
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      parts.chain((p) => fc.tuple(fc.nat(), wildString).map(([at, junk]) => {
        const url = build(p);
        const i = at % (url.length + 1);
        return url.slice(0, i) + junk + url.slice(i);
      })),
      fc.anything(),
    );
    fc.assert(
      fc.property(input, (value) => {
        try {
          const r = parseOperationLocation(value as string);
          assert.equal(typeof r.callId, 'string');
          assert.equal(typeof r.operationId, 'string');
        } catch (e) {
          assert.ok(e instanceof LocationParseError, `threw ${String(e)} for ${JSON.stringify(value)}`);
        }
      }),
      { numRuns: 500 },
    );
  });
});
