// The contract suite, driven by the generated request descriptors: for every descriptor in generated/requests.ts
// (no list here), on every route it names, the real CommsClient method against the testing kit's fake Graph over
// real sockets. It checks what went on the wire (method, path with percent-encoded ids, headers, body), what the
// method resolved with, that the fake Graph checks the route against generated/openapi.json, and that every
// notification the request caused was a signed commsNotifications the SDK's own handler accepted.
import assert from 'node:assert/strict';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { operationTypes, requests } from '../../generated/requests.js';
import { CommsClient } from '../../src/node.js';
import type { CallRoute, RequestDescriptor, ValidationSchema } from '../../src/contract.js';
import { OperationTracker, createCallbackHandler } from '../../src/notifications/index.js';
import { type FakeGraph, type RecordedRequest, createTestVerifier, startFakeGraph } from '../../src/testing/index.js';
import { minimalValue } from '../support/minimal-body.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE_SIZE = 2;
const TOKEN = 'contract-token';
const descriptors = Object.values(requests) as RequestDescriptor[];
/** An action that creates an operation, to make one for the descriptors that read an operation. */
const creator = descriptors.find((d) => d.locationNamesOperation && d.target === 'call');

let graph: FakeGraph;
let bot: Server;
let callbackUri: string;
const tracker = new OperationTracker();

before(async () => {
  graph = await startFakeGraph({ pageSize: PAGE_SIZE, acceptToken: (t) => t === TOKEN });
  bot = createServer(createCallbackHandler({ verifier: createTestVerifier({ graph }), tracker }));
  await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
  callbackUri = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/api/calls`;
});

after(async () => {
  await graph.close();
  bot.closeAllConnections();
  await new Promise((resolve) => bot.close(resolve));
});

const bodyOf = (desc: RequestDescriptor) => (desc.body ? (minimalValue(desc.body, { members: { callbackUri } }) as Record<string, unknown>) : undefined);
const clientOn = (route: CallRoute, applicationId?: string) => new CommsClient({ auth: TOKEN, baseUrl: graph.url, route, applicationId, retry: false });

/** The arguments of the method: the target (unless the descriptor takes only a route), then the body. */
function argsOf(desc: RequestDescriptor, target: Record<string, string>, body: unknown): unknown[] {
  const args: unknown[] = desc.target === 'route' ? [] : [target];
  if (desc.body) args.push(body);
  return args;
}

function expectedPath(desc: RequestDescriptor, route: CallRoute, ids: Record<string, string>): string {
  return `/beta${desc.paths[route]!.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(ids[name]!))}`;
}

function checkWire(req: RecordedRequest, desc: RequestDescriptor, path: string, body: unknown): void {
  assert.equal(req.method, desc.method);
  assert.equal(req.url.split('?')[0], path);
  assert.equal(req.name, desc.name);
  assert.equal(req.headers.authorization, `Bearer ${TOKEN}`);
  assert.match(String(req.headers['client-request-id']), GUID);
  if (desc.body) {
    assert.equal(req.headers['content-type'], 'application/json');
    assert.deepEqual(JSON.parse(req.body), body, 'the body sent is the body given');
  } else {
    assert.equal(req.headers['content-type'], undefined, 'no Content-Type without a body');
    assert.equal(req.body, '');
  }
}

let serial = 0;

for (const desc of descriptors) {
  describe(desc.name, () => {
    for (const route of Object.keys(desc.paths) as CallRoute[]) {
      it(`on ${route}: the wire request and the typed result`, async () => {
        const n = ++serial;
        const notifiedBefore = graph.notifications.length;
        const ids: Record<string, string> = { callId: `call ${n} ✓ é`, participantId: `participant ${n} ✓ ü`, applicationId: `app ${n} ✓` };
        const others = [1, 2, 3].map((i) => ({ id: `${ids.participantId} #${i}`, info: { identity: { user: { id: `user-${i}` } } } }));
        if (desc.target !== 'route') graph.addCall({ id: ids.callId, route, ...(route === 'applications' ? { applicationId: ids.applicationId } : {}), callbackUri, participants: [{ id: ids.participantId }, ...others] });
        // A request that names only a route takes the application of the applications route from the client.
        const client = clientOn(route, desc.target === 'route' && route === 'applications' ? ids.applicationId : undefined);
        const target: Record<string, string> = { callId: ids.callId, ...(route === 'applications' ? { applicationId: ids.applicationId } : {}) };
        if (desc.target === 'participant') target.participantId = ids.participantId!;
        if (desc.target === 'operation') {
          assert.ok(creator, 'some action creates an operation');
          const made = (await (client as any)[creator.name](target, bodyOf(creator))) as { operationId: string };
          target.operationId = ids.operationId = made.operationId;
        }
        const body = bodyOf(desc);
        const from = graph.requests.length;
        const result = await (client as any)[desc.name](...argsOf(desc, target, body));
        const sent = graph.requests.slice(from);

        checkWire(sent[0]!, desc, expectedPath(desc, route, ids), body);
        assert.equal(new Set(sent.map((r) => r.headers['client-request-id'])).size, 1, 'one client-request-id per call of the method');
        if (desc.returns === 'collection') {
          const call = graph.call(ids.callId)!;
          assert.ok(sent.length >= 2, `${sent.length} page(s): the collection is paged`);
          for (const page of sent.slice(1)) checkWire(page, desc, expectedPath(desc, route, ids), body);
          assert.ok(Array.isArray(result));
          assert.deepEqual((result as { id: string }[]).map((p) => p.id), [...call.participants.values()].map((p) => p.id));
        } else {
          assert.equal(sent.length, 1);
        }
        await checkResult(desc, route, result, ids, sent[0]!);
        await graph.idle();
        const refused = graph.notifications.slice(notifiedBefore).filter((d) => d.status !== 202);
        assert.deepEqual(refused.map((d) => [d.status, String(d.error), JSON.stringify(d.payload)]), [], 'every notification was verified and accepted by the callback handler');
      });

      it(`on ${route}: the fake Graph checks it against openapi.json`, async () => {
        const url = graph.url + desc.paths[route]!.replace(/\{(\w+)\}/g, 'x');
        const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
        // Graph's calling API never PUTs, so no descriptor can own this route for PUT.
        const wrong = await fetch(url, { method: 'PUT', headers: auth, body: '{}' });
        assert.equal(wrong.status, 405);
        assert.ok(wrong.headers.get('allow')?.split(', ').includes(desc.method));
        await wrong.arrayBuffer();
        const noToken = await fetch(url, { method: desc.method, headers: { 'content-type': 'application/json' }, ...(desc.body ? { body: '{}' } : {}) });
        assert.equal(noToken.status, 401);
        await noToken.arrayBuffer();
        if (!desc.body) return;
        const [member, value] = wrongMember(desc.body);
        const bad = await fetch(url, { method: desc.method, headers: auth, body: JSON.stringify({ ...bodyOf(desc), [member]: value }) });
        assert.equal(bad.status, 400);
        const { error } = (await bad.json()) as { error: { code: string; details: { target: string }[] } };
        assert.equal(error.code, 'BadRequest');
        assert.equal(error.details[0]!.target, `/${member}`);
      });
    }
  });
}

