// What every operation tracker reads the same way, in memory or on Redis: which operation a waitFor names, and
// which final operations a payload carries. Pure functions (no SDK classes), so a separate bundle may carry a copy.
import type { CommsNotification, CommsNotifications, CommsOperation } from '../../generated/index.js';
import { idKey } from '../ids.js';
import { resourceOf } from '../resources.js';

/** What waitFor takes besides an id: an action's result (`{ callId, operationId, operation? }`). `Op` is its operation type. */
export interface TrackedResult<Op = CommsOperation> {
  callId?: string;
  operationId?: string;
  operation?: Op;
}

/** The keys a waitFor matches on; `final` when the result it was given already is the answer. */
export interface WaitTarget {
  opKey: string;
  /** Set when the waiter named its call: then only that call's notification settles it. */
  callKey?: string;
  /** The operation id as the caller spelled it, for messages. */
  label: string;
  final?: CommsOperation;
}

/** A final operation a payload carries, with the ids its notification names it by (as sent). */
export interface FinalOperation {
  operationId: string;
  callId?: string;
  operation: CommsOperation;
}

const FINAL = /* @__PURE__ */ new Set(['completed', 'failed']);

export const isFinal = (op: { status?: unknown } | undefined): boolean => typeof op?.status === 'string' && FINAL.has(op.status.toLowerCase());

/** A call known on one side only does not tell two operations apart. */
export const sameCall = (a: string | undefined, b: string | undefined): boolean => a === undefined || b === undefined || a === b;

const operationIds = (resource: unknown): { callId: string; operationId: string } | undefined => {
  const ref = resourceOf(resource);
  return ref?.kind === 'operation' ? { callId: ref.callId, operationId: ref.operationId! } : undefined;
};

/** The keys waitFor matches on, from an id, a Location or resource URL, or a result; throws TypeError otherwise. */
export function waitTarget(ref: unknown): WaitTarget {
  if (typeof ref === 'string') {
    if (ref === '') throw new TypeError('waitFor needs an operation id, a Location, or an action result');
    // An id never holds "/": a string that does is a Location or a notification resource.
    if (!ref.includes('/')) return { opKey: idKey(ref), label: ref };
    const ids = operationIds(ref);
    if (!ids) throw new TypeError(`waitFor: ${JSON.stringify(ref)} is no .../calls/{callId}/operations/{operationId} URL; pass the operation id or the action result`);
    return { opKey: idKey(ids.operationId), callKey: idKey(ids.callId), label: ids.operationId };
  }
  if (typeof ref !== 'object' || ref === null) throw new TypeError('waitFor needs an operation id, a Location, or an action result');
  const { callId, operationId, operation } = ref as TrackedResult;
  if (typeof operationId !== 'string' || operationId === '') throw new TypeError('waitFor: this result has no operationId, so no notification can name it');
  if (callId !== undefined && (typeof callId !== 'string' || callId === '')) throw new TypeError("waitFor: the result's callId must be a non-empty string");
  const target: WaitTarget = { opKey: idKey(operationId), label: operationId };
  if (callId !== undefined) target.callKey = idKey(callId);
  if (isFinal(operation)) target.final = operation as CommsOperation;
  return target;
}

/** Every operation in the payload that reached completed or failed and that its notification names; the rest is skipped. */
export function* finalsOf(notifications: CommsNotifications): Generator<FinalOperation> {
  const list: unknown = (notifications as { value?: unknown } | null)?.value;
  if (!Array.isArray(list)) return;
  for (const n of list as CommsNotification[]) {
    if (typeof n !== 'object' || n === null) continue;
    const data: unknown = n.resourceData;
    const items = Array.isArray(data) ? data : [data];
    for (const item of items) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
      const operation = item as CommsOperation;
      if (!isFinal(operation)) continue;
      const ids = idsOf(n, operation, items.length === 1);
      // Object.assign: a spread with a member added leaves V8's fast path (about a microsecond each).
      if (ids) yield Object.assign({}, ids, { operation });
    }
  }
}

/**
 * The notification's resource names the operation (and its call) when it carries one entity; an array of entities
 * is named item by item by their `@odata.id`. A bare `id` counts only on something that has a status, i.e. an
 * operation, and names no call.
 */
function idsOf(n: CommsNotification, op: CommsOperation, single: boolean): { callId?: string; operationId: string } | undefined {
  const candidates = single ? [n.resourceUrl, n.resource, op['@odata.id']] : [op['@odata.id']];
  for (const c of candidates) {
    const ids = operationIds(c);
    if (ids) return ids;
  }
  return typeof op.id === 'string' && op.id !== '' ? { operationId: op.id } : undefined;
}
