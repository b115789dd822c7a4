// Parses the URI of a commsOperation: the Location of a cancelMediaProcessing answer, or the
// relative `resource` path of a notification. Ids are opaque: decoded, checked, never case-folded.
import { LocationParseError } from './errors.js';
import { idProblem } from './ids.js';

import type { CallRoute } from './contract.js';

export type { CallRoute };

export interface OperationLocation {
  /** The input, unchanged. */
  url: string;
  /** The version segment (`beta`, `v1.0`) when the path has one. */
  apiVersion?: string;
  route: CallRoute;
  applicationId?: string;
  callId: string;
  operationId: string;
}

export interface ParseLocationOptions {
  /**
   * A path prefix that may stand before the route besides a version segment: the path of a base URL
   * such as `/proxy/graph/beta`. Without it only `/{version}` or nothing may precede the route.
   */
  basePath?: string;
}

/** What the client needs beyond the public fields: the absolute base the operation path hangs off. */
export interface OperationLocationMatch extends OperationLocation {
  /** For an absolute Location, origin plus the prefix before the route (no trailing slash). */
  base?: string;
}

// The route and the operation at the end of a path; what stands before it is the prefix (checked apart).
const OPERATION_PATH = /\/(?:(app|communications)|applications\/([^/]+))\/calls\/([^/]+)\/operations\/([^/]+)\/?$/i;
// The last segment of a prefix, when it names an API version.
const VERSION = /\/(beta|v\d+(?:\.\d+)?)$/i;

function decode(segment: string, location: string, what: string): string {
  let id = segment;
  try {
    id = decodeURIComponent(segment);
  } catch {
    throw new LocationParseError(location, `${what} is not valid percent-encoding`);
  }
  const problem = idProblem(id);
  if (problem !== undefined) throw new LocationParseError(location, `${what} ${problem}`);
  return id;
}

const PLAIN_HTTP_URL = 'an http(s) URL without query, fragment or credentials';
const HTTP_SCHEME = /^https?:$/;
/** Slashes ending a path, which a base path is compared without. */
export const TRAILING_SLASHES = /\/+$/;

/** `text` as a URL when it is an absolute http(s) URL without query, fragment or credentials; else undefined. */
export function plainHttpUrl(text: unknown): URL | undefined {
  try {
    const url = new URL(text as string);
    if (typeof text === 'string' && HTTP_SCHEME.test(url.protocol) && !url.search && !url.hash && !url.username && !url.password) return url;
  } catch {
    // not a URL at all
  }
  return undefined;
}

/** TypeError for an option that must be a plain http(s) URL. */
export const notPlainHttpUrl = (name: string, value: unknown) => new TypeError(`${name} must be ${PLAIN_HTTP_URL}, not ${JSON.stringify(value)}`);

// A fetch shows repeated headers as one value joined with ", " (the Fetch standard's combine). No URI holds a
// space or a control character, so a comma followed by one can only be such a join; a bare comma is a legal
// path character and stays.
const JOINED = /,[\x00-\x20]/;
const NOT_IN_URI = /[\x00-\x20\x7f]/;
// "." or "..", raw or percent-encoded, between separators ("\" is one for http URLs): `new URL` would resolve it
// and the Location would name another resource than it spells.
const DOT_SEGMENT = /(?:^|[/\\])(?:\.|%2e){1,2}(?=[/\\?#]|$)/i;
// A protocol-relative "//host/..." or "/\host" would name another host: not a path.
const PROTOCOL_RELATIVE = /^\/[/\\]/;
const QUERY_OR_FRAGMENT = /[?#]/;

/** Why `location` (a string) is neither an http(s) URL nor a plain path; undefined when it is one of them. */
function locationProblem(location: string): string | undefined {
  if (JOINED.test(location)) return 'more than one Location';
  if (NOT_IN_URI.test(location)) return 'not a URI (whitespace)';
  if (DOT_SEGMENT.test(location)) return 'a dot segment';
  if (PROTOCOL_RELATIVE.test(location)) return 'a protocol-relative URL';
  if (location.startsWith('/') && QUERY_OR_FRAGMENT.test(location)) return 'a path with a query or fragment';
}

/** Splits `location` into origin (undefined for a path) and path; throws unless it is http(s) or a plain path. */
function splitLocation(location: unknown): { origin?: string; path: string } {
  if (typeof location !== 'string' || location === '') {
    throw new LocationParseError(typeof location === 'string' ? location : undefined, 'expected a non-empty string');
  }
  const problem = locationProblem(location);
  if (problem !== undefined) throw new LocationParseError(location, problem);
  if (location.startsWith('/')) return { path: location };
  const url = plainHttpUrl(location);
  if (!url) throw new LocationParseError(location, `not a path, nor ${PLAIN_HTTP_URL}`);
  return { origin: url.origin, path: url.pathname };
}

/** Parses `location`; throws LocationParseError (carrying the input) when it is not an operation URI. */
export function matchOperationLocation(location: unknown, options: ParseLocationOptions = {}): OperationLocationMatch {
  const { origin, path } = splitLocation(location);
  const href = location as string;
  const m = OPERATION_PATH.exec(path);
  if (!m) throw new LocationParseError(href, 'expected .../{app|communications|applications/{id}}/calls/{callId}/operations/{operationId}');
  const prefix = path.slice(0, m.index);
  const apiVersion = VERSION.exec(prefix)?.[1];
  const basePath = options.basePath?.replace(TRAILING_SLASHES, '');
  const versionOnly = apiVersion !== undefined && prefix.length === apiVersion.length + 1;
  if (!(prefix === '' || versionOnly || (basePath && prefix.toLowerCase() === basePath.toLowerCase()))) {
    throw new LocationParseError(href, `unexpected path prefix ${prefix}`);
  }
  const [, head, applicationId, callId, operationId] = m;
  const result: OperationLocationMatch = {
    url: href,
    route: head ? (head.toLowerCase() as CallRoute) : 'applications',
    callId: decode(callId!, href, 'callId'),
    operationId: decode(operationId!, href, 'operationId'),
  };
  if (apiVersion !== undefined) result.apiVersion = apiVersion;
  if (applicationId !== undefined) result.applicationId = decode(applicationId, href, 'applicationId');
  if (origin !== undefined) result.base = origin + prefix;
  return result;
}

/**
 * Parses an operation URI: `{origin}[/{version}]/app/calls/{callId}/operations/{operationId}`, the same under
 * `/communications/calls/...` or `/applications/{applicationId}/calls/...`, or the same path without an origin
 * (as in a notification's `resource`). Throws LocationParseError carrying the input otherwise.
 */
export function parseOperationLocation(location: string, options?: ParseLocationOptions): OperationLocation {
  const { base: _base, ...parsed } = matchOperationLocation(location, options);
  return parsed;
}
