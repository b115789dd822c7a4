// Child process of hostile-senders.test.ts: a callback server with a real verifier, alone in its process so that
// its RSS is its own. It tells the parent its URL, then answers two messages: 'baseline' (after a GC, the RSS to
// grow from) and 'peak' (the highest RSS seen since, sampled on every refusal and every few ms).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCallbackHandler } from '../../src/notifications/handler.js';
import { createNotificationVerifier } from '../../src/notifications/verifier.js';
import { TEST_AUDIENCE } from '../support/jwt.js';

let peak = 0;
let refused = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage.rss()));

const handler = createCallbackHandler({
  // Never fetched: garbage tokens are refused before any key is looked up.
  verifier: createNotificationVerifier({ audience: TEST_AUDIENCE, jwksUri: 'http://127.0.0.1:9/keys' }),
  onNotification: () => undefined,
  onRejected: () => {
    refused++;
    sample();
  },
});
const server = createServer(handler);
server.requestTimeout = 0; // the handler's own bounds are under test, not node's
server.listen(0, '127.0.0.1', () => {
  process.send!({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/calls` });
});
const sampler = setInterval(sample, 5);

process.on('message', (message: string) => {
  if (message === 'baseline') {
    (globalThis as { gc?: () => void }).gc?.();
    peak = 0;
    sample();
    process.send!({ baseline: peak });
  } else if (message === 'peak') {
    sample();
    process.send!({ peak, refused });
  } else if (message === 'exit') {
    clearInterval(sampler);
    server.closeAllConnections();
    server.close(() => process.disconnect());
  }
});
