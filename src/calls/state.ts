// What one notification does to the known state of one call: pure functions of (state, notification), so the
// in-memory registry and the Redis one (which runs them inside an optimistic transaction) apply the same rules.
import type { ChangeType, CommsNotification } from '../../generated/index.js';
import { idKey } from '../ids.js';
import { isObject } from '../options.js';
import { resourceOf } from '../resources.js';

/** An entity as a notification carries it: open, with an id and an `@odata.type` as Graph writes them. */
export type CommsEntity = Record<string, unknown> & { id?: unknown; '@odata.type'?: unknown };
/** A call resource as notifications carry it (generated `Call` once the spec slice has it). */
export type CallResource = CommsEntity & { state?: unknown; toneInfo?: unknown };
/** A participant resource as notifications carry it. */
export type ParticipantResource = CommsEntity & { isMuted?: unknown; rosterSequenceNumber?: unknown };

/** The latest known state of a call; participants by id key (see ids.idKey). */
export interface CallState {
  callId: string;
  call?: CallResource;
  participants: Record<string, ParticipantResource>;
}

/** What a bot reads from one change. */
export type CallEvent =
  | 'callCreated'
  | 'callStateChanged'
  | 'toneReceived'
  | 'callUpdated'
  | 'callDeleted'
  | 'participantJoined'
  | 'participantUpdated'
  | 'participantMuted'
  | 'participantUnmuted'
  | 'participantLeft';

export interface CallChange {
  kind: 'call' | 'participant';
  changeType: ChangeType;
  callId: string;
  event: CallEvent;
  resource: CallResource | ParticipantResource;
  previous?: CallResource | ParticipantResource;
}

/** Where a notification's resource points: a call, its participants (one or all), or something else of it. */
export interface CallResourceRef {
  callId: string;
  kind: 'call' | 'participants' | 'other';
}

/** Reads `/…/calls/{callId}[/participants[/{id}]]` from a resource path or URL (the leading slash may be missing). */
export function callResourceOf(resource: unknown): CallResourceRef | undefined {
  const ref = resourceOf(resource);
  return ref && { callId: ref.callId, kind: ref.kind === 'operation' ? 'other' : ref.kind };
}

const isEntity = isObject as (v: unknown) => v is CommsEntity;
const sequenceOf = (p: ParticipantResource | undefined) =>
  typeof p?.rosterSequenceNumber === 'number' ? p.rosterSequenceNumber : typeof p?.rosterSequenceNumber === 'string' ? Number(p.rosterSequenceNumber) : undefined;
const changeTypeOf = (n: CommsNotification) => String(n.changeType).toLowerCase() as ChangeType;

function callEvents(changeType: ChangeType, previous: CallResource | undefined, next: CallResource): CallEvent[] {
  if (changeType === 'deleted') return ['callDeleted'];
  const events: CallEvent[] = [];
  if (previous === undefined || changeType === 'created') events.push('callCreated');
  else if (next.state !== undefined && next.state !== previous.state) events.push('callStateChanged');
  const tone = next.toneInfo as { sequenceId?: unknown } | undefined;
  const before = previous?.toneInfo as { sequenceId?: unknown } | undefined;
  if (isEntity(tone) && (!isEntity(before) || tone.sequenceId !== before.sequenceId)) events.push('toneReceived');
  if (events.length === 0) events.push('callUpdated');
  return events;
}

function participantEvent(changeType: ChangeType, previous: ParticipantResource | undefined, next: ParticipantResource): CallEvent {
  if (changeType === 'deleted') return 'participantLeft';
  if (previous === undefined) return 'participantJoined';
  if (next.isMuted === true && previous.isMuted !== true) return 'participantMuted';
  if (next.isMuted === false && previous.isMuted === true) return 'participantUnmuted';
  return 'participantUpdated';
}

/**
 * Applies one notification to the state of the call it names (undefined: not known yet). Returns the next state
 * (undefined once the call is deleted) and the changes, in payload order. An update to a participant whose
 * rosterSequenceNumber is older than the one held is dropped; an entity with no usable id is skipped.
 */
export function applyToCall(state: CallState | undefined, ref: CallResourceRef, n: CommsNotification): { next: CallState | undefined; changes: CallChange[] } {
  const changeType = changeTypeOf(n);
  const data: unknown = n.resourceData;
  const items = (Array.isArray(data) ? data : [data]).filter(isEntity);
  // Object.assign rather than spreads: V8 takes a spread with members added off its fast path (about a microsecond each).
  const next: CallState = state ? Object.assign({}, state, { participants: Object.assign({}, state.participants) }) : { callId: ref.callId, participants: {} };
  const changes: CallChange[] = [];
  if (ref.kind === 'call') {
    const item = items[0];
    if (item === undefined) return { next: state, changes };
    const previous = state?.call;
    const merged: CallResource = changeType === 'created' || previous === undefined ? { ...item } : Object.assign({}, previous, item);
    for (const event of callEvents(changeType, previous, merged)) changes.push({ kind: 'call', changeType, callId: ref.callId, event, resource: merged, ...(previous ? { previous } : {}) });
    if (changeType === 'deleted') return { next: undefined, changes };
    next.call = merged;
    return { next, changes };
  }
  if (ref.kind !== 'participants') return { next: state, changes };
  for (const item of items) {
    if (typeof item.id !== 'string' || item.id === '') continue;
    const key = idKey(item.id);
    const previous = next.participants[key];
    const held = sequenceOf(previous);
    const incoming = sequenceOf(item);
    if (held !== undefined && incoming !== undefined && incoming < held) continue;
    const merged: ParticipantResource = previous ? Object.assign({}, previous, item) : { ...item };
    changes.push({ kind: 'participant', changeType, callId: ref.callId, event: participantEvent(changeType, previous, merged), resource: merged, ...(previous ? { previous } : {}) });
    if (changeType === 'deleted') delete next.participants[key];
    else next.participants[key] = merged;
  }
  // A roster notification that changed nothing does not make an unknown call known.
  return { next: state === undefined && changes.length === 0 ? undefined : next, changes };
}
