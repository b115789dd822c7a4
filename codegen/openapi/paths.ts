// What the SDK serves, as OpenAPI paths on every route: each bound action of the slice, and the resources below.
// Graph's spelling (unqualified action segments, keys named after their collection) and Graph's answers (see
// codegen/README.md, "Conventions").
import type { BoundAction, Route, StructuredType } from '../csdl.js';
import type { OverlayExtensions } from '../overlay.js';
import { bodyName, keyParam, odataType, pascal, ref, singular } from './names.js';
import { memberSchema, type SchemaContext } from './schemas.js';
import type { SchemaObject } from './types.js';

type Verb = 'create' | 'get' | 'delete' | 'list';

/** The resources the SDK serves besides actions, by navigation path below a route. */
export const RESOURCES: { collection: string; serve: Verb[] }[] = [
  { collection: 'calls', serve: ['create', 'get', 'delete'] },
  { collection: 'calls/participants', serve: ['list', 'get'] },
  { collection: 'calls/operations', serve: ['get'] },
];

/** A collection reachable from a route root: its path, its item path (with the key), the entity it holds. */
interface Collection {
  nav: string;
  path: string;
  item: string;
  keys: string[];
  type: StructuredType;
}

/** The SDK's facts about one request, carried on each operation as `x-sdk`. */
export interface SdkExtension {
  method: string;
  route: string;
  target: 'route' | 'call' | 'participant' | 'operation';
  returns: 'action' | 'entity' | 'collection' | 'void';
  /** The method's first parameter, in TypeScript (`call: CallTarget`); absent when it takes none. */
  argument?: string;
  /** What the method resolves with, in TypeScript. */
  result: string;
  operationType?: string;
  /** A call of the method for its doc comment (lines joined by the comment's own prefix). */
  example?: string;
}

interface Request {
  sdk: Omit<SdkExtension, 'route'>;
  verb: 'get' | 'post' | 'delete';
  /** Below the route root. */
  path: string;
  keys: string[];
  summary: string;
  description: string;
  body?: { schema: string; required: boolean };
  responses: Record<string, SchemaObject>;
}

/** The target a doc example passes, for each target kind. */
const EXAMPLE_TARGETS: Record<SdkExtension['target'], string | undefined> = {
  route: undefined,
  call: '{ callId }',
  participant: '{ callId, participantId }',
  operation: '{ callId, operationId }',
};

/** A doc example of the method: the call, and for an action that creates an operation, the wait for its end. */
function exampleOf(r: Request): string {
  const args = [EXAMPLE_TARGETS[r.sdk.target], r.body ? 'body' : undefined].filter((a) => a !== undefined).join(', ');
  const call = `const result = await client.${r.sdk.method}(${args});`;
  if (r.sdk.returns !== 'action' || r.sdk.operationType === undefined) return call;
  const type = r.sdk.operationType.replace('#microsoft.graph.', '');
  return `${call}\n   * const operation = await tracker.waitFor(result); // the ${type}, completed or failed`;
}

/** The method's first parameter for each target (the types are src/contract.ts's). */
const ARGUMENTS: Record<SdkExtension['target'], string | undefined> = {
  route: undefined,
  call: 'call: CallTarget',
  participant: 'participant: ParticipantTarget',
  operation: 'operation: OperationTarget',
};

const LOCATION = { schema: { type: 'string', format: 'uri' } };
const json = (schema: SchemaObject) => ({ 'application/json': { schema } });

/** The collections below a route: the route's own (`calls`) and those its entity contains (`participants`). */
function collections(route: Route, ctx: SchemaContext, entity: string): Map<string, Collection> {
  const out = new Map<string, Collection>();
  const root = ctx.slice.types.get(entity) as StructuredType;
  const top: Collection = { nav: route.navigation, path: `/${route.navigation}`, item: `/${route.navigation}/{${keyParam(route.navigation)}}`, keys: [keyParam(route.navigation)], type: root };
  out.set(route.navigation, top);
  for (const nav of root.navigation) {
    if (!nav.containsTarget || !nav.type.collection) continue;
    const type = ctx.slice.types.get(nav.type.type) as StructuredType;
    out.set(`${route.navigation}/${nav.name}`, {
      nav: nav.name,
      path: `${top.item}/${nav.name}`,
      item: `${top.item}/${nav.name}/{${keyParam(nav.name)}}`,
      keys: [...top.keys, keyParam(nav.name)],
      type,
    });
  }
  return out;
}

/** Which ids a request needs, named by its last key: `participantId` -> a participant (of a call). */
const targetOf = (keys: string[]): SdkExtension['target'] => (keys.length ? (keys.at(-1)!.replace(/Id$/, '') as SdkExtension['target']) : 'route');

export interface PathsResult {
  paths: Record<string, Record<string, any>>;
  bodies: Record<string, SchemaObject>;
  tags: { name: string; description: string }[];
}

