import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Readable } from 'node:stream';
import { GraphError, InvalidResponseError, LocationParseError, ResponseTooLargeError } from '../../src/errors.js';
import { type RawResponse, cancelBody, readBody, toCancelResult, toGraphError, toOperation } from '../../src/response.js';
import type { FetchResponseLike } from '../../src/types.js';

const CRID = '11111111-2222-3333-4444-555555555555';
// The request names the call in one GUID form, the Location in another: the same call, spelled as Graph wrote it.
const CALL = '57dab8b1-894c-409a-b240-bd8beae78896';
const LOC = `https://graph.microsoft.com/beta/app/calls/${CALL}/operations/op-from-location`;
const ctx = { callId: '57DAB8B1894C409AB240BD8BEAE78896', clientRequestId: CRID };

function raw(status: number, text = '', headers: Record<string, string> = {}): RawResponse {
  return { status, text, headers: new Headers(headers) };
}

function nodeResponse(chunks: string[], status = 200): FetchResponseLike & { body: Readable } {
  const body = Readable.from(chunks.map((c) => Buffer.from(c)));
  return { status, headers: new Headers(), body, text: async () => chunks.join('') };
}

/** A stream of `count` chunks of `size` bytes of 'x', made on demand, that counts the chunks pulled from it. */
function countedStream(count: number, size: number) {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(c) {
      if (pulled === count) return c.close();
      pulled++;
      c.enqueue(new Uint8Array(size).fill(0x78));
    },
    cancel() {
      cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

describe('readBody', () => {
  it('reads a WHATWG stream and a Node stream as UTF-8 text', async () => {
    assert.equal(await readBody(new Response('héllo'), { maxBytes: 100, truncate: false }), 'héllo');
    assert.equal(await readBody(nodeResponse(['h', 'é', 'llo']), { maxBytes: 100, truncate: false }), 'héllo');
    assert.equal(await readBody(new Response(null, { status: 202 }), { maxBytes: 100, truncate: false }), '');
  });

  it('throws ResponseTooLargeError past the cap, or keeps the prefix when truncating', async () => {
    const big = 'x'.repeat(2000);
    await assert.rejects(readBody(new Response(big), { maxBytes: 1000, truncate: false }), (e: unknown) => e instanceof ResponseTooLargeError && e.limitBytes === 1000);
    assert.equal(await readBody(new Response(big), { maxBytes: 1000, truncate: true }), 'x'.repeat(1000));
    const node = nodeResponse(['x'.repeat(600), 'x'.repeat(600), 'x'.repeat(600)]);
    assert.equal((await readBody(node, { maxBytes: 1000, truncate: true })).length, 1000);
    assert.equal(node.body.destroyed, true, 'the rest of the body is dropped');
  });

  it('cancels the body at once when the signal aborts mid-read', async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode('{"partial":'));
      },
      cancel() {
        cancelled = true;
      },
    });
    const c = new AbortController();
    const reading = readBody(new Response(stream), { maxBytes: 1000, signal: c.signal, truncate: false });
    c.abort();
    await assert.rejects(reading, { name: 'AbortError' });
    assert.equal(cancelled, true);

    const node = new Readable({ read() {} });
    node.push('{"partial":');
    const d = new AbortController();
    const nodeReading = readBody({ status: 200, headers: new Headers(), body: node, text: async () => '' }, { maxBytes: 1000, signal: d.signal, truncate: false });
    d.abort();
    await assert.rejects(nodeReading, { name: 'AbortError' });
    assert.equal(node.destroyed, true);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('héllo wörld');
    const res = { status: 200, headers: new Headers(), body: Readable.from([bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9)]), text: async () => '' };
    assert.equal(await readBody(res, { maxBytes: 100, truncate: false }), 'héllo wörld');
  });

  it('bounds what a transport decodes even when it hides the encoding and keeps a small Content-Length', async () => {
    // A browser under CORS, or a transport that drops Content-Encoding once it has decoded, looks like this.
    const counted = countedStream(64, 1024);
    const res = { status: 200, headers: new Headers({ 'content-length': '300' }), body: counted.stream, text: async () => 'x'.repeat(64 * 1024) };
    await assert.rejects(readBody(res, { maxBytes: 4096, truncate: false }), (e: unknown) => e instanceof ResponseTooLargeError && e.limitBytes === 4096);
    assert.ok(counted.pulled() <= 6, `read ${counted.pulled()} chunks of 1 KiB past a 4 KiB cap`);
    assert.equal(counted.cancelled(), true);
  });

  it('refuses a plain body whose Content-Length is past the cap before reading any of it', async () => {
    const counted = countedStream(8, 1024);
    const res = { status: 200, headers: new Headers({ 'content-length': '8192' }), body: counted.stream, text: async () => '' };
    await assert.rejects(readBody(res, { maxBytes: 4096, truncate: false }), ResponseTooLargeError);
    assert.equal(counted.pulled(), 0);
    assert.equal(counted.cancelled(), true);
    const truncating = countedStream(8, 1024);
    const cut = { ...res, body: truncating.stream };
    assert.equal(await readBody(cut, { maxBytes: 4096, truncate: true }), 'x'.repeat(4096), 'an error body keeps its first bytes');
  });

  it('does not take the Content-Length of an encoded body for its decoded size', async () => {
    // The header counts compressed bytes: past the cap on the wire, within it decoded, the body is read.
    const res = { status: 200, headers: new Headers({ 'content-length': '9000', 'content-encoding': 'gzip' }), body: countedStream(2, 1024).stream, text: async () => '' };
    assert.equal(await readBody(res, { maxBytes: 4096, truncate: false }), 'x'.repeat(2048));
  });

  it('caps a body that is no stream, once its text() is in', async () => {
    const res = { status: 500, headers: new Headers(), body: 'opaque', text: async () => 'y'.repeat(5000) };
    await assert.rejects(readBody(res, { maxBytes: 4096, truncate: false }), ResponseTooLargeError);
    assert.equal(await readBody(res, { maxBytes: 4096, truncate: true }), 'y'.repeat(4096));
  });

  it('cancelBody drops an unread body of either kind', async () => {
    let cancelled = false;
    const res = new Response(new ReadableStream({ cancel: () => void (cancelled = true) }));
    cancelBody(res);
    await new Promise((r) => setImmediate(r));
    assert.equal(cancelled, true);
    const node = nodeResponse(['abc']);
    cancelBody(node);
    assert.equal(node.body.destroyed, true);
  });
});

