import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { requests } from '../../generated/requests.js';
import fc from 'fast-check';
import type { CallRoute, RequestDescriptor } from '../../src/contract.js';
import { GraphError, InvalidResponseError, LocationParseError } from '../../src/errors.js';
import { resolveTarget } from '../../src/request.js';
import type { RawResponse } from '../../src/response.js';
import { toActionResult, toEntity } from '../../src/results.js';

const CRID = '11111111-2222-3333-4444-555555555555';
// The request names the call in one GUID form, the Location in another: the same call, spelled as Graph wrote it.
const CALL = '57dab8b1-894c-409a-b240-bd8beae78896';
const LOC = `https://graph.microsoft.com/beta/app/calls/${CALL}/operations/op-from-location`;
const ctx = { callId: '57DAB8B1894C409AB240BD8BEAE78896', clientRequestId: CRID };

function raw(status: number, text = '', headers: Record<string, string> = {}): RawResponse {
  return { status, text, headers: new Headers(headers) };
}

// cancelMediaProcessing's descriptor stands for every action that creates an operation; getOperation's for entities.
// `url` is the request's (by default the app route's on Graph's beta); '' leaves the usual-Location shortcut no match.
const toCancelResult = (r: RawResponse, c: { callId: string; applicationId?: string; clientRequestId: string; basePath?: string; url?: string }) =>
  toActionResult<{ id?: string; status?: string; extra?: unknown }>(
    r,
    requests.cancelMediaProcessing as RequestDescriptor,
    { route: 'app', callId: c.callId, applicationId: c.applicationId },
    c.clientRequestId,
    c.basePath,
    c.url ?? `https://graph.microsoft.com/beta/app/calls/${encodeURIComponent(c.callId)}/cancelMediaProcessing`,
  );
const toOperation = (r: RawResponse, clientRequestId: string) => toEntity<{ status?: string }>(r, requests.getOperation as RequestDescriptor, clientRequestId);