export function servedPaths(ctx: SchemaContext, ext: OverlayExtensions, entity: string): PathsResult {
  const [first] = ctx.slice.routes;
  const below = collections(first!, ctx, entity);
  const bodies: Record<string, SchemaObject> = {};
  const requests = [...actionRequests(ctx, ext, below, bodies), ...resourceRequests(ctx, below)];
  const names = new Set<string>();
  for (const r of requests) {
    if (names.has(r.sdk.method)) throw new Error(`paths: two requests would be named ${r.sdk.method}`);
    names.add(r.sdk.method);
  }
  for (const r of requests) {
    if (!(r.sdk.target in ARGUMENTS)) throw new Error(`paths: ${r.sdk.method} would need a ${r.sdk.target} target, which src/contract.ts does not have`);
    const argument = ARGUMENTS[r.sdk.target];
    if (argument) r.sdk.argument = argument;
    r.sdk.example = exampleOf(r);
  }
  const paths: PathsResult['paths'] = {};
  for (const route of ctx.slice.routes) {
    if (route.navigation !== first!.navigation) throw new Error(`paths: route ${route.name} reaches calls as ${route.navigation}, not ${first!.navigation}`);
    const root = route.kind === 'Singleton' ? `/${route.name}` : `/${route.name}/{${keyParam(route.name)}}`;
    const rootKeys = route.kind === 'Singleton' ? [] : [keyParam(route.name)];
    const prefix = route.kind === 'Singleton' ? route.name : singular(route.name);
    for (const r of requests) {
      const operation: Record<string, any> = {
        operationId: `${prefix}${pascal(r.sdk.method)}`,
        tags: [r.sdk.method],
        summary: r.summary,
        description: r.description ? `${r.summary} ${r.description}` : r.summary,
        parameters: [...rootKeys, ...r.keys].map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
      };
      if (r.body) operation.requestBody = { required: r.body.required, content: json(ref(r.body.schema)) };
      operation.responses = { ...r.responses, default: { $ref: '#/components/responses/error' } };
      operation['x-sdk'] = { ...r.sdk, route: route.name };
      (paths[`${root}${r.path}`] ??= {})[r.verb] = operation;
    }
  }
  const tags = requests.map((r) => ({ name: r.sdk.method, description: r.summary })).sort((a, b) => a.name.localeCompare(b.name));
  return { paths, bodies, tags };
}

function actionRequests(ctx: SchemaContext, ext: OverlayExtensions, below: Map<string, Collection>, bodies: Record<string, SchemaObject>): Request[] {
  const byType = new Map([...below.values()].map((c) => [c.type.qualified, c]));
  const rootType = below.values().next().value!.type.qualified;
  const rootActions = new Set(ctx.slice.actions.filter((a) => a.binding.type === rootType && !a.binding.collection).map((a) => a.name));
  return ctx.slice.actions.map((a) => {
    const at = `${a.name}(${a.binding.collection ? `Collection(${a.binding.type})` : a.binding.type})`;
    const collection = byType.get(a.binding.type);
    if (!collection) throw new Error(`paths: ${at} is bound to a type no route reaches`);
    const path = `${a.binding.collection ? collection.path : collection.item}/${a.name}`;
    const keys = a.binding.collection ? collection.keys.slice(0, -1) : collection.keys;
    const bindingName = ctx.slice.types.get(a.binding.type)!.name;
    const method =
      a.binding.collection ? `${a.name}${pascal(collection.nav)}`
      : a.binding.type !== rootType && rootActions.has(a.name) ? `${a.name}${pascal(bindingName)}`
      : a.name;
    const request: Request = {
      sdk: { method, target: targetOf(keys), returns: 'action', result: 'ActionResult' },
      verb: 'post',
      path,
      keys,
      summary: a.description ?? `The \`${a.name}\` action of ${a.binding.collection ? `the ${collection.nav} of a call` : `a ${bindingName}`}.`,
      description: '',
      responses: {},
    };
    if (a.parameters.length) {
      const name = bodyName(method);
      bodies[name] = actionBody(a, ctx);
      request.body = { schema: name, required: !!bodies[name]!.required };
    }
    answers(a, at, request, ctx, ext);
    return request;
  });
}

