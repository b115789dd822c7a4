// From a generated request descriptor, a target and a body to what goes on the wire: the route, the ids each
// `{param}` of its path names, checked once and percent-encoded, and the body checked against its generated schema.
// Nothing here knows any particular action.
import type { CallRoute, RequestDescriptor } from './contract.js';
import { checkId } from './ids.js';
import { isObject } from './options.js';
import { validateSchema } from './validate.js';

/** The ids a request's path names; only those its template names are read (and checked). */
export interface TargetIds {
  route: CallRoute;
  applicationId?: string;
  callId?: string;
  participantId?: string;
  operationId?: string;
}

/** A target resolved for one descriptor: its route and ids, and the path they make. */
export interface ResolvedTarget {
  ids: TargetIds;
  /** The descriptor's path on that route, each `{param}` replaced by its checked, percent-encoded id. */
  path: string;
}

const ROUTES: readonly CallRoute[] = ['app', 'applications', 'communications'];
const PARAM = /\{([A-Za-z]+)\}/g;

/** `route` when it is one of the three routes; else a TypeError. */
export function checkRoute(route: unknown): CallRoute {
  if (!ROUTES.includes(route as CallRoute)) throw new TypeError(`route must be app, applications or communications, not ${JSON.stringify(route)}`);
  return route as CallRoute;
}

/**
 * The route, ids and path of `target` for `desc`: `applications` when an applicationId is given, else
 * `defaultRoute`, unless the target names one. An applicationId on the communications route is a mistake (its paths
 * have no application), not something to drop silently.
 */
export function resolveTarget(desc: RequestDescriptor, target: unknown, defaultRoute: CallRoute): ResolvedTarget {
  if (!isObject(target)) throw new TypeError(`${desc.name}: the target must be an object ({ callId, ... })`);
  const route = checkRoute(target.route ?? (target.applicationId === undefined ? defaultRoute : 'applications'));
  if (route === 'communications' && target.applicationId !== undefined) throw new TypeError('applicationId is not allowed on route "communications"');
  const template = desc.paths[route];
  if (template === undefined) throw new TypeError(`${desc.name} is not served on route "${route}"`);
  const ids: TargetIds = { route };
  const path = template.replace(PARAM, (_, name: keyof TargetIds) => encodeURIComponent((ids[name] as string) = checkId(name, target[name])));
  return { ids, path };
}

/**
 * The JSON text of the body after checking it against the descriptor's schema (a missing required member, a
 * wrong type, an unknown member: a TypeError naming its JSON path); undefined when the request has no body.
 * Members left out, or undefined, stay out of the JSON.
 */
export function encodeBody(desc: RequestDescriptor, body: unknown): string | undefined {
  if (desc.body === undefined) {
    if (body !== undefined) throw new TypeError(`${desc.name} takes no body`);
    return undefined;
  }
  if (body == null) {
    if (!desc.bodyOptional) throw new TypeError(`${desc.name}: the body is required`);
    return '{}';
  }
  // Every body schema is an object type: anything else is refused by the check, by its JSON path ("body/").
  const checked = validateSchema(desc.body, body);
  if (!checked.ok) throw new TypeError(`${desc.name}: body${checked.path || '/'} ${checked.message}`);
  return JSON.stringify(checked.value);
}
