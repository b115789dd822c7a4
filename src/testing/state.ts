// What the fake Graph knows: its calls, each with its participants and the operations its actions created, as
// plain records the behaviours change and the resources are served from. Ids are matched as Graph matches them
// (a GUID in any case, with or without dashes); every list is bounded.
import { randomUUID } from 'node:crypto';
import type { CallRoute } from '../contract.js';
import { idKey } from '../ids.js';

import type { JsonObject as Json } from './json.js';

/** An operation an action created. Its `resource` is what getOperation and the notifications carry. */
export interface FakeOperation {
  readonly id: string;
  readonly callId: string;
  /** Its `@odata.type` ("#microsoft.graph.playPromptOperation"). */
  readonly type: string;
  /** The descriptor name of the action that created it ("playPrompt"). */
  readonly action: string;
  status: 'running' | 'completed' | 'failed';
  clientContext?: string;
  resultInfo?: { code: number; subcode: number; message: string };
  /** Members of its type besides the common ones (participants, completionReason, recordingLocation...). */
  extra: Json;
  /** Picked by finalsBeforeAnswer: completed, and its final notification answered, before its action was. */
  finalFirst?: true;
}

/** A call as the fake Graph holds it. */
export interface FakeCall {
  readonly id: string;
  /** The route it was first named on; notifications in the 2018 style use it. */
  readonly route: CallRoute;
  readonly applicationId?: string;
  /** Where its notifications go; none go out without one. */
  callbackUri?: string;
  state: string;
  /** The bot's own participant. */
  readonly myParticipantId: string;
  /** Every other member of the call resource (direction, source, targets, requestedModalities...). */
  resource: Json;
  /** Participants in roster order, by id key. */
  readonly participants: Map<string, Json>;
  /** Operations in creation order, by id key. */
  readonly operations: Map<string, FakeOperation>;
  toneSubscribed: boolean;
  toneSequence: number;
  rosterSequence: number;
  etag: number;
}

/** Operations kept per call; past it the oldest finished ones are dropped. */
export const MAX_OPERATIONS_PER_CALL = 10_000;

export interface NewCall {
  id?: string;
  route?: CallRoute;
  applicationId?: string;
  callbackUri?: string;
  state?: string;
  /** Members of the call resource to start from. */
  resource?: Json;
  /** Participants besides the bot (each gets an id unless it has one). Default: none. */
  participants?: Json[];
}

export class CallStore {
  readonly #calls = new Map<string, FakeCall>();

  /** `appId`: the bot's application id, the identity of its own participant in every call. */
  constructor(private readonly appId: string) {}

  get all(): FakeCall[] {
    return [...this.#calls.values()];
  }

  get(id: string): FakeCall | undefined {
    return this.#calls.get(idKey(id));
  }

  add(init: NewCall): FakeCall {
    const id = init.id ?? randomUUID();
    if (this.#calls.has(idKey(id))) throw new TypeError(`the fake Graph already has a call ${JSON.stringify(id)}`);
    const myParticipantId = randomUUID();
    const call: FakeCall = {
      id,
      route: init.route ?? 'communications',
      ...(init.applicationId !== undefined ? { applicationId: init.applicationId } : {}),
      ...(init.callbackUri !== undefined ? { callbackUri: init.callbackUri } : {}),
      state: init.state ?? 'established',
      myParticipantId,
      resource: { ...init.resource },
      participants: new Map(),
      operations: new Map(),
      toneSubscribed: false,
      toneSequence: 0,
      rosterSequence: 0,
      etag: 0,
    };
    addParticipant(call, { id: myParticipantId, info: { identity: { application: { id: this.appId, displayName: 'Bot' } } } });
    for (const p of init.participants ?? []) addParticipant(call, p);
    this.#calls.set(idKey(id), call);
    return call;
  }

  delete(call: FakeCall): void {
    this.#calls.delete(idKey(call.id));
  }

  clear(): void {
    this.#calls.clear();
  }
}

/** Adds (or replaces) a participant; returns its resource. */
export function addParticipant(call: FakeCall, p: Json): Json {
  const id = typeof p.id === 'string' && p.id !== '' ? p.id : randomUUID();
  const participant: Json = { '@odata.type': '#microsoft.graph.participant', isMuted: false, isInLobby: false, ...p, id };
  call.participants.set(idKey(id), participant);
  return participant;
}

/** The participant's resource with a fresh rosterSequenceNumber, as a roster notification carries it. */
export function rosterEntry(call: FakeCall, participant: Json): Json {
  return { ...participant, rosterSequenceNumber: ++call.rosterSequence };
}

export function addOperation(call: FakeCall, action: string, type: string, clientContext: unknown, extra: Json = {}): FakeOperation {
  const op: FakeOperation = { id: randomUUID(), callId: call.id, type, action, status: 'running', extra };
  if (typeof clientContext === 'string') op.clientContext = clientContext;
  call.operations.set(idKey(op.id), op);
  if (call.operations.size > MAX_OPERATIONS_PER_CALL) {
    for (const [key, old] of call.operations) {
      if (old.status !== 'running') {
        call.operations.delete(key);
        break;
      }
    }
  }
  return op;
}

/** The call resource as getCall (and a created notification) shows it. */
export function callResource(call: FakeCall): Json {
  return { '@odata.type': '#microsoft.graph.call', ...call.resource, id: call.id, state: call.state, myParticipantId: call.myParticipantId, ...(call.callbackUri !== undefined ? { callbackUri: call.callbackUri } : {}) };
}

/** The operation resource as getOperation, a 200 answer and a notification show it. */
export function operationResource(op: FakeOperation): Json {
  return {
    '@odata.type': op.type,
    id: op.id,
    status: op.status,
    ...(op.clientContext !== undefined ? { clientContext: op.clientContext } : {}),
    ...(op.resultInfo ? { resultInfo: { '@odata.type': '#microsoft.graph.resultInfo', ...op.resultInfo } } : {}),
    ...op.extra,
  };
}
