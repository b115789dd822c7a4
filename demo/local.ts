// The embedded run: every server is on loopback, every token is really signed and really verified.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import {
  CommsClient,
  OperationTracker,
  createCallbackHandler,
  createNotificationVerifier,
  parseOperationLocation,
} from '../src/index.js';
import { startGraphStandIn } from '../test/support/graph-stand-in.js';
import { createTestKeys, signCallbackToken, startJwksServer } from '../test/support/jwt.js';

const step = (s: string) => console.log(`→ ${s}`);
const done = (s: string) => console.log(`✓ ${s}`);

export async function runLocal(): Promise<void> {
  const botAppId = randomUUID();
  const tenantId = randomUUID();
  const callId = randomUUID();

  step('generating a signing key and publishing it on a local JWKS endpoint (as Graph publishes its own)');
  const [key] = await createTestKeys(1);
  const jwks = await startJwksServer([key]);
  done(`keys at ${jwks.jwksUri}`);

  step('starting the callback server: verifier + tracker + handler, as a bot mounts them');
  const verifier = createNotificationVerifier({
    audience: botAppId,
    issuer: 'https://graph.microsoft.com',
    openIdConfigurationUri: jwks.openIdConfigurationUri,
    tenantId,
  });
  const tracker = new OperationTracker();
  const handler = createCallbackHandler({
    verifier,
    tracker,
    onNotification: (n) => done(`notification verified: ${n.changeType} ${n.resourceUrl ?? n.resource}`),
  });
  const callback = createServer(handler);
  await new Promise<void>((r) => callback.listen(0, '127.0.0.1', r));
  const callbackUrl = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/api/calls`;
  done(`callback URL ${callbackUrl}`);

  step('starting the local Graph stand-in');
  const graph = await startGraphStandIn({
    acceptToken: (t) => t === 'demo-app-token',
    callbackUrl,
    signNotification: () =>
      signCallbackToken(key, { aud: botAppId, iss: 'https://graph.microsoft.com', tid: tenantId }),
  });
  done(`Graph at ${graph.url}`);

  try {
    const client = new CommsClient({ auth: () => 'demo-app-token', baseUrl: graph.url });
    step(`POST /app/calls/${callId}/cancelMediaProcessing {"all":true,"clientContext":"demo"}`);
    const result = await client.cancelMediaProcessing({ callId }, { all: true, clientContext: 'demo' });
    done(`${result.status} Accepted, client-request-id ${result.clientRequestId}`);
    console.log(`  Location: ${result.location}`);
    const parsed = parseOperationLocation(result.location!);
    console.log(`  parsed:   route=${parsed.route} callId=${parsed.callId} operationId=${parsed.operationId}`);

    step('waiting for the signed notification that says the operation finished');
    const operation = await tracker.waitFor(result.operationId, { timeoutMs: 10_000 });
    done(`operation ${result.operationId} is ${operation.status}`);
    console.log(JSON.stringify(operation, null, 2).replace(/^/gm, '  '));
  } finally {
    await graph.idle();
    await graph.close();
    await new Promise((r) => callback.close(r));
    callback.closeAllConnections();
    await jwks.close();
  }
}
