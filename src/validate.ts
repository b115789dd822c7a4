// Checks a payload against the spec's schemas (generated/schemas.ts, written by codegen from spec/), rather than
// a hand-written copy of the types. It returns a copy in which enum values are spelled as the wire spells them;
// members it does not know are kept (Graph's types are open), and the first bad place is named by JSON pointer.
import { componentSchemas, type SchemaName } from '../generated/schemas.js';
import type { ValidationSchema } from './contract.js';

export type ValidationResult<T = unknown> = { ok: true; value: T } | { ok: false; path: string; message: string };
export interface ValidateOptions {
  /** Deepest nesting accepted (objects and arrays). */
  maxDepth?: number;
  /** Longest array accepted. */
  maxItems?: number;
  /**
   * Members whose values are read leniently, the way Graph is known to vary them (notifications' `resourceData`):
   * a member spelled in another case takes the declared name (`subCode` → `subcode`), an integer sent as a string
   * of digits is read as the number, a null where the type has none and an enum value the spec does not list are
   * kept as sent, and required members may be missing. Everything else (kinds, depth, size) is still checked.
   */
  lenientMembers?: readonly string[];
}

type Limits = Required<ValidateOptions> & { lenient: boolean };
type Json = Record<string, unknown>;

const DEFAULTS: Limits = { maxDepth: 32, maxItems: 1000, lenientMembers: [], lenient: false };
/** Members no schema describes: any JSON, kept as it is, but still bounded. */
const ANY: ValidationSchema = { nullable: true };

class Invalid {
  constructor(
    readonly path: string,
    readonly message: string,
  ) {}
}

