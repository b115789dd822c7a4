// The notifications the fake Graph POSTs to a call's callbackUri: Graph's commsNotifications payloads (see
// test/fixtures/graph-docs for the real ones), signed, delivered one after another per call so that a bot sees a
// call's changes in the order they happened, and recorded. Delivery never throws: failures are recorded.
import type { CallRoute } from '../contract.js';
import { isLoopback } from '../hosts.js';
import { type FakeCall, type FakeOperation, operationResource } from './state.js';
import { notificationId } from './wire.js';

import type { JsonObject as Json } from './json.js';

/**
 * `current`: today's Graph, `resourceUrl` on /communications, the operation's own type, `running` then the final
 * state. `2018`: the seed's beta, `resource` on the call's route, a `commsOperation`, the final state only.
 */
export type NotificationStyle = 'current' | '2018';

/** One POST to a callback: what was sent, and the status it was answered with (or why it failed). */
export interface Delivery {
  callbackUri: string;
  payload: { value: Json[] };
  status?: number;
  error?: unknown;
}

export const MAX_RECORDED = 10_000;
const DELIVERY_TIMEOUT_MS = 10_000;

const routePath = (route: CallRoute, applicationId: string | undefined) => (route === 'applications' ? `/applications/${notificationId(applicationId ?? '')}` : `/${route}`);

/** Builds the commsNotification objects of one call, in the chosen style. */
export class Payloads {
  constructor(readonly style: NotificationStyle) {}

  #path(call: FakeCall, rest = ''): { key: 'resourceUrl' | 'resource'; path: string } {
    const calls = `/calls/${notificationId(call.id)}${rest}`;
    return this.style === 'current' ? { key: 'resourceUrl', path: `/communications${calls}` } : { key: 'resource', path: routePath(call.route, call.applicationId) + calls };
  }

  #notification(changeType: string, at: { key: string; path: string }, resourceData: unknown): Json {
    return { '@odata.type': '#microsoft.graph.commsNotification', changeType, [at.key]: at.path, resourceData };
  }

  /** A change of the call resource: `members` are what changed (or the whole call, when created). */
  call(call: FakeCall, changeType: 'created' | 'updated' | 'deleted', members: Json): Json {
    const at = this.#path(call);
    return this.#notification(changeType, at, { '@odata.type': '#microsoft.graph.call', '@odata.id': at.path, '@odata.etag': `W/"${++call.etag}"`, ...members });
  }

  /** The operation as it is now: `updated` while it runs, `deleted` once final. Undefined when the style skips it. */
  operation(call: FakeCall, op: FakeOperation): Json | undefined {
    const final = op.status !== 'running';
    if (this.style === '2018' && !final) return undefined;
    const at = this.#path(call, `/operations/${notificationId(op.id)}`);
    const data =
      this.style === 'current'
        ? { ...operationResource(op), '@odata.id': at.path, '@odata.etag': `W/"${++call.etag}"` }
        : { '@odata.type': '#microsoft.graph.commsOperation', '@odata.id': at.path, '@odata.etag': 'W/"1"', clientContext: op.clientContext, status: op.status, ...(op.status === 'failed' ? { resultInfo: op.resultInfo } : {}) };
    return this.#notification(final ? 'deleted' : 'updated', at, data);
  }

  /** A roster update: the participants that changed, as an array. */
  roster(call: FakeCall, participants: Json[], changeType: 'updated' | 'deleted' = 'updated'): Json {
    return this.#notification(changeType, this.#path(call, '/participants'), participants);
  }
}

export interface NotifierOptions {
  /** The bearer token of the next POST; undefined sends none. */
  sign(): Promise<string | undefined>;
}

export class Notifier {
  readonly deliveries: Delivery[] = [];
  readonly failures: unknown[] = [];
  sent = 0;
  readonly #chains = new Map<unknown, Promise<Delivery | undefined>>();
  readonly #pending = new Set<Promise<unknown>>();
  readonly #stop = new AbortController();

  constructor(private readonly options: NotifierOptions) {}

  /**
   * Queues a POST of `notifications` to `callbackUri`, after every earlier one queued under `order` (a call);
   * resolves once it was answered or failed. Nothing is sent without a callbackUri.
   */
  send(order: unknown, callbackUri: string | undefined, notifications: Json[]): Promise<Delivery | undefined> {
    const previous = this.#chains.get(order) ?? Promise.resolve(undefined);
    if (callbackUri === undefined || notifications.length === 0) return previous.then(() => undefined);
    const next = previous.then(() => this.#deliver(callbackUri, { value: notifications }));
    this.#chains.set(order, next);
    this.#pending.add(next);
    void next.finally(() => {
      this.#pending.delete(next);
      if (this.#chains.get(order) === next) this.#chains.delete(order);
    });
    return next;
  }

  /** Resolves once every queued notification was answered (or failed), those queued meanwhile included. */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.all([...this.#pending]);
  }

  /** Ends every delivery in flight and refuses the ones still queued. */
  stop(): void {
    this.#stop.abort(new Error('the fake Graph was closed'));
  }

  async #deliver(callbackUri: string, payload: { value: Json[] }): Promise<Delivery> {
    const delivery: Delivery = { callbackUri, payload };
    record(this.deliveries, delivery);
    const abort = new AbortController();
    const onStop = () => abort.abort(this.#stop.signal.reason);
    this.#stop.signal.addEventListener('abort', onStop, { once: true });
    const timer = setTimeout(() => abort.abort(new Error(`the callback did not answer within ${DELIVERY_TIMEOUT_MS} ms`)), DELIVERY_TIMEOUT_MS);
    try {
      if (this.#stop.signal.aborted) throw this.#stop.signal.reason;
      const url = new URL(callbackUri);
      if (!/^https?:$/.test(url.protocol) || !isLoopback(url.hostname)) throw new Error(`the fake Graph notifies loopback callbacks only, not ${callbackUri}`);
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      const token = await this.options.sign();
      if (token !== undefined) headers.Authorization = `Bearer ${token}`;
      const answer = await fetch(url, { method: 'POST', headers, body: JSON.stringify(payload), signal: abort.signal });
      await answer.arrayBuffer(); // drained, so the keep-alive socket goes back to the pool
      delivery.status = answer.status;
      if (!answer.ok) throw new Error(`callback answered ${answer.status}`);
      this.sent++;
    } catch (e) {
      delivery.error = e;
      record(this.failures, e);
    } finally {
      clearTimeout(timer);
      this.#stop.signal.removeEventListener('abort', onStop);
    }
    return delivery;
  }
}

/** Appends to a record list, dropping its oldest entry past MAX_RECORDED. */
export function record<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > MAX_RECORDED) list.shift();
}
