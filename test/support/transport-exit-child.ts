// Child process of transport.test.ts: one request through the default transport, then nothing.
// The test passes when this process exits on its own although the keep-alive socket stays pooled.
import { createNodeFetch } from '../../src/transport.js';

const res = await createNodeFetch({ keepAliveTimeoutMs: 3_600_000 })(`${process.argv[2]}/exit`, { method: 'GET', headers: {}, redirect: 'manual' });
process.stdout.write(`${await res.text()}\n`);
