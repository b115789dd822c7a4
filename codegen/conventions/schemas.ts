// Graph conventions for schemas: the SDK's names, open types, `@odata.type` discriminators, lenient reading.
import type { CsdlJson } from '../load.js';
import type { OpenApiDoc, SchemaObject } from '../convert.js';
import { pascal, ref } from './paths.js';

const ODATA_TYPE = '@odata.type';

export interface SchemasOptions {
  namespace: string;
  alias: string;
  /** The schema of the CSDL slice: base types, open types and nullability come from here, not from the OpenAPI. */
  csdl: Record<string, any>;
  /** Types that no path returns but the SDK reads: callback payloads. */
  extraRoots: string[];
}

/** The namespace-qualified OpenAPI name -> the SDK's name (`microsoft.graph.commsOperation` -> `CommsOperation`). */
export const sdkName = (namespace: string) => (qualified: string) =>
  pascal(qualified.startsWith(`${namespace}.`) ? qualified.slice(namespace.length + 1) : qualified);

export function graphSchemas(input: OpenApiDoc['components']['schemas'], opts: SchemasOptions): Record<string, SchemaObject> {
  const rename = sdkName(opts.namespace);
  const out: Record<string, SchemaObject> = {};
  for (const [qualified, schema] of Object.entries(input)) {
    if (!qualified.startsWith(`${opts.namespace}.`) || /-(create|update)$/.test(qualified)) continue;
    const local = qualified.slice(opts.namespace.length + 1);
    out[rename(qualified)] = reshape(schema, opts.csdl[local] ?? {}, local, opts, rename);
  }
  addDiscriminators(out, opts, rename);
  return out;
}

function reshape(schema: SchemaObject, type: Record<string, any>, local: string, opts: SchemasOptions, rename: (q: string) => string): SchemaObject {
  if (schema.enum) return { type: 'string', description: `${local} (CSDL member names; the wire uses camelCase)`, enum: schema.enum };
  const properties: Record<string, SchemaObject> = {};
  const required: string[] = [];
  const entity = type.$Kind === 'EntityType';
  properties[ODATA_TYPE] = { type: 'string', description: `The OData type, \`#${opts.namespace}.<type>\`.` };
  for (const [name, p] of Object.entries<SchemaObject>(schema.properties ?? {})) {
    properties[name] = renameRefs(describe(p), rename);
    // Entities may come back partial ($select, notifications); a complex type's non-nullable members are always sent.
    if (!entity && type[name] && !type[name].$Nullable) required.push(name);
  }
  const reshaped: SchemaObject = { type: 'object', description: type['@Core.Description'] ?? local, properties };
  if (required.length) reshaped.required = required;
  // OData open types (and Graph's annotations on every type) carry members the CSDL does not declare: keep them.
  reshaped.additionalProperties = true;
  return reshaped;
}

/** The converter puts Core.Description in `title`; generators read `description`. */
function describe(p: SchemaObject): SchemaObject {
  const { title, ...rest } = p;
  return title ? { ...rest, description: title } : rest;
}

function renameRefs(s: SchemaObject, rename: (q: string) => string): SchemaObject {
  return JSON.parse(JSON.stringify(s), (k, v) => (k === '$ref' ? `#/components/schemas/${rename(String(v).split('/').pop()!)}` : v));
}

/**
 * Graph's OpenAPI has no discriminators; its payloads name their type in `@odata.type`. A base type with derived
 * types gets a discriminator over its own and its subtypes' `#namespace.type` names.
 */
function addDiscriminators(out: Record<string, SchemaObject>, opts: SchemasOptions, rename: (q: string) => string): void {
  const derived = new Map<string, string[]>();
  for (const [local, type] of Object.entries<any>(opts.csdl)) {
    const base: string | undefined = type?.$BaseType;
    if (!base || base.endsWith('.entity')) continue;
    const baseLocal = base.slice(base.indexOf('.') + 1);
    derived.set(baseLocal, [...(derived.get(baseLocal) ?? []), local]);
  }
  for (const [base, subs] of derived) {
    const name = rename(`${opts.namespace}.${base}`);
    if (!out[name]) continue;
    const mapping: Record<string, string> = {};
    for (const t of [base, ...subs]) mapping[`#${opts.namespace}.${t}`] = ref(rename(`${opts.namespace}.${t}`)).$ref;
    out[name].discriminator = { propertyName: ODATA_TYPE, mapping };
  }
}

/**
 * `resourceData` is in no CSDL, yet every notification has it: the changed entity, or a collection of them.
 * `resource` (2018) or `resourceUrl` (today) must be there.
 */
export function notificationShape(out: Record<string, SchemaObject>, notification: string, entity: string): void {
  const n = out[notification];
  n.properties.resourceData = {
    description: 'The changed resource: one entity or a collection of entities, each typed by @odata.type.',
    oneOf: [ref(entity), { type: 'array', items: ref(entity) }],
  };
  n.required = (n.required ?? []).filter((r: string) => r !== 'resourceUrl' && r !== 'resource');
  n['x-graph-one-of-required'] = ['resourceUrl', 'resource'];
}

/** Drops what no kept path or root reaches. */
export function reachable(schemas: Record<string, SchemaObject>, roots: string[]): Record<string, SchemaObject> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name) || !schemas[name]) return;
    seen.add(name);
    JSON.stringify(schemas[name], (k, v) => {
      if (k === '$ref') visit(String(v).split('/').pop()!);
      return v;
    });
  };
  roots.forEach(visit);
  return Object.fromEntries(Object.entries(schemas).filter(([k]) => seen.has(k)));
}

export type { CsdlJson };
