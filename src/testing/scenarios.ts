// What the test drives rather than the bot: a call coming in, a caller pressing a key, the media of a prompt or
// a recording coming to its end. Each resolves once the bot has answered the notification it caused.
import { randomUUID } from 'node:crypto';
import type { Tone } from '../../generated/index.js';
import type { CallRoute } from '../contract.js';
import { TimeoutError } from '../index.js';
import { MEDIA_OPERATIONS, type World, completeMedia } from './behaviours.js';
import type { Delivery, Notifier } from './notify.js';
import { type FakeCall, type FakeOperation, callResource } from './state.js';

import type { JsonObject as Json } from './json.js';

export interface IncomingCallOptions {
  /** The bot's callback, where the `created` notification (and every later one of the call) goes. */
  callbackUri: string;
  /** Default: a fresh GUID. */
  callId?: string;
  /** The caller's identitySet. Default: a user with a fresh id. */
  caller?: Json;
  /** Members of the call resource besides the ones the kit sets (subject, incomingContext...). */
  resource?: Json;
  /** Default "communications". */
  route?: CallRoute;
  applicationId?: string;
}

export interface FinishMediaOptions {
  /** How long to wait for a prompt or a recording to start, when none is running. Default 10 s. */
  timeoutMs?: number;
}

/** The parts of the fake Graph the scenarios drive. */
export interface Stage {
  world: World;
  notifier: Notifier;
  appId: string;
  tenantId: string;
  /** Resolves when a media operation of the call starts (or at once if one runs); rejects on timeout or close. */
  mediaRunning(call: FakeCall, timeoutMs: number): Promise<void>;
}

const delivered = (what: string) => (d: Delivery | undefined) => {
  if (d === undefined) return;
  if (d.error !== undefined) throw new Error(`the bot did not take ${what}: ${(d.error as Error).message ?? String(d.error)}`, { cause: d.error });
};

export async function simulateIncomingCall(stage: Stage, options: IncomingCallOptions): Promise<{ callId: string }> {
  if (typeof options !== 'object' || options === null || typeof options.callbackUri !== 'string') throw new TypeError('simulateIncomingCall needs { callbackUri }');
  const source = { '@odata.type': '#microsoft.graph.participantInfo', identity: options.caller ?? { user: { id: randomUUID(), displayName: 'Caller' } }, region: 'amer', languageId: 'en-US' };
  const call = stage.world.calls.add({
    id: options.callId ?? randomUUID(),
    route: options.route ?? 'communications',
    applicationId: options.applicationId,
    callbackUri: options.callbackUri,
    state: 'incoming',
    resource: {
      direction: 'incoming',
      source,
      targets: [{ '@odata.type': '#microsoft.graph.invitationParticipantInfo', identity: { application: { id: stage.appId, displayName: 'Bot' } } }],
      requestedModalities: ['audio'],
      tenantId: stage.tenantId,
      ...options.resource,
    },
    participants: [{ info: source }],
  });
  const created = stage.world.payloads.call(call, 'created', callResource(call));
  await stage.notifier.send(call, call.callbackUri, [created]).then(delivered('the incoming call'));
  return { callId: call.id };
}

export async function sendTone(stage: Stage, callId: string, tone: Tone): Promise<void> {
  const call = known(stage, callId);
  if (!call.toneSubscribed) throw new TypeError(`call ${callId} has not subscribed to tones (subscribeToTone), so Graph would not tell the bot`);
  const toneInfo = { '@odata.type': '#microsoft.graph.toneInfo', sequenceId: ++call.toneSequence, tone };
  call.resource.toneInfo = toneInfo;
  const update = stage.world.payloads.call(call, 'updated', { state: call.state, toneInfo });
  await stage.notifier.send(call, call.callbackUri, [update]).then(delivered('the tone'));
}

/**
 * Brings the call's running prompts and recordings to their end (waiting for one to start if none runs yet), as
 * if the media had played or the caller had stopped speaking; resolves with them once the bot was told.
 */
export async function finishMedia(stage: Stage, callId: string, options: FinishMediaOptions = {}): Promise<FakeOperation[]> {
  const call = known(stage, callId);
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (!(typeof timeoutMs === 'number' && timeoutMs >= 0)) throw new TypeError('timeoutMs must be a number >= 0');
  await stage.mediaRunning(call, timeoutMs);
  const done: FakeOperation[] = [];
  const notifications: Json[] = [];
  for (const op of call.operations.values()) {
    if (op.status !== 'running' || !MEDIA_OPERATIONS.has(op.type)) continue;
    completeMedia(stage.world, op);
    done.push(op);
    notifications.push(stage.world.payloads.operation(call, op)!);
  }
  await stage.world.notify(call, notifications);
  return done;
}

export function hasRunningMedia(call: FakeCall): boolean {
  for (const op of call.operations.values()) if (op.status === 'running' && MEDIA_OPERATIONS.has(op.type)) return true;
  return false;
}

function known(stage: Stage, callId: string): FakeCall {
  if (typeof callId !== 'string') throw new TypeError('callId must be a string');
  const call = stage.world.calls.get(callId);
  if (!call) throw new TypeError(`the fake Graph has no call ${JSON.stringify(callId)}`);
  return call;
}

export function mediaTimeout(callId: string, ms: number): TimeoutError {
  return new TimeoutError(`no prompt or recording started on call ${callId} within ${ms} ms`);
}
