// The contract between generated/ and the engine. Types only, and it imports nothing: generated code depends on
// this module alone, and the engine (client, results, validation) reads the data generated/ describes through it.

export type CallRoute = 'app' | 'applications' | 'communications';

/** A call, on a route: `applications` when `applicationId` is given, else the client's default route. */
export interface CallTarget {
  callId: string;
  applicationId?: string;
  route?: CallRoute;
}

/** A participant of a call. */
export interface ParticipantTarget extends CallTarget {
  participantId: string;
}

/** An operation of a call (`…/calls/{callId}/operations/{operationId}`). */
export interface OperationTarget extends CallTarget {
  operationId: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Default: a fresh crypto.randomUUID(), the same on every retry of this call. */
  clientRequestId?: string;
  /** Added to the request; cannot replace Authorization, client-request-id or Retry-Attempt. */
  headers?: Record<string, string>;
}

/** What every action resolves with. `Op` is the operation type of the action (never for actions without one). */
export interface ActionResultFields<Op> {
  /** As the service answered: 200, 201, 202 or 204. */
  status: number;
  route: CallRoute;
  callId: string;
  applicationId?: string;
  /** The Location header, as sent. */
  location?: string;
  /** From the Location when there is one, else from the body's id. */
  operationId?: string;
  /** The body, validated against the generated schema. */
  operation?: Op;
  requestId?: string;
  clientRequestId: string;
}

/**
 * An action's result. For an action that creates an operation, `operationId` is always set: the answer is refused
 * (LocationParseError) when neither its Location nor its body names one.
 */
export type ActionResult<Op = never> = [Op] extends [never] ? ActionResultFields<never> : ActionResultFields<Op> & { operationId: string };

/**
 * An OpenAPI 3.0 schema object as src/validate.ts reads it: `$ref` and discriminator mappings are functions that
 * return the schema they name, and (as in JSON Schema) a schema without `type` accepts any JSON value.
 */
export interface ValidationSchema {
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: readonly string[];
  properties?: Readonly<Record<string, ValidationSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean;
  items?: ValidationSchema;
  allOf?: readonly ValidationSchema[];
  oneOf?: readonly ValidationSchema[];
  $ref?: () => ValidationSchema;
  discriminator?: { propertyName: string; mapping: Readonly<Record<string, () => ValidationSchema>> };
  /** At least one of these members must be present and not null. */
  'x-graph-one-of-required'?: readonly string[];
  [keyword: string]: unknown;
}

/**
 * One request the SDK can make, as generated from the spec: everything the generic engine needs, no code.
 * Path templates name their parameters `{applicationId}`, `{callId}`, `{participantId}`, `{operationId}`; the engine
 * checks and percent-encodes each before substituting it.
 */
export interface RequestDescriptor {
  /** The CommsClient method that sends it ("playPrompt", "muteParticipant", "getCall"). */
  readonly name: string;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** The path under the base URL on each route that serves it. */
  readonly paths: Readonly<Partial<Record<CallRoute, string>>>;
  /** Which ids the target must give: a call, a participant or an operation of one, or only a route (createCall). */
  readonly target: 'route' | 'call' | 'participant' | 'operation';
  /** The request body's schema (closed: unknown members are refused); absent when the request has no body. */
  readonly body?: ValidationSchema;
  /** True when every member of the body is optional, so the body argument may be left out. */
  readonly bodyOptional?: boolean;
  /** The 2xx statuses the service answers with, in the order the spec gives them. */
  readonly statuses: readonly number[];
  /** Schema of a 2xx body, when the service sends one (an operation, an entity, a collection page). */
  readonly response?: ValidationSchema;
  /** True when a 202's Location names the operation created (…/calls/{callId}/operations/{operationId}). */
  readonly locationNamesOperation?: boolean;
  /** What the method resolves with: an ActionResult, the entity, every page of a collection, or nothing. */
  readonly returns: 'action' | 'entity' | 'collection' | 'void';
}

