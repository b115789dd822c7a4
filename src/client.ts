// CommsClient: builds each request from the generated request descriptions and hands it to the
// pipeline (auth, retry, redirects, timeout); response.ts turns the answer into the result.
import {
  appCallCancelMediaProcessingRequestOpts,
  appCallGetOperationRequestOpts,
  applicationCallCancelMediaProcessingRequestOpts,
  applicationCallGetOperationRequestOpts,
  type CommsOperation,
  communicationsCallCancelMediaProcessingRequestOpts,
  communicationsCallGetOperationRequestOpts,
} from '../generated/index.js';
import { createTokenProvider, defaultScopes } from './auth.js';
import { type OutgoingRequest, type PipelineConfig, execute } from './execute.js';
import { createHostPolicy } from './hosts.js';
import { checkId } from './ids.js';
import { type CallRoute, type OperationLocationMatch, matchOperationLocation } from './location.js';
import { DEFAULT_MAX_RESPONSE_BYTES, toCancelResult, toOperation } from './response.js';
import { resolveRetry } from './retry.js';
import { IS_NODE, defaultFetch } from './transport.js';
import type {
  CallRef,
  CancelMediaProcessingBody,
  CancelMediaProcessingResult,
  CommsClientOptions,
  RequestOptions,
} from './types.js';
import { SDK_NAME, SDK_VERSION } from './version.js';

export const DEFAULT_BASE_URL = 'https://graph.microsoft.com/beta';

const ROUTES: ReadonlySet<string> = new Set<CallRoute>(['app', 'applications', 'communications']);
// Headers the pipeline owns: a caller's copy would break auth, correlation or framing.
const PROTECTED = new Set(['authorization', 'client-request-id', 'retry-attempt', 'content-length', 'host', 'transfer-encoding']);
const HEADER_VALUE = /^[\x20-\x7e\x80-\xff]*$/;
const CLIENT_REQUEST_ID = /^[\x21-\x7e]{1,256}$/;

const SDK_HEADERS: Record<string, string> = {
  Accept: 'application/json',
  SdkVersion: `${SDK_NAME}/${SDK_VERSION}`,
  // Browsers own User-Agent; on Node it names the SDK so the service can tell callers apart.
  ...(IS_NODE ? { 'User-Agent': `${SDK_NAME}/${SDK_VERSION} (Node.js ${process.version}; ${process.platform})` } : {}),
};
const SDK_JSON_HEADERS: Record<string, string> = { ...SDK_HEADERS, 'Content-Type': 'application/json' };

interface RequestDescription {
  path: string;
  method: string;
  headers?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

function positiveOption(name: string, value: number | undefined, fallback: number | undefined): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !(value > 0)) throw new TypeError(`${name} must be a positive number`);
  return value;
}

