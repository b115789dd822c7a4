// The testing kit's reading of generated/openapi.json: its paths as routes to match requests against, and its
// component schemas in the form src/validate.ts checks (a `$ref` or discriminator mapping string becomes a
// function returning the schema it names). The kit checks every request against the same document the SDK was
// generated from, so a request the spec does not describe is refused as Graph would refuse it.
import type { ValidationSchema } from '../contract.js';

type Json = Record<string, any>;

export interface OpenApiDocument {
  paths: Record<string, Record<string, Json>>;
  components?: { schemas?: Record<string, Json> };
}

export interface OpenApiRoute {
  method: string;
  /** The path template as the document writes it ("/communications/calls/{callId}/playPrompt"). */
  template: string;
  /** Literal segments lower-cased (Graph compares them case-insensitively); parameters as `{name}`. */
  segments: readonly string[];
  operation: Json;
}

export type RouteMatch =
  | { kind: 'found'; route: OpenApiRoute; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' }
  | { kind: 'malformed' };

const REF = '#/components/schemas/';
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** Every operation of the document as a route. */
export function compileRoutes(doc: OpenApiDocument): OpenApiRoute[] {
  const routes: OpenApiRoute[] = [];
  for (const [template, item] of Object.entries(doc.paths)) {
    const segments = template
      .split('/')
      .slice(1)
      .map((s) => (s.startsWith('{') ? s : s.toLowerCase()));
    for (const [method, operation] of Object.entries(item)) {
      if (METHODS.has(method)) routes.push({ method: method.toUpperCase(), template, segments, operation });
    }
  }
  return routes;
}

/** The route a request path (below the base path, undecoded) names, with its parameters decoded once. */
export function matchRoute(routes: readonly OpenApiRoute[], method: string, path: string): RouteMatch {
  const raw = path.split('/').slice(1);
  let decoded: string[];
  try {
    decoded = raw.map(decodeURIComponent);
  } catch {
    return { kind: 'malformed' };
  }
  if (decoded.some((s) => s === '')) return { kind: 'not-found' };
  const allow: string[] = [];
  for (const route of routes) {
    if (route.segments.length !== decoded.length) continue;
    const params: Record<string, string> = {};
    const fits = route.segments.every((seg, i) => {
      // An action may be named with its namespace too, as OData allows ("microsoft.graph.playPrompt").
      if (!seg.startsWith('{')) return seg === decoded[i]!.toLowerCase().replace(/^microsoft\.graph\./, '');
      params[seg.slice(1, -1)] = decoded[i]!;
      return true;
    });
    if (!fits) continue;
    if (route.method === method.toUpperCase()) return { kind: 'found', route, params };
    allow.push(route.method);
  }
  return allow.length > 0 ? { kind: 'method-not-allowed', allow } : { kind: 'not-found' };
}

export interface SchemaReader {
  /** The document's component schemas as validation schemas, by component name. */
  schemas: Record<string, ValidationSchema>;
  /** Any schema object of the document (an inline one too) as a validation schema. */
  convert(schema: Json): ValidationSchema;
}

/** Reads the document's schemas once; every `$ref` must resolve, or this throws naming it. */
export function schemaReader(doc: OpenApiDocument): SchemaReader {
  const source = doc.components?.schemas ?? {};
  const out: Record<string, ValidationSchema> = {};
  const named = (ref: string): (() => ValidationSchema) => {
    if (!ref.startsWith(REF) || !(ref.slice(REF.length) in source)) throw new Error(`openapi.json: unresolvable $ref ${ref}`);
    const name = ref.slice(REF.length);
    return () => out[name]!;
  };
  const convert = (s: Json): ValidationSchema => {
    const v: Json = {};
    for (const [k, value] of Object.entries(s)) {
      if (k === '$ref') v.$ref = named(value);
      else if (k === 'properties') v.properties = Object.fromEntries(Object.entries(value as Json).map(([p, ps]) => [p, convert(ps)]));
      else if (k === 'items') v.items = convert(value);
      else if (k === 'allOf' || k === 'oneOf' || k === 'anyOf') v[k] = (value as Json[]).map(convert);
      else if (k === 'discriminator') {
        const mapping = Object.fromEntries(Object.entries(value.mapping ?? {}).map(([tag, ref]) => [tag, named(ref as string)]));
        v.discriminator = { propertyName: value.propertyName, mapping };
      } else if (k === 'additionalProperties') v.additionalProperties = value !== false;
      else v[k] = value;
    }
    return v as ValidationSchema;
  };
  for (const [name, schema] of Object.entries(source)) out[name] = convert(schema);
  return { schemas: out, convert };
}

/** The JSON request body schema of an operation, or undefined when it takes none. */
export function requestBodySchema(operation: Json, reader: SchemaReader): { schema: ValidationSchema; required: boolean } | undefined {
  const body = operation.requestBody;
  const schema = body?.content?.['application/json']?.schema;
  if (!schema) return undefined;
  return { schema: reader.convert(schema), required: body.required === true };
}
