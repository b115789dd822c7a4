import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CommsNotification, CommsNotifications } from '../../generated/index.js';
import { NotificationAuthError, NotificationParseError } from '../errors.js';
import { option, positive } from '../options.js';
import { readBody } from './body.js';
import { DispatchQueueFullError, OrderedDispatcher } from './dispatch.js';
import { payloadDigest, RecentPayloads } from './duplicates.js';
import { reply, responseDone } from './respond.js';
import { isLegacyNotification } from './legacy.js';
import { DEFAULT_NOTIFICATION_LIMITS, parseCommsNotifications } from './parse.js';
import { type CallsSink, type TrackerSink, deliver, isDurable, persistAll } from './sinks.js';
import { alreadyVerified } from './verifier.js';

export interface CallbackHandlerOptions {
  /** Checks the Authorization header. Without one, every caller is trusted: only for endpoints authenticated upstream. */
  verifier?: { verify(authorizationHeader: string | undefined): Promise<unknown> };
  /**
   * Given every accepted payload once the 202 is written (an OperationTracker, or a Redis tracker). One with
   * `persist` (a DurableSink) stores the payload first: the 202 waits for it.
   */
  tracker?: TrackerSink;
  /** Kept up to date with every accepted payload's call and participant changes, once the 202 is written; `persist` as for tracker. */
  calls?: CallsSink;
  /**
   * How long the durable sinks (tracker, calls with `persist`) have, together, to store a payload before the
   * answer. Default 5 s. When one fails or takes longer, the answer is 503 with Retry-After and nothing is
   * dispatched, so that Graph delivers the payload again.
   */
  storeTimeoutMs?: number;
  /**
   * Where this call's notifications should go instead (region affinity): a URL answers 302 Found with that
   * Location and nothing is dispatched here; undefined accepts the payload. Called once the payload is verified
   * and parsed.
   */
  redirect?: (notifications: CommsNotifications) => string | undefined;
  /**
   * A legacy-format (Bot Framework calling) notification: 'switch' (default) answers 204 No Content, which asks
   * the service to send it again in the Graph protocol; 'refuse' answers 400 like any other unreadable payload.
   */
  legacyNotifications?: 'switch' | 'refuse';
  /**
   * Runs for each accepted notification once the 202 is written: one after another, in the order received, for
   * notifications of the same call; different calls side by side. Its failures go to onError.
   */
  onNotification?: (notification: CommsNotification) => void | Promise<void>;
  /** Default 1 MiB. A body past it gets 413 and the connection is closed. */
  maxBodyBytes?: number;
  /** Time a sender whose token was accepted has to deliver the rest of the body. Default 10 s; then 408. Infinity: none. */
  bodyTimeoutMs?: number;
  /** Notifications accepted but not through onNotification yet, all calls together. Default 10,000; past it, 503. */
  maxQueuedNotifications?: number;
  /** How long an accepted payload is remembered, so a redelivery gets 202 and is not dispatched again. Default 5 min; 0: off. */
  duplicateWindowMs?: number;
  /** Most payloads remembered for that. Default 10,000; the oldest go first. */
  maxRememberedPayloads?: number;
  /** Clock in epoch ms, for the duplicate window. Default Date.now. */
  now?: () => number;
  /** Told about each onNotification, tracker or calls failure, and about a payload refused because the queue is full or could not be stored. */
  onError?: (error: unknown, notification?: CommsNotification) => void;
  /** Told about every refused callback: a short reason (`'signature'`, `'too-large'`, `'body-timeout'`...) and the status sent. */
  onRejected?: (reason: string, status: number) => void;
}

interface Context {
  options: CallbackHandlerOptions;
  maxBodyBytes: number;
  bodyTimeoutMs: number;
  storeTimeoutMs: number;
  queue: OrderedDispatcher | undefined;
  recent: RecentPayloads | undefined;
  fail: (error: unknown, notification?: CommsNotification) => void;
}

/** One request being answered. */
interface Exchange {
  req: IncomingMessage;
  res: ServerResponse;
  ctx: Context;
  /** Set once the whole body is off the wire: only then may the connection be kept for another request. */
  bodyRead: boolean;
}

const wholeCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 1;
const nonNegative = (v: unknown) => typeof v === 'number' && v >= 0; // Infinity included: no limit

/**
 * A request listener for Graph's calling callbacks, for node:http (`createServer(handler)`) and Express
 * (`app.post('/api/calls', handler)`, with or without a body parser in front). It never throws and never rejects.
 *
 * @example
 * const verifier = createNotificationVerifier({ audience: botAppId });
 * const tracker = new OperationTracker();
 * const calls = new CallRegistry();
 * createServer(createCallbackHandler({ verifier, tracker, calls, onRejected: (reason, status) => log.warn(reason, status) })).listen(8443);
 */
