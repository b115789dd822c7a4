// A local stand-in for Graph's cancelMediaProcessing endpoints (plus operation GETs and the completion
// callback), strict about requests the way Graph is, so integration tests exercise the SDK over real sockets.
import { randomUUID } from 'node:crypto';
import { type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type Correlation,
  MAX_BODY_BYTES,
  ODATA_JSON,
  type Problem,
  checkActionBody,
  checkAuthorization,
  checkClientRequestId,
  checkContentType,
  correlate,
  correlationHeaders,
  notificationId,
  sendProblem,
} from './graph-errors.js';
import { type Fault, seededRandom, serveFault } from './stand-in-faults.js';

export type { Fault } from './stand-in-faults.js';

export interface StandInOptions {
  acceptToken?: (token: string) => boolean;
  answer?: '202' | '200' | '200+location';
  locationHost?: string;
  callbackUrl?: string;
  signNotification?: (claims: { aud?: string }) => Promise<string>;
  /** n is the request's index in `requests` (every request counts, faulted or refused ones too). */
  notifyBeforeResponse?: (n: number) => boolean;
  randomFailure?: { rate: number; status: 503 | 429 | 504; retryAfterSec?: number; seed?: number };
  /** Extra to the shared contract: called once a request's body has been read, before it is answered. */
  onRequest?: (request: RecordedRequest, n: number) => void;
}

/** `body` holds at most the first 64 KiB + 1 bytes, decoded as UTF-8. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Route = 'app' | 'applications' | 'communications';

export interface StoredOperation {
  callId: string;
  applicationId?: string;
  route: Route;
  operationId: string;
  clientContext?: string;
  status: string;
}

export interface GraphStandIn {
  url: string;
  origin: string;
  requests: RecordedRequest[];
  operations: Map<string, StoredOperation>;
  /** POSTs to callbackUrl that got a 2xx; anything else (network error, non-2xx, signer failure) is in notificationFailures. */
  notificationsSent: number;
  notificationFailures: unknown[];
  enqueue(...faults: Fault[]): void;
  idle(): Promise<void>;
  close(): Promise<void>;
}

interface Target {
  route: Route;
  applicationId?: string;
  callId: string;
  /** Set for GET .../operations/{id}; absent for the cancelMediaProcessing action. */
  operationId?: string;
}

