// Parses the URI of a commsOperation: the Location of a cancelMediaProcessing answer, or the
// relative `resource` path of a notification. Ids are opaque: decoded, checked, never case-folded.
import { LocationParseError } from './errors.js';
import { idProblem } from './ids.js';

export type CallRoute = 'app' | 'applications' | 'communications';

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

const VERSION = /^(?:beta|v\d+(?:\.\d+)?)$/i;
const QUERY_OR_SPACE = /[?#\s]/;

function decode(segment: string, location: string, what: string): string {
  let id = segment;
  if (segment.includes('%')) {
    try {
      id = decodeURIComponent(segment);
    } catch {
      throw new LocationParseError(location, `${what} is not valid percent-encoding`);
    }
  }
  const problem = idProblem(id);
  if (problem !== undefined) throw new LocationParseError(location, `${what} ${problem}`);
  return id;
}

function splitPath(path: string): string[] {
  const segments = path.split('/');
  segments.shift();
  if (segments.length > 1 && segments[segments.length - 1] === '') segments.pop();
  return segments;
}

function samePrefix(segments: string[], count: number, basePath: string | undefined): boolean {
  if (!basePath) return false;
  const base = splitPath(basePath.replace(/\/+$/, ''));
  if (base.length !== count) return false;
  for (let i = 0; i < count; i++) if (segments[i]!.toLowerCase() !== base[i]!.toLowerCase()) return false;
  return true;
}

/** Parses `location`; throws LocationParseError (carrying the input) when it is not an operation URI. */
export function matchOperationLocation(location: unknown, options: ParseLocationOptions = {}): OperationLocationMatch {
  if (typeof location !== 'string' || location === '') {
    throw new LocationParseError(typeof location === 'string' ? location : undefined, 'expected a non-empty string');
  }
  let path: string;
  let origin: string | undefined;
  if (location.charCodeAt(0) === 0x2f /* "/" */) {
    // A protocol-relative "//host/..." or "/\host" would name another host: not a path.
    if (location.startsWith('//') || location.startsWith('/\\')) throw new LocationParseError(location, 'not an absolute URL or a path');
    if (QUERY_OR_SPACE.test(location)) throw new LocationParseError(location, 'a path with a query, fragment or whitespace');
    path = location;
  } else {
    let url: URL;
    try {
      url = new URL(location);
    } catch {
      throw new LocationParseError(location, 'not an absolute URL or a path');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new LocationParseError(location, `scheme ${url.protocol} is not http(s)`);
    if (url.search !== '' || url.hash !== '') throw new LocationParseError(location, 'an operation URI has no query or fragment');
    if (url.username !== '' || url.password !== '') throw new LocationParseError(location, 'an operation URI carries no credentials');
    path = url.pathname;
    origin = url.origin;
  }

  // The route is the last 5 segments (app, communications) or 6 (applications/{id}); the rest is the prefix.
  const seg = splitPath(path);
  const n = seg.length;
  const tail = n >= 6 && seg[n - 6]!.toLowerCase() === 'applications' ? 6 : 5;
  const at = n - tail;
  if (at < 0 || seg[n - 4]!.toLowerCase() !== 'calls' || seg[n - 2]!.toLowerCase() !== 'operations') {
    throw new LocationParseError(location, 'expected .../calls/{callId}/operations/{operationId}');
  }
  let route: CallRoute;
  if (tail === 6) route = 'applications';
  else {
    const head = seg[at]!.toLowerCase();
    if (head !== 'app' && head !== 'communications') {
      throw new LocationParseError(location, 'expected the route app, applications/{id} or communications');
    }
    route = head;
  }
  const versioned = at > 0 && VERSION.test(seg[at - 1]!);
  if (!(at === 0 || (at === 1 && versioned) || samePrefix(seg, at, options.basePath))) {
    throw new LocationParseError(location, `unexpected path prefix /${seg.slice(0, at).join('/')}`);
  }

  const result: OperationLocationMatch = {
    url: location,
    route,
    callId: decode(seg[n - 3]!, location, 'callId'),
    operationId: decode(seg[n - 1]!, location, 'operationId'),
  };
  if (versioned) result.apiVersion = seg[at - 1];
  if (route === 'applications') result.applicationId = decode(seg[at + 1]!, location, 'applicationId');
  if (origin !== undefined) result.base = at === 0 ? origin : `${origin}/${seg.slice(0, at).join('/')}`;
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
