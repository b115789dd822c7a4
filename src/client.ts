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
  type RequestOpts,
} from '../generated/index.js';
import { createTokenProvider, defaultScopes } from './auth.js';
import { type OutgoingRequest, type PipelineConfig, execute } from './execute.js';
import { createHostPolicy } from './hosts.js';
import { checkId } from './ids.js';
import { type CallRoute, matchOperationLocation, notPlainHttpUrl, plainHttpUrl } from './location.js';
import { DEFAULT_MAX_RESPONSE_BYTES, toCancelResult, toOperation } from './response.js';
import { resolveRetry } from './retry.js';
import { PLATFORM_HEADERS, defaultFetch } from './transport.js';
import type {
  CallRef,
  CancelMediaProcessingBody,
  CancelMediaProcessingResult,
  CommsClientOptions,
  RequestOptions,
} from './types.js';
import { SDK_NAME, SDK_VERSION } from './version.js';

export const DEFAULT_BASE_URL = 'https://graph.microsoft.com/beta';
/** Per attempt, unless `timeoutMs` says otherwise (`Infinity`: none). */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** A call on one route, ids checked. */
interface CallTarget {
  route: CallRoute;
  callId: string;
  /** Present on the applications route, and only there (see callTarget). */
  applicationId?: string;
}

// The generated request description of each route. They are typed as taking an applicationId, which only the
// applications one reads: a CallTarget has it exactly for that route.
type CallIds = CallTarget & { applicationId: string };
const CANCEL_REQUESTS: Record<CallRoute, (ids: CallIds & { cancelMediaProcessingRequest: CancelMediaProcessingBody }) => RequestOpts> = {
  app: appCallCancelMediaProcessingRequestOpts,
  applications: applicationCallCancelMediaProcessingRequestOpts,
  communications: communicationsCallCancelMediaProcessingRequestOpts,
};
const GET_OPERATION_REQUESTS: Record<CallRoute, (ids: CallIds & { operationId: string }) => RequestOpts> = {
  app: appCallGetOperationRequestOpts,
  applications: applicationCallGetOperationRequestOpts,
  communications: communicationsCallGetOperationRequestOpts,
};

// Headers the pipeline owns: a caller's copy would break auth, correlation or framing.
const PROTECTED = /* @__PURE__ */ new Set(['authorization', 'client-request-id', 'retry-attempt', 'content-type', 'content-length', 'host', 'transfer-encoding']);
// RFC 9110 field-name (a token) and field-value: anything else the transport would refuse, as a ConnectionError.
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HEADER_VALUE = /^[\x20-\x7e\x80-\xff]*$/;
const CLIENT_REQUEST_ID = /^[\x21-\x7e]{1,256}$/;
const SDK_HEADERS: Record<string, string> = { Accept: 'application/json', SdkVersion: `${SDK_NAME}/${SDK_VERSION}`, ...PLATFORM_HEADERS };

function positiveOption(name: string, value: number | undefined): number | undefined {
  if (value !== undefined && !(typeof value === 'number' && value > 0)) throw new TypeError(`${name} must be a positive number`);
  return value;
}

/** The route of a call (`applications` with an applicationId, else `app`, unless `route` says) and its checked ids. */
function callTarget(call: { callId: unknown; applicationId?: unknown; route?: unknown }): CallTarget {
  const callId = checkId('callId', call.callId);
  const route = call.route ?? (call.applicationId === undefined ? 'app' : 'applications');
  if (!Object.hasOwn(CANCEL_REQUESTS, route as string)) throw new TypeError(`route must be app, applications or communications, not ${JSON.stringify(route)}`);
  const target: CallTarget = { route: route as CallRoute, callId };
  if (route === 'applications') {
    if (call.applicationId === undefined) throw new TypeError('applicationId is required for route "applications"');
    target.applicationId = checkId('applicationId', call.applicationId);
  } else if (route === 'communications' && call.applicationId !== undefined) {
    // Its path has no application: dropping the id silently could act on a call the caller did not mean.
    throw new TypeError('applicationId is not allowed on route "communications"');
  }
  return target;
}

