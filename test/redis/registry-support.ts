// What the call registry's tests share (the tracker's are in support.ts): notifications to apply, a node-redis
// client on the test server, and a connection that can slip another instance's write in just before a script runs.
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';
import type { CommsNotifications } from '../../generated/index.js';
import type { CallChange } from '../../src/calls/state.js';
import { parseCommsNotifications } from '../../src/notifications/parse.js';
import type { RedisClientLike } from '../../src/redis/client.js';
import { type RedisServer, startRedis } from '../support/redis-server.js';
import { type Client as RedisClient, connect as connectClient, ready } from './support.js';

export { ready };

export const docs = (name: string): CommsNotifications =>
  parseCommsNotifications(JSON.stringify(JSON.parse(readFileSync(new URL(`../fixtures/graph-docs/${name}.json`, import.meta.url), 'utf8')).payload));

export const callAt = (callId: string) => `/communications/calls/${callId}`;
export const call = (changeType: string, data: Record<string, unknown>, callId = 'c1') =>
  ({ value: [{ changeType, resourceUrl: callAt(callId), resourceData: { '@odata.type': '#microsoft.graph.call', ...data } }] }) as unknown as CommsNotifications;
export const roster = (changeType: string, participants: Record<string, unknown>[], callId = 'c1') =>
  ({
    value: [{ changeType, resourceUrl: `${callAt(callId)}/participants`, resourceData: participants.map((p) => ({ '@odata.type': '#microsoft.graph.participant', ...p })) }],
  }) as unknown as CommsNotifications;

/** A connected client; its 'error' events (Redis going away mid-test) are kept rather than thrown. */
export async function connect(url: string): Promise<Client> {
  const errors: unknown[] = [];
  return Object.assign(await connectClient(url, errors), { errors });
}

export type Client = RedisClient & { errors: unknown[] };

/**
 * A redis-server with `count` clients for the tests of one describe, started before them and all closed after;
 * `keyPrefix()` gives each test keys of its own, so that none sees another's calls.
 */
export function redisForSuite(count: number): { server: RedisServer; clients: Client[]; keyPrefix(): string } {
  let prefixes = 0;
  const suite = { server: undefined as unknown as RedisServer, clients: [] as Client[], keyPrefix: () => `t${++prefixes}:` };
  before(async () => {
    suite.server = await startRedis();
    for (let i = 0; i < count; i++) suite.clients.push(await connect(suite.server.url));
  });
  after(async () => {
    await Promise.all(suite.clients.map((c) => c.close()));
    await suite.server?.stop();
  });
  return suite;
}

export function recording(registry: { onChange(listener: (c: CallChange) => void): () => void }): CallChange[] {
  const seen: CallChange[] = [];
  registry.onChange((c) => seen.push(c));
  return seen;
}

type Send = (args: readonly string[], options?: { timeout?: number }) => Promise<unknown>;

/** The client as it is, but for what `own` has: a sendCommand in front of the client's, and what the test reads back. */
function wrapping<Own extends { sendCommand: Send }>(redis: RedisClientLike, own: Own): RedisClientLike & Own {
  const proxy = new Proxy(redis, { get: (target, name) => (name in own ? Reflect.get(own, name) : Reflect.get(target, name, target)) });
  return proxy as unknown as RedisClientLike & Own;
}

/** `redis`, except that before its first script is sent `interpose` runs to completion: another writer's turn. */
export function interposing(redis: RedisClientLike, interpose: () => Promise<unknown>): RedisClientLike & { scripts: number } {
  let pending: (() => Promise<unknown>) | undefined = interpose;
  const own = {
    scripts: 0,
    async sendCommand(args: readonly string[], options?: { timeout?: number }): Promise<unknown> {
      if (args[0] === 'EVALSHA' || args[0] === 'EVAL') {
        if (args[0] === 'EVALSHA') own.scripts++;
        const turn = pending;
        pending = undefined;
        await turn?.();
      }
      return redis.sendCommand(args, options);
    },
  };
  return wrapping(redis, own);
}

/** The participant's rosterSequenceNumber, for comparing changes. */
export const sequence = (resource: unknown) => (resource as { rosterSequenceNumber?: number } | undefined)?.rosterSequenceNumber;

/**
 * `redis`, except that its first script waits until another command is sent or `turns` event-loop turns have
 * passed: a slow first write. `overtaken` says whether anything went out meanwhile.
 */
export function slowFirstScript(redis: RedisClientLike, turns = 50): RedisClientLike & { overtaken: boolean } {
  let sent = 0;
  let held = false;
  const own = {
    overtaken: false,
    async sendCommand(args: readonly string[], options?: { timeout?: number }): Promise<unknown> {
      const mine = ++sent;
      if (!held && (args[0] === 'EVALSHA' || args[0] === 'EVAL')) {
        held = true;
        for (let i = 0; i < turns && sent === mine; i++) await new Promise((resolve) => setImmediate(resolve));
        own.overtaken = sent !== mine;
      }
      return redis.sendCommand(args, options);
    },
  };
  return wrapping(redis, own);
}
