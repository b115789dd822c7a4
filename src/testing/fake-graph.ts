// The fake Graph: a loopback HTTP server that serves every request of generated/openapi.json, refuses what Graph
// would refuse (checked against that document), answers as Graph does, and then POSTs the signed notifications
// that follow to the call's callbackUri. It also publishes the keys those notifications are signed with.
import { randomUUID } from 'node:crypto';
import { type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Tone } from '../../generated/index.js';
import { requests } from '../../generated/requests.js';
import type { CallRoute, RequestDescriptor } from '../contract.js';
import { type AnswerMode, type Exchange, type World, serve } from './behaviours.js';
import { kitRoutes } from './document.js';
import { type Fault, seededRandom, serveFault } from './faults.js';
import { FAKE_GRAPH_ISSUER, JWKS_PATH, type KitKey, type NotificationClaims, OPENID_CONFIGURATION_PATH, kitKey, openIdConfiguration, signNotificationToken } from './keys.js';
import { type Delivery, type NotificationStyle, Notifier, Payloads, record } from './notify.js';
import { matchRoute } from './openapi.js';
import { type FinishMediaOptions, type IncomingCallOptions, type Stage, finishMedia, hasRunningMedia, mediaTimeout, sendTone, simulateIncomingCall } from './scenarios.js';
import { CallStore, type FakeCall, type FakeOperation, type NewCall } from './state.js';
import { type Problem, checkAuthorization, checkBody, checkClientRequestId, checkContentType, correlate, correlationHeaders, readBody, sendAnswer, sendProblem } from './wire.js';

/** The application id the fake signs its notifications for (their `aud`), unless told another. */
export const FAKE_APP_ID = '3a1f6c2e-7b4d-4e8a-9c05-6d2b8e4f1a70';
export const FAKE_TENANT_ID = '9e7d5c3b-1a2f-4b6c-8d0e-2f4a6c8e0b1d';

export interface FakeGraphOptions {
  /** The version segment of `url`. Default "beta" (the SDK's default base URL). */
  version?: 'beta' | 'v1.0';
  /** The bot's application id: the `aud` of notification tokens. Default FAKE_APP_ID. */
  appId?: string;
  tenantId?: string;
  /** Which bearer tokens pass. Default: any. */
  acceptToken?: (token: string) => boolean;
  /** How an action that creates an operation answers. Default "200+location" (today's Graph; the 2018 beta: "202"). */
  answer?: AnswerMode;
  /** Default "current". */
  notifications?: NotificationStyle;
  /** Participants per listParticipants page. Default 100. */
  pageSize?: number;
  /** Serve a call the fake never saw as if it existed (true), or 404 it (false, the default). */
  adoptUnknownCalls?: boolean;
  /** The callbackUri of calls adopted, or created without one. */
  callbackUri?: string;
  /** The origin of the Locations it answers with. Default its own. */
  locationOrigin?: string;
  /** Replaces the kit's signing (a forged or missing token is a fault too); undefined sends no Authorization. */
  signNotification?: (claims: NotificationClaims) => string | undefined | Promise<string | undefined>;
  /** n is the request's index: when true, its notifications are delivered before it is answered. */
  notifyBeforeResponse?: (n: number) => boolean;
  /** Answers this share of the actions (POSTs) with `status`, from a seeded PRNG. */
  randomFailure?: { rate: number; status: 503 | 429 | 504; retryAfterSec?: number; seed?: number };
  /** Called once a request's body was read, before it is answered. */
  onRequest?: (request: RecordedRequest, n: number) => void;
}

/** `body` holds at most the first 64 KiB + 1 bytes, decoded as UTF-8. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The request descriptor (CommsClient method) its route belongs to, when it matched one. */
  name?: string;
}

