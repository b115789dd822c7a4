// Where the fleet keeps final operations in Redis, and the one script that stores them: every final a key of its
// own with a TTL (the age bound), all of them in a sorted set by arrival (the count bound), trimmed in the same
// atomic step that stores, so that no two instances ever trim against a stale count, and announced in that step
// too, so that no instance can die between storing a final and telling the fleet.
import type { CommsOperation } from '../../generated/index.js';
import type { FinalOperation } from '../notifications/finals.js';
import { idKey } from '../ids.js';
import { Deadline, type RedisClientLike, RedisScript, jsonReply } from './client.js';

export interface FinalsKeys {
  /** Sorted set of the kept finals' id keys, scored by arrival (Redis's clock in µs, strictly increasing). */
  readonly kept: string;
  /** Where the final of operation `opKey` is kept, as JSON (a KeptFinal). */
  op(opKey: string): string;
  /** Set when a waiter had the final: its eviction is then no loss and is not reported. */
  claimed(opKey: string): string;
  /** Pub/sub channel announcing each stored final; the message is its id key. */
  readonly channel: string;
}

export function finalsKeys(prefix: string): FinalsKeys {
  return {
    kept: `${prefix}ops`,
    op: (opKey) => `${prefix}op:${opKey}`,
    claimed: (opKey) => `${prefix}claimed:${opKey}`,
    channel: `${prefix}finals`,
  };
}

/** What a final's key holds. */
export interface KeptFinal {
  operationId: string;
  callId?: string;
  operation: CommsOperation;
}

// KEYS[1]: the sorted set ("…ops"); KEYS[2…]: each final's key. ARGV: the TTL in ms, the most finals kept, the
// channel, then each final's JSON and id key. A final newly stored is published (its id key) on the channel, and
// scored in microseconds of Redis's clock, each above the newest already kept: finals stored within one
// microsecond (or after the clock went back) still leave in the order they came, never the one just stored. The
// trimmed finals' keys are built from KEYS[1]'s own prefix (which a client-side keyPrefix has already been added
// to), so the script needs a single Redis node, not a cluster. Returns the JSON of every final it evicted that no
// waiter had.
const STORE_SCRIPT = `
local kept = KEYS[1]
local base = string.sub(kept, 1, #kept - 3)
local ttl = tonumber(ARGV[1])
local max = tonumber(ARGV[2])
local channel = ARGV[3]
local t = redis.call('TIME')
local clock = tonumber(t[1]) * 1000000 + tonumber(t[2])
local newest = redis.call('ZRANGE', kept, -1, -1, 'WITHSCORES')
local at = clock
if newest[2] and tonumber(newest[2]) >= at then at = tonumber(newest[2]) + 1 end
for i = 2, #KEYS do
  local arg = 4 + (i - 2) * 2
  if redis.call('SET', KEYS[i], ARGV[arg], 'NX', 'PX', ttl) then
    redis.call('ZADD', kept, string.format('%.0f', at), ARGV[arg + 1])
    at = at + 1
    redis.call('PUBLISH', channel, ARGV[arg + 1])
  end
end
redis.call('ZREMRANGEBYSCORE', kept, '-inf', string.format('%.0f', clock - ttl * 1000))
local evicted = {}
local excess = redis.call('ZCARD', kept) - max
if excess > 0 then
  for _, id in ipairs(redis.call('ZRANGE', kept, 0, excess - 1)) do
    local key = base .. 'op:' .. id
    local value = redis.call('GET', key)
    redis.call('DEL', key)
    if redis.call('DEL', base .. 'claimed:' .. id) == 0 and value then
      evicted[#evicted + 1] = value
    end
  end
  redis.call('ZREMRANGEBYRANK', kept, 0, excess - 1)
end
return evicted
`;
const storeScript = /* @__PURE__ */ new RedisScript(STORE_SCRIPT);

export interface StoreLimits {
  ttlMs: number;
  maxKept: number;
  timeoutMs: number;
}

/**
 * Stores and announces the finals (the first final of an operation wins; a later one changes nothing) and trims
 * the set to `maxKept`. Resolves with the finals this call evicted unclaimed; rejects with StoreUnavailableError.
 */
export async function storeFinals(client: RedisClientLike, keys: FinalsKeys, finals: readonly FinalOperation[], limits: StoreLimits): Promise<KeptFinal[]> {
  const opKeys = finals.map((f) => idKey(f.operationId));
  const scriptKeys = [keys.kept, ...opKeys.map((k) => keys.op(k))];
  const args = [String(limits.ttlMs), String(limits.maxKept), keys.channel, ...finals.flatMap((f, i) => [JSON.stringify(keptFinal(f)), opKeys[i]!])];
  const reply = await storeScript.run<unknown>(client, scriptKeys, args, new Deadline(limits.timeoutMs));
  return (Array.isArray(reply) ? reply : []).map(decodeKept).filter((k): k is KeptFinal => k !== undefined);
}

function keptFinal({ operationId, callId, operation }: FinalOperation): KeptFinal {
  return callId === undefined ? { operationId, operation } : { operationId, callId, operation };
}

/** A final's key as read back; undefined for a missing key or anything this code did not write. */
export function decodeKept(reply: unknown): KeptFinal | undefined {
  const value = jsonReply(reply);
  const { operationId, callId, operation } = (value ?? {}) as Partial<KeptFinal>;
  if (typeof operationId !== 'string' || typeof operation !== 'object' || operation === null) return undefined;
  if (callId !== undefined && typeof callId !== 'string') return undefined;
  return keptFinal({ operationId, callId, operation } as FinalOperation);
}