export function createCallbackHandler(options: CallbackHandlerOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  const ctx = contextFor(options);
  if (!options.verifier) {
    process.emitWarning('createCallbackHandler without a verifier accepts unauthenticated callbacks', {
      code: 'GRAPH_COMMS_NO_VERIFIER',
    });
  }
  return (req, res) => {
    const x: Exchange = { req, res, ctx, bodyRead: false };
    handle(x).catch((e: unknown) => {
      ctx.fail(e);
      refuse(x, 500, 'internal', { error: { code: 'internalError' } });
    });
  };
}

function contextFor(options: CallbackHandlerOptions): Context {
  const maxBodyBytes = option('maxBodyBytes', options.maxBodyBytes, wholeCount, 'a positive integer', DEFAULT_NOTIFICATION_LIMITS.maxBytes);
  const bodyTimeoutMs = options.bodyTimeoutMs ?? 10_000;
  if (!(typeof bodyTimeoutMs === 'number' && bodyTimeoutMs > 0)) throw new TypeError('bodyTimeoutMs must be a number > 0');
  const storeTimeoutMs = option('storeTimeoutMs', options.storeTimeoutMs, positive, 'a number > 0', 5_000);
  const maxQueued = option('maxQueuedNotifications', options.maxQueuedNotifications, wholeCount, 'a positive integer', 10_000);
  const windowMs = option('duplicateWindowMs', options.duplicateWindowMs, nonNegative, 'a number >= 0', 5 * 60 * 1000);
  const maxRemembered = option('maxRememberedPayloads', options.maxRememberedPayloads, wholeCount, 'a positive integer', 10_000);
  const { onNotification, onError } = options;
  const fail = (error: unknown, notification?: CommsNotification) => {
    try {
      onError?.(error, notification);
    } catch {
      // a failing error reporter must not stop the dispatch
    }
  };
  return {
    options,
    maxBodyBytes,
    bodyTimeoutMs,
    storeTimeoutMs,
    queue: onNotification ? new OrderedDispatcher(maxQueued, onNotification, fail) : undefined,
    recent: windowMs > 0 ? new RecentPayloads(windowMs, maxRemembered, options.now ?? Date.now) : undefined,
    fail,
  };
}

async function handle(x: Exchange): Promise<void> {
  const { req, res, ctx } = x;
  // Errors on a dropped connection surface as events; an unheard 'error' would crash the process.
  req.on('error', noop);
  res.on('error', noop);
  const { options, maxBodyBytes } = ctx;

  // Everything up to the token is decided on the headers alone: no refused sender gets its body read.
  if (req.method !== 'POST') return refuse(x, 405, 'method-not-allowed', { error: { code: 'methodNotAllowed' } }, { Allow: 'POST' });
  if (!isJson(req.headers['content-type'])) return refuse(x, 415, 'unsupported-media-type', { error: { code: 'unsupportedMediaType' } });
  if (Number(req.headers['content-length']) > maxBodyBytes) return refuse(x, 413, 'too-large', { error: { code: 'payloadTooLarge' } });
  const { verifier } = options;
  if (verifier) {
    const header = req.headers.authorization;
    try {
      // A token the SDK's verifier holds as verified and unexpired needs no promise; any other goes through verify().
      if (!alreadyVerified(verifier, header)) await verifier.verify(header);
    } catch (e) {
      return refuseAuth(x, e);
    }
  }

  const body = await readBody(req, { maxBytes: maxBodyBytes, timeoutMs: ctx.bodyTimeoutMs });
  if (body.kind === 'aborted') return; // nobody is left to answer
  x.bodyRead = body.kind === 'ok' && (body.whole === true || req.complete);
  if (body.kind === 'too-large') return refuse(x, 413, 'too-large', { error: { code: 'payloadTooLarge' } });
  if (body.kind === 'timeout') return refuse(x, 408, 'body-timeout', { error: { code: 'requestTimeout' } });

  let notifications: CommsNotifications;
  try {
    notifications = parseCommsNotifications(body.body, { maxBytes: maxBodyBytes });
  } catch (e) {
    if (options.legacyNotifications !== 'refuse' && isLegacyNotification(body.body)) {
      res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
      return;
    }
    const path = e instanceof NotificationParseError ? e.path : '';
    const message = e instanceof Error ? e.message : 'invalid payload';
    return refuse(x, 400, 'invalid-payload', { error: { code: 'invalidPayload', path, message } });
  }
  const elsewhere = redirectOf(x, notifications);
  if (elsewhere !== undefined) {
    reply(res, 302, { redirect: elsewhere }, { Location: elsewhere });
    return;
  }
  const digest = ctx.recent ? payloadDigest(body.body) : undefined;
  await accept(x, notifications, typeof digest === 'object' ? await digest : digest);
}

