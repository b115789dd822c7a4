// The client: one generic path for every request the spec describes. Each method is bound at class definition
// from its generated descriptor (generated/requests.ts) and typed by the generated method interface; none is
// written by hand, except getOperation, which also takes a Location. What differs by platform (the default
// transport, the User-Agent, redirects) is a value the entry point passes in (node.ts, browser.ts).
import type { CommsClientMethods } from '../generated/methods.js';
import { requests } from '../generated/requests.js';
import { createTokenProvider, defaultScopes } from './auth.js';
import type { ActionResult, ActionResultFields, CallRoute, OperationTarget, Platform, RequestDescriptor, RequestOptions } from './contract.js';
import { type OutgoingRequest, type PipelineConfig, execute } from './execute.js';
import { createHostPolicy } from './hosts.js';
import { checkId } from './ids.js';
import { TRAILING_SLASHES, matchOperationLocation, notPlainHttpUrl, plainHttpUrl } from './location.js';
import { isObject, option, positive } from './options.js';
import { checkRoute, encodeBody, type ResolvedTarget, resolveTarget } from './request.js';
import { DEFAULT_MAX_RESPONSE_BYTES } from './response.js';
import { toActionResult, toEntity } from './results.js';
import { resolveRetry } from './retry.js';
import type { CommsClientOptions } from './types.js';
import { SDK_NAME, SDK_VERSION } from './version.js';

export const DEFAULT_BASE_URL = 'https://graph.microsoft.com/beta';
/** Per attempt, unless `timeoutMs` says otherwise (`Infinity`: none). */
export const DEFAULT_TIMEOUT_MS = 30_000;
/** Pages listParticipants follows at most: a service (or a proxy) that links pages in a loop cannot hold a caller. */
export const MAX_PAGES = 100;

