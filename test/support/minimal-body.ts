// The smallest value a generated schema accepts, made from the schema alone: every required member (and the
// first of an x-graph-one-of-required set) with a value of its type, one item per array, the first enum member,
// the first subtype of a discriminated base. So a test can send a valid body for any request without a list of
// bodies written by hand.
import type { ValidationSchema } from '../../src/contract.js';

const MAX_DEPTH = 24;

export interface MinimalOptions {
  /** Values by member name, used wherever a member of that name is required (callbackUri: a real callback). */
  members?: Record<string, unknown>;
}

/** `tagged`: the discriminator value a base schema chose for this (sub)type. */
export function minimalValue(schema: ValidationSchema, options: MinimalOptions = {}, path = '', depth = 0, tagged?: Record<string, string>): unknown {
  if (depth > MAX_DEPTH) throw new Error(`minimalValue: ${path || '/'} nests deeper than ${MAX_DEPTH}`);
  if (schema.$ref) return minimalValue(schema.$ref(), options, path, depth + 1, tagged);
  if (schema.allOf) {
    const parts = schema.allOf.map((s) => minimalValue(s, options, path, depth + 1));
    return parts.every((p) => typeof p === 'object' && p !== null && !Array.isArray(p)) ? Object.assign({}, ...parts) : parts[0];
  }
  if (schema.oneOf) return minimalValue(schema.oneOf[0]!, options, path, depth + 1);
  if (schema.enum) return schema.enum[0];
  const tag = schema.discriminator?.propertyName;
  if (tag && !tagged && schema.required?.includes(tag)) {
    const [name, subtype] = Object.entries(schema.discriminator!.mapping)[0] ?? [];
    if (!subtype) throw new Error(`minimalValue: ${path || '/'} names no subtype to pick`);
    return minimalValue(subtype(), options, path, depth + 1, { [tag]: name! });
  }
  switch (schema.type) {
    case 'object':
    case undefined:
      return schema.properties || schema.required ? object(schema, options, path, depth, tagged) : { ...tagged };
    case 'array':
      return [minimalValue(schema.items ?? {}, options, `${path}/0`, depth + 1)];
    case 'string':
      return schema.format === 'date-time' ? '2024-01-01T00:00:00Z' : schema.format === 'uri' ? 'https://example.com/x' : 'x';
    case 'integer':
    case 'number':
      return 0;
    case 'boolean':
      return false;
    default:
      throw new Error(`minimalValue: ${path || '/'} has type ${schema.type}`);
  }
}

function object(schema: ValidationSchema, options: MinimalOptions, path: string, depth: number, tagged: Record<string, string> = {}): Record<string, unknown> {
  const names = new Set(schema.required ?? []);
  const oneOf = schema['x-graph-one-of-required'];
  if (oneOf?.[0] !== undefined) names.add(oneOf[0]);
  const out: Record<string, unknown> = { ...tagged };
  for (const name of names) {
    if (name in tagged) continue;
    const given = options.members?.[name];
    if (given !== undefined) {
      out[name] = given;
      continue;
    }
    const member = schema.properties?.[name];
    if (!member) throw new Error(`minimalValue: ${path}/${name} is required but has no schema`);
    if (name === '@odata.type') throw new Error(`minimalValue: ${path}/@odata.type is required but no discriminator names its value`);
    out[name] = minimalValue(member, options, `${path}/${name}`, depth + 1);
  }
  return out;
}