/** A member the body schema refuses: an unknown one when the schema is closed, else one of its members with a value of another JSON kind. */
function wrongMember(schema: ValidationSchema): [string, unknown] {
  const s = schema.$ref ? schema.$ref() : schema;
  if (s.additionalProperties === false) return ['notAMember', 1];
  for (const [name, member] of Object.entries(s.properties ?? {})) {
    const type = (member.$ref ? member.$ref() : member).type;
    if (type === 'string') return [name, 42];
    if (type !== undefined) return [name, `not-a-${type}`];
  }
  throw new Error('no member of the body schema can be made wrong');
}

async function checkResult(desc: RequestDescriptor, route: CallRoute, result: any, ids: Record<string, string>, req: RecordedRequest): Promise<void> {
  const call = graph.call(ids.callId);
  switch (desc.returns) {
    case 'action': {
      assert.ok(desc.statuses.includes(result.status), `status ${result.status}`);
      assert.equal(result.route, route);
      assert.equal(result.callId, ids.callId);
      assert.equal(result.applicationId, route === 'applications' ? ids.applicationId : undefined);
      assert.equal(result.clientRequestId, req.headers['client-request-id']);
      assert.match(result.requestId, GUID);
      if (!desc.locationNamesOperation) {
        assert.equal(result.operationId, undefined);
        break;
      }
      const op = [...(call?.operations.values() ?? [])].find((o) => o.id === result.operationId);
      assert.ok(op, `the fake Graph holds operation ${result.operationId}`);
      const operationType = (operationTypes as Record<string, string>)[desc.name];
      assert.equal(op.type, operationType);
      if (result.operation) assert.equal(result.operation['@odata.type'], operationType);
      await graph.idle();
      if (op.status === 'running') await graph.finishMedia(ids.callId);
      const final = await tracker.waitFor(result, { timeoutMs: 10_000 });
      assert.equal(final.status, 'completed');
      assert.equal(final['@odata.type'], operationType);
      break;
    }
    case 'entity': {
      assert.equal(typeof result, 'object');
      const id = { route: undefined, call: ids.callId, participant: ids.participantId, operation: ids.operationId }[desc.target];
      if (id !== undefined) assert.equal(result.id, id);
      else assert.ok(graph.call(result.id), `the fake Graph holds the call ${result.id} it created`);
      break;
    }
    case 'void':
      assert.equal(result, undefined);
      assert.equal(graph.call(ids.callId), undefined, 'the call is gone');
      break;
    case 'collection':
      break;
  }
}