// Headers the pipeline owns: a caller's copy would break auth, correlation or framing.
const PROTECTED = /* @__PURE__ */ new Set(['authorization', 'client-request-id', 'retry-attempt', 'content-type', 'content-length', 'host', 'transfer-encoding']);
// RFC 9110 field-name (a token) and field-value: anything else the transport would refuse, as a ConnectionError.
const HEADER_NAME = /^[\w!#$%&'*+.^`|~-]+$/;
const HEADER_VALUE = /^[\x20-\x7e\x80-\xff]*$/;
const CLIENT_REQUEST_ID = /^[\x21-\x7e]{1,256}$/;
const isString = (v: unknown) => typeof v === 'string';
const isFunction = (v: unknown) => typeof v === 'function';
const isRequestId = (v: unknown) => isString(v) && CLIENT_REQUEST_ID.test(v as string);
const isSignal = (v: unknown) => isObject(v) && 'aborted' in v;
const isHeaderValue = (v: unknown) => isString(v) && HEADER_VALUE.test(v as string);
const areScopes = (v: unknown) => Array.isArray(v) && v.every((s) => isString(s) && s !== '');
const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

/** A target and where its request goes: the client's base URL unless a Location says. */
interface Resolved extends ResolvedTarget {
  /** Origin plus path prefix of an absolute Location, already passed by the host policy. */
  base?: string;
}

/** A Location (or a notification's resource path), an action's result, or the ids of an operation. */
export type OperationRef = string | ActionResultFields<unknown> | OperationTarget;

// Declaration merging: the class carries every generated method signature; the static block binds them.
export interface CommsClientCore extends Omit<CommsClientMethods, 'getOperation'> {}

/** The client on a given platform; the package's CommsClient is this on the platform of its entry point. */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the interface declares what the static block defines
export class CommsClientCore {
  readonly #pipeline: PipelineConfig;
  /** Base URL without a trailing slash; request paths start with "/". */
  readonly #base: string;
  readonly #basePath: string;
  readonly #route: CallRoute;
  /** The application of the applications route, for requests whose target names no call (createCall). */
  readonly #applicationId: string | undefined;
  /** Set when the base URL itself may not receive the token: every call rejects with it, nothing is sent. */
  readonly #baseRefusal: Error | undefined;
  readonly #headers: Record<string, string>;
  /** #headers, and the Content-Type of a request with a body. */
  readonly #jsonHeaders: Record<string, string>;

  constructor(options: CommsClientOptions, platform: Platform) {
    if (!isObject(options)) throw new TypeError('CommsClient needs an options object with `auth`');
    const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
    const base = plainHttpUrl(baseUrl);
    if (!base) throw notPlainHttpUrl('baseUrl', baseUrl);
    this.#base = base.href.replace(TRAILING_SLASHES, '');
    this.#basePath = base.pathname.replace(TRAILING_SLASHES, '');
    this.#route = checkRoute(options.route ?? 'app');
    this.#applicationId = options.applicationId === undefined ? undefined : checkId('applicationId', options.applicationId);
    const scopes = option('scopes', options.scopes, areScopes, 'non-empty strings', defaultScopes(base));
    const fetch = option('fetch', options.fetch, isFunction, 'a function');
    const hosts = createHostPolicy(options.allowedHosts ?? [base.host]);
    try {
      hosts.assertAllowed(base);
    } catch (e) {
      this.#baseRefusal = e as Error;
    }
    this.#headers = { Accept: 'application/json', SdkVersion: `${SDK_NAME}/${SDK_VERSION}`, ...platform.headers };
    this.#jsonHeaders = { ...this.#headers, 'Content-Type': 'application/json' };
    this.#pipeline = {
      fetch: fetch ?? platform.defaultFetch(),
      // The platform's fetch and the SDK's transports stop at the signal (they say so with `abortable: true`): the
      // engine races the others, which costs a promise and a listener per attempt.
      abortable: !fetch || fetch === globalThis.fetch || (fetch as { abortable?: unknown }).abortable === true,
      platform,
      tokens: createTokenProvider(options.auth, { scopes, refreshMarginMs: options.tokenRefreshMarginMs }),
      hosts,
      retry: resolveRetry(options.retry),
      timeoutMs: option('timeoutMs', options.timeoutMs, positive, 'a positive number', DEFAULT_TIMEOUT_MS),
      maxResponseBytes: option('maxResponseBytes', options.maxResponseBytes, positive, 'a positive number', DEFAULT_MAX_RESPONSE_BYTES),
      maxRedirects: option('maxRedirects', options.maxRedirects, isCount, 'an integer >= 0', 5),
    };
  }

  static {
    // One method per descriptor, its target resolved on the client's default route: what differs between actions
    // is data. Not async itself (#dispatch is, so a bad argument rejects): one promise per call, not two.
    for (const desc of Object.values(requests) as RequestDescriptor[]) {
      if (desc.name === 'getOperation') continue;
      Object.defineProperty(CommsClientCore.prototype, desc.name, {
        configurable: true,
        writable: true,
        value(this: CommsClientCore, ...args: unknown[]) {
          return this.#dispatch(desc, args);
        },
      });
    }
  }

  /**
   * GETs an operation: by its Location (absolute, fetched from its own origin and version only when allowedHosts
   * allows its host; or relative, a notification's `resource`), or by an action's result. Typed by `@odata.type`.
   */
  async getOperation(ref: OperationRef, options?: RequestOptions): Promise<import('../generated/index.js').AnyCommsOperation> {
    return this.#dispatch(requests.getOperation as RequestDescriptor, [options], this.#operationTarget(ref)) as never;
  }

  #operationTarget(ref: OperationRef): Resolved {
    const location = isString(ref) ? ref : isObject(ref) ? ref.location : undefined;
    if (isString(ref) || (isString(location) && location !== '')) {
      const m = matchOperationLocation(location, { basePath: this.#basePath });
      // Checked here, before any token is asked for: a Location elsewhere is refused with nothing sent.
      if (m.base !== undefined) this.#pipeline.hosts.assertAllowed(new URL(m.base));
      return { ...resolveTarget(requests.getOperation as RequestDescriptor, m, m.route), base: m.base };
    }
    if (!isObject(ref)) throw new TypeError('ref must be a Location or an action result');
    return resolveTarget(requests.getOperation as RequestDescriptor, ref, this.#route);
  }

  /** A method's call: `args` as the caller gave them (target unless `resolved` is, body when it takes one, options). */
  async #dispatch(desc: RequestDescriptor, args: unknown[], resolved?: Resolved): Promise<unknown> {
    // A request that names no call (createCall) goes to the client's route, and application on that route.
    const target: Resolved = resolved ?? resolveTarget(desc, desc.target === 'route' ? (this.#route === 'applications' ? { applicationId: this.#applicationId } : {}) : args.shift(), this.#route);
    const body = desc.body === undefined ? undefined : args.shift();
    const { ids, base } = target;
    const req = this.#request(base ?? this.#base, desc.method, target.path, encodeBody(desc, body), args[0] as RequestOptions | undefined, base !== undefined);
    if (desc.returns === 'collection') return this.#collect(desc, req);
    const raw = await execute(this.#pipeline, req);
    if (desc.returns !== 'action') return toEntity(raw, desc, req.clientRequestId);
    return toActionResult(raw, desc, ids, req.clientRequestId, this.#basePath, req.url) satisfies ActionResult<unknown>;
  }

  /** Every page of a collection, following `@odata.nextLink` on hosts the policy allows. */
  async #collect(desc: RequestDescriptor, first: OutgoingRequest): Promise<unknown[]> {
    const items: unknown[] = [];
    let req = first;
    for (let page = 1; ; page++) {
      const { value, '@odata.nextLink': next } = toEntity<{ value?: unknown[]; '@odata.nextLink'?: unknown }>(await execute(this.#pipeline, req), desc, req.clientRequestId);
      items.push(...(value ?? []));
      if (typeof next !== 'string' || next === '') return items;
      if (page >= MAX_PAGES) throw new TypeError(`${desc.name}: more than ${MAX_PAGES} pages`);
      const url = new URL(next, req.url);
      this.#pipeline.hosts.assertAllowed(url);
      req = { ...req, url: url.href };
    }
  }

  #request(base: string, method: string, path: string, body: string | undefined, options: RequestOptions | undefined, checked: boolean): OutgoingRequest {
    if (this.#baseRefusal && !checked) throw this.#baseRefusal;
    const { signal, headers: extra, clientRequestId: given } = option('options', options, isObject, 'an object', {} as RequestOptions);
    // Only the caller's id is checked: the one made here is a UUID.
    const clientRequestId = option('clientRequestId', given, isRequestId, '1-256 visible ASCII characters') ?? globalThis.crypto.randomUUID();
    option('signal', signal, isSignal, 'an AbortSignal');
    option('headers', extra, isObject, 'an object of strings');
    // Object.assign, not a spread: V8 gives a spread copy a map that each header added to it (client-request-id here,
    // Authorization in execute) must leave by a slow path, about a microsecond per call.
    const headers: Record<string, string> = Object.assign({}, body === undefined ? this.#headers : this.#jsonHeaders);
    // The caller's headers replace the SDK's case-insensitively, except those the pipeline owns.
    for (const name of Object.keys(extra ?? {})) {
      if (!HEADER_NAME.test(name)) throw new TypeError(`invalid header name ${JSON.stringify(name)}`);
      const lower = name.toLowerCase();
      if (PROTECTED.has(lower)) continue;
      const value = extra![name];
      if (!isHeaderValue(value)) throw new TypeError(`header ${name} must be a string without control characters`);
      for (const k of Object.keys(headers)) if (k.toLowerCase() === lower) delete headers[k];
      headers[name] = value;
    }
    headers['client-request-id'] = clientRequestId;
    // Either the base URL passed the host policy at construction or the caller checked `base` just now.
    return { url: base + path, method, headers, body, clientRequestId, signal };
  }
}
