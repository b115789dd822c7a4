// Checks a payload against the spec's schemas (generated/schemas.ts, written by codegen from spec/), rather than
// a hand-written copy of the types. It returns a copy in which enum values are spelled as the wire spells them;
// members it does not know are kept (Graph's types are open), and the first bad place is named by JSON pointer.
import { componentSchemas, type SchemaName } from '../generated/schemas.js';

type Schema = Record<string, any>;
export type ValidationResult<T = unknown> = { ok: true; value: T } | { ok: false; path: string; message: string };
export interface ValidateOptions {
  /** Deepest nesting accepted (objects and arrays). */
  maxDepth?: number;
  /** Longest array accepted. */
  maxItems?: number;
}

const DEFAULTS: Required<ValidateOptions> = { maxDepth: 32, maxItems: 1000 };
const schemas = componentSchemas as unknown as Record<string, Schema>;

class Invalid {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

const pointer = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
const resolve = (s: Schema): Schema => (s.$ref ? schemas[s.$ref.slice(s.$ref.lastIndexOf('/') + 1)] : s);
/** Assignment would make a `__proto__` key the copy's prototype; define it as the plain member it is in JSON. */
const put = (o: Record<string, unknown>, k: string, v: unknown) =>
  k === '__proto__' ? Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true }) : (o[k] = v);
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

export function validate<T = unknown>(name: SchemaName, value: unknown, options: ValidateOptions = {}): ValidationResult<T> {
  const limits = { ...DEFAULTS, ...options };
  try {
    return { ok: true, value: check(schemas[name], value, '', 0, limits) as T };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, path: e.path, message: e.message };
    throw e;
  }
}

function check(schema: Schema, value: unknown, path: string, depth: number, limits: Required<ValidateOptions>): unknown {
  if (schema.$ref) return check(resolve(schema), value, path, depth, limits);
  if (value === null) {
    if (schema.nullable) return null;
    throw new Invalid(path, 'must not be null');
  }
  if (schema.allOf) return schema.allOf.reduce((v: unknown, s: Schema) => check(s, v, path, depth, limits), value);
  if (schema.oneOf) return oneOf(schema.oneOf, value, path, depth, limits);
  if (schema.enum) return enumValue(schema.enum, value, path);
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') throw new Invalid(path, `must be a string, not ${describe(value)}`);
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new Invalid(path, `must be a boolean, not ${describe(value)}`);
      return value;
    case 'integer':
      if (!Number.isInteger(value)) throw new Invalid(path, `must be an integer, not ${describe(value)}`);
      if (schema.format === 'int32' && ((value as number) < -2147483648 || (value as number) > 2147483647)) {
        throw new Invalid(path, 'must fit in 32 bits');
      }
      return value;
    case 'array':
      return array(schema, value, path, depth, limits);
    default:
      return object(schema, value, path, depth, limits);
  }
}

function enumValue(members: string[], value: unknown, path: string): string {
  // The CSDL and older payloads disagree on case (NotStarted / notStarted): any case is read, the wire's is returned.
  const wire = typeof value === 'string' ? members.find((m) => m.toLowerCase() === value.toLowerCase()) : undefined;
  if (wire === undefined) throw new Invalid(path, `must be one of ${members.join(', ')}, not ${JSON.stringify(value)}`);
  return wire;
}

function array(schema: Schema, value: unknown, path: string, depth: number, limits: Required<ValidateOptions>): unknown[] {
  if (!Array.isArray(value)) throw new Invalid(path, `must be an array, not ${describe(value)}`);
  if (depth >= limits.maxDepth) throw new Invalid(path, `nests deeper than ${limits.maxDepth}`);
  if (value.length > limits.maxItems) throw new Invalid(path, `has ${value.length} items, more than ${limits.maxItems}`);
  return value.map((item, i) => check(schema.items ?? {}, item, pointer(path, i), depth + 1, limits));
}

function object(schema: Schema, value: unknown, path: string, depth: number, limits: Required<ValidateOptions>): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Invalid(path, `must be an object, not ${describe(value)}`);
  }
  if (depth >= limits.maxDepth) throw new Invalid(path, `nests deeper than ${limits.maxDepth}`);
  const input = value as Record<string, unknown>;
  const subtype = discriminated(schema, input);
  if (subtype === 'unknown') return checkUntyped(input, path, depth, limits);
  if (subtype && subtype !== schema) return object(subtype, value, path, depth, limits);

  for (const name of schema.required ?? []) {
    if (input[name] === undefined) throw new Invalid(pointer(path, name), 'is required');
  }
  const oneOfRequired: string[] | undefined = schema['x-graph-one-of-required'];
  if (oneOfRequired && !oneOfRequired.some((k) => input[k] !== undefined && input[k] !== null)) {
    throw new Invalid(pointer(path, oneOfRequired[0]), `one of ${oneOfRequired.join(', ')} is required`);
  }
  const out: Record<string, unknown> = {};
  const props: Record<string, Schema> = schema.properties ?? {};
  for (const [key, v] of Object.entries(input)) {
    if (Object.prototype.hasOwnProperty.call(props, key)) {
      if (v !== undefined) put(out, key, check(props[key], v, pointer(path, key), depth + 1, limits));
    } else if (schema.additionalProperties === false) {
      throw new Invalid(pointer(path, key), 'is not a member of this type');
    } else {
      put(out, key, checkUntyped(v, pointer(path, key), depth + 1, limits));
    }
  }
  return out;
}

/** The subtype `@odata.type` names; 'unknown' for a type outside the mapping (kept untyped, not refused). */
function discriminated(schema: Schema, value: Record<string, unknown>): Schema | 'unknown' | undefined {
  const d = schema.discriminator;
  if (!d) return undefined;
  const tag = value[d.propertyName];
  if (tag === undefined || tag === null) return undefined;
  if (typeof tag !== 'string') return undefined;
  const hit = Object.entries<string>(d.mapping).find(([k]) => k.toLowerCase() === tag.toLowerCase());
  return hit ? resolve({ $ref: hit[1] }) : 'unknown';
}

function oneOf(options: Schema[], value: unknown, path: string, depth: number, limits: Required<ValidateOptions>): unknown {
  // Graph's oneOfs here tell their members apart by JSON kind (an entity, or a collection of them).
  const kind = Array.isArray(value) ? 'array' : typeof value === 'object' ? 'object' : typeof value;
  const match = options.find((o) => (resolve(o).type ?? 'object') === kind);
  if (!match) throw new Invalid(path, `must be ${options.map((o) => resolve(o).type ?? 'object').join(' or ')}, not ${describe(value)}`);
  return check(match, value, path, depth, limits);
}

/** Members no schema describes are kept as they are, but still bounded. */
function checkUntyped(value: unknown, path: string, depth: number, limits: Required<ValidateOptions>): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= limits.maxDepth) throw new Invalid(path, `nests deeper than ${limits.maxDepth}`);
  if (Array.isArray(value)) {
    if (value.length > limits.maxItems) throw new Invalid(path, `has ${value.length} items, more than ${limits.maxItems}`);
    return value.map((v, i) => checkUntyped(v, pointer(path, i), depth + 1, limits));
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) put(out, k, checkUntyped(v, pointer(path, k), depth + 1, limits));
  return out;
}
