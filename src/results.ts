// From a finished answer to what a method resolves with, for any generated request: an ActionResult (status,
// route, ids, Location, the validated operation), an entity, or nothing. A non-2xx answer is a GraphError; a 2xx
// the descriptor does not expect, or a body that fails its schema, is an InvalidResponseError.
import type { ActionResult, ActionResultFields, CallRoute, RequestDescriptor, ValidationSchema } from './contract.js';
import { InvalidResponseError, LocationParseError } from './errors.js';
import { isGuid, sameId } from './ids.js';
import { matchOperationLocation } from './location.js';
import { type RawResponse, parseJson, toGraphError } from './response.js';
import { validateSchema } from './validate.js';

/** What the request named, for the result and for checking the Location against it. */
export interface RequestIds {
  route: CallRoute;
  callId?: string;
  applicationId?: string;
}

const requestIdOf = (raw: RawResponse) => raw.headers.get('request-id') ?? undefined;

/** An InvalidResponseError about `raw`, carrying its body and request-id. */
const unusable = (raw: RawResponse, reason: string, path?: string) => new InvalidResponseError(raw.status, reason, raw.text, path, requestIdOf(raw));

/** Throws GraphError for a non-2xx answer, InvalidResponseError for a 2xx the descriptor does not list. */
export function checkStatus(raw: RawResponse, desc: Pick<RequestDescriptor, 'statuses'>, clientRequestId: string): void {
  if (raw.status < 200 || raw.status > 299) throw toGraphError(raw, clientRequestId);
  if (!desc.statuses.includes(raw.status)) throw unusable(raw, `expected ${desc.statuses.join(' or ')}`);
}

/** The body parsed and validated against `schema` (discriminated on `@odata.type`, enum values in wire case). */
export function parseBody<T>(raw: RawResponse, schema: ValidationSchema, what: string): T {
  const json = parseJson(raw.text);
  if (json === undefined) throw unusable(raw, 'the body is not JSON');
  const checked = validateSchema<T>(schema, json);
  if (!checked.ok) throw unusable(raw, `the body is not a ${what}: ${checked.message}`, checked.path);
  return checked.value;
}

// The verb of a resource method's name, left out where the message names what the body should be.
const VERB = /^(get|create)/;

// A 202 has no entity; whatever text a proxy put there is ignored. (A 204 has no text at all.)
const hasBody = (raw: RawResponse) => raw.status !== 202 && raw.text.trim() !== '';

/**
 * An action's answer as its result. The operation's ids come from the Location when there is one (and that
 * Location must name the request's call, and application on that route), else from the body's id. An answer of
 * an action whose Location names its operation must carry one or the other. `url` is the request's, which holds
 * `/calls/{callId}/` (every action names a call).
 */
export function toActionResult<Op>(raw: RawResponse, desc: RequestDescriptor, ids: RequestIds, clientRequestId: string, basePath: string | undefined, url: string): ActionResult<Op> {
  checkStatus(raw, desc, clientRequestId);
  const result: ActionResultFields<Op> = { status: raw.status, route: ids.route, callId: ids.callId!, clientRequestId };
  if (ids.applicationId !== undefined) result.applicationId = ids.applicationId;
  if (desc.response !== undefined && hasBody(raw)) result.operation = parseBody<Op>(raw, desc.response, `${desc.name} operation`);
  const location = raw.headers.get('location') || undefined;
  if (location !== undefined) result.location = location;
  if (desc.locationNamesOperation) nameOperation(result, raw, location, basePath, url);
  const requestId = requestIdOf(raw);
  if (requestId !== undefined) result.requestId = requestId;
  return result as ActionResult<Op>;
}

/**
 * Sets the operation's id: from the Location, whose call (and application) must be the request's, or else from
 * the body's id. An operation of another call is not this request's, whatever the service says.
 */
function nameOperation(result: ActionResultFields<unknown>, raw: RawResponse, location: string | undefined, basePath: string | undefined, url: string): void {
  if (location === undefined) {
    if (result.operation === undefined) throw new LocationParseError(undefined, `a ${raw.status} answer without a Location header${raw.status === 200 ? ' or a body' : ''}`);
    const id = (result.operation as { id?: unknown }).id;
    if (typeof id !== 'string' || id === '') throw unusable(raw, 'no Location and no operation id in the body');
    result.operationId = id;
    return;
  }
  // Graph's usual Location is the request's own URL up to its call, then operations/{a GUID}: of that only the id is
  // new, and a GUID needs no decoding or checks. Anything else is parsed in full.
  const at = url.indexOf('/', url.lastIndexOf('/calls/') + 7) + 1;
  const id = location.slice(at + 11);
  if (location.startsWith(`${url.slice(0, at)}operations/`) && isGuid(id)) {
    result.operationId = id;
    return;
  }
  const parsed = matchOperationLocation(location, { basePath });
  if (!sameId(parsed.callId, result.callId)) throw new LocationParseError(location, "another call than the request's");
  const { applicationId } = parsed;
  if (applicationId !== undefined && result.applicationId !== undefined && !sameId(applicationId, result.applicationId)) {
    throw new LocationParseError(location, "another application than the request's");
  }
  result.callId = parsed.callId;
  result.operationId = parsed.operationId;
  if (applicationId !== undefined) result.applicationId = applicationId;
}

/** A resource's answer: the validated entity (`returns: 'entity'`), or nothing (`'void'`). */
export function toEntity<T>(raw: RawResponse, desc: RequestDescriptor, clientRequestId: string): T {
  checkStatus(raw, desc, clientRequestId);
  // A 'void' request (deleteCall) has no response schema.
  if (desc.response === undefined) return undefined as T;
  return parseBody<T>(raw, desc.response, desc.name.replace(VERB, '').toLowerCase() || 'entity');
}
