// CSDL types -> OpenAPI component schemas, with Graph's conventions: wire-case enum values, `@odata.type` on every
// structured type and a discriminator on it for every base with subtypes, inherited members flattened into each type,
// open types open, required members of complex types from their non-nullable members.
import type { CsdlType, Member, Slice, StructuredType, TypeRef } from '../csdl.js';
import { EDM } from '../edm.js';
import type { OverlayExtensions } from '../overlay.js';
import { modelNamer, odataType, ref, wireEnumValue } from './names.js';
import type { SchemaObject } from './types.js';

export const ODATA_TYPE = '@odata.type';

export interface SchemaContext {
  slice: Slice;
  name: (qualified: string) => string;
}

export function schemaContext(slice: Slice, reserved?: ReadonlySet<string>): SchemaContext {
  const name = modelNamer(slice.namespace, reserved);
  const seen = new Map<string, string>();
  for (const q of slice.types.keys()) {
    const n = name(q);
    if (seen.has(n)) throw new Error(`schemas: ${seen.get(n)} and ${q} would both be named ${n}`);
    seen.set(n, q);
  }
  return { slice, name };
}

/** A member's schema. `inBody`: a request member, left out rather than sent as null. */
export function memberSchema(type: TypeRef, nullable: boolean, ctx: SchemaContext, inBody = false): SchemaObject {
  let s: SchemaObject;
  if (type.type.startsWith('Edm.')) {
    const edm = EDM[type.type];
    if (!edm) throw new Error(`schemas: ${type.type} is not an Edm primitive type the SDK maps`);
    s = { ...edm };
  } else {
    if (!ctx.slice.types.has(type.type)) throw new Error(`schemas: ${type.type} is not in the slice`);
    s = ref(ctx.name(type.type));
  }
  // OData never sends a collection as null (Nullable is about its items, which Graph never sends as null either).
  if (type.collection) return { type: 'array', items: s };
  if (!nullable || inBody) return s;
  return s.$ref ? { allOf: [s], nullable: true } : { ...s, nullable: true };
}

function describe(s: SchemaObject, m: { description?: string }): SchemaObject {
  return m.description ? { ...s, description: m.description } : s;
}

/** The type and its bases, root first. */
function lineage(t: StructuredType, slice: Slice): StructuredType[] {
  const chain: StructuredType[] = [];
  for (let at: StructuredType | undefined = t; at; at = at.base ? (slice.types.get(at.base) as StructuredType) : undefined) chain.unshift(at);
  return chain;
}

/** Every slice type derived (directly or not) from `base`. */
export function descendants(base: string, slice: Slice): StructuredType[] {
  const out: StructuredType[] = [];
  for (const t of slice.types.values()) {
    if (t.kind === 'EnumType' || t.qualified === base) continue;
    if (lineage(t, slice).some((a) => a.qualified === base)) out.push(t);
  }
  return out;
}

function structured(t: StructuredType, ctx: SchemaContext, ext: OverlayExtensions): SchemaObject {
  const chain = lineage(t, ctx.slice);
  const odata: SchemaObject = { type: 'string', description: `The OData type: \`${odataType(t.qualified)}\`${t.final ? '' : ' or a type derived from it'}.` };
  // A type nothing derives from is always named by its own `@odata.type`: the TypeScript model says so literally.
  if (t.final) odata['x-graph-odata-type'] = odataType(t.qualified);
  const properties: Record<string, SchemaObject> = { [ODATA_TYPE]: odata };
  const required: string[] = [];
  const members: Member[] = chain.flatMap((a) => a.properties);
  for (const m of members) {
    if (m.name in properties) throw new Error(`schemas: ${t.qualified} declares ${m.name} twice (through its base types)`);
    properties[m.name] = describe(memberSchema(m.type, m.nullable, ctx), m);
    // Entities may come back partial ($select, notifications); a complex value carries its non-nullable members.
    if (t.kind === 'ComplexType' && !m.nullable) required.push(m.name);
  }
  const s: SchemaObject = { type: 'object' };
  if (t.description) s.description = t.description;
  s.properties = properties;
  if (required.length) s.required = required;
  // OData: a type derived from an open type is open. A closed type says nothing, which JSON Schema reads as open too
  // (Graph adds members and annotations), while the generator types only the declared members.
  if (chain.some((a) => a.open)) s.additionalProperties = true;
  const oneOf = ext.oneOfRequired.get(t.qualified);
  if (oneOf) s['x-graph-one-of-required'] = oneOf;
  const subs = descendants(t.qualified, ctx.slice);
  if (subs.length) {
    const mapping: Record<string, string> = {};
    for (const x of [t, ...subs.sort((a, b) => a.qualified.localeCompare(b.qualified))]) {
      if (!x.abstract) mapping[odataType(x.qualified)] = ref(ctx.name(x.qualified)).$ref;
    }
    s.discriminator = { propertyName: ODATA_TYPE, mapping };
  }
  return s;
}

function enumeration(t: Extract<CsdlType, { kind: 'EnumType' }>): SchemaObject {
  const values = t.members.map(wireEnumValue);
  const renamed = values.some((v, i) => v !== t.members[i]);
  const description = t.description ?? (renamed ? `The CSDL spells the members ${t.members.join(', ')}; the wire, as here.` : undefined);
  const described = description ? { description } : {};
  if (!t.flags) return { type: 'string', ...described, enum: values };
  // A flags enum is sent as a comma-separated list of its members.
  const one = `(${values.join('|')})`;
  return { type: 'string', description: `${description ?? t.name}: any of its members, comma-separated.`, pattern: `^${one}(,${one})*$`, 'x-graph-flags': values };
}

export function typeSchemas(ctx: SchemaContext, ext: OverlayExtensions): Record<string, SchemaObject> {
  const out: Record<string, SchemaObject> = {};
  for (const t of ctx.slice.types.values()) out[ctx.name(t.qualified)] = t.kind === 'EnumType' ? enumeration(t) : structured(t, ctx, ext);
  for (const type of ext.oneOfRequired.keys()) if (!ctx.slice.types.has(type)) throw new Error(`schemas: a one-of-required rule names ${type}, which is not in the slice`);
  // A value declared as an abstract type is always one of its subtypes, which OData then names in `@odata.type`.
  const values = new Set([
    ...[...ctx.slice.types.values()].flatMap((t) => (t.kind === 'EnumType' ? [] : t.properties.map((p) => p.type.type))),
    ...ctx.slice.actions.flatMap((a) => [...a.parameters.map((p) => p.type.type), ...(a.returnType ? [a.returnType.type] : [])]),
  ]);
  for (const t of ctx.slice.types.values()) {
    if (t.kind === 'EnumType' || !t.abstract || !values.has(t.qualified)) continue;
    for (const name of [ctx.name(t.qualified), ...descendants(t.qualified, ctx.slice).map((d) => ctx.name(d.qualified))]) {
      const s = out[name]!;
      s.required = [ODATA_TYPE, ...(s.required ?? [])];
    }
  }
  return out;
}