/** The application's redirect for this payload, when it gives one that is an absolute http(s) URL. */
function redirectOf(x: Exchange, notifications: CommsNotifications): string | undefined {
  const { redirect } = x.ctx.options;
  if (!redirect) return undefined;
  let target: unknown;
  try {
    target = redirect(notifications);
  } catch (e) {
    x.ctx.fail(e);
    return undefined;
  }
  if (target === undefined) return undefined;
  if (typeof target === 'string' && /^https?:\/\/[^\s]+$/i.test(target)) return target;
  x.ctx.fail(new TypeError(`redirect must return an absolute http(s) URL or undefined, not ${JSON.stringify(target)}`));
  return undefined;
}

/**
 * Answers 202 before anything is dispatched (Graph wants a prompt answer, the application may take its time),
 * once the durable sinks have stored the payload.
 */
async function accept(x: Exchange, notifications: CommsNotifications, digest: string | undefined): Promise<void> {
  const { ctx } = x;
  if (!admitted(x, notifications, digest)) return;
  const { tracker, calls } = ctx.options;
  if (isDurable(calls) || isDurable(tracker)) {
    const stored = await persistAll([calls, tracker], notifications, ctx.storeTimeoutMs);
    if (!stored.ok) {
      ctx.fail(stored.error);
      // Not remembered as seen: Graph's redelivery is the only copy, and it must be processed, not called a duplicate.
      refuse(x, 503, 'store-unavailable', { error: { code: 'serviceUnavailable', reason: 'store-unavailable' } }, { 'Retry-After': '5' });
      return;
    }
    // A redelivery may have come in, or the queue filled, while this one was being stored.
    if (!admitted(x, notifications, digest)) return;
  }
  if (digest !== undefined) ctx.recent!.add(digest);
  // Dispatch waits for the answer to be written, so that an application which closes its servers as soon as a
  // waitFor resolves does not cut this very answer off.
  const answered = reply(x.res, 202, { accepted: notifications.value.length });
  if (!tracker && !calls && !ctx.queue) return;
  const written = answered ? responseDone(x.res) : Promise.resolve();
  if (tracker || calls) void written.then(() => deliver(calls, tracker, notifications, ctx.fail));
  ctx.queue?.enqueue(notifications.value, written);
}

/** False when the payload was answered already: 202 for a duplicate, 503 when the queue has no room for it. */
function admitted(x: Exchange, notifications: CommsNotifications, digest: string | undefined): boolean {
  const { res, ctx } = x;
  const accepted = notifications.value.length;
  if (digest !== undefined && ctx.recent!.has(digest)) {
    reply(res, 202, { accepted, duplicate: true });
    return false;
  }
  const { queue } = ctx;
  if (queue && !queue.hasRoom(accepted)) {
    ctx.fail(new DispatchQueueFullError(queue.queued, accepted, queue.maxQueued));
    // Nothing of it is kept or dispatched, so Graph's redelivery is the only copy: ask for one.
    refuse(x, 503, 'queue-full', { error: { code: 'serviceUnavailable', reason: 'queue-full' } }, { 'Retry-After': '5' });
    return false;
  }
  return true;
}

function refuseAuth(x: Exchange, error: unknown): void {
  const reason = error instanceof NotificationAuthError ? error.reason : 'rejected';
  // Unreachable keys say nothing about the token: ask the sender to come back rather than refuse it.
  if (reason === 'keys-unavailable') refuse(x, 503, reason, { error: { code: 'serviceUnavailable', reason } }, { 'Retry-After': '30' });
  else refuse(x, 401, reason, { error: { code: 'unauthorized', reason } }, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
}

/**
 * Answers a refusal and tells onRejected. Unless the whole body was read, the connection is closed once the
 * answer is out: reading the rest would let the sender keep the socket, and the memory, as long as it likes.
 */
function refuse(x: Exchange, status: number, reason: string, body: unknown, headers: Record<string, string> = {}): void {
  const { req, res, ctx } = x;
  try {
    ctx.options.onRejected?.(reason, status);
  } catch {
    // a failing reporter must not change the answer
  }
  if (x.bodyRead) return void reply(res, status, body, headers);
  if (reply(res, status, body, { ...headers, Connection: 'close' })) res.once('finish', () => req.socket?.destroy());
}

/** The media type, its parameters aside, is application/json (whitespace around it allowed, as trim() allows it). */
const JSON_MEDIA_TYPE = /^\s*application\/json\s*(?:;|$)/i;

function isJson(contentType: string | undefined): boolean {
  return JSON_MEDIA_TYPE.test(contentType ?? '');
}

function noop(): void {}