// Segments are decoded once, as Graph does; segment names are case-insensitive and the action may be
// namespace-qualified (the OpenAPI form). null: no such resource; 'malformed': bad percent-encoding.
export function parseTarget(rawUrl: string): Target | null | 'malformed' {
  const raw = rawUrl.split(/[?#]/, 1)[0]!.split('/');
  if (raw[0] !== '' || raw[1] !== 'beta' || raw.slice(2).some((s) => s === '')) return null;
  let s: string[];
  try {
    s = raw.slice(2).map(decodeURIComponent);
  } catch {
    return 'malformed';
  }
  const name = (i: number) => s[i]?.toLowerCase();
  let route: Route;
  let applicationId: string | undefined;
  let at: number;
  if (name(0) === 'app' || name(0) === 'communications') [route, at] = [name(0) as Route, 1];
  else if (name(0) === 'applications' && s.length > 1) [route, applicationId, at] = ['applications', s[1], 2];
  else return null;
  if (name(at) !== 'calls' || s[at + 1] === undefined) return null;
  const callId = s[at + 1]!;
  const rest = s.length - at - 2;
  const base = applicationId === undefined ? { route, callId } : { route, applicationId, callId };
  if (rest === 1 && /^(microsoft\.graph\.)?cancelmediaprocessing$/.test(name(at + 2)!)) return base;
  if (rest === 2 && name(at + 2) === 'operations') return { ...base, operationId: s[at + 3]! };
  return null;
}

function routePrefix(t: { route: Route; applicationId?: string }, id: (s: string) => string): string {
  return t.route === 'applications' ? `/applications/${id(t.applicationId!)}` : `/${t.route}`;
}

const sameId = (a: string, b: string) => a.replace(/-/g, '').toLowerCase() === b.replace(/-/g, '').toLowerCase();

function operationJson(op: StoredOperation): Record<string, unknown> {
  return {
    '@odata.type': '#microsoft.graph.cancelMediaProcessingOperation',
    id: op.operationId,
    status: op.status,
    clientContext: op.clientContext,
  };
}

async function readBody(req: IncomingMessage): Promise<{ bytes: Buffer; size: number }> {
  const kept: Buffer[] = [];
  let size = 0;
  // Keep draining past the limit so the 413 reaches a client that is still uploading.
  for await (const chunk of req as AsyncIterable<Buffer>) {
    if (size <= MAX_BODY_BYTES) kept.push(chunk.subarray(0, MAX_BODY_BYTES + 1 - size));
    size += chunk.length;
  }
  return { bytes: Buffer.concat(kept), size };
}

class StandIn implements GraphStandIn {
  url = '';
  origin = '';
  requests: RecordedRequest[] = [];
  operations = new Map<string, StoredOperation>();
  notificationsSent = 0;
  notificationFailures: unknown[] = [];

  private readonly server: Server;
  private readonly faults: Fault[] = [];
  private readonly hanging = new Set<ServerResponse>();
  private readonly pending = new Set<Promise<void>>();
  private readonly stop = new AbortController();
  private readonly random?: () => number;
  private closing?: Promise<void>;

  constructor(private readonly options: StandInOptions) {
    const r = options.randomFailure;
    if (r) this.random = seededRandom(r.seed ?? 1);
    this.server = createServer((req, res) => {
      this.handle(req, res).catch(() => {
        if (!res.headersSent) sendProblem(res, { status: 500, code: 'generalException', message: 'stand-in failure' }, correlate({}));
        else res.destroy();
      });
    });
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(0, '127.0.0.1', () => resolve());
    });
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.url = `${this.origin}/beta`;
  }

  enqueue(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      this.stop.abort();
      for (const res of this.hanging) res.destroy();
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      this.server.closeAllConnections();
      await closed;
      await this.idle();
    })();
    return this.closing;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const n = this.requests.length;
    const record: RecordedRequest = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: '' };
    this.requests.push(record);
    const fault = this.faults.shift();
    let body: { bytes: Buffer; size: number };
    try {
      body = await readBody(req);
    } catch {
      return; // the client went away mid-body; nobody is left to answer
    }
    record.body = body.bytes.toString('utf8');
    this.options.onRequest?.(record, n);

    const c = correlate(req.headers);
    const target = parseTarget(record.url);
    const isCancel = typeof target === 'object' && target !== null && target.operationId === undefined;
    if (fault) {
      const location = isCancel && req.method === 'POST' ? this.location(target, randomUUID()) : undefined;
      const hang = (r: ServerResponse) => {
        this.hanging.add(r);
        r.once('close', () => this.hanging.delete(r));
      };
      serveFault(req, res, fault, { correlation: c, location, answer: this.options.answer ?? '202', hang });
      return;
    }
    if (target === 'malformed') return sendProblem(res, { status: 400, code: 'BadRequest', message: 'Malformed percent-encoding in the request path.' }, c);
    if (target === null) return sendProblem(res, { status: 404, code: 'itemNotFound', message: `Resource not found for '${record.url}'.` }, c);
    const allow = isCancel ? 'POST' : 'GET';
    if (req.method !== allow) {
      return sendProblem(res, { status: 405, code: 'MethodNotAllowed', message: `${req.method} is not allowed here.`, headers: { Allow: allow } }, c);
    }
    const failure = this.options.randomFailure;
    if (isCancel && failure && this.random!() < failure.rate) {
      const injected: Fault = { kind: 'status', status: failure.status, retryAfter: failure.retryAfterSec?.toString() };
      serveFault(req, res, injected, { correlation: c, answer: '202', hang: () => {} });
      return;
    }
    const problem: Problem | undefined =
      checkAuthorization(req.headers, this.options.acceptToken ?? ((t) => t === 'test-token')) ??
      checkClientRequestId(req.headers) ??
      (isCancel ? checkContentType(req.headers) : undefined);
    if (problem) return sendProblem(res, problem, c);
    if (isCancel) return this.cancel(res, target, body, c, n);
    return this.getOperation(res, target, c);
  }

  private getOperation(res: ServerResponse, t: Target, c: Correlation): void {
    const op = [...this.operations.values()].find((o) => sameId(o.operationId, t.operationId!) && sameId(o.callId, t.callId));
    if (!op) return sendProblem(res, { status: 404, code: 'itemNotFound', message: `Operation '${t.operationId}' not found on call '${t.callId}'.` }, c);
    const body = JSON.stringify(operationJson(op));
    res.writeHead(200, { 'Content-Type': ODATA_JSON, 'Content-Length': Buffer.byteLength(body), ...correlationHeaders(c) });
    res.end(body);
  }

  private async cancel(res: ServerResponse, t: Target, raw: { bytes: Buffer; size: number }, c: Correlation, n: number): Promise<void> {
    const checked = checkActionBody(raw.bytes, raw.size);
    if ('status' in checked) return sendProblem(res, checked, c);
    const op: StoredOperation = { callId: t.callId, route: t.route, operationId: randomUUID(), status: 'running' };
    if (t.applicationId !== undefined) op.applicationId = t.applicationId;
    if (checked.value.clientContext !== undefined) op.clientContext = checked.value.clientContext;
    this.operations.set(op.operationId, op);
    // Snapshot first: the answer reports 'running' even when the notification has already completed it.
    const answer = JSON.stringify(operationJson(op));
    const notify = this.options.callbackUrl !== undefined;
    const before = notify && (this.options.notifyBeforeResponse?.(n) ?? false);
    if (before) await this.track(this.notify(op));

    const mode = this.options.answer ?? '202';
    const headers = { ...correlationHeaders(c), ...(mode === '200' ? {} : { Location: this.location(t, op.operationId) }) };
    if (notify && !before) {
      // Tracked before the answer is written, so idle() called right after the answer arrives still waits for it;
      // sent once the answer is out (or the client has gone: Graph notifies either way).
      const answered = new Promise<void>((resolve) => res.once('close', resolve));
      void this.track(answered.then(() => this.notify(op)));
    }
    if (mode === '202') {
      res.writeHead(202, { ...headers, 'Content-Length': 0 });
      res.end();
    } else {
      res.writeHead(200, { ...headers, 'Content-Type': ODATA_JSON, 'Content-Length': Buffer.byteLength(answer) });
      res.end(answer);
    }
  }

  private location(t: Target, operationId: string): string {
    const host = (this.options.locationHost ?? this.origin).replace(/\/+$/, '');
    const id = encodeURIComponent;
    return `${host}/beta${routePrefix(t, id)}/calls/${id(t.callId)}/operations/${id(operationId)}`;
  }

  private track(p: Promise<void>): Promise<void> {
    this.pending.add(p);
    void p.finally(() => this.pending.delete(p));
    return p;
  }

  // Never rejects: every failure lands in notificationFailures.
  private async notify(op: StoredOperation): Promise<void> {
    try {
      op.status = 'completed';
      const resource = `${routePrefix(op, notificationId)}/calls/${notificationId(op.callId)}/operations/${notificationId(op.operationId)}`;
      const payload = {
        value: [
          {
            '@odata.type': '#microsoft.graph.commsNotification',
            changeType: 'deleted',
            resource,
            resourceData: {
              '@odata.type': '#microsoft.graph.commsOperation',
              '@odata.id': resource,
              '@odata.etag': 'W/"1"',
              clientContext: op.clientContext,
              status: 'completed',
            },
          },
        ],
      };
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (this.options.signNotification) headers.Authorization = `Bearer ${await this.options.signNotification({})}`;
      const answer = await fetch(this.options.callbackUrl!, {
        method: 'POST',
        headers,
        body: JSON.stringify(payload),
        signal: this.stop.signal,
      });
      await answer.arrayBuffer(); // drained, so the keep-alive socket goes back to the pool
      if (!answer.ok) throw new Error(`callback answered ${answer.status}`);
      this.notificationsSent++;
    } catch (e) {
      this.notificationFailures.push(e);
    }
  }
}

export async function startGraphStandIn(options: StandInOptions = {}): Promise<GraphStandIn> {
  const standIn = new StandIn(options);
  await standIn.listen();
  return standIn;
}
