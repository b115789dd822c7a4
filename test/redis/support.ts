// What the fleet tests share: node-redis clients on the test's redis-server, payloads, and a Redis outage made and
// ended by events (the clients saw the connection go; the clients are ready again), never by waiting a while.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { type AddressInfo, type Socket, connect as connectTcp, createServer } from 'node:net';
import { type RedisClientType, createClient } from 'redis';
import type { CommsNotifications } from '../../generated/index.js';
import { after, before } from 'node:test';
import { type RedisServer, startRedis } from '../support/redis-server.js';

/** A node-redis client, with the 'error' events it emitted (Redis going away mid-test), kept rather than thrown. */
export type Client = RedisClientType & { readonly errors: unknown[] };

/** A connected client, as an application makes one: its 'error' events are the application's (here: kept). */
export async function connect(url: string, errors: unknown[] = []): Promise<Client> {
  const client = createClient({ url });
  client.on('error', (e: unknown) => void errors.push(e));
  await client.connect();
  return Object.assign(client, { errors });
}

/** What a describe's hooks give it: one redis-server and its clients, each one instance of the bot. */
export interface RedisSuite {
  readonly server: RedisServer;
  readonly clients: readonly Client[];
}

/**
 * Starts a redis-server and connects `count` clients before the describe's tests, closes and stops them after,
 * and fails if any promise was rejected unheard meanwhile.
 */
export function redisSuite(count: number): RedisSuite {
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => void unhandled.push(e);
  const suite = { server: undefined as unknown as RedisServer, clients: [] as Client[] };
  before(async () => {
    process.on('unhandledRejection', onUnhandled);
    suite.server = await startRedis();
    suite.clients.push(...(await Promise.all(Array.from({ length: count }, () => connect(suite.server.url)))));
  });
  after(async () => {
    await Promise.all(suite.clients.map((c) => c.close()));
    await suite.server?.stop();
    process.off('unhandledRejection', onUnhandled);
    assert.deepEqual(unhandled, []);
  });
  return suite;
}

/** Two instances, A and B. */
export interface TwoInstances {
  readonly server: RedisServer;
  readonly a: Client;
  readonly b: Client;
}

export function twoInstances(): TwoInstances {
  const suite = redisSuite(2);
  return {
    get server() {
      return suite.server;
    },
    get a() {
      return suite.clients[0]!;
    },
    get b() {
      return suite.clients[1]!;
    },
  };
}

/** Resolves once the client is connected and ready (at once if it is). */
export async function ready(client: RedisClientType): Promise<void> {
  if (!client.isReady) await once(client, 'ready');
}

/** Ends Redis at once (SHUTDOWN NOSAVE) and resolves when every client has seen its connection go. */
export async function takeDown(url: string, clients: readonly RedisClientType[]): Promise<void> {
  const gone = clients.map((c) => (c.isReady ? once(c, 'error') : Promise.resolve()));
  const admin: RedisClientType = createClient({ url, socket: { reconnectStrategy: false } });
  admin.on('error', () => undefined);
  await admin.connect();
  await admin.sendCommand(['SHUTDOWN', 'NOSAVE']).catch(() => undefined); // the server hangs up instead of answering
  try {
    admin.destroy();
  } catch {
    // closed already
  }
  await Promise.all(gone);
}

/** Starts a fresh, empty Redis on the same port and resolves when every client is ready on it. */
export async function bringBack(server: RedisServer, clients: readonly RedisClientType[]): Promise<void> {
  await server.restart();
  await Promise.all(clients.map(ready));
}

/** A loopback TCP relay to Redis whose connections the test cuts and lets back at will: one instance's network. */
export interface Relay {
  readonly url: string;
  /** Ends every relayed connection and turns new ones away until open(). */
  cut(): void;
  open(): void;
  close(): Promise<void>;
}

export async function startRelay(redisPort: number): Promise<Relay> {
  const sockets = new Set<Socket>();
  let refusing = false;
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('error', () => undefined);
    s.once('close', () => sockets.delete(s));
  };
  const relay = createServer((client) => {
    track(client);
    if (refusing) return void client.destroy();
    const upstream = connectTcp(redisPort, '127.0.0.1');
    track(upstream);
    client.pipe(upstream).pipe(client);
    client.once('close', () => upstream.destroy());
    upstream.once('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
  const { port } = relay.address() as AddressInfo;
  const cutAll = () => {
    for (const s of sockets) s.destroy();
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    cut() {
      refusing = true;
      cutAll();
    },
    open() {
      refusing = false;
    },
    close() {
      cutAll();
      return new Promise<void>((resolve) => relay.close(() => resolve()));
    },
  };
}

let serial = 0;
/** A key prefix of its own for each test, so that tests sharing one redis-server see nothing of each other. */
export const freshPrefix = (): string => `test-${process.pid}-${++serial}:`;

export interface NoteOptions {
  callId?: string;
  status?: string;
  [field: string]: unknown;
}

/** A notification about operation `operationId` of a call, final (completed) unless `status` says otherwise. */
export function opPayload(operationId: string, { callId = 'call-1', status = 'completed', ...fields }: NoteOptions = {}): CommsNotifications {
  return {
    value: [
      {
        changeType: 'deleted',
        resourceUrl: `/communications/calls/${callId}/operations/${operationId}`,
        resourceData: { '@odata.type': '#microsoft.graph.commsOperation', status, ...fields },
      },
    ],
  } as CommsNotifications;
}
