// What the call registry's tests share (the suite hooks and clients are support.ts's): notifications to apply, and
// clients that slip another instance's write in just before a script runs, or hold the first script back.
import { readFileSync } from 'node:fs';
import type { CommsNotifications } from '../../generated/index.js';
import type { CallChange } from '../../src/calls/state.js';
import { parseCommsNotifications } from '../../src/notifications/parse.js';
import type { RedisClientLike } from '../../src/redis/client.js';

export const docs = (name: string): CommsNotifications =>
  parseCommsNotifications(JSON.stringify(JSON.parse(readFileSync(new URL(`../fixtures/graph-docs/${name}.json`, import.meta.url), 'utf8')).payload));

export const callAt = (callId: string) => `/communications/calls/${callId}`;
export const call = (changeType: string, data: Record<string, unknown>, callId = 'c1') =>
  ({ value: [{ changeType, resourceUrl: callAt(callId), resourceData: { '@odata.type': '#microsoft.graph.call', ...data } }] }) as unknown as CommsNotifications;
export const roster = (changeType: string, participants: Record<string, unknown>[], callId = 'c1') =>
  ({
    value: [{ changeType, resourceUrl: `${callAt(callId)}/participants`, resourceData: participants.map((p) => ({ '@odata.type': '#microsoft.graph.participant', ...p })) }],
  }) as unknown as CommsNotifications;

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
