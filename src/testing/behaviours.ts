// What each request does to the fake Graph and what it answers, keyed by request descriptor and driven by the
// generated data where that says enough: an action that creates an operation (it has an `operationTypes` entry)
// answers with it (202 + Location, or 200 + the operation), then notifies it running and completed; one without
// answers its first status. What only a name can tell (answer establishes the call, cancelMediaProcessing fails the
// media in progress...) is an effect below; the resources have one handler each.
import { operationTypes } from '../../generated/requests.js';
import type { CallRoute, RequestDescriptor } from '../contract.js';
import { idKey } from '../ids.js';
import type { Payloads } from './notify.js';
import { type CallStore, type FakeCall, type FakeOperation, addOperation, addParticipant, callResource, operationResource, rosterEntry } from './state.js';
import { type Problem, notFound } from './wire.js';

import type { JsonObject as Json } from './json.js';

/** A request the route table matched and the checks passed. */
export interface Exchange {
  desc: RequestDescriptor;
  route: CallRoute;
  /** Path parameters, decoded once, as the request spelled them. */
  params: Record<string, string>;
  body: Json | undefined;
  query: URLSearchParams;
  /** The request path below the version segment, as sent. */
  path: string;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** What follows the answer: state changes, and the notifications they send (resolves once delivered). */
  after?: () => Promise<void>;
  /** `after` runs, and its notifications are answered, before the answer is sent. */
  notifyFirst?: boolean;
}

export type AnswerMode = '202' | '200' | '200+location';

/** What the behaviours read and change. */
export interface World {
  calls: CallStore;
  payloads: Payloads;
  answer: AnswerMode;
  pageSize: number;
  /** An action on a call the fake does not know creates it (true) or answers 404 (false). */
  adoptUnknownCalls: boolean;
  /** The callbackUri of calls adopted or created without one. */
  callbackUri?: string;
  /** Queues the notifications (undefined ones skipped) to the call's callback; resolves once all are answered. */
  notify(call: FakeCall, notifications: (Json | undefined)[]): Promise<void>;
  location(ex: Exchange, operationId: string): string;
  nextLink(ex: Exchange, skip: number): string;
  /** Told when a media operation starts, so that finishMedia can wait for one. */
  mediaStarted(call: FakeCall): void;
  /** Asked once per action that creates an operation: true completes it, and notifies, before the answer. */
  finalFirst(): boolean;
  /** Where a finished recording can be fetched. */
  recordingLocation(operationId: string): string;
}

/** The operations that stay running until finishMedia or a cancelMediaProcessing ends them. */
export const MEDIA_OPERATIONS = new Set(['#microsoft.graph.playPromptOperation', '#microsoft.graph.recordOperation']);
export const COMPLETED = { code: 200, subcode: 0, message: 'Action completed successfully.' };
export const CANCELLED = { code: 400, subcode: 8508, message: 'Action failed, the operation was cancelled.' };

const applicationOf = (ex: Exchange) => (ex.route === 'applications' ? ex.params.applicationId : undefined);

/** Answers the request, or says why not. */
export function serve(world: World, ex: Exchange): Reply | Problem {
  if (ex.desc.name === 'createCall') return createCall(world, ex);
  const call = findCall(world, ex);
  if (!call) return notFound(`Call '${ex.params.callId}' was not found.`);
  if (ex.desc.target === 'participant' && !call.participants.has(idKey(ex.params.participantId!))) {
    return notFound(`Participant '${ex.params.participantId}' was not found in call '${ex.params.callId}'.`);
  }
  if (ex.desc.returns === 'action') return action(world, ex, call);
  const resource = RESOURCES[ex.desc.name];
  if (!resource) return { status: 501, code: 'NotImplemented', message: `The fake Graph has no behaviour for '${ex.desc.name}'.` };
  return resource(world, ex, call);
}

function findCall(world: World, ex: Exchange): FakeCall | undefined {
  const id = ex.params.callId!;
  const known = world.calls.get(id);
  if (known || !world.adoptUnknownCalls) return known;
  return world.calls.add({ id, route: ex.route, applicationId: applicationOf(ex), callbackUri: world.callbackUri });
}