describe('toGraphError', () => {
  it("parses Graph's OData error body and correlation headers", () => {
    const body = JSON.stringify({
      error: {
        code: 'InvalidAuthenticationToken',
        message: 'Access token has expired.',
        details: [{ code: 'x', message: 'y' }],
        innerError: { 'request-id': 'inner-req', date: '2024-05-01T12:00:00', 'client-request-id': 'inner-crid' },
      },
    });
    const e = toGraphError(raw(401, body, { 'request-id': 'header-req' }), CRID);
    assert.ok(e instanceof GraphError);
    assert.equal(e.name, 'GraphError');
    assert.equal(e.status, 401);
    assert.equal(e.code, 'InvalidAuthenticationToken');
    assert.equal(e.message, 'Access token has expired.');
    assert.equal(e.requestId, 'header-req');
    assert.equal(e.clientRequestId, 'inner-crid');
    assert.equal(e.date, '2024-05-01T12:00:00');
    assert.equal(e.body, body);
    assert.deepEqual(e.details, [{ code: 'x', message: 'y' }]);
    assert.equal(e.retryAfterMs, undefined);
  });

  it('reads innererror in lower case and falls back to the sent client-request-id', () => {
    const e = toGraphError(raw(404, JSON.stringify({ error: { code: 'itemNotFound', message: 'm', innererror: { 'request-id': 'r2' } } })), CRID);
    assert.equal(e.requestId, 'r2');
    assert.equal(e.clientRequestId, CRID);
  });

  it('still gives a GraphError with the raw text for HTML, empty and truncated bodies', () => {
    const html = '<!DOCTYPE html><html><body><h1>Internal Server Error</h1></body></html>';
    const truncated = '{"error":{"code":"serviceNotAvailable","mess';
    for (const [status, text] of [[500, html], [502, ''], [503, truncated], [400, '[1,2]'], [400, '{"error":"flat"}']] as const) {
      const e = toGraphError(raw(status, text, { 'request-id': 'rq' }), CRID);
      assert.ok(e instanceof GraphError);
      assert.equal(e.status, status);
      assert.equal(e.code, `http${status}`);
      assert.equal(e.body, text);
      assert.equal(e.requestId, 'rq');
      assert.equal(e.clientRequestId, CRID);
    }
  });

  it('sets retryAfterMs from the retry layer or the Retry-After header', () => {
    assert.equal(toGraphError({ ...raw(429), retryAfterMs: 120_000 }, CRID).retryAfterMs, 120_000);
    assert.equal(toGraphError(raw(503, '', { 'Retry-After': '3' }), CRID).retryAfterMs, 3000);
  });
});

describe('toCancelResult', () => {
  it('turns 202 + Location into the result, ids from the Location', () => {
    const result = toCancelResult(raw(202, '', { Location: LOC, 'request-id': 'rq' }), ctx);
    assert.deepEqual(result, { status: 202, location: LOC, callId: CALL, operationId: 'op-from-location', requestId: 'rq', clientRequestId: CRID });
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

describe('toOperation', () => {
  it('validates a 200 body as a CommsOperation', () => {
    const op = toOperation(raw(200, JSON.stringify({ '@odata.type': '#microsoft.graph.commsOperation', id: 'o', status: 'completed', resultInfo: { code: 200, subcode: 0 } })), CRID);
    assert.equal(op.status, 'completed');
    assert.throws(() => toOperation(raw(200, JSON.stringify({ id: 'o', status: 7 })), CRID), InvalidResponseError);
    assert.throws(() => toOperation(raw(500, 'oops'), CRID), GraphError);
  });
});