/** The action's parameters as a closed object; a non-nullable parameter is required, and none is sent as null. */
function actionBody(a: BoundAction, ctx: SchemaContext): SchemaObject {
  const properties: Record<string, SchemaObject> = {};
  const required: string[] = [];
  for (const p of a.parameters) {
    properties[p.name] = memberSchema(p.type, p.nullable, ctx, true);
    if (p.description) properties[p.name]!.description = p.description;
    if (!p.nullable) required.push(p.name);
  }
  return { type: 'object', description: `The parameters of ${a.name}.`, properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

/**
 * An action that returns an entity (an operation) answers 200 with it, Location optional; the overlay's answers add
 * theirs (202 + Location). An action without a return type answers 202 without a body, or 200 when it takes no
 * parameters (keepAlive). Anything else is a shape the SDK does not know.
 */
function answers(a: BoundAction, at: string, r: Request, ctx: SchemaContext, ext: OverlayExtensions): void {
  if (!a.returnType) {
    const status = a.parameters.length ? '202' : '200';
    r.responses[status] = { description: status === '202' ? 'Accepted: the call carries the action out.' : 'Done.' };
    r.description = `Answers ${status} without a body.`;
    return;
  }
  const returned = ctx.slice.types.get(a.returnType.type);
  if (a.returnType.collection || returned?.kind !== 'EntityType') {
    throw new Error(`paths: ${at} returns ${a.returnType.collection ? 'a collection of ' : ''}${a.returnType.type}; the SDK translates actions that return an entity (an operation) or nothing`);
  }
  const name = ctx.name(returned.qualified);
  r.sdk.result = `ActionResult<${name}>`;
  r.sdk.operationType = odataType(returned.qualified);
  r.responses['200'] = { description: `The ${returned.name} (today's Graph; may carry a Location).`, headers: { Location: LOCATION }, content: json(ref(name)) };
  const lineage: string[] = [];
  for (let t: StructuredType | undefined = returned; t; t = t.base ? (ctx.slice.types.get(t.base) as StructuredType | undefined) : undefined) lineage.push(t.qualified);
  const extra = ext.answers.filter((x) => lineage.includes(x.returning));
  for (const x of extra) {
    r.responses[String(x.status)] = {
      description: `Accepted (overlay ${x.edit}): the Location header is the URI of the ${returned.name} created.`,
      headers: { Location: { ...LOCATION, required: true } },
      'x-graph-location-names-operation': x.location === 'operation',
    };
  }
  r.description = `Answers 200 with the ${returned.name}${extra.map((x) => `, or ${x.status} with its Location`).join('')}.`;
}

function resourceRequests(ctx: SchemaContext, below: Map<string, Collection>): Request[] {
  return RESOURCES.flatMap(({ collection: nav, serve }) => {
    const c = below.get(nav);
    if (!c) throw new Error(`paths: no route reaches the collection ${nav}`);
    return serve.map((verb) => resourceRequest(verb, c, ctx.name(c.type.qualified)));
  });
}

/** `create` and `list` address the collection, `get` and `delete` an item of it. */
function resourceRequest(verb: Verb, c: Collection, name: string): Request {
  const onCollection = verb === 'create' || verb === 'list';
  const keys = onCollection ? c.keys.slice(0, -1) : c.keys;
  const base = { path: onCollection ? c.path : c.item, keys, description: '' };
  const sdk = (method: string, returns: SdkExtension['returns'], result: string) => ({ method, target: targetOf(keys), returns, result });
  const noun = pascal(singular(c.nav));
  // A get of a base type answers with any type of its family.
  const read = c.type.final ? name : `Any${name}`;
  const type = c.type.name;
  switch (verb) {
    case 'create':
      return { ...base, verb: 'post', sdk: sdk(`create${noun}`, 'entity', name), summary: `Creates a ${type}.`, body: { schema: name, required: true },
        responses: { '201': { description: `The ${type} created.`, content: json(ref(name)) } } };
    case 'get':
      return { ...base, verb: 'get', sdk: sdk(`get${noun}`, 'entity', read), summary: `Reads a ${type}.`,
        responses: { '200': { description: `The ${type}.`, content: json(ref(name)) } } };
    case 'delete':
      return { ...base, verb: 'delete', sdk: sdk(`delete${noun}`, 'void', 'void'), summary: `Deletes a ${type}.`,
        responses: { '204': { description: 'Deleted.' } } };
    case 'list':
      return { ...base, verb: 'get', sdk: sdk(`list${pascal(c.nav)}`, 'collection', `${read}[]`), summary: `Lists the ${c.nav} (every page).`,
        responses: { '200': { description: `A page of ${c.nav}.`, content: json(ref(`${name}CollectionResponse`)) } } };
  }
}

/** The page schema of each listed collection: `value` and the link to the next page. */
export function pageSchemas(ctx: SchemaContext, entity: string, route: Route): Record<string, SchemaObject> {
  const out: Record<string, SchemaObject> = {};
  const below = collections(route, ctx, entity);
  for (const { collection: nav, serve } of RESOURCES) {
    if (!serve.includes('list')) continue;
    const name = ctx.name(below.get(nav)!.type.qualified);
    out[`${name}CollectionResponse`] = {
      type: 'object',
      description: `A page of ${name}: OData's collection answer.`,
      properties: { value: { type: 'array', items: ref(name) }, '@odata.nextLink': { type: 'string', format: 'uri', nullable: true } },
      required: ['value'],
      additionalProperties: true,
    };
  }
  return out;
}
