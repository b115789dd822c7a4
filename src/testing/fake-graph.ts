// The fake Graph: a loopback HTTP server that serves every request of generated/openapi.json, refuses what Graph
// would refuse (checked against that document), answers as Graph does, and then POSTs the signed notifications
// that follow to the call's callbackUri, or round-robin over a fleet's callback servers (balancer.ts). It also
// publishes the keys those notifications are signed with.
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Tone } from '../../generated/index.js';
import { requests } from '../../generated/requests.js';
import type { CallRoute, RequestDescriptor } from '../contract.js';
import { type Exchange, type World, serve } from './behaviours.js';
import { kitRoutes } from './document.js';
import { CallbackBalancer } from './balancer.js';
import { type Fault, chooser, seededRandom, serveFault } from './faults.js';
import { FAKE_GRAPH_ISSUER, JWKS_PATH, type KitKey, type NotificationClaims, OPENID_CONFIGURATION_PATH, kitKey, openIdConfiguration, signNotificationToken } from './keys.js';
import { type Delivery, Notifier, Payloads, record } from './notify.js';
import { matchRoute } from './openapi.js';
import { type FinishMediaOptions, type IncomingCallOptions, type Stage, finishMedia, hasRunningMedia, mediaTimeout, sendTone, simulateIncomingCall } from './scenarios.js';
import { CallStore, type FakeCall, type FakeOperation, type NewCall } from './state.js';
import { FAKE_APP_ID, FAKE_TENANT_ID, type FakeGraph, type FakeGraphOptions, type RecordedRequest, optionFailure } from './types.js';
import { type Problem, checkAuthorization, checkBody, checkClientRequestId, checkContentType, correlate, correlationHeaders, readBody, sendAnswer, sendProblem } from './wire.js';

const ROUTES: readonly string[] = ['app', 'applications', 'communications'];
const DESCRIPTORS = requests as unknown as Record<string, RequestDescriptor>;

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
  readonly #balancer: CallbackBalancer;
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
    const balancer = (this.#balancer = new CallbackBalancer(options.callbackUris, options.redeliveries));
    this.#notifier = new Notifier({
      sign: async () => (options.signNotification ? options.signNotification({ ...claims }) : signNotificationToken(this.key, claims)),
      target: (callbackUri, attempt, failed) => balancer.target(callbackUri, attempt, failed),
    });
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
      finalFirst: chooser(options.finalsBeforeAnswer),
      recordingLocation: (operationId) => `${this.origin}/recordings/${operationId}`,
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
  setCallbackUris(uris: readonly string[]): void {
    this.#balancer.set(uris);
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
    return { world: this.#world, notifier: this.#notifier, appId: this.appId, tenantId: this.tenantId, mediaRunning };
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
    const before = reply.notifyFirst === true || (this.options.notifyBeforeResponse?.(n) ?? false);
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

/**
 * Starts a fake Graph on 127.0.0.1 (a free port); close() it when done.
 *
 * @example
 * const graph = await startFakeGraph();
 * const client = new CommsClient({ auth: 'test-token', baseUrl: graph.url, route: 'communications' });
 * const { callId } = await graph.simulateIncomingCall({ callbackUri: botUrl });
 * await graph.finishMedia(callId); // completes the prompt the bot started
 * await graph.close();
 *
 * @example
 * // A fleet behind a load balancer: notifications round-robin over three bots' callback servers (a POST that
 * // fails goes to the next one), and every 20th operation's final reaches the fleet before the 202 does.
 * const graph = await startFakeGraph({ finalsBeforeAnswer: { every: 20 } });
 * graph.setCallbackUris([bot1.callbackUri, bot2.callbackUri, bot3.callbackUri]);
 * const call = graph.addCall({ callbackUri: 'http://127.0.0.1/balancer' }); // stands for the balancer
 */
export async function startFakeGraph(options: FakeGraphOptions = {}): Promise<FakeGraph> {
  if (typeof options !== 'object' || options === null) throw new TypeError('options must be an object');
  const failure = optionFailure(options);
  if (failure) throw new TypeError(failure);
  const graph = new FakeGraphServer(options, await kitKey());
  await graph.listen();
  return graph;
}
