// A callback server for the kit's tests: either the SDK's own handler (verifier, tracker, call registry), or a
// raw recorder that answers 202 to anything, to look at the payloads themselves.
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallRegistry } from '../../src/calls/registry.js';
import type { CommsNotification } from '../../generated/index.js';
import { OperationTracker, createCallbackHandler } from '../../src/notifications/index.js';
import { type FakeGraph, createTestVerifier } from '../../src/testing/index.js';

export interface TestBot {
  callbackUri: string;
  /** Every notification received, in arrival order (with the handler: only those it verified and parsed). */
  received: Record<string, any>[];
  /** The headers of each request received. */
  authorizations: (string | undefined)[];
  tracker: OperationTracker;
  calls: CallRegistry;
  close(): Promise<void>;
}

/** `graph`: verify with createTestVerifier and hand the payloads to a tracker and a registry. Without: raw. */
export async function startTestBot(t: { after(fn: () => Promise<void>): void }, graph?: FakeGraph, onNotification?: (n: CommsNotification) => void | Promise<void>): Promise<TestBot> {
  const tracker = new OperationTracker();
  const calls = new CallRegistry();
  const received: TestBot['received'] = [];
  const authorizations: TestBot['authorizations'] = [];
  const handler = graph
    ? createCallbackHandler({
        verifier: createTestVerifier({ graph }),
        tracker,
        onNotification: async (n) => {
          received.push(n);
          calls.apply({ value: [n] });
          await onNotification?.(n);
        },
      })
    : undefined;
  const server: Server = createServer(async (req, res) => {
    authorizations.push(req.headers.authorization);
    if (handler) return handler(req, res);
    let body = '';
    for await (const chunk of req) body += chunk;
    received.push(...(JSON.parse(body) as { value: Record<string, any>[] }).value);
    res.writeHead(202).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  t.after(close);
  return { callbackUri: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/calls`, received, authorizations, tracker, calls, close };
}
