// No id, however built, changes the request's path beyond its own segment: either the client refuses it with a
// TypeError naming the argument before anything is sent, or the URL handed to the transport (recorded by an
// injected fetch, and parsed as a transport would) has exactly the expected segments and the id's segment decodes
// back to the id. Ids API.md forbids must take the first branch.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { CommsClient } from '../../src/node.js';
import { LocationParseError } from '../../src/errors.js';
import type { CancelMediaProcessingResult, FetchLike } from '../../src/types.js';
import { forbiddenByContract, guidId, wildString } from './arbitraries.js';

const RUNS = { numRuns: 400, includeErrorInReport: true };
const BASE = 'https://graph.microsoft.com/beta';
const id = fc.oneof(wildString, guidId);

/** A client whose transport records each URL and answers like Graph (a 202 pointing at an operation, or the operation). */
function recordingClient() {
  const urls: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    urls.push(url);
    if (init.method === 'POST') {
      return new Response(null, { status: 202, headers: { Location: url.replace(/\/cancelMediaProcessing$/, '/operations/op-1') } });
    }
    const body = JSON.stringify({ '@odata.type': '#microsoft.graph.commsOperation', id: 'op-1', status: 'running' });
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return { urls, client: new CommsClient({ auth: 'test-token', baseUrl: BASE, fetch, retry: false }) };
}

/**
 * Runs `send`; returns 'refused' (a TypeError naming `arg`, nothing sent) or the one URL sent, after checking that
 * an id the contract forbids was refused.
 */
async function refusedOrSent(value: string, arg: string, urls: string[], send: () => Promise<unknown>): Promise<'refused' | string> {
  let error: unknown;
  let result: unknown;
  try {
    result = await send();
  } catch (e) {
    error = e;
  }
  if (error !== undefined) {
    assert.ok(error instanceof TypeError, `expected a TypeError, got ${String(error)}`);
    assert.match(error.message, new RegExp(`\\b${arg}\\b`), 'the TypeError names the argument');
    assert.equal(urls.length, 0, 'nothing was sent');
    return 'refused';
  }
  assert.ok(!forbiddenByContract(value), `API.md forbids ${JSON.stringify(value)} but it was sent (${JSON.stringify(result)})`);
  assert.equal(urls.length, 1);
  return urls[0]!;
}

/** The path below /beta as segments, taken both from the raw string and from the URL a transport would parse. */
function segmentsOf(url: string): string[] {
  assert.ok(url.startsWith(`${BASE}/`), url);
  const raw = url.slice(BASE.length);
  const parsed = new URL(url);
  assert.equal(parsed.origin, 'https://graph.microsoft.com');
  assert.equal(parsed.search, '');
  assert.equal(parsed.hash, '');
  assert.equal(parsed.pathname, `/beta${raw}`, 'a URL parser would read a different path');
  return raw.split('/').slice(1);
}

describe('ids never escape their path segment (property)', () => {
  it('callId of cancelMediaProcessing, on every route', async () => {
    await fc.assert(
      fc.asyncProperty(id, fc.constantFrom('app', 'communications', 'applications') as fc.Arbitrary<'app' | 'communications' | 'applications'>, async (callId, route) => {
        const { urls, client } = recordingClient();
        const call = route === 'applications' ? { callId, applicationId: 'app-1', route } : { callId, route };
        const sent = await refusedOrSent(callId, 'callId', urls, () => client.cancelMediaProcessing(call, { all: true }));
        if (sent === 'refused') return;
        const segs = segmentsOf(sent);
        const head = route === 'applications' ? ['applications', 'app-1'] : [route];
        assert.deepEqual(segs.length, head.length + 3);
        assert.deepEqual(segs.slice(0, head.length + 1), [...head, 'calls']);
        assert.equal(decodeURIComponent(segs[head.length + 1]!), callId);
        assert.equal(segs.at(-1), 'cancelMediaProcessing');
      }),
      RUNS,
    );
  });

  it('applicationId of cancelMediaProcessing', async () => {
    await fc.assert(
      fc.asyncProperty(id, async (applicationId) => {
        const { urls, client } = recordingClient();
        const sent = await refusedOrSent(applicationId, 'applicationId', urls, () => client.cancelMediaProcessing({ callId: 'call-1', applicationId }));
        if (sent === 'refused') return;
        const segs = segmentsOf(sent);
        assert.equal(segs.length, 5);
        assert.equal(segs[0], 'applications');
        assert.equal(decodeURIComponent(segs[1]!), applicationId);
        assert.deepEqual(segs.slice(2), ['calls', 'call-1', 'cancelMediaProcessing']);
      }),
      RUNS,
    );
  });

  it('the ids come back from the Location unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(id, id, async (callId, applicationId) => {
        const { client } = recordingClient();
        let r: CancelMediaProcessingResult;
        try {
          r = await client.cancelMediaProcessing({ callId, applicationId });
        } catch (e) {
          assert.ok(e instanceof TypeError, String(e));
          return;
        }
        assert.deepEqual([r.callId, r.applicationId, r.operationId], [callId, applicationId, 'op-1']);
      }),
      RUNS,
    );
  });

  it('callId and operationId of getOperation(result)', async () => {
    await fc.assert(
      fc.asyncProperty(id, id, async (callId, operationId) => {
        const { urls, client } = recordingClient();
        const result = { status: 202, callId, operationId, clientRequestId: 'x' } as CancelMediaProcessingResult;
        let sent: string;
        try {
          sent = await refusedOrSent(callId, '(callId|operationId)', urls, () => client.getOperation(result));
        } catch (e) {
          throw new Error(`callId ${JSON.stringify(callId)}, operationId ${JSON.stringify(operationId)}: ${(e as Error).message}`);
        }
        if (sent === 'refused') return;
        assert.ok(!forbiddenByContract(operationId), `API.md forbids operationId ${JSON.stringify(operationId)} but it was sent`);
        const segs = segmentsOf(sent);
        assert.equal(segs.length, 5);
        assert.deepEqual([segs[0], segs[1], segs[3]], ['app', 'calls', 'operations']);
        assert.deepEqual([decodeURIComponent(segs[2]!), decodeURIComponent(segs[4]!)], [callId, operationId]);
      }),
      RUNS,
    );
  });

  it('getOperation(Location): an encoded "/", "?", "#" or dot segment never becomes structure', async () => {
    await fc.assert(
      fc.asyncProperty(id, id, async (callId, operationId) => {
        const { urls, client } = recordingClient();
        let location: string;
        try {
          location = `${BASE}/app/calls/${encodeURIComponent(callId)}/operations/${encodeURIComponent(operationId)}`;
        } catch {
          return; // a lone surrogate cannot be put in a URL at all
        }
        try {
          await client.getOperation(location);
        } catch (e) {
          assert.ok(e instanceof LocationParseError, String(e));
          assert.equal(urls.length, 0);
          return;
        }
        assert.ok(!forbiddenByContract(callId) && !forbiddenByContract(operationId), `sent ${JSON.stringify([callId, operationId])}`);
        const segs = segmentsOf(urls[0]!);
        assert.equal(segs.length, 5);
        assert.deepEqual([decodeURIComponent(segs[2]!), decodeURIComponent(segs[4]!)], [callId, operationId]);
      }),
      RUNS,
    );
  });
});