function action(world: World, ex: Exchange, call: FakeCall): Reply {
  const { desc } = ex;
  const effect = EFFECTS[desc.name];
  const operationType = (operationTypes as Record<string, string | undefined>)[desc.name];
  if (operationType === undefined) return { status: desc.statuses[0] ?? 202, after: () => world.notify(call, effect?.(world, call, ex) ?? []) };
  const op = addOperation(call, desc.name, operationType, ex.body?.clientContext, extraOf(desc.name, ex.body));
  const finalFirst = world.finalFirst();
  if (finalFirst) op.finalFirst = true;
  const can = (status: number) => desc.statuses.includes(status);
  const status = (world.answer === '202' && can(202)) || !can(200) ? 202 : 200;
  const located = status === 202 || world.answer === '200+location';
  // The answer is a snapshot: it says `running` even when the notifications after it have completed the operation.
  const body = status === 200 ? operationResource(op) : undefined;
  return {
    status,
    body,
    headers: located ? { Location: world.location(ex, op.id) } : {},
    notifyFirst: finalFirst,
    after: () => {
      const running = world.payloads.operation(call, op);
      const changes = effect?.(world, call, ex) ?? [];
      const media = MEDIA_OPERATIONS.has(op.type);
      if (media && !finalFirst) {
        const sent = world.notify(call, [running, ...changes]);
        world.mediaStarted(call);
        return sent;
      }
      // Nobody would be told it finished: without a callbackUri an operation stays as its answer said.
      if (call.callbackUri !== undefined) media ? completeMedia(world, op) : finish(op, 'completed', COMPLETED);
      return world.notify(call, [running, ...changes, op.status === 'running' ? undefined : world.payloads.operation(call, op)]);
    },
  };
}

/** Completes a prompt or a recording as if its media had played to the end; a recording says where it is kept. */
export function completeMedia(world: World, op: FakeOperation): void {
  const recording = op.type === '#microsoft.graph.recordOperation' ? { recordingLocation: world.recordingLocation(op.id), recordingAccessToken: `recording-${op.id}` } : {};
  finish(op, 'completed', COMPLETED, recording);
}

export function finish(op: FakeOperation, status: 'completed' | 'failed', resultInfo: FakeOperation['resultInfo'], extra: Json = {}): void {
  op.status = status;
  op.resultInfo = resultInfo;
  Object.assign(op.extra, extra);
}

function extraOf(name: string, body: Json | undefined): Json {
  if (name === 'inviteParticipants') return { participants: body?.participants ?? [] };
  return {};
}

/** The running media operations of a call, failed as a cancelMediaProcessing fails them; their notifications. */
export function cancelMedia(world: World, call: FakeCall): Json[] {
  const out: Json[] = [];
  for (const op of call.operations.values()) {
    if (op.status !== 'running' || !MEDIA_OPERATIONS.has(op.type)) continue;
    const reason = op.type === '#microsoft.graph.recordOperation' ? 'operationCanceled' : 'mediaOperationCanceled';
    finish(op, 'failed', CANCELLED, { completionReason: reason });
    out.push(world.payloads.operation(call, op)!);
  }
  return out;
}

/** Sets the call's state and says so; a final state also removes the call. */
function moveCall(world: World, call: FakeCall, states: string[], final?: { resultInfo: Json }): Json[] {
  const out = states.map((state) => {
    call.state = state;
    return world.payloads.call(call, 'updated', { state });
  });
  if (final) {
    call.state = 'terminated';
    world.calls.delete(call);
    out.push(world.payloads.call(call, 'deleted', { state: 'terminated', resultInfo: { '@odata.type': '#microsoft.graph.resultInfo', ...final.resultInfo } }));
  }
  return out;
}