const pointer = (path: string, key: string | number) => `${path}/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
const resolve = (s: ValidationSchema): ValidationSchema => (s.$ref ? s.$ref() : s);
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const typeOf = (s: ValidationSchema) => resolve(s).type;

/** Validates against a model's schema, by model name. */
export function validate<T = unknown>(name: SchemaName, value: unknown, options?: ValidateOptions): ValidationResult<T> {
  return validateSchema<T>(componentSchemas[name], value, options);
}

/** Validates against a schema object of generated/schemas.ts (a bundle then holds only the schemas it uses). */
export function validateSchema<T = unknown>(schema: ValidationSchema, value: unknown, options: ValidateOptions = {}): ValidationResult<T> {
  try {
    return { ok: true, value: check(schema, value, '', 0, { ...DEFAULTS, ...options }) as T };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, path: e.path, message: e.message };
    throw e;
  }
}

function check(schema: ValidationSchema, value: unknown, path: string, depth: number, limits: Limits): unknown {
  if (schema.$ref) return check(resolve(schema), value, path, depth, limits);
  if (value === null) {
    if (schema.nullable || limits.lenient) return null;
    throw new Invalid(path, 'must not be null');
  }
  if (schema.allOf) return schema.allOf.reduce((v: unknown, s) => check(s, v, path, depth, limits), value);
  if (schema.oneOf) return oneOf(schema, value, path, depth, limits);
  if (schema.enum) return enumValue(schema.enum, value, path, limits.lenient);
  // The JSON kind is checked once here (integers are numbers); a schema without a type takes any kind.
  const { type } = schema;
  if (limits.lenient && type === 'integer' && typeof value === 'string' && /^-?\d{1,15}$/.test(value)) value = Number(value);
  const kind = describe(value);
  if (type !== undefined && kind !== (type === 'integer' ? 'number' : type)) {
    throw new Invalid(path, `must be ${/^[aeio]/.test(type) ? 'an' : 'a'} ${type}, not ${kind}`);
  }
  if (type === 'integer') {
    const int32 = schema.format !== 'int32' || ((value as number) >= -2147483648 && (value as number) <= 2147483647);
    if (!Number.isInteger(value) || !int32) throw new Invalid(path, `must be ${schema.format ?? 'an integer'}, not ${value}`);
  }
  if (kind === 'array') return array(schema.items ?? ANY, value as unknown[], path, depth, limits);
  return kind === 'object' ? object(schema, value as Json, path, depth, limits) : value;
}

function array(items: ValidationSchema, input: unknown[], path: string, depth: number, limits: Limits): unknown[] {
  bounded(input, path, depth, limits);
  const out = new Array<unknown>(input.length);
  for (let i = 0; i < input.length; i++) {
    // JSON has no holes, and map() would skip one and leave a hole in the copy: a caller would meet `undefined`
    // where the type says there is always an item.
    if (!(i in input)) throw new Invalid(pointer(path, i), 'is a hole in a sparse array');
    out[i] = check(items, input[i], pointer(path, i), depth + 1, limits);
  }
  return out;
}

/** Throws when a container is nested too deep or is an array longer than the limit. */
function bounded(value: object, path: string, depth: number, limits: Limits): void {
  if (depth >= limits.maxDepth) throw new Invalid(path, `nests deeper than ${limits.maxDepth}`);
  if (Array.isArray(value) && value.length > limits.maxItems) throw new Invalid(path, `has ${value.length} items, more than ${limits.maxItems}`);
}

function enumValue(members: readonly string[], value: unknown, path: string, lenient: boolean): string {
  // The CSDL and older payloads disagree on case (NotStarted / notStarted): any case is read, the wire's is returned.
  const wire = typeof value === 'string' ? members.find((m) => m.toLowerCase() === value.toLowerCase()) : undefined;
  if (wire !== undefined) return wire;
  // Graph adds enum members over time; a lenient read keeps a string the spec does not list yet.
  if (lenient && typeof value === 'string') return value;
  throw new Invalid(path, `must be one of ${members.join(', ')}, not ${JSON.stringify(value)}`);
}

function object(schema: ValidationSchema, input: Json, path: string, depth: number, limits: Limits): unknown {
  bounded(input, path, depth, limits);
  const subtype = discriminated(schema, input);
  if (subtype === 'unknown') return object(ANY, input, path, depth, limits);
  if (subtype && subtype !== schema) return object(subtype, input, path, depth, limits);

  const props = schema.properties ?? {};
  if (limits.lenient) input = declaredNames(props, input);
  for (const name of limits.lenient ? [] : (schema.required ?? [])) {
    if (input[name] === undefined) throw new Invalid(pointer(path, name), 'is required');
  }
  const oneOfRequired = schema['x-graph-one-of-required'];
  if (oneOfRequired && !oneOfRequired.some((k) => input[k] !== undefined && input[k] !== null)) {
    throw new Invalid(pointer(path, oneOfRequired[0]!), `one of ${oneOfRequired.join(', ')} is required`);
  }
  const members: [string, unknown][] = [];
  for (const [key, v] of Object.entries(input)) {
    const at = pointer(path, key);
    const inner = !limits.lenient && limits.lenientMembers.includes(key) ? { ...limits, lenient: true } : limits;
    if (Object.hasOwn(props, key)) {
      if (v !== undefined) members.push([key, check(props[key]!, v, at, depth + 1, inner)]);
    } else if (schema.additionalProperties === false) {
      throw new Invalid(at, 'is not a member of this type');
    } else {
      members.push([key, check(ANY, v, at, depth + 1, inner)]);
    }
  }
  // Object.fromEntries defines members, so a `__proto__` key stays the plain member it is in JSON instead of
  // becoming the copy's prototype.
  return Object.fromEntries(members);
}

/** `input` with each member that matches a declared property only in case renamed to the declared spelling. */
function declaredNames(props: Readonly<Record<string, ValidationSchema>>, input: Json): Json {
  let renamed: [string, unknown][] | undefined;
  for (const key of Object.keys(input)) {
    if (Object.hasOwn(props, key)) continue;
    const declared = Object.keys(props).find((p) => p.toLowerCase() === key.toLowerCase());
    if (declared !== undefined && !Object.hasOwn(input, declared)) (renamed ??= []).push([key, declared]);
  }
  if (!renamed) return input;
  const names = new Map(renamed as [string, string][]);
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [names.get(k) ?? k, v]));
}

/** The subtype `@odata.type` names; 'unknown' for a type outside the mapping (kept untyped, not refused). */
function discriminated(schema: ValidationSchema, value: Json): ValidationSchema | 'unknown' | undefined {
  const d = schema.discriminator;
  const tag = d && value[d.propertyName];
  if (typeof tag !== 'string') return undefined;
  const hit = Object.entries(d!.mapping).find(([k]) => k.toLowerCase() === tag.toLowerCase());
  return hit ? hit[1]() : 'unknown';
}

function oneOf(schema: ValidationSchema, value: unknown, path: string, depth: number, limits: Limits): unknown {
  // A discriminated oneOf (CommsResource: a call, a participant or any operation) is dispatched on @odata.type.
  const kind = describe(value);
  if (schema.discriminator && kind === 'object') {
    const subtype = discriminated(schema, value as Json);
    if (subtype === 'unknown') return object(ANY, value as Json, path, depth, limits);
    if (subtype) return check(subtype, value, path, depth, limits);
  }
  // Graph's other oneOfs tell their members apart by JSON kind (an entity, or a collection of them).
  const options = schema.oneOf!;
  const match = options.find((o) => (typeOf(o) ?? kind) === kind);
  if (!match) throw new Invalid(path, `must be ${options.map(typeOf).join(' or ')}, not ${kind}`);
  return check(match, value, path, depth, limits);
}
