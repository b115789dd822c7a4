// Where a call's state lives in Redis and the one atomic step that changes it. A call is one hash,
// `{prefix}call:{idKey}`, with `v` (a random version, new on every write) and `state` (the CallState as JSON);
// `{prefix}calls` is a sorted set of the calls by when they were last written: microseconds of Redis's own clock
// (one clock for the whole fleet), made strictly increasing so that two writes never tie. The script
// writes a call only if its version is still the one the writer read (else it hands back what is there now, for
// the next attempt), refreshes the TTLs, and evicts the calls seen least recently past the bound, all at once.
import { randomUUID } from 'node:crypto';
import type { CallState, ParticipantResource } from '../calls/state.js';
import { isObject } from '../options.js';
import { type Deadline, type RedisClientLike, RedisScript, command, jsonReply, replyText } from './client.js';
import { StoreUnavailableError } from './errors.js';

// KEYS[1] the call's hash, KEYS[2] the calls by last write.
// ARGV[1] the version read ('' when there was none), ARGV[2] the new version ('' deletes the call),
// ARGV[3] the state JSON, ARGV[4] the call's member in KEYS[2], ARGV[5] the TTL in ms, ARGV[6] the most calls
// kept, ARGV[7] the key prefix of a call's hash (prefix .. member), for the calls it evicts.
// Replies {0, version, state} when the version moved on; {1, state of each call evicted...} when written.
const WRITE_CALL = `
local held = redis.call('HGET', KEYS[1], 'v') or ''
if held ~= ARGV[1] then
  local now = redis.call('HMGET', KEYS[1], 'v', 'state')
  return {0, now[1] or '', now[2] or ''}
end
if ARGV[2] == '' then
  redis.call('DEL', KEYS[1])
  redis.call('ZREM', KEYS[2], ARGV[4])
  return {1}
end
local ttl = tonumber(ARGV[5])
redis.call('HSET', KEYS[1], 'v', ARGV[2], 'state', ARGV[3])
redis.call('PEXPIRE', KEYS[1], ttl)
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000000 + tonumber(time[2])
local newest = redis.call('ZRANGE', KEYS[2], -1, -1, 'WITHSCORES')
if newest[2] and tonumber(newest[2]) >= now then now = tonumber(newest[2]) + 1 end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', string.format('%.0f', now - ttl * 1000))
redis.call('ZADD', KEYS[2], string.format('%.0f', now), ARGV[4])
redis.call('PEXPIRE', KEYS[2], ttl)
local over = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[6])
local reply = {1}
if over > 0 then
  -- the call just written has the highest score, so it is never among the oldest
  local oldest = redis.call('ZPOPMIN', KEYS[2], over)
  for i = 1, #oldest, 2 do
    local key = ARGV[7] .. oldest[i]
    local state = redis.call('HGET', key, 'state')
    redis.call('DEL', key)
    if state then table.insert(reply, state) end
  end
end
return reply
`;
const writeCall = /* @__PURE__ */ new RedisScript(WRITE_CALL);

export interface StoreLayout {
  readonly keyPrefix: string;
  readonly callTtlMs: number;
  readonly maxCalls: number;
}

/** A call as read: its version ('' when Redis holds none) and its state (undefined when none, or unreadable). */
export interface StoredCall {
  version: string;
  state: CallState | undefined;
}

export type WriteOutcome = { written: true; evicted: CallState[] } | { written: false; current: StoredCall };

const callKey = (layout: StoreLayout, member: string) => `${layout.keyPrefix}call:${member}`;
const callsKey = (layout: StoreLayout) => `${layout.keyPrefix}calls`;

/**
 * A stored state back as a CallState; undefined for anything else (a value another program wrote, say), which
 * the next write then replaces.
 */
export function decodeState(reply: unknown): CallState | undefined {
  const value = jsonReply(reply);
  if (!isObject(value) || typeof value.callId !== 'string' || !isObject(value.participants)) return undefined;
  if (value.call !== undefined && !isObject(value.call)) return undefined;
  if (!Object.values(value.participants).every(isObject)) return undefined;
  return value as unknown as CallState;
}

export async function readCall(redis: RedisClientLike, layout: StoreLayout, member: string, deadline: Deadline): Promise<StoredCall> {
  const reply = await command<unknown>(redis, ['HMGET', callKey(layout, member), 'v', 'state'], deadline);
  const fields = Array.isArray(reply) ? reply : [];
  return { version: replyText(fields[0]) ?? '', state: decodeState(fields[1]) };
}

/** Writes `next` (undefined: deletes the call) if the call's version is still `read.version`. */
export async function writeCallIfUnchanged(
  redis: RedisClientLike,
  layout: StoreLayout,
  member: string,
  read: StoredCall,
  next: CallState | undefined,
  deadline: Deadline,
): Promise<WriteOutcome> {
  const keys = [callKey(layout, member), callsKey(layout)];
  const args = [read.version, next ? randomUUID() : '', next ? JSON.stringify(next) : '', member, String(layout.callTtlMs), String(layout.maxCalls), callKey(layout, '')];
  const reply = await writeCall.run<unknown>(redis, keys, args, deadline);
  if (!Array.isArray(reply)) throw new StoreUnavailableError('the call script answered something other than an array');
  if (Number(reply[0]) === 1) {
    return { written: true, evicted: reply.slice(1).flatMap((s) => decodeState(s) ?? []) };
  }
  return { written: false, current: { version: replyText(reply[1]) ?? '', state: decodeState(reply[2]) } };
}

/** The participants of a state, in the order they were first seen. */
export const participantsOf = (state: CallState | undefined): ParticipantResource[] => Object.values(state?.participants ?? {});