function setMuted(world: World, call: FakeCall, participantId: string, isMuted: boolean): Json[] {
  const p = call.participants.get(idKey(participantId));
  if (!p) return [];
  p.isMuted = isMuted;
  return [world.payloads.roster(call, [rosterEntry(call, p)])];
}

/** An action's own change to the call; returns the notifications that tell of it. */
type Effect = (world: World, call: FakeCall, ex: Exchange) => Json[];

const ENDED = { resultInfo: { code: 200, subcode: 5001, message: 'The conversation has ended.' } };

const EFFECTS: Record<string, Effect> = {
  answer(world, call, ex) {
    if (typeof ex.body?.callbackUri === 'string') call.callbackUri = ex.body.callbackUri;
    return moveCall(world, call, ['establishing', 'established']);
  },
  reject: (world, call) => moveCall(world, call, [], ENDED),
  redirect: (world, call) => moveCall(world, call, ['redirecting'], ENDED),
  transfer: (world, call) => moveCall(world, call, ['transferring', 'transferAccepted'], { resultInfo: { code: 0, subcode: 7015, message: 'GracefulTransferCompleted' } }),
  mute: (world, call) => setMuted(world, call, call.myParticipantId, true),
  unmute: (world, call) => setMuted(world, call, call.myParticipantId, false),
  muteParticipant: (world, call, ex) => setMuted(world, call, ex.params.participantId!, true),
  subscribeToTone(_world, call) {
    call.toneSubscribed = true;
    return [];
  },
  inviteParticipants(world, call, ex) {
    const invited = ((ex.body?.participants ?? []) as Json[]).map((p) => addParticipant(call, { info: { identity: p.identity } }));
    return [world.payloads.roster(call, invited.map((p) => rosterEntry(call, p)))];
  },
  cancelMediaProcessing: (world, call) => cancelMedia(world, call),
};

type Resource = (world: World, ex: Exchange, call: FakeCall) => Reply | Problem;

function createCall(world: World, ex: Exchange): Reply {
  const { '@odata.type': _type, id: _id, state: _state, callbackUri, ...members } = ex.body ?? {};
  const targets = Array.isArray(members.targets) ? (members.targets as Json[]) : [];
  const call = world.calls.add({
    route: ex.route,
    applicationId: applicationOf(ex),
    callbackUri: typeof callbackUri === 'string' ? callbackUri : world.callbackUri,
    state: 'establishing',
    resource: { direction: 'outgoing', ...members },
    participants: targets.map((t) => ({ info: { identity: t.identity } })),
  });
  return { status: 201, body: callResource(call), after: () => world.notify(call, moveCall(world, call, ['establishing', 'established'])) };
}

const RESOURCES: Record<string, Resource> = {
  getCall: (_world, _ex, call) => ({ status: 200, body: callResource(call) }),
  deleteCall(world, _ex, call) {
    // Gone at once (a getCall after the answer is a 404); the bot hears it end after the answer.
    const notifications = moveCall(world, call, ['terminating'], ENDED);
    return { status: 204, after: () => world.notify(call, notifications) };
  },
  getParticipant: (_world, ex, call) => ({ status: 200, body: call.participants.get(idKey(ex.params.participantId!)) }),
  listParticipants(world, ex, call) {
    const skip = ex.query.has('$skiptoken') ? Number(ex.query.get('$skiptoken')) : 0;
    if (!Number.isSafeInteger(skip) || skip < 0) return { status: 400, code: 'BadRequest', message: `Invalid $skiptoken '${ex.query.get('$skiptoken')}'.` };
    const all = [...call.participants.values()];
    const page = all.slice(skip, skip + world.pageSize);
    const next = skip + world.pageSize < all.length ? { '@odata.nextLink': world.nextLink(ex, skip + world.pageSize) } : {};
    return { status: 200, body: { value: page, ...next } };
  },
  getOperation(_world, ex, call) {
    const op = call.operations.get(idKey(ex.params.operationId!));
    if (!op) return notFound(`Operation '${ex.params.operationId}' was not found in call '${ex.params.callId}'.`);
    return { status: 200, body: operationResource(op) };
  },
};
