// Child process of idle-sockets.ts (for transport.test.ts and http-fetch.test.ts): one request through a Node
// transport (argv[3]: "node-fetch", the default, or "http"), then nothing. The test passes when this process
// exits on its own although the keep-alive socket stays pooled.
import { createHttpFetch } from '../../src/http-fetch.js';
import { createNodeFetch } from '../../src/node-fetch.js';

const [origin, transport = 'node-fetch'] = process.argv.slice(2) as [string, string?];
const options = { keepAliveTimeoutMs: 3_600_000 };
const fetch = transport === 'http' ? createHttpFetch(options) : createNodeFetch(options);
const res = await fetch(`${origin}/exit`, { method: 'GET', headers: {}, redirect: 'manual' });
process.stdout.write(`${await res.text()}\n`);
