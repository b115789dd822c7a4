import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Readable } from 'node:stream';
import { GraphError, ResponseTooLargeError } from '../../src/errors.js';
import { type RawResponse, cancelBody, readBody, toGraphError } from '../../src/response.js';
import { nodeStreamReader } from '../../src/node-streams.js';
import type { FetchResponseLike } from '../../src/types.js';

const CRID = '11111111-2222-3333-4444-555555555555';

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
    assert.equal(await readBody(new Response('héllo'), { maxBytes: 100, truncate: false, streams: nodeStreamReader }), 'héllo');
    assert.equal(await readBody(nodeResponse(['h', 'é', 'llo']), { maxBytes: 100, truncate: false, streams: nodeStreamReader }), 'héllo');
    assert.equal(await readBody(new Response(null, { status: 202 }), { maxBytes: 100, truncate: false, streams: nodeStreamReader }), '');
  });

  it('reads nothing of a body declared empty (Content-Length: 0), and leaves a non-web body to the platform reader', async () => {
    const empty = new Response('', { status: 202, headers: { 'content-length': '0' } });
    assert.equal(await readBody(empty, { maxBytes: 100, truncate: false }), '');
    assert.equal(empty.body?.locked, false, 'no reader was taken');
    // Without the platform's reader a Node stream is no stream to the engine: it falls back to text().
    const node = { ...nodeResponse(['a', 'b']), text: async () => 'from text()' };
    assert.equal(await readBody(node, { maxBytes: 100, truncate: false }), 'from text()');
    assert.equal(await readBody(nodeResponse(['a', 'b']), { maxBytes: 100, truncate: false, streams: nodeStreamReader }), 'ab');
  });

  it('throws ResponseTooLargeError past the cap, or keeps the prefix when truncating', async () => {
    const big = 'x'.repeat(2000);
    await assert.rejects(readBody(new Response(big), { maxBytes: 1000, truncate: false, streams: nodeStreamReader }), (e: unknown) => e instanceof ResponseTooLargeError && e.limitBytes === 1000);
    assert.equal(await readBody(new Response(big), { maxBytes: 1000, truncate: true, streams: nodeStreamReader }), 'x'.repeat(1000));
    const node = nodeResponse(['x'.repeat(600), 'x'.repeat(600), 'x'.repeat(600)]);
    assert.equal((await readBody(node, { maxBytes: 1000, truncate: true, streams: nodeStreamReader })).length, 1000);
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
    const reading = readBody(new Response(stream), { maxBytes: 1000, signal: c.signal, truncate: false, streams: nodeStreamReader });
    c.abort();
    await assert.rejects(reading, { name: 'AbortError' });
    assert.equal(cancelled, true);

    const node = new Readable({ read() {} });
    node.push('{"partial":');
    const d = new AbortController();
    const nodeReading = readBody({ status: 200, headers: new Headers(), body: node, text: async () => '' }, { maxBytes: 1000, signal: d.signal, truncate: false, streams: nodeStreamReader });
    d.abort();
    await assert.rejects(nodeReading, { name: 'AbortError' });
    assert.equal(node.destroyed, true);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('héllo wörld');
    const res = { status: 200, headers: new Headers(), body: Readable.from([bytes.subarray(0, 2), bytes.subarray(2, 9), bytes.subarray(9)]), text: async () => '' };
    assert.equal(await readBody(res, { maxBytes: 100, truncate: false, streams: nodeStreamReader }), 'héllo wörld');
  });

  it('bounds what a transport decodes even when it hides the encoding and keeps a small Content-Length', async () => {
    // A browser under CORS, or a transport that drops Content-Encoding once it has decoded, looks like this.
    const counted = countedStream(64, 1024);
    const res = { status: 200, headers: new Headers({ 'content-length': '300' }), body: counted.stream, text: async () => 'x'.repeat(64 * 1024) };
    await assert.rejects(readBody(res, { maxBytes: 4096, truncate: false, streams: nodeStreamReader }), (e: unknown) => e instanceof ResponseTooLargeError && e.limitBytes === 4096);
    assert.ok(counted.pulled() <= 6, `read ${counted.pulled()} chunks of 1 KiB past a 4 KiB cap`);
    assert.equal(counted.cancelled(), true);
  });

  it('refuses a plain body whose Content-Length is past the cap before reading any of it', async () => {
    const counted = countedStream(8, 1024);
    const res = { status: 200, headers: new Headers({ 'content-length': '8192' }), body: counted.stream, text: async () => '' };
    await assert.rejects(readBody(res, { maxBytes: 4096, truncate: false, streams: nodeStreamReader }), ResponseTooLargeError);
    assert.equal(counted.pulled(), 0);
    assert.equal(counted.cancelled(), true);
    const truncating = countedStream(8, 1024);
    const cut = { ...res, body: truncating.stream };
    assert.equal(await readBody(cut, { maxBytes: 4096, truncate: true, streams: nodeStreamReader }), 'x'.repeat(4096), 'an error body keeps its first bytes');
  });

  it('does not take the Content-Length of an encoded body for its decoded size', async () => {
    // The header counts compressed bytes: past the cap on the wire, within it decoded, the body is read.
    const res = { status: 200, headers: new Headers({ 'content-length': '9000', 'content-encoding': 'gzip' }), body: countedStream(2, 1024).stream, text: async () => '' };
    assert.equal(await readBody(res, { maxBytes: 4096, truncate: false, streams: nodeStreamReader }), 'x'.repeat(2048));
  });

  it('caps a body that is no stream, once its text() is in', async () => {
    const res = { status: 500, headers: new Headers(), body: 'opaque', text: async () => 'y'.repeat(5000) };
    await assert.rejects(readBody(res, { maxBytes: 4096, truncate: false, streams: nodeStreamReader }), ResponseTooLargeError);
    assert.equal(await readBody(res, { maxBytes: 4096, truncate: true, streams: nodeStreamReader }), 'y'.repeat(4096));
  });

  it('cancelBody drops an unread body of either kind', async () => {
    let cancelled = false;
    const res = new Response(new ReadableStream({ cancel: () => void (cancelled = true) }));
    cancelBody(res, nodeStreamReader);
    await new Promise((r) => setImmediate(r));
    assert.equal(cancelled, true);
    const node = nodeResponse(['abc']);
    cancelBody(node, nodeStreamReader);
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