function parseBaseUrl(baseUrl: unknown): URL {
  if (typeof baseUrl !== 'string') throw new TypeError('baseUrl must be a string');
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new TypeError(`baseUrl ${JSON.stringify(baseUrl)} is not an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new TypeError('baseUrl must be http(s)');
  if (url.search || url.hash || url.username || url.password) throw new TypeError('baseUrl must not carry a query, fragment or credentials');
  return url;
}

function cleanBody(body: unknown): CancelMediaProcessingBody {
  if (body === undefined || body === null) return {};
  if (typeof body !== 'object' || Array.isArray(body)) throw new TypeError('body must be an object { all?, clientContext? }');
  const { all, clientContext } = body as CancelMediaProcessingBody;
  const out: CancelMediaProcessingBody = {};
  if (all !== undefined) {
    if (typeof all !== 'boolean') throw new TypeError('body.all must be a boolean');
    out.all = all;
  }
  if (clientContext !== undefined) {
    if (typeof clientContext !== 'string') throw new TypeError('body.clientContext must be a string');
    out.clientContext = clientContext;
  }
  return out;
}

export class CommsClient {
  readonly #pipeline: PipelineConfig;
  /** Base URL without a trailing slash; request paths start with "/". */
  readonly #base: string;
  readonly #basePath: string;
  /** Set when the base URL itself may not receive the token: every call rejects with it, nothing is sent. */
  readonly #baseRefusal: Error | undefined;
  /** Routes of results this client returned, for getOperation(result) when a result has no Location. */
  readonly #routes = new WeakMap<object, CallRoute>();

  constructor(options: CommsClientOptions) {
    if (typeof options !== 'object' || options === null) throw new TypeError('CommsClient needs an options object with `auth`');
    const base = parseBaseUrl(options.baseUrl ?? DEFAULT_BASE_URL);
    this.#base = base.href.replace(/\/+$/, '');
    this.#basePath = base.pathname.replace(/\/+$/, '');
    const scopes = options.scopes ?? defaultScopes(base);
    if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string' || s === '')) throw new TypeError('scopes must be non-empty strings');
    if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new TypeError('fetch must be a function');
    if (options.allowedHosts !== undefined && !Array.isArray(options.allowedHosts)) throw new TypeError('allowedHosts must be an array');
    const hosts = createHostPolicy(options.allowedHosts ?? [base.host]);
    try {
      hosts.assertAllowed(base);
    } catch (e) {
      this.#baseRefusal = e as Error;
    }
    this.#pipeline = {
      fetch: options.fetch ?? defaultFetch(),
      tokens: createTokenProvider(options.auth, { scopes, refreshMarginMs: options.tokenRefreshMarginMs }),
      hosts,
      retry: resolveRetry(options.retry),
      timeoutMs: positiveOption('timeoutMs', options.timeoutMs, undefined),
      maxResponseBytes: positiveOption('maxResponseBytes', options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES)!,
      maxRedirects: options.maxRedirects === undefined ? 5 : Math.max(0, Math.floor(options.maxRedirects)),
    };
  }

  /** POSTs cancelMediaProcessing for a call; resolves on 202 + Location or 200 + operation. */
  async cancelMediaProcessing(
    call: CallRef,
    body: CancelMediaProcessingBody = {},
    options: RequestOptions = {},
  ): Promise<CancelMediaProcessingResult> {
    if (typeof call !== 'object' || call === null) throw new TypeError('call must be an object { callId, applicationId?, route? }');
    const callId = checkId('callId', call.callId);
    const route = call.route ?? (call.applicationId !== undefined ? 'applications' : 'app');
    if (!ROUTES.has(route)) throw new TypeError(`route must be "app", "applications" or "communications", got ${JSON.stringify(route)}`);
    const cancelMediaProcessingRequest = cleanBody(body);
    let desc: RequestDescription;
    let applicationId: string | undefined;
    if (route === 'applications') {
      if (call.applicationId === undefined) throw new TypeError('applicationId is required for route "applications"');
      applicationId = checkId('applicationId', call.applicationId);
      desc = applicationCallCancelMediaProcessingRequestOpts({ applicationId, callId, cancelMediaProcessingRequest });
    } else if (route === 'app') {
      desc = appCallCancelMediaProcessingRequestOpts({ callId, cancelMediaProcessingRequest });
    } else {
      desc = communicationsCallCancelMediaProcessingRequestOpts({ callId, cancelMediaProcessingRequest });
    }
    const req = this.#request(this.#base, desc, options);
    const raw = await execute(this.#pipeline, req);
    const ctx = { callId, applicationId, clientRequestId: req.clientRequestId, basePath: this.#basePath };
    const result = toCancelResult(raw, ctx);
    // Only a result without a Location needs its route remembered (a WeakMap entry costs the GC).
    if (result.location === undefined) this.#routes.set(result, route);
    return result;
  }

  /**
   * GETs the commsOperation a Location (or a result) points at. An absolute Location is fetched from
   * its own origin and version, and only when allowedHosts allows its host; a relative one (a
   * notification's `resource`) from the base URL.
   */
  async getOperation(ref: string | CancelMediaProcessingResult, options: RequestOptions = {}): Promise<CommsOperation> {
    let target: Pick<OperationLocationMatch, 'route' | 'applicationId' | 'callId' | 'operationId' | 'base'>;
    if (typeof ref === 'string') {
      target = matchOperationLocation(ref, { basePath: this.#basePath });
    } else if (typeof ref === 'object' && ref !== null) {
      if (typeof ref.location === 'string' && ref.location !== '') {
        target = matchOperationLocation(ref.location, { basePath: this.#basePath });
      } else {
        const route = this.#routes.get(ref) ?? (ref.applicationId !== undefined ? 'applications' : 'app');
        target = { route, callId: checkId('callId', ref.callId), operationId: checkId('operationId', ref.operationId) };
        if (route === 'applications') target.applicationId = checkId('applicationId', ref.applicationId);
      }
    } else {
      throw new TypeError('getOperation expects a Location string or a cancelMediaProcessing result');
    }
    let base = this.#base;
    if (target.base !== undefined) {
      // Checked here, before any token is asked for: a Location elsewhere is refused with nothing sent.
      this.#pipeline.hosts.assertAllowed(new URL(target.base));
      base = target.base;
    }
    const { callId, operationId, applicationId } = target;
    const desc: RequestDescription =
      target.route === 'applications'
        ? applicationCallGetOperationRequestOpts({ applicationId: applicationId!, callId, operationId })
        : target.route === 'app'
          ? appCallGetOperationRequestOpts({ callId, operationId })
          : communicationsCallGetOperationRequestOpts({ callId, operationId });
    const req = this.#request(base, desc, options, target.base !== undefined);
    return toOperation(await execute(this.#pipeline, req), req.clientRequestId);
  }

  #request(base: string, desc: RequestDescription, options: RequestOptions, checked = false): OutgoingRequest {
    if (this.#baseRefusal && !checked) throw this.#baseRefusal;
    const { signal, headers: extra } = options ?? {};
    let clientRequestId = options?.clientRequestId;
    if (clientRequestId === undefined) clientRequestId = globalThis.crypto.randomUUID();
    else if (typeof clientRequestId !== 'string' || !CLIENT_REQUEST_ID.test(clientRequestId)) {
      throw new TypeError('clientRequestId must be 1-256 visible ASCII characters');
    }
    if (signal !== undefined && !(typeof signal === 'object' && signal !== null && 'aborted' in signal)) throw new TypeError('signal must be an AbortSignal');
    const body = desc.body === undefined ? undefined : JSON.stringify(desc.body);
    // Content-Type is the client's to set (only with a body); other description headers and the
    // caller's are merged case-insensitively, off the hot path when there are none.
    const headers: Record<string, string> = { ...(body === undefined ? SDK_HEADERS : SDK_JSON_HEADERS) };
    if (desc.headers) {
      for (const name in desc.headers) {
        if (name.toLowerCase() !== 'content-type') mergeHeader(headers, name, desc.headers[name], false);
      }
    }
    if (extra !== undefined) {
      if (typeof extra !== 'object' || extra === null) throw new TypeError('headers must be an object of strings');
      for (const name of Object.keys(extra)) {
        if (name.toLowerCase() !== 'content-type') mergeHeader(headers, name, extra[name], true);
      }
    }
    headers['client-request-id'] = clientRequestId;
    let url = base + desc.path;
    if (desc.query && Object.keys(desc.query).length > 0) url += `?${new URLSearchParams(desc.query as Record<string, string>)}`;
    // Either the base URL passed the host policy at construction or the caller checked `base` just now.
    return { url, trusted: true, method: desc.method, headers, body, clientRequestId, signal };
  }
}

function mergeHeader(into: Record<string, string>, name: string, value: unknown, fromCaller: boolean): void {
  const lower = name.toLowerCase();
  if (PROTECTED.has(lower)) {
    if (fromCaller) return;
    throw new TypeError(`the request description sets ${name}`);
  }
  if (typeof value !== 'string' || !HEADER_VALUE.test(value)) throw new TypeError(`header ${name} must be a string without control characters`);
  for (const k of Object.keys(into)) if (k.toLowerCase() === lower) delete into[k];
  into[name] = value;
}