/** What the client hands a transport. `redirect` is always `manual`: the client follows redirects itself. */
export interface FetchRequestInit {
  method: string;
  headers: Record<string, string>;
  body?: string;
  redirect: 'manual';
  signal?: AbortSignal;
  /**
   * Only for a transport that says `deadlines: true`, and only when the attempt has no signal: when the attempt ends,
   * on `performance.now()`'s clock (Infinity: never). Past it, the transport fails the request, or errors the body,
   * with a TimeoutError.
   */
  deadline?: number;
}

export interface FetchResponseLike {
  status: number;
  statusText?: string;
  headers: { get(name: string): string | null };
  /** A WHATWG ReadableStream, a Node Readable (node-fetch), or null. */
  body: unknown;
  text(): Promise<string>;
}

/**
 * Any WHATWG fetch (globalThis.fetch, node-fetch, undici) fits. `deadlines: true` says it keeps `init.deadline`
 * (createHttpFetch does).
 */
export type FetchLike = ((url: string, init: FetchRequestInit) => Promise<FetchResponseLike>) & { readonly deadlines?: boolean };

/**
 * Follows an attempt's redirects by hand, for a transport that shows them, so the token never goes where allowedHosts
 * does not allow: `first` is the answer to the request itself (a 3xx), `hop` sends to a URL, `drain` reads a
 * redirect's body so its socket can be reused, and the first answer that is no redirect to follow is returned.
 */
export type RedirectFollower = (
  first: FetchResponseLike,
  hop: (url: string) => Promise<FetchResponseLike>,
  drain: (res: FetchResponseLike) => Promise<unknown>,
  request: { url: string; method: string; clientRequestId: string },
  policy: { maxRedirects: number; hosts: { assertAllowed(url: URL): void } },
) => Promise<FetchResponseLike>;

/**
 * What differs between Node and a browser, given to the client by the package's entry point for its platform
 * (a value, not a module swapped by the build).
 */
export interface Platform {
  /** The transport when the caller gives none; it must stop at the signal (the engine does not race it). */
  defaultFetch(): FetchLike;
  /** Headers that name the platform: a User-Agent on Node; none in a browser, which owns it. */
  readonly headers: Readonly<Record<string, string>>;
  /** True for a failure to get any answer at all, which is retried. A browser's fetch cannot tell: never there. */
  isConnectionError(error: unknown): boolean;
  /** Follows redirects by hand, where transports show them; absent in a browser, whose fetch hides them. */
  readonly followRedirect?: RedirectFollower;
  /** Reads a body that is no web stream: Node's streams (node-fetch, createHttpFetch); absent in a browser. */
  readonly streamReader?: (body: unknown) => ChunkReader | undefined;
  /**
   * What ends one attempt: the caller's signal joined with a `timeoutMs` timer, or a deadline the transport keeps
   * (only with `token`, the attempt's token when it is at hand: else one has to be fetched within the timeout).
   * Absent: a signal of the attempt's own.
   */
  readonly attemptScope?: (callerSignal: AbortSignal | undefined, timeoutMs: number | undefined, transport: FetchLike, token: string | undefined) => AttemptScope;
}

/** How one attempt can end early. */
export interface AttemptScope {
  /** Aborts with AbortError (caller) or TimeoutError (timeoutMs); undefined when neither can happen, or a deadline stands for it. */
  readonly signal: AbortSignal | undefined;
  /** For the transport to keep instead of a signal (see FetchRequestInit.deadline). */
  readonly deadline?: number;
  /** Clears the timer and the listener on the caller's signal. Idempotent. */
  done(): void;
}

/** One interface over the kinds of body a transport gives: a WHATWG stream, a Node stream, a text. */
export interface ChunkReader {
  read(): Promise<{ done?: boolean; value?: Uint8Array | string }>;
  /** Stops the body: the socket is freed and a pending read ends. */
  cancel(): void;
}
