// The two servers of the callbacks section, in a process of their own so that its CPU time is theirs alone:
// createCallbackHandler with a verifier (keys from the parent's JWKS server), and the hand-written baseline,
// a node:http server that only reads the body and JSON.parses it. Both answer the same bytes.
//   node --import tsx bench/callback-server.ts <package index URL> <jwksUri> <audience>
// Prints {"sdk": url, "raw": url}; then answers each stdin line "cpu" with its CPU time so far (µs, user +
// system), and exits when stdin closes.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import type { SdkModule } from './proc.js';

const [index, jwksUri, audience] = process.argv.slice(2) as [string, string, string];
const sdk = (await import(index)) as SdkModule;

const verifier = sdk.createNotificationVerifier({ audience, jwksUri });
const handler = sdk.createCallbackHandler({ verifier });

// What the handler answers a one-notification payload with, headers included, so the wire bytes match.
const ACCEPTED = JSON.stringify({ accepted: 1 });
const raw = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    JSON.parse(Buffer.concat(chunks).toString('utf8'));
    res.writeHead(202, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(ACCEPTED)), 'Cache-Control': 'no-store' });
    res.end(ACCEPTED);
  });
});

const listen = async (server: ReturnType<typeof createServer>) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/calls`;
};
const servers = [createServer(handler), raw];
const [sdkUrl, rawUrl] = await Promise.all(servers.map(listen));
process.stdout.write(`${JSON.stringify({ sdk: sdkUrl, raw: rawUrl })}\n`);

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  if (line.trim() !== 'cpu') return;
  const { user, system } = process.cpuUsage();
  process.stdout.write(`${user + system}\n`);
});
lines.on('close', () => {
  for (const s of servers) {
    s.closeAllConnections();
    s.close();
  }
});