function cleanBody(body: unknown): CancelMediaProcessingBody {
  if (body === undefined || body === null) return {};
  const { all, clientContext } = body as CancelMediaProcessingBody;
  const ok =
    typeof body === 'object' &&
    !Array.isArray(body) &&
    (all === undefined || typeof all === 'boolean') &&
    (clientContext === undefined || typeof clientContext === 'string');
  if (!ok) throw new TypeError('body must be { all?: boolean, clientContext?: string }');
  // Members left out (or undefined) stay out of the JSON.
  return { all, clientContext };
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
    const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
    const base = typeof baseUrl === 'string' ? plainHttpUrl(baseUrl) : undefined;
    if (!base) throw notPlainHttpUrl('baseUrl', baseUrl);
    this.#base = base.href.replace(/\/+$/, '');
    this.#basePath = base.pathname.replace(/\/+$/, '');
    const scopes = options.scopes ?? defaultScopes(base);
    if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string' || s === '')) throw new TypeError('scopes must be non-empty strings');
    if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new TypeError('fetch must be a function');
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
      timeoutMs: positiveOption('timeoutMs', options.timeoutMs) ?? DEFAULT_TIMEOUT_MS,
      maxResponseBytes: positiveOption('maxResponseBytes', options.maxResponseBytes) ?? DEFAULT_MAX_RESPONSE_BYTES,
      maxRedirects: options.maxRedirects === undefined ? 5 : Math.max(0, Math.floor(options.maxRedirects)),
    };
  }

  /** POSTs cancelMediaProcessing for a call; resolves on 202 + Location or 200 + operation. */
  async cancelMediaProcessing(
    call: CallRef,
    body: CancelMediaProcessingBody = {},
    options: RequestOptions = {},
  ): Promise<CancelMediaProcessingResult> {
    if (typeof call !== 'object' || call === null) throw new TypeError('call must be an object');
    const target = callTarget(call);
    const desc = CANCEL_REQUESTS[target.route]({ ...(target as CallIds), cancelMediaProcessingRequest: cleanBody(body) });
    const req = this.#request(this.#base, desc, options);
    const result = toCancelResult(await execute(this.#pipeline, req), { ...target, clientRequestId: req.clientRequestId, basePath: this.#basePath });
    // Only a result without a Location needs its route remembered (a WeakMap entry costs the GC).
    if (result.location === undefined) this.#routes.set(result, target.route);
    return result;
  }

  /**
   * GETs the commsOperation a Location (or a result) points at. An absolute Location is fetched from
   * its own origin and version, and only when allowedHosts allows its host; a relative one (a
   * notification's `resource`) from the base URL.
   */
  async getOperation(ref: string | CancelMediaProcessingResult, options: RequestOptions = {}): Promise<CommsOperation> {
    if (typeof ref !== 'string' && (typeof ref !== 'object' || ref === null)) {
      throw new TypeError('ref must be a Location or a cancelMediaProcessing result');
    }
    const location = typeof ref === 'string' ? ref : ref.location;
    const target: CallTarget & { operationId: string; base?: string } =
      typeof ref === 'string' || (typeof location === 'string' && location !== '')
        ? matchOperationLocation(location, { basePath: this.#basePath })
        : { ...callTarget({ ...ref, route: this.#routes.get(ref) ?? (ref as { route?: unknown }).route }), operationId: checkId('operationId', ref.operationId) };
    // Checked here, before any token is asked for: a Location elsewhere is refused with nothing sent.
    if (target.base !== undefined) this.#pipeline.hosts.assertAllowed(new URL(target.base));
    const desc = GET_OPERATION_REQUESTS[target.route](target as CallIds & typeof target);
    const req = this.#request(target.base ?? this.#base, desc, options, target.base !== undefined);
    return toOperation(await execute(this.#pipeline, req), req.clientRequestId);
  }

  #request(base: string, desc: RequestOpts, options: RequestOptions, checked = false): OutgoingRequest {
    if (this.#baseRefusal && !checked) throw this.#baseRefusal;
    const { signal, headers: extra, clientRequestId = globalThis.crypto.randomUUID() } = options ?? {};
    if (typeof clientRequestId !== 'string' || !CLIENT_REQUEST_ID.test(clientRequestId)) {
      throw new TypeError('clientRequestId must be 1-256 visible ASCII characters');
    }
    if (signal !== undefined && !(typeof signal === 'object' && signal !== null && 'aborted' in signal)) throw new TypeError('signal must be an AbortSignal');
    if (extra !== undefined && (typeof extra !== 'object' || extra === null)) throw new TypeError('headers must be an object of strings');
    // The description brings Content-Type with its body; the caller's headers replace others case-insensitively.
    const headers: Record<string, string> = { ...SDK_HEADERS, ...desc.headers };
    for (const name of Object.keys(extra ?? {})) {
      if (!HEADER_NAME.test(name)) throw new TypeError(`invalid header name ${JSON.stringify(name)}`);
      const lower = name.toLowerCase();
      if (PROTECTED.has(lower)) continue;
      const value = extra![name];
      if (typeof value !== 'string' || !HEADER_VALUE.test(value)) throw new TypeError(`header ${name} must be a string without control characters`);
      for (const k of Object.keys(headers)) if (k.toLowerCase() === lower) delete headers[k];
      headers[name] = value;
    }
    headers['client-request-id'] = clientRequestId;
    let url = base + desc.path;
    if (desc.query && Object.keys(desc.query).length > 0) url += `?${new URLSearchParams(desc.query as Record<string, string>)}`;
    const body = desc.body === undefined ? undefined : JSON.stringify(desc.body);
    // Either the base URL passed the host policy at construction or the caller checked `base` just now.
    return { url, method: desc.method, headers, body, clientRequestId, signal };
  }
}