describe('toActionResult (an action that creates an operation)', () => {
  it('turns 202 + Location into the result, ids from the Location', () => {
    const result = toCancelResult(raw(202, '', { Location: LOC, 'request-id': 'rq' }), ctx);
    assert.deepEqual(result, { status: 202, route: 'app', location: LOC, callId: CALL, operationId: 'op-from-location', requestId: 'rq', clientRequestId: CRID });
  });

  it('takes applicationId from an applications Location', () => {
    const loc = `https://graph.microsoft.com/beta/applications/app%201/calls/${CALL}/operations/o`;
    const result = toCancelResult(raw(202, '', { Location: loc }), ctx);
    assert.equal(result.applicationId, 'app 1');
  });

  it('refuses a 202 without a Location, or with one that is not an operation URI', () => {
    assert.throws(() => toCancelResult(raw(202), ctx), (e: unknown) => e instanceof LocationParseError && e.location === undefined);
    const bad = 'https://graph.microsoft.com/beta/app/calls/c';
    assert.throws(() => toCancelResult(raw(202, '', { Location: bad }), ctx), (e: unknown) => e instanceof LocationParseError && e.location === bad);
  });

  it('refuses two Location headers (fetch joins them with ", ") instead of folding them into one id', () => {
    const headers = new Headers();
    headers.append('Location', LOC);
    headers.append('Location', 'x');
    assert.equal(headers.get('location'), `${LOC}, x`, 'how every fetch shows a repeated header');
    for (const status of [202, 200]) {
      const body = status === 200 ? JSON.stringify({ '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation', id: 'o', status: 'running' }) : '';
      assert.throws(
        () => toCancelResult({ status, text: body, headers }, ctx),
        (e: unknown) => e instanceof LocationParseError && e.location === `${LOC}, x` && /more than one Location/.test(e.message),
      );
    }
    const two = new Headers();
    two.append('Location', LOC);
    two.append('Location', LOC.replace('op-from-location', 'other'));
    assert.throws(() => toCancelResult({ status: 202, text: '', headers: two }, ctx), LocationParseError);
  });

  it('refuses a Location that names another call than the request, compared as ids are', () => {
    const other = 'https://graph.microsoft.com/beta/app/calls/OTHER/operations/o';
    assert.throws(() => toCancelResult(raw(202, '', { Location: other }), ctx), (e: unknown) => e instanceof LocationParseError && e.location === other && /OTHER/.test(e.message));
    // Opaque ids are compared exactly: a case or dash difference is another call.
    const opaque = { ...ctx, callId: 'Call-A' };
    for (const id of ['call-a', 'CallA', 'Call-A ']) {
      assert.throws(() => toCancelResult(raw(202, '', { Location: `/app/calls/${encodeURIComponent(id)}/operations/o` }), opaque), LocationParseError, id);
    }
    assert.equal(toCancelResult(raw(202, '', { Location: '/app/calls/Call-A/operations/o' }), opaque).callId, 'Call-A');
    // GUIDs in any case, with or without dashes, are the same call.
    for (const id of [CALL.toUpperCase(), CALL.replace(/-/g, ''), ctx.callId]) {
      assert.equal(toCancelResult(raw(202, '', { Location: `/app/calls/${id}/operations/o` }), ctx).callId, id);
    }
    // On a 200 with a body too, and for the application of an applications route.
    const body = JSON.stringify({ '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation', id: 'o', status: 'running' });
    assert.throws(() => toCancelResult(raw(200, body, { Location: other }), ctx), LocationParseError);
    const app = `https://graph.microsoft.com/beta/applications/app-2/calls/${CALL}/operations/o`;
    assert.throws(() => toCancelResult(raw(202, '', { Location: app }), { ...ctx, applicationId: 'app-1' }), LocationParseError);
    assert.equal(toCancelResult(raw(202, '', { Location: app }), { ...ctx, applicationId: 'app-2' }).applicationId, 'app-2');
  });

  it('refuses dot segments in a Location rather than resolving them onto another call', () => {
    for (const location of [
      `https://graph.microsoft.com/beta/app/calls/${CALL}/operations/../../OTHER/operations/o`,
      `https://graph.microsoft.com/beta/app/calls/OTHER/operations/%2e%2e/../${CALL}/operations/o`,
      `/app/calls/${CALL}/operations/./o`,
      `https://graph.microsoft.com/beta/app/calls/${CALL}/operations/.%2E/x/o`,
      `https://graph.microsoft.com/beta/app/calls/${CALL}/operations/..\\../OTHER/operations/o`,
    ]) {
      assert.throws(() => toCancelResult(raw(202, '', { Location: location }), ctx), (e: unknown) => e instanceof LocationParseError && /dot segment/.test(e.message), location);
    }
  });

  it('turns 200 + cancelMediaProcessingOperation into the result with operation', () => {
    const body = { '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation', id: 'op-body', status: 'Running', clientContext: 'cc', extra: 1 };
    const result = toCancelResult(raw(200, JSON.stringify(body)), { ...ctx, applicationId: 'app-req' });
    assert.equal(result.status, 200);
    assert.equal(result.callId, ctx.callId);
    assert.equal(result.operationId, 'op-body');
    assert.equal(result.applicationId, 'app-req');
    assert.equal(result.location, undefined);
    assert.equal(result.operation?.status, 'running', 'enum read case-insensitively, returned as the wire spells it');
    assert.equal(result.operation?.extra, 1, 'unknown properties are kept');
  });

  it('takes the ids from the Location when a 200 carries both', () => {
    const body = JSON.stringify({ '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation', id: 'op-body', status: 'running' });
    const result = toCancelResult(raw(200, body, { Location: LOC }), ctx);
    assert.equal(result.operationId, 'op-from-location');
    assert.equal(result.callId, CALL);
    assert.equal(result.operation?.id, 'op-body');
    assert.equal(result.location, LOC);
  });

  it('refuses a 200 whose body is not JSON, fails the schema, or is missing with no Location', () => {
    assert.throws(() => toCancelResult(raw(200, '<html>'), ctx), InvalidResponseError);
    assert.throws(
      () => toCancelResult(raw(200, JSON.stringify({ id: 'x', status: 'sleeping' })), ctx),
      (e: unknown) => e instanceof InvalidResponseError && e.path === '/status',
    );
    assert.throws(() => toCancelResult(raw(200, ''), ctx), LocationParseError);
    assert.throws(() => toCancelResult(raw(200, JSON.stringify({ status: 'running' })), ctx), InvalidResponseError);
  });

  it('gives GraphError for non-2xx and InvalidResponseError for other 2xx', () => {
    assert.throws(() => toCancelResult(raw(404, '{"error":{"code":"itemNotFound","message":"no call"}}'), ctx), (e: unknown) => e instanceof GraphError && e.code === 'itemNotFound');
    assert.throws(() => toCancelResult(raw(204), ctx), InvalidResponseError);
  });
});

