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
import { matchOperationLocation, notPlainHttpUrl, plainHttpUrl } from './location.js';
import { encodeBody, expandPath, resolveTarget, type TargetIds } from './request.js';
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
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const HEADER_VALUE = /^[\x20-\x7e\x80-\xff]*$/;
const CLIENT_REQUEST_ID = /^[\x21-\x7e]{1,256}$/;
const ROUTES: readonly CallRoute[] = ['app', 'applications', 'communications'];

function positiveOption(name: string, value: number | undefined): number | undefined {
  if (value !== undefined && !(typeof value === 'number' && value > 0)) throw new TypeError(`${name} must be a positive number`);
  return value;
}

/** A target (a request's ids) and where its request goes: the client's base URL unless a Location says. */
interface Resolved {
  ids: TargetIds;
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

  constructor(options: CommsClientOptions, platform: Platform) {
    if (typeof options !== 'object' || options === null) throw new TypeError('CommsClient needs an options object with `auth`');
    const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
    const base = typeof baseUrl === 'string' ? plainHttpUrl(baseUrl) : undefined;
    if (!base) throw notPlainHttpUrl('baseUrl', baseUrl);
    this.#base = base.href.replace(/\/+$/, '');
    this.#basePath = base.pathname.replace(/\/+$/, '');
    const route = options.route ?? 'app';
    if (!ROUTES.includes(route)) throw new TypeError(`route must be app, applications or communications, not ${JSON.stringify(route)}`);
    this.#route = route;
    this.#applicationId = options.applicationId === undefined ? undefined : checkId('applicationId', options.applicationId);
    const scopes = options.scopes ?? defaultScopes(base);
    if (!Array.isArray(scopes) || scopes.some((s) => typeof s !== 'string' || s === '')) throw new TypeError('scopes must be non-empty strings');
    if (options.fetch !== undefined && typeof options.fetch !== 'function') throw new TypeError('fetch must be a function');
    const hosts = createHostPolicy(options.allowedHosts ?? [base.host]);
    try {
      hosts.assertAllowed(base);
    } catch (e) {
      this.#baseRefusal = e as Error;
    }
    const maxRedirects = options.maxRedirects ?? 5;
    if (!Number.isSafeInteger(maxRedirects) || maxRedirects < 0) throw new TypeError('maxRedirects must be an integer >= 0');
    this.#headers = { Accept: 'application/json', SdkVersion: `${SDK_NAME}/${SDK_VERSION}`, ...platform.headers };
    this.#pipeline = {
      fetch: options.fetch ?? platform.defaultFetch(),
      platform,
      tokens: createTokenProvider(options.auth, { scopes, refreshMarginMs: options.tokenRefreshMarginMs }),
      hosts,
      retry: resolveRetry(options.retry),
      timeoutMs: positiveOption('timeoutMs', options.timeoutMs) ?? DEFAULT_TIMEOUT_MS,
      maxResponseBytes: positiveOption('maxResponseBytes', options.maxResponseBytes) ?? DEFAULT_MAX_RESPONSE_BYTES,
      maxRedirects,
    };
  }

  static {
    // One method per descriptor, each only a call of #send: what differs between actions is data.
    for (const desc of Object.values(requests) as RequestDescriptor[]) {
      if (desc.name === 'getOperation') continue;
      const takesTarget = desc.target !== 'route';
      const takesBody = desc.body !== undefined;
      Object.defineProperty(CommsClientCore.prototype, desc.name, {
        configurable: true,
        writable: true,
        value(this: CommsClientCore, ...args: unknown[]) {
          const target = takesTarget ? args.shift() : {};
          const body = takesBody ? args.shift() : undefined;
          return this.#send(desc, target, body, args[0] as RequestOptions | undefined);
        },
      });
    }
  }

  /**
   * GETs an operation: by its Location (absolute, fetched from its own origin and version only when allowedHosts
   * allows its host; or relative, a notification's `resource`), or by an action's result. Typed by `@odata.type`.
   */
  async getOperation(ref: OperationRef, options?: RequestOptions): Promise<import('../generated/index.js').AnyCommsOperation> {
    return this.#dispatch(requests.getOperation as RequestDescriptor, this.#operationTarget(ref), undefined, options) as never;
  }

  #operationTarget(ref: OperationRef): Resolved {
    if (typeof ref !== 'string' && (typeof ref !== 'object' || ref === null)) throw new TypeError('ref must be a Location or an action result');
    const location = typeof ref === 'string' ? ref : (ref as { location?: unknown }).location;
    if (typeof ref === 'string' || (typeof location === 'string' && location !== '')) {
      const m = matchOperationLocation(location, { basePath: this.#basePath });
      // Checked here, before any token is asked for: a Location elsewhere is refused with nothing sent.
      if (m.base !== undefined) this.#pipeline.hosts.assertAllowed(new URL(m.base));
      const ids: TargetIds = { route: m.route, callId: m.callId, operationId: m.operationId };
      if (m.applicationId !== undefined) ids.applicationId = m.applicationId;
      return { ids, base: m.base };
    }
    if ((ref as { operationId?: unknown }).operationId === undefined) throw new TypeError('ref has no operationId: pass a Location or the result of an action that creates an operation');
    return { ids: resolveTarget(requests.getOperation as RequestDescriptor, ref, this.#route) };
  }

  /** A bound method's call: its target resolved on the client's default route. Async, so a bad argument rejects. */
  async #send(desc: RequestDescriptor, target: unknown, body: unknown, options: RequestOptions | undefined): Promise<unknown> {
    // A request that names no call (createCall) goes to the client's route, and application on that route.
    const named = desc.target === 'route' && this.#route === 'applications' ? { applicationId: this.#applicationId } : target;
    return this.#dispatch(desc, { ids: resolveTarget(desc, named, this.#route) }, body, options);
  }

  async #dispatch(desc: RequestDescriptor, resolved: Resolved, body: unknown, options: RequestOptions | undefined): Promise<unknown> {
    const { ids } = resolved;
    const req = this.#request(resolved.base ?? this.#base, desc.method, expandPath(desc, ids), encodeBody(desc, body), options, resolved.base !== undefined);
    if (desc.returns === 'collection') return this.#collect(desc, req);
    const raw = await execute(this.#pipeline, req);
    if (desc.returns !== 'action') return toEntity(raw, desc, req.clientRequestId);
    const ctx = { route: ids.route, callId: ids.callId!, applicationId: ids.applicationId, clientRequestId: req.clientRequestId, basePath: this.#basePath };
    return toActionResult(raw, desc, ctx) satisfies ActionResult<unknown>;
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
    if (options !== undefined && (typeof options !== 'object' || options === null)) throw new TypeError('options must be an object');
    const { signal, headers: extra, clientRequestId = globalThis.crypto.randomUUID() } = options ?? {};
    if (typeof clientRequestId !== 'string' || !CLIENT_REQUEST_ID.test(clientRequestId)) {
      throw new TypeError('clientRequestId must be 1-256 visible ASCII characters');
    }
    if (signal !== undefined && !(typeof signal === 'object' && signal !== null && 'aborted' in signal)) throw new TypeError('signal must be an AbortSignal');
    if (extra !== undefined && (typeof extra !== 'object' || extra === null)) throw new TypeError('headers must be an object of strings');
    const headers: Record<string, string> = body === undefined ? { ...this.#headers } : { ...this.#headers, 'Content-Type': 'application/json' };
    // The caller's headers replace the SDK's case-insensitively, except those the pipeline owns.
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
    // Either the base URL passed the host policy at construction or the caller checked `base` just now.
    return { url: base + path, method, headers, body, clientRequestId, signal };
  }
}
