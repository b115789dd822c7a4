// The notifications the fake Graph POSTs to a call's callbackUri: Graph's commsNotifications payloads (see
// test/fixtures/graph-docs for the real ones), signed, delivered one after another per call so that a bot sees a
// call's changes in the order they happened, redelivered when a POST fails (as the balancer says, balancer.ts),
// and recorded. Delivery never throws: failures are recorded.
import { setMaxListeners } from 'node:events';
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
  /** Where it went: the call's callbackUri, or one of the fleet's callbackUris. */
  callbackUri: string;
  payload: { value: Json[] };
  /** 1 for the first POST of a payload, 2 for its first redelivery... */
  attempt: number;
  status?: number;
  error?: unknown;
  /** The POST that sent the same payload again after this one failed (to connect, in time, or with a 5xx or 429). */
  redelivery?: Delivery;
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
  /**
   * Where the `attempt`th POST of a payload owed to `callbackUri` goes (`failed`: where the one before failed);
   * undefined: no more attempts. Default: the first attempt only, to callbackUri.
   */
  target?(callbackUri: string, attempt: number, failed: string | undefined): string | undefined;
}

/** A callback the fake Graph will not POST to: sending it again would not change that. */
class NotLoopbackError extends Error {}

/** What Graph redelivers: a POST that got no answer, or one answered 5xx or 429. */
const redeliverable = (d: Delivery) =>
  d.error !== undefined && !(d.error instanceof NotLoopbackError) && (d.status === undefined || d.status >= 500 || d.status === 429);

export class Notifier {
  readonly deliveries: Delivery[] = [];
  readonly failures: unknown[] = [];
  sent = 0;
  readonly #chains = new Map<unknown, Promise<Delivery | undefined>>();
  readonly #pending = new Set<Promise<unknown>>();
  readonly #stop = new AbortController();

  constructor(private readonly options: NotifierOptions) {
    // One listener per POST in flight: at most one per call, so as many as the test has calls notifying at once.
    setMaxListeners(0, this.#stop.signal);
  }

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

  /** Posts the payload, and again wherever the target says while it fails as Graph would retry; returns the last POST. */
  async #deliver(callbackUri: string, payload: { value: Json[] }): Promise<Delivery> {
    const target = (attempt: number, failed?: string) => (this.options.target ? this.options.target(callbackUri, attempt, failed) : attempt === 1 ? callbackUri : undefined);
    let delivery: Delivery = { callbackUri: target(1) ?? callbackUri, payload, attempt: 1 };
    for (;;) {
      await this.#post(delivery);
      if (!redeliverable(delivery) || this.#stop.signal.aborted) return delivery;
      const next = target(delivery.attempt + 1, delivery.callbackUri);
      if (next === undefined) return delivery;
      delivery = delivery.redelivery = { callbackUri: next, payload, attempt: delivery.attempt + 1 };
    }
  }

  async #post(delivery: Delivery): Promise<void> {
    record(this.deliveries, delivery);
    const abort = new AbortController();
    const onStop = () => abort.abort(this.#stop.signal.reason);
    this.#stop.signal.addEventListener('abort', onStop, { once: true });
    const timer = setTimeout(() => abort.abort(new Error(`the callback did not answer within ${DELIVERY_TIMEOUT_MS} ms`)), DELIVERY_TIMEOUT_MS);
    try {
      if (this.#stop.signal.aborted) throw this.#stop.signal.reason;
      const url = new URL(delivery.callbackUri);
      if (!/^https?:$/.test(url.protocol) || !isLoopback(url.hostname)) throw new NotLoopbackError(`the fake Graph notifies loopback callbacks only, not ${delivery.callbackUri}`);
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      const token = await this.options.sign();
      if (token !== undefined) headers.Authorization = `Bearer ${token}`;
      const answer = await fetch(url, { method: 'POST', headers, body: JSON.stringify(delivery.payload), signal: abort.signal });
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
  }
}

/** Appends to a record list, dropping its oldest entry past MAX_RECORDED. */
export function record<T>(list: T[], item: T): void {
  list.push(item);
  if (list.length > MAX_RECORDED) list.shift();
}