describe('toEntity (an operation read back)', () => {
  it('validates a 200 body as a CommsOperation', () => {
    const op = toOperation(raw(200, JSON.stringify({ '@odata.type': '#microsoft.graph.commsOperation', id: 'o', status: 'completed', resultInfo: { code: 200, subcode: 0 } })), CRID);
    assert.equal(op.status, 'completed');
    assert.throws(() => toOperation(raw(200, JSON.stringify({ id: 'o', status: 7 })), CRID), InvalidResponseError);
    assert.throws(() => toOperation(raw(500, 'oops'), CRID), GraphError);
  });
});

describe("toActionResult: the usual Location (the request's own URL up to its call, then operations/{GUID})", () => {
  const OP = '0a1b2c3d-0000-4000-8000-00000000000f';
  const BASES = ['https://graph.microsoft.com/beta', 'https://graph.microsoft.com/v1.0', 'http://127.0.0.1:8080/proxy/graph/beta'];
  const pathOf = (basePath: string) => new URL(basePath).pathname;
  /** What the client sends cancelMediaProcessing to, for these ids on this route. */
  const urlOf = (base: string, route: CallRoute, callId: string, applicationId?: string) =>
    base + resolveTarget(requests.cancelMediaProcessing as RequestDescriptor, { callId, applicationId, route }, route).path;
  const result = (location: string, route: CallRoute, callId: string, applicationId: string | undefined, base: string, url: string) => {
    try {
      return toActionResult(raw(202, '', { Location: location }), requests.cancelMediaProcessing as RequestDescriptor, { route, callId, applicationId }, CRID, pathOf(base), url);
    } catch (e) {
      return e instanceof LocationParseError ? 'LocationParseError' : e;
    }
  };

  it('reads the operation id off the end, and gives what the full parse gives', () => {
    const url = urlOf(BASES[0]!, 'app', 'call 1·ä');
    const location = `${BASES[0]}/app/calls/${encodeURIComponent('call 1·ä')}/operations/${OP}`;
    const fast = result(location, 'app', 'call 1·ä', undefined, BASES[0]!, url);
    assert.equal((fast as { operationId?: string }).operationId, OP);
    assert.deepEqual(fast, result(location, 'app', 'call 1·ä', undefined, BASES[0]!, ''));
  });

  it('leaves anything else to the full parse: another call, more segments, a second Location, a query, a non-GUID id', () => {
    const url = urlOf(BASES[0]!, 'app', CALL);
    const head = `${BASES[0]}/app/calls/${CALL}/operations/`;
    for (const location of [`${head}${OP}/x`, `${head}${OP}, ${head}${OP}`, `${head}${OP}?a=1`, `${head}../${OP}`, `${head}${OP}/`, `${head}op%2Dx`]) {
      assert.deepEqual(result(location, 'app', CALL, undefined, BASES[0]!, url), result(location, 'app', CALL, undefined, BASES[0]!, ''), location);
    }
    assert.equal(result(`${BASES[0]}/app/calls/other/operations/${OP}`, 'app', CALL, undefined, BASES[0]!, url), 'LocationParseError');
  });

  it('gives, for any ids, route, base and Location, what the full parse gives (property)', () => {
    const id = fc.oneof(fc.uuid(), fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('a%2Fb', 'A', '..', 'x y'));
    const route = fc.constantFrom<CallRoute>('app', 'applications', 'communications');
    fc.assert(
      fc.property(id, id, id, route, fc.constantFrom(...BASES), fc.nat(5), (callId, applicationId, opId, r, base, shape) => {
        let url: string;
        try {
          url = urlOf(base, r, callId, r === 'applications' ? applicationId : undefined);
        } catch {
          return; // ids the client refuses never reach an answer
        }
        const appId = r === 'applications' ? applicationId : undefined;
        const head = url.slice(0, url.lastIndexOf('/cancelMediaProcessing'));
        const location = [
          `${head}/operations/${opId}`,
          `${head}/operations/${encodeURIComponent(opId)}`,
          `${head.toUpperCase()}/operations/${opId}`,
          `${base}/app/calls/${encodeURIComponent(callId)}/operations/${encodeURIComponent(opId)}`,
          `/${r === 'applications' ? `applications/${encodeURIComponent(applicationId)}` : r}/calls/${encodeURIComponent(callId)}/operations/${opId}`,
          `${head}/operations/${opId}/`,
        ][shape]!;
        assert.deepEqual(result(location, r, callId, appId, base, url), result(location, r, callId, appId, base, ''), location);
      }),
      { numRuns: 2000 },
    );
  });
});