export interface FakeGraph {
  /** The base URL to give CommsClient: `http://127.0.0.1:{port}/beta` (or `/v1.0`). */
  readonly url: string;
  readonly origin: string;
  readonly appId: string;
  readonly tenantId: string;
  /** Where its signing keys are published (for createNotificationVerifier's openIdConfigurationUri). */
  readonly openIdConfigurationUri: string;
  readonly jwksUri: string;
  /** Every Graph request, in arrival order (the last 10,000). */
  readonly requests: RecordedRequest[];
  /** Every call it holds, in creation order. */
  readonly calls: FakeCall[];
  /** Every POST to a callback, with its answer (the last 10,000). */
  readonly notifications: Delivery[];
  /** POSTs answered 2xx; the rest are in notificationFailures. */
  readonly notificationsSent: number;
  readonly notificationFailures: unknown[];
  /** The call, by its id in any spelling Graph accepts. */
  call(callId: string): FakeCall | undefined;
  /** Adds a call, as if it had been created or answered before (state "established" unless told). */
  addCall(init?: NewCall): FakeCall;
  /** Each fault replaces the answer of one coming request, in order. */
  enqueue(...faults: Fault[]): void;
  /** POSTs a signed `created` notification of an incoming call to `callbackUri`; resolves once the bot took it. */
  simulateIncomingCall(options: IncomingCallOptions): Promise<{ callId: string }>;
  /** Notifies a call update with toneInfo, as when the caller presses a key (after subscribeToTone). */
  sendTone(callId: string, tone: Tone): Promise<void>;
  /** Completes the call's running playPrompt/recordResponse, waiting for one to start if none runs. */
  finishMedia(callId: string, options?: FinishMediaOptions): Promise<FakeOperation[]>;
  /** Resolves once every notification owed so far was answered. */
  idle(): Promise<void>;
  /** Drops the records (requests, notifications) and every call. */
  forget(): void;
  close(): Promise<void>;
}

const ROUTES: readonly string[] = ['app', 'applications', 'communications'];
const DESCRIPTORS = requests as unknown as Record<string, RequestDescriptor>;

function optionFailure(options: FakeGraphOptions): string | undefined {
  const { version, answer, notifications, pageSize } = options;
  if (version !== undefined && version !== 'beta' && version !== 'v1.0') return 'version must be "beta" or "v1.0"';
  if (answer !== undefined && !['202', '200', '200+location'].includes(answer)) return 'answer must be "202", "200" or "200+location"';
  if (notifications !== undefined && notifications !== 'current' && notifications !== '2018') return 'notifications must be "current" or "2018"';
  if (pageSize !== undefined && !(Number.isSafeInteger(pageSize) && pageSize > 0)) return 'pageSize must be a positive integer';
  return undefined;
}

class FakeGraphServer implements FakeGraph {
  url = '';
  origin = '';
  readonly appId: string;
  readonly tenantId: string;
  readonly requests: RecordedRequest[] = [];
  readonly #server: Server;
  readonly #faults: Fault[] = [];
  readonly #hanging = new Set<ServerResponse>();
  readonly #media = new Map<FakeCall, Set<() => void>>();
  readonly #notifier: Notifier;
  readonly #world: World;
  readonly #random?: () => number;
  readonly #basePath: string;
  #count = 0;
  #closed = false;
  #closing?: Promise<void>;

