// The fake Graph as a server: what it refuses (checked against generated/openapi.json, answered as Graph's OData
// errors), how it answers actions and resources, its options, and the keys it signs notifications with.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CommsClient } from '../../src/node.js';
import { GraphError, NotificationAuthError } from '../../src/errors.js';
import { FAKE_APP_ID, type FakeGraph, type FakeGraphOptions, createTestVerifier, startFakeGraph } from '../../src/testing/index.js';
import { createTestKeys, signCallbackToken } from '../support/jwt.js';
import { startTestBot } from '../support/test-bot.js';

const PROMPT = { '@odata.type': '#microsoft.graph.mediaPrompt', mediaInfo: { uri: 'https://cdn.example/hello.wav' } } as const;

async function start(t: { after(fn: () => Promise<void>): void }, options?: FakeGraphOptions): Promise<FakeGraph> {
  const graph = await startFakeGraph(options);
  t.after(() => graph.close());
  return graph;
}

const json = { authorization: 'Bearer any', 'content-type': 'application/json' };

async function odataError(r: Response, status: number): Promise<{ code: string; message: string; details?: { target: string }[] }> {
  assert.equal(r.status, status);
  const { error } = (await r.json()) as { error: { code: string; message: string; innerError: Record<string, string>; details?: { target: string }[] } };
  assert.equal(error.innerError['request-id'], r.headers.get('request-id'));
  assert.match(error.innerError.date!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  return error;
}

describe('fake Graph: what it refuses, as Graph does', () => {
  it('refuses a path, a method, a token, a client-request-id, a Content-Type and a body the document does not allow', async (t) => {
    const graph = await start(t, { acceptToken: (tok) => tok === 'good' });
    const call = graph.addCall();
    const play = `${graph.url}/communications/calls/${call.id}/playPrompt`;
    const ok = { authorization: 'Bearer good', 'content-type': 'application/json' };
    assert.equal((await odataError(await fetch(`${graph.url}/communications/calls/${call.id}/dance`, { method: 'POST', headers: ok, body: '{}' }), 404)).code, 'itemNotFound');
    const wrong = await fetch(play, { headers: ok });
    assert.equal((await odataError(wrong, 405)).code, 'MethodNotAllowed');
    assert.equal(wrong.headers.get('allow'), 'POST');
    for (const authorization of ['', 'Basic eDp5', 'Bearer bad']) {
      const r = await fetch(play, { method: 'POST', headers: { ...ok, authorization }, body: JSON.stringify({ prompts: [PROMPT] }) });
      assert.equal((await odataError(r, 401)).code, 'InvalidAuthenticationToken');
    }
    const crid = await fetch(play, { method: 'POST', headers: { ...ok, 'client-request-id': 'nope' }, body: '{}' });
    assert.match((await odataError(crid, 400)).message, /client-request-id/);
    const text = await fetch(play, { method: 'POST', headers: { ...ok, 'content-type': 'text/plain' }, body: '{}' });
    assert.equal((await odataError(text, 415)).code, 'UnsupportedMediaType');
    const missing = await odataError(await fetch(play, { method: 'POST', headers: ok, body: '{}' }), 400);
    assert.deepEqual([missing.message, missing.details?.[0]?.target], ["Invalid request payload at '/prompts': is required.", '/prompts']);
    const deep = await odataError(await fetch(play, { method: 'POST', headers: ok, body: JSON.stringify({ prompts: [{ '@odata.type': '#microsoft.graph.mediaPrompt' }] }) }), 400);
    assert.equal(deep.details?.[0]?.target, '/prompts/0/mediaInfo');
    const keepAlive = await fetch(`${graph.url}/communications/calls/${call.id}/keepAlive`, { method: 'POST', headers: ok, body: '{}' });
    assert.match((await odataError(keepAlive, 400)).message, /takes no request body/);
    const big = await fetch(play, { method: 'POST', headers: ok, body: JSON.stringify({ prompts: [PROMPT], clientContext: 'x'.repeat(70_000) }) });
    assert.equal((await odataError(big, 413)).code, 'RequestEntityTooLarge');
    assert.equal(call.operations.size, 0, 'nothing refused created an operation');
  });

  it('answers 404 for a call it does not hold, unless told to adopt unknown calls', async (t) => {
    const strict = await start(t);
    const client = new CommsClient({ auth: 'x', baseUrl: strict.url, route: 'communications', retry: false });
    await assert.rejects(client.keepAlive({ callId: 'nobody' }), (e: unknown) => e instanceof GraphError && e.status === 404 && e.code === 'itemNotFound');
    const lenient = await start(t, { adoptUnknownCalls: true });
    const r = await new CommsClient({ auth: 'x', baseUrl: lenient.url, retry: false }).keepAlive({ callId: 'anybody' });
    assert.equal(r.status, 200);
    assert.equal(lenient.call('anybody')?.route, 'app');
  });

  it('refuses options it cannot honour with a TypeError', async () => {
    const bad = [{ version: 'v2' }, { answer: '201' }, { notifications: 'future' }, { pageSize: 0 }, { acceptToken: 'yes' }, { randomFailure: { rate: 2, status: 503 } }, null];
    for (const options of bad as unknown[]) {
      await assert.rejects(startFakeGraph(options as FakeGraphOptions), TypeError);
    }
  });
});

describe('fake Graph: how it answers', () => {
  it('answers an action that creates an operation with 200, its Location and the running operation; 202 or 200 alone by option', async (t) => {
    for (const answer of ['200+location', '202', '200'] as const) {
      const graph = await start(t, { answer, version: 'v1.0' });
      assert.match(graph.url, /^http:\/\/127\.0\.0\.1:\d+\/v1\.0$/);
      const call = graph.addCall({ id: 'a call' });
      const r = await new CommsClient({ auth: 'x', baseUrl: graph.url, route: 'communications' }).playPrompt({ callId: call.id }, { prompts: [PROMPT], clientContext: 'c1' });
      const [op] = call.operations.values();
      assert.equal(r.operationId, op!.id);
      assert.equal(r.status, answer === '202' ? 202 : 200);
      assert.equal(r.location, answer === '200' ? undefined : `${graph.url}/communications/calls/a%20call/operations/${op!.id}`);
      assert.deepEqual(r.operation, answer === '202' ? undefined : { '@odata.type': '#microsoft.graph.playPromptOperation', id: op!.id, status: 'running', clientContext: 'c1' });
      assert.equal(op!.status, 'running', 'a prompt plays until finishMedia or a cancelMediaProcessing');
    }
  });

  it('serves the call, its participants page by page, and its operations; Locations on another origin when told', async (t) => {
    const graph = await start(t, { pageSize: 2, locationOrigin: 'https://graph.example' });
    const call = graph.addCall({ participants: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }] });
    const client = new CommsClient({ auth: 'x', baseUrl: graph.url, route: 'communications' });
    assert.deepEqual(await client.getCall({ callId: call.id }), { '@odata.type': '#microsoft.graph.call', id: call.id, state: 'established', myParticipantId: call.myParticipantId });
    const everyone = await client.listParticipants({ callId: call.id });
    assert.deepEqual(everyone.map((p) => p.id), [call.myParticipantId, 'p1', 'p2', 'p3']);
    const pages = `/beta/communications/calls/${call.id}/participants`;
    assert.deepEqual(graph.requests.slice(-2).map((r) => r.url), [pages, `${pages}?$skiptoken=2`]);
    assert.equal((await client.getParticipant({ callId: call.id, participantId: 'p2' })).id, 'p2');
    await assert.rejects(client.getParticipant({ callId: call.id, participantId: 'p9' }), (e: unknown) => e instanceof GraphError && e.status === 404);
    const bad = await fetch(`${graph.url}/communications/calls/${call.id}/participants?$skiptoken=-1`, { headers: json });
    assert.match((await odataError(bad, 400)).message, /skiptoken/);
    const tone = await client.subscribeToTone({ callId: call.id });
    assert.equal(tone.location, `https://graph.example/beta/communications/calls/${call.id}/operations/${tone.operationId}`);
    const op = await client.getOperation({ callId: call.id, operationId: tone.operationId, route: 'communications' });
    assert.equal(op['@odata.type'], '#microsoft.graph.subscribeToToneOperation');
  });

  it('creates a call (201) with its targets as participants; deleting it leaves nothing to get', async (t) => {
    const graph = await start(t);
    const client = new CommsClient({ auth: 'x', baseUrl: graph.url, route: 'communications' });
    const target = { identity: { user: { id: 'u1', displayName: 'Ann' } } };
    const created = await client.createCall({ callbackUri: 'http://127.0.0.1:9/none', targets: [target], requestedModalities: ['audio'] });
    assert.equal(created.state, 'establishing');
    assert.equal(created.direction, 'outgoing');
    assert.deepEqual(created.targets, [target]);
    const people = await client.listParticipants({ callId: created.id! });
    assert.deepEqual(people.map((p) => p.info?.identity), [{ application: { id: FAKE_APP_ID, displayName: 'Bot' } }, target.identity]);
    assert.equal(await client.deleteCall({ callId: created.id! }), undefined);
    await assert.rejects(client.getCall({ callId: created.id! }), (e: unknown) => e instanceof GraphError && e.status === 404);
    assert.equal(graph.call(created.id!), undefined);
  });

  it('gives each enqueued fault in place of one answer, then answers again', async (t) => {
    const graph = await start(t);
    const call = graph.addCall();
    graph.enqueue({ kind: 'status', status: 503, retryAfter: '0' });
    const r = await new CommsClient({ auth: 'x', baseUrl: graph.url, route: 'communications', retry: { baseDelayMs: 1 } }).subscribeToTone({ callId: call.id });
    assert.deepEqual(graph.requests.map((q) => q.headers['retry-attempt']), [undefined, '1']);
    assert.equal(call.operations.size, 1, 'the faulted attempt created nothing');
    assert.equal([...call.operations.values()][0]!.id, r.operationId);
  });
});

