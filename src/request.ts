// From a generated request descriptor, a target and a body to what goes on the wire: the route, the ids checked
// once for every `{param}` of the path and percent-encoded, and the body checked against its generated schema.
// Nothing here knows any particular action.
import type { CallRoute, RequestDescriptor } from './contract.js';
import { checkId } from './ids.js';
import { validateSchema } from './validate.js';

/** The ids a request's path may name; only those its template names are read (and checked). */
export interface TargetIds {
  route: CallRoute;
  applicationId?: string;
  callId?: string;
  participantId?: string;
  operationId?: string;
}

const ROUTES: readonly CallRoute[] = ['app', 'applications', 'communications'];
const PARAM = /\{([A-Za-z]+)\}/g;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The route and ids of `target` for `desc`: `applications` when an applicationId is given, else `defaultRoute`,
 * unless the target names one. An applicationId on the communications route is a mistake (its paths have no
 * application), not something to drop silently.
 */
export function resolveTarget(desc: RequestDescriptor, target: unknown, defaultRoute: CallRoute): TargetIds {
  const t = target === undefined && desc.target === 'route' ? {} : target;
  if (!isObject(t)) throw new TypeError(`${desc.name}: the target must be an object ({ callId, ... })`);
  const route = t.route ?? (t.applicationId === undefined ? defaultRoute : 'applications');
  if (!ROUTES.includes(route as CallRoute)) throw new TypeError(`route must be app, applications or communications, not ${JSON.stringify(route)}`);
  if (desc.paths[route as CallRoute] === undefined) throw new TypeError(`${desc.name} is not served on route "${String(route)}"`);
  const ids: TargetIds = { route: route as CallRoute };
  if (route === 'applications') {
    if (t.applicationId === undefined) throw new TypeError('applicationId is required for route "applications"');
    ids.applicationId = checkId('applicationId', t.applicationId);
  } else if (route === 'communications' && t.applicationId !== undefined) {
    throw new TypeError('applicationId is not allowed on route "communications"');
  }
  if (desc.target !== 'route') ids.callId = checkId('callId', t.callId);
  if (desc.target === 'participant') ids.participantId = checkId('participantId', t.participantId);
  if (t.operationId !== undefined) ids.operationId = checkId('operationId', t.operationId);
  return ids;
}

/** The descriptor's path on the target's route, each `{param}` replaced by its checked, percent-encoded id. */
export function expandPath(desc: RequestDescriptor, ids: TargetIds): string {
  const template = desc.paths[ids.route];
  if (template === undefined) throw new TypeError(`${desc.name} is not served on route "${ids.route}"`);
  return template.replace(PARAM, (_, name: string) => {
    const value = (ids as unknown as Record<string, unknown>)[name];
    // A template naming an id no target kind supplies is a generator bug: fail closed rather than send "undefined".
    if (value === undefined) throw new TypeError(`${desc.name}: ${name} is required`);
    return encodeURIComponent(checkId(name, value));
  });
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
  if (body === undefined || body === null) {
    if (!desc.bodyOptional) throw new TypeError(`${desc.name}: the body is required`);
    return '{}';
  }
  if (!isObject(body)) throw new TypeError(`${desc.name}: the body must be an object`);
  const checked = validateSchema(desc.body, body);
  if (!checked.ok) throw new TypeError(`${desc.name}: body${checked.path || '/'} ${checked.message}`);
  return JSON.stringify(checked.value);
}
