// Mounting the callback handler on Express (devDependency express@5.1.0), with and without body parsers.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import type { CommsNotification } from '../../../generated/index.js';
import { NotificationAuthError } from '../../../src/errors.js';
import { createCallbackHandler } from '../../../src/notifications/handler.js';
import { send } from './http.js';

// Loaded by name so that the typecheck does not need @types/express.
const expressModule = 'express';
const express: any = (await import(expressModule).catch(() => undefined))?.default;

const BODY = JSON.stringify({
  value: [{ changeType: 'deleted', resourceUrl: '/communications/calls/c/operations/o', resourceData: { status: 'completed' } }],
});
const verifier = {
  async verify(h: string | undefined) {
    if (h !== 'Bearer good') throw new NotificationAuthError('signature');
    return {};
  },
};

async function withApp(parser: unknown, run: (url: string, seen: CommsNotification[]) => Promise<void>): Promise<void> {
  const seen: CommsNotification[] = [];
  const app = express();
  if (parser) app.use(parser);
  app.post('/api/calls', createCallbackHandler({ verifier, maxBodyBytes: 2048, onNotification: (n) => void seen.push(n) }));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/calls`, seen);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

const headers = { 'content-type': 'application/json', authorization: 'Bearer good' };

describe('createCallbackHandler on Express', { skip: express ? false : 'express is not installed' }, () => {
  const parsers: [string, () => unknown][] = [
    ['no body parser (reads the stream)', () => undefined],
    ['express.json() (a parsed object)', () => express.json()],
    ['express.raw() (a Buffer)', () => express.raw({ type: 'application/json' })],
    ['express.text() (a string)', () => express.text({ type: 'application/json' })],
  ];
  for (const [name, parser] of parsers) {
    it(`accepts a notification with ${name}`, async () => {
      await withApp(parser(), async (url, seen) => {
        const res = await send(url, { headers, body: BODY });
        assert.equal(res.status, 202);
        assert.equal(seen.length, 1);
        assert.equal((seen[0]!.resourceData as Record<string, unknown>).status, 'completed');
        assert.equal((await send(url, { headers: { ...headers, authorization: 'Bearer bad' }, body: BODY })).status, 401);
        assert.equal((await send(url, { headers, body: '{"value":[{"resource":"/r","changeType":1}]}' })).json.error.path, '/value/0/changeType');
        assert.equal(seen.length, 1);
      });
    });
  }

  it('enforces maxBodyBytes on a body a parser already read', async () => {
    await withApp(express.raw({ type: 'application/json', limit: '1mb' }), async (url, seen) => {
      const big = JSON.stringify({ value: [], pad: 'x'.repeat(4096) });
      assert.equal((await send(url, { headers, body: big })).status, 413);
      assert.equal(seen.length, 0);
    });
  });
});