describe('fake Graph: its keys', () => {
  it('publishes an OpenID configuration and a JWKS; createTestVerifier trusts them and nothing else', async (t) => {
    const graph = await start(t);
    const config = (await (await fetch(graph.openIdConfigurationUri)).json()) as { jwks_uri: string };
    assert.equal(config.jwks_uri, graph.jwksUri);
    const { keys } = (await (await fetch(graph.jwksUri)).json()) as { keys: { kty: string; alg: string; kid: string }[] };
    assert.deepEqual(keys.map((k) => [k.kty, k.alg]), [['RSA', 'RS256']]);
    assert.equal(graph.requests.length, 0, 'key requests are not Graph requests');

    const bot = await startTestBot(t, graph);
    await graph.simulateIncomingCall({ callbackUri: bot.callbackUri });
    assert.match(bot.authorizations[0]!, /^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    const claims = await createTestVerifier({ graph }).verify(bot.authorizations[0]);
    assert.deepEqual([claims.aud, claims.iss, claims.tid], [FAKE_APP_ID, 'https://api.botframework.com', graph.tenantId]);

    const [stranger] = await createTestKeys();
    const forged = await signCallbackToken(stranger!, { aud: FAKE_APP_ID, iss: 'https://api.botframework.com' });
    await assert.rejects(createTestVerifier({ graph }).verify(`Bearer ${forged}`), (e: unknown) => e instanceof NotificationAuthError && e.reason === 'unknown-key');
    await assert.rejects(createTestVerifier({ graph, audience: 'another-bot' }).verify(bot.authorizations[0]), (e: unknown) => e instanceof NotificationAuthError && e.reason === 'audience');
    assert.throws(() => createTestVerifier({} as never), TypeError);
  });

  it('sends what signNotification gives instead: no token, and the bot refuses the call', async (t) => {
    const graph = await start(t, { signNotification: () => undefined });
    const bot = await startTestBot(t, graph);
    await assert.rejects(graph.simulateIncomingCall({ callbackUri: bot.callbackUri }), /the bot did not take the incoming call: callback answered 401/);
    assert.deepEqual(bot.authorizations, [undefined]);
    assert.equal(graph.notificationsSent, 0);
    assert.equal(graph.notificationFailures.length, 1);
  });

  it('notifies loopback callbacks only', async (t) => {
    const graph = await start(t);
    await assert.rejects(graph.simulateIncomingCall({ callbackUri: 'https://bot.contoso.com/api/calls' }), /loopback callbacks only/);
    assert.equal(graph.notifications[0]!.status, undefined);
  });
});