  constructor(
    private readonly options: FakeGraphOptions,
    private readonly key: KitKey,
  ) {
    this.appId = options.appId ?? FAKE_APP_ID;
    this.tenantId = options.tenantId ?? FAKE_TENANT_ID;
    this.#basePath = `/${options.version ?? 'beta'}`;
    if (options.randomFailure) this.#random = seededRandom(options.randomFailure.seed ?? 1);
    const claims: NotificationClaims = { aud: this.appId, iss: FAKE_GRAPH_ISSUER, tid: this.tenantId };
    this.#notifier = new Notifier({ sign: async () => (options.signNotification ? options.signNotification({ ...claims }) : signNotificationToken(this.key, claims)) });
    this.#world = {
      calls: new CallStore(this.appId),
      payloads: new Payloads(options.notifications ?? 'current'),
      answer: options.answer ?? '200+location',
      pageSize: options.pageSize ?? 100,
      adoptUnknownCalls: options.adoptUnknownCalls ?? false,
      callbackUri: options.callbackUri,
      notify: (call, list) => {
        let last: Promise<unknown> = this.#notifier.send(call, undefined, []);
        for (const n of list) if (n) last = this.#notifier.send(call, call.callbackUri, [n]);
        return last.then(() => undefined);
      },
      location: (ex, operationId) => `${(options.locationOrigin ?? this.origin).replace(/\/+$/, '')}${this.#basePath}${routePrefix(ex)}/calls/${encodeURIComponent(ex.params.callId!)}/operations/${encodeURIComponent(operationId)}`,
      nextLink: (ex, skip) => `${this.origin}${this.#basePath}${ex.path}?$skiptoken=${skip}`,
      mediaStarted: (call) => {
        for (const wake of this.#media.get(call) ?? []) wake();
      },
    };
    this.#server = createServer((req, res) => {
      this.#handle(req, res).catch(() => {
        if (!res.headersSent) sendProblem(res, { status: 500, code: 'generalException', message: 'fake Graph failure' }, correlate({}));
        else res.destroy();
      });
    });
  }

  get calls(): FakeCall[] {
    return this.#world.calls.all;
  }
  get notifications(): Delivery[] {
    return this.#notifier.deliveries;
  }
  get notificationsSent(): number {
    return this.#notifier.sent;
  }
  get notificationFailures(): unknown[] {
    return this.#notifier.failures;
  }
  get openIdConfigurationUri(): string {
    return this.origin + OPENID_CONFIGURATION_PATH;
  }
  get jwksUri(): string {
    return this.origin + JWKS_PATH;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(0, '127.0.0.1', () => resolve());
    });
    this.origin = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    this.url = this.origin + this.#basePath;
  }

  call(callId: string): FakeCall | undefined {
    return this.#world.calls.get(callId);
  }
  addCall(init: NewCall = {}): FakeCall {
    return this.#world.calls.add({ callbackUri: this.options.callbackUri, ...init });
  }
  enqueue(...faults: Fault[]): void {
    this.#faults.push(...faults);
  }
  simulateIncomingCall(options: IncomingCallOptions): Promise<{ callId: string }> {
    return simulateIncomingCall(this.#stage(), options);
  }
  sendTone(callId: string, tone: Tone): Promise<void> {
    return sendTone(this.#stage(), callId, tone);
  }
  finishMedia(callId: string, options?: FinishMediaOptions): Promise<FakeOperation[]> {
    return finishMedia(this.#stage(), callId, options);
  }
  idle(): Promise<void> {
    return this.#notifier.idle();
  }
  forget(): void {
    this.requests.length = 0;
    this.#notifier.deliveries.length = 0;
    this.#notifier.failures.length = 0;
    this.#world.calls.clear();
  }

  close(): Promise<void> {
    this.#closed = true;
    this.#closing ??= (async () => {
      this.#notifier.stop();
      for (const wakers of this.#media.values()) for (const wake of wakers) wake();
      for (const res of this.#hanging) res.destroy();
      const closed = new Promise<void>((resolve) => this.#server.close(() => resolve()));
      this.#server.closeAllConnections();
      await closed;
      await this.idle();
    })();
    return this.#closing;
  }

  #stage(): Stage {
    const mediaRunning = (call: FakeCall, timeoutMs: number) =>
      new Promise<void>((resolve, reject) => {
        if (hasRunningMedia(call)) return resolve();
        if (this.#closed) return reject(new Error('the fake Graph was closed'));
        const wakers = this.#media.get(call) ?? new Set();
        this.#media.set(call, wakers);
        const done = (settle: () => void) => {
          clearTimeout(timer);
          wakers.delete(wake);
          if (wakers.size === 0) this.#media.delete(call);
          settle();
        };
        const wake = () => done(() => (this.#closed ? reject(new Error('the fake Graph was closed')) : resolve()));
        const timer = setTimeout(() => done(() => reject(mediaTimeout(call.id, timeoutMs))), timeoutMs);
        wakers.add(wake);
      });
    return { world: this.#world, notifier: this.#notifier, appId: this.appId, tenantId: this.tenantId, origin: this.origin, mediaRunning };
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = req.url ?? '/';
    const at = url.search(/[?#]/);
    const path = at < 0 ? url : url.slice(0, at);
    if (req.method === 'GET' && (path === OPENID_CONFIGURATION_PATH || path === JWKS_PATH)) return this.#serveKeys(path, res);
    const n = this.#count++;
    const recorded: RecordedRequest = { method: req.method ?? '', url, headers: req.headers, body: '' };
    record(this.requests, recorded);
    const fault = this.#faults.shift();
    let body: { bytes: Buffer; size: number };
    try {
      body = await readBody(req);
    } catch {
      return; // the client went away mid-body; nobody is left to answer
    }
    recorded.body = body.bytes.toString('utf8');
    const below = path.toLowerCase().startsWith(`${this.#basePath}/`) ? path.slice(this.#basePath.length) : undefined;
    const match = below === undefined ? ({ kind: 'not-found' } as const) : matchRoute(kitRoutes().routes, recorded.method, below);
    const kit = match.kind === 'found' ? kitRoutes().describe(match.route) : undefined;
    if (kit) recorded.name = kit.method;
    this.options.onRequest?.(recorded, n);

    const c = correlate(req.headers);
    const desc = kit ? DESCRIPTORS[kit.method] : undefined;
    if (fault) {
      const ex = match.kind === 'found' ? { route: match.route.segments[0] as CallRoute, params: match.params } : undefined;
      const location = ex && desc?.locationNamesOperation ? this.#world.location(ex as Exchange, randomUUID()) : undefined;
      const hang = (r: ServerResponse) => {
        this.#hanging.add(r);
        r.once('close', () => this.#hanging.delete(r));
      };
      return serveFault(req, res, fault, { correlation: c, location, answer: this.#world.answer, hang });
    }
    if (match.kind === 'malformed') return sendProblem(res, { status: 400, code: 'BadRequest', message: 'Malformed percent-encoding in the request path.' }, c);
    if (match.kind === 'not-found') return sendProblem(res, { status: 404, code: 'itemNotFound', message: `Resource not found for the segment in '${url}'.` }, c);
    if (match.kind === 'method-not-allowed') {
      return sendProblem(res, { status: 405, code: 'MethodNotAllowed', message: `${req.method} is not allowed here.`, headers: { Allow: match.allow.join(', ') } }, c);
    }
    const failure = this.options.randomFailure;
    if (failure && req.method === 'POST' && this.#random!() < failure.rate) {
      const injected: Fault = { kind: 'status', status: failure.status, retryAfter: failure.retryAfterSec?.toString() };
      return serveFault(req, res, injected, { correlation: c, answer: '202', hang: () => {} });
    }
    const refusal: Problem | undefined =
      checkAuthorization(req.headers, this.options.acceptToken ?? (() => true)) ??
      checkClientRequestId(req.headers) ??
      (kit!.body.schema && body.size > 0 ? checkContentType(req.headers) : undefined);
    if (refusal) return sendProblem(res, refusal, c);
    const checked = checkBody(kit!.body, body.bytes, body.size);
    if ('status' in checked) return sendProblem(res, checked, c);
    if (!desc) return sendProblem(res, { status: 501, code: 'NotImplemented', message: `No request descriptor '${kit!.method}'.` }, c);
    const route = match.route.segments[0] as CallRoute;
    if (!ROUTES.includes(route)) return sendProblem(res, { status: 404, code: 'itemNotFound', message: `No route '${route}'.` }, c);
    const query = new URLSearchParams(at < 0 ? '' : url.slice(at + 1));
    const reply = serve(this.#world, { desc, route, params: match.params, body: checked.value as Record<string, unknown> | undefined, query, path: below! });
    if ('code' in reply) return sendProblem(res, reply, c);
    const before = this.options.notifyBeforeResponse?.(n) ?? false;
    if (before) await reply.after?.();
    sendAnswer(res, reply.status, reply.body, { ...correlationHeaders(c), ...reply.headers });
    if (!before) void reply.after?.();
  }

  #serveKeys(path: string, res: ServerResponse): void {
    const doc = path === JWKS_PATH ? { keys: [this.key.publicJwk] } : openIdConfiguration(this.origin);
    const text = JSON.stringify(doc);
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }
}

function routePrefix(ex: Pick<Exchange, 'route' | 'params'>): string {
  return ex.route === 'applications' ? `/applications/${encodeURIComponent(ex.params.applicationId!)}` : `/${ex.route}`;
}

/** Starts a fake Graph on 127.0.0.1 (a free port); close() it when done. */
export async function startFakeGraph(options: FakeGraphOptions = {}): Promise<FakeGraph> {
  if (typeof options !== 'object' || options === null) throw new TypeError('options must be an object');
  const failure = optionFailure(options);
  if (failure) throw new TypeError(failure);
  const graph = new FakeGraphServer(options, await kitKey());
  await graph.listen();
  return graph;
}
