// Mounting the callback handler on Express (devDependency express@5.1.0), with and without body parsers.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import type { CommsNotification } from '../../../generated/index.js';
import { NotificationAuthError } from '../../../src/errors.js';
import { createCallbackHandler } from '../../../src/notifications/handler.js';
import { send } from './http.js';

// Loaded by name so that the typecheck does not need @types/express. Not caught: express is a devDependency, and
// a suite that cannot load it must fail, not quietly skip.
const expressModule = 'express';
const express: any = (await import(expressModule)).default;
assert.equal(typeof express, 'function', 'express did not load');

const BODY = JSON.stringify({
  value: [{ changeType: 'deleted', resourceUrl: '/communications/calls/c/operations/o', resourceData: { status: 'completed' } }],
});
const verifier = {
  async verify(h: string | undefined) {
    if (h !== 'Bearer good') throw new NotificationAuthError('signature');
    return {};
  },
};

interface Seen {
  notifications: CommsNotification[];
  rejected: [string, number][];
  /** Resolves once `count` notifications in all reached onNotification (dispatch runs after the 202). */
  reached(count: number): Promise<void>;
}

async function withApp(parser: unknown, run: (url: string, seen: Seen) => Promise<void>): Promise<void> {
  const waiting: { count: number; resolve(): void }[] = [];
  const seen: Seen = {
    notifications: [],
    rejected: [],
    reached: (count) => new Promise<void>((resolve) => (seen.notifications.length >= count ? resolve() : waiting.push({ count, resolve }))),
  };
  const onNotification = (n: CommsNotification) => {
    seen.notifications.push(n);
    for (const w of waiting) if (seen.notifications.length >= w.count) w.resolve();
  };
  const app = express();
  if (parser) app.use(parser);
  app.post(
    '/api/calls',
    createCallbackHandler({ verifier, maxBodyBytes: 2048, onNotification, onRejected: (r, s) => void seen.rejected.push([r, s]) }),
  );
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

describe('createCallbackHandler on Express', () => {
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
        await seen.reached(1);
        assert.equal((seen.notifications[0]!.resourceData as Record<string, unknown>).status, 'completed');
        assert.equal((await send(url, { headers: { ...headers, authorization: 'Bearer bad' }, body: BODY })).status, 401);
        assert.equal((await send(url, { headers, body: '{"value":[{"resource":"/r","changeType":1}]}' })).json.error.path, '/value/0/changeType');
        assert.deepEqual(seen.rejected, [['signature', 401], ['invalid-payload', 400]]);
        // Had a refused one been queued, it would run before this later one of the same call: two means none was.
        await send(url, { headers, body: BODY.replace('/o', '/o2') });
        await seen.reached(2);
        assert.equal(seen.notifications.length, 2);
      });
    });
  }

  it('enforces maxBodyBytes on a body a parser already read', async () => {
    await withApp(express.raw({ type: 'application/json', limit: '1mb' }), async (url, seen) => {
      const big = JSON.stringify({ value: [], pad: 'x'.repeat(4096) });
      assert.equal((await send(url, { headers, body: big })).status, 413);
      assert.deepEqual(seen.rejected, [['too-large', 413]]);
      assert.equal(seen.notifications.length, 0);
    });
  });

  it('checks the token first on a body a parser already read: a bad token with a bad or oversized body is a 401', async () => {
    for (const parser of [express.raw({ type: 'application/json', limit: '1mb' }), express.text({ type: 'application/json', limit: '1mb' })]) {
      await withApp(parser, async (url, seen) => {
        const bad = { ...headers, authorization: 'Bearer bad' };
        assert.equal((await send(url, { headers: bad, body: '{' })).status, 401);
        assert.equal((await send(url, { headers: bad, body: 'x'.repeat(4096) })).status, 401);
        assert.deepEqual(seen.rejected, [['signature', 401], ['signature', 401]]);
      });
    }
  });
});
