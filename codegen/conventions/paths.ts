// Graph conventions for paths: the SDK's operations only, Graph's URL spelling, Graph's responses.
import type { OpenApiDoc, SchemaObject } from '../convert.js';

export const ref = (name: string): SchemaObject => ({ $ref: `#/components/schemas/${name}` });
export const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `calls` -> `callId`: a key segment is named after the collection it indexes. */
const keyName = (collection: string) => `${collection.replace(/s$/, '')}Id`;

/** `applications` -> `application`: the operationId prefix for a route. */
const routeName = (segs: string[]) => (/^\{.+\}$/.test(segs[1] ?? '') ? segs[0].replace(/s$/, '') : segs[0]);

export interface PathsOptions {
  /** OData's namespace and alias; a bound action's URL segment is qualified with either. */
  qualifiers: string[];
  /** The full (namespace-qualified) schema name -> the name the SDK uses. */
  rename: (qualified: string) => string;
}

/**
 * Keeps the bound actions of `call` and the GET of a call's operation, under every route that reaches calls;
 * unqualifies action segments (Graph serves `/cancelMediaProcessing`), names key parameters, and models the
 * two answers Graph gives: 202 + Location (2018 beta) and 200 with the operation (today).
 */
export function graphPaths(input: OpenApiDoc['paths'], opts: PathsOptions): OpenApiDoc['paths'] {
  const out: OpenApiDoc['paths'] = {};
  for (const [path, item] of Object.entries(input)) {
    const segs = path.split('/').filter(Boolean);
    const last = segs[segs.length - 1];
    const action = opts.qualifiers.map((q) => `${q}.`).find((q) => last.startsWith(q));
    const isAction = action !== undefined && segs[segs.length - 3] === 'calls' && item.post;
    const isOperation = segs[segs.length - 2] === 'operations' && segs[segs.length - 4] === 'calls' && item.get;
    if (!isAction && !isOperation) continue;

    const params: string[] = [];
    const named = segs.map((seg, i) => {
      if (!/^\{.+\}$/.test(seg)) return seg;
      params.push(keyName(segs[i - 1]));
      return `{${params[params.length - 1]}}`;
    });
    const prefix = routeName(segs);
    const parameters = params.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));

    if (isAction) {
      const name = last.slice(action.length);
      named[named.length - 1] = name;
      out[`/${named.join('/')}`] = { post: actionOperation(item.post, `${prefix}Call${pascal(name)}`, name, parameters, opts) };
    } else {
      out[`/${named.join('/')}`] = { get: getOperation(item.get, `${prefix}CallGetOperation`, parameters, opts) };
    }
  }
  return out;
}

function actionOperation(op: any, operationId: string, action: string, parameters: object[], opts: PathsOptions) {
  const returnRef = op.responses['200'].content['application/json'].schema.allOf[0].$ref as string;
  const returned = opts.rename(returnRef.split('/').pop()!);
  return {
    operationId,
    tags: ['calls'],
    summary: op.summary,
    parameters,
    requestBody: { required: true, content: { 'application/json': { schema: ref(`${pascal(action)}Request`) } } },
    responses: {
      '200': {
        description: `The ${returned} (today's Graph; may also carry a Location)`,
        headers: { Location: { schema: { type: 'string', format: 'uri' } } },
        content: { 'application/json': { schema: ref(returned) } },
      },
      '202': {
        description: 'Accepted (2018 beta): the Location header is the URI of the commsOperation created',
        headers: { Location: { required: true, schema: { type: 'string', format: 'uri' } } },
      },
      default: { $ref: '#/components/responses/error' },
    },
  };
}

function getOperation(op: any, operationId: string, parameters: object[], opts: PathsOptions) {
  const returnRef = op.responses['200'].content['application/json'].schema.$ref as string;
  return {
    operationId,
    tags: ['calls'],
    summary: 'Get a commsOperation of a call',
    parameters,
    responses: {
      '200': { description: 'The operation', content: { 'application/json': { schema: ref(opts.rename(returnRef.split('/').pop()!)) } } },
      default: { $ref: '#/components/responses/error' },
    },
  };
}

/** The action's request body, hoisted to a named schema: action parameters are closed, and null is not sent. */
export function actionRequestBodies(input: OpenApiDoc['paths'], qualifiers: string[]): Record<string, SchemaObject> {
  const out: Record<string, SchemaObject> = {};
  for (const [path, item] of Object.entries(input)) {
    const last = path.split('/').pop()!;
    const q = qualifiers.find((x) => last.startsWith(`${x}.`));
    const schema = item.post?.requestBody?.content?.['application/json']?.schema;
    if (!q || !schema) continue;
    const properties: Record<string, SchemaObject> = {};
    for (const [k, v] of Object.entries<SchemaObject>(schema.properties ?? {})) {
      const { nullable: _drop, ...rest } = v;
      properties[k] = rest;
    }
    out[`${pascal(last.slice(q.length + 1))}Request`] = { type: 'object', properties, additionalProperties: false };
  }
  return out;
}
