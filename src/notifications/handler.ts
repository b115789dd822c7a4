import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CommsNotification, CommsNotifications } from '../../generated/index.js';
import { NotificationAuthError, NotificationParseError } from '../errors.js';
import { readBody } from './body.js';
import { DEFAULT_NOTIFICATION_LIMITS, parseCommsNotifications } from './parse.js';
import type { OperationTracker } from './tracker.js';

export interface CallbackHandlerOptions {
  /** Checks the Authorization header. Without one, every caller is trusted: only for endpoints authenticated upstream. */
  verifier?: { verify(authorizationHeader: string | undefined): Promise<unknown> };
  tracker?: OperationTracker;
  /** Runs for each verified, parsed notification, one after another in payload order. */
  onNotification?: (notification: CommsNotification) => void | Promise<void>;
  /** Default 1 MiB. */
  maxBodyBytes?: number;
  /** Told about each onNotification or tracker failure (which also turns the answer into a 500). */
  onError?: (error: unknown, notification?: CommsNotification) => void;
}

type Outcome = { ok: true } | { ok: false; error: unknown };

/**
 * A request listener for Graph's calling callbacks, for node:http (`createServer(handler)`) and Express
 * (`app.post('/api/calls', handler)`, with or without a body parser in front). It never throws and never rejects.
 */
export function createCallbackHandler(options: CallbackHandlerOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_NOTIFICATION_LIMITS.maxBytes;
  if (!Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) throw new TypeError('maxBodyBytes must be a positive integer');
  if (!options.verifier) {
    process.emitWarning('createCallbackHandler without a verifier accepts unauthenticated callbacks', {
      code: 'GRAPH_COMMS_NO_VERIFIER',
    });
  }
  return (req, res) => {
    handle(req, res, options, maxBodyBytes).catch(() => reply(res, 500, { error: { code: 'internalError' } }));
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, options: CallbackHandlerOptions, maxBodyBytes: number): Promise<void> {
  // Errors on a dropped connection surface as events; an unheard 'error' would crash the process.
  req.on('error', noop);
  res.on('error', noop);

  if (req.method !== 'POST') return reply(res, 405, { error: { code: 'methodNotAllowed' } }, { Allow: 'POST' });
  if (!isJson(req.headers['content-type'])) return reply(res, 415, { error: { code: 'unsupportedMediaType' } });
  const declared = Number(req.headers['content-length']);
  if (declared > maxBodyBytes) return reply(res, 413, { error: { code: 'payloadTooLarge' } }); // unread: node discards it

  // The token is checked while the body arrives; the outcomes are still answered in the documented order.
  const auth = settle(() => (options.verifier ? options.verifier.verify(req.headers.authorization) : undefined));
  const body = await readBody(req, maxBodyBytes);
  if (body.kind === 'too-large') return reply(res, 413, { error: { code: 'payloadTooLarge' } });
  if (body.kind === 'aborted') return; // nobody is left to answer; `auth` settles on its own
  const authOutcome = await auth;
  if (!authOutcome.ok) return replyAuthFailure(res, authOutcome.error);

  let notifications: CommsNotifications;
  try {
    notifications = parseCommsNotifications(body.body, { maxBytes: maxBodyBytes });
  } catch (e) {
    const path = e instanceof NotificationParseError ? e.path : '';
    const message = e instanceof Error ? e.message : 'invalid payload';
    return reply(res, 400, { error: { code: 'invalidPayload', path, message } });
  }

  let failures = 0;
  const fail = (error: unknown, n?: CommsNotification) => {
    failures++;
    try {
      options.onError?.(error, n);
    } catch {
      // a failing error reporter must not change the answer
    }
  };
  try {
    options.tracker?.dispatch(notifications);
  } catch (e) {
    fail(e);
  }
  const { onNotification } = options;
  for (const n of onNotification ? notifications.value : []) {
    try {
      await onNotification!(n);
    } catch (e) {
      fail(e, n);
    }
  }
  if (failures > 0) return reply(res, 500, { error: { code: 'notificationFailed', failed: failures } });
  reply(res, 202, { accepted: notifications.value.length });
}

function replyAuthFailure(res: ServerResponse, error: unknown): void {
  const reason = error instanceof NotificationAuthError ? error.reason : 'rejected';
  // Unreachable keys say nothing about the token: ask the sender to come back rather than refuse it.
  if (reason === 'keys-unavailable') {
    reply(res, 503, { error: { code: 'serviceUnavailable', reason } }, { 'Retry-After': '30' });
    return;
  }
  reply(res, 401, { error: { code: 'unauthorized', reason } }, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
}

function settle(run: () => unknown): Promise<Outcome> {
  try {
    return Promise.resolve(run()).then(
      () => ({ ok: true }) as const,
      (error: unknown) => ({ ok: false, error }) as const,
    );
  } catch (error) {
    return Promise.resolve({ ok: false, error });
  }
}

function isJson(contentType: string | undefined): boolean {
  const mediaType = (contentType ?? '').split(';', 1)[0]!.trim().toLowerCase();
  return mediaType === 'application/json';
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  try {
    if (res.headersSent || res.writableEnded || res.destroyed) return;
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(text)),
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(text);
  } catch {
    // the client went away or the response was already being written: nothing left to tell anyone
  }
}

function noop(): void {}
