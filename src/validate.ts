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

/** What a lenient read does besides relaxing checks; only validate() supplies it, so a strict bundle has none. */
interface Leniency {
  members: readonly string[];
  /** `input` with each member that matches a declared property only in case renamed to the declared spelling. */
  declaredNames(props: Readonly<Record<string, ValidationSchema>>, input: Json): Json;
  /** An integer sent as a string of digits, as the number; any other value as it is. */
  integer(value: unknown): unknown;
  /** `limits` for the inside of a lenient member. */
  lenientLimits(limits: Limits): Limits;
}

interface Limits {
  maxDepth: number;
  maxItems: number;
  leniency?: Leniency;
  /** True below a lenient member. */
  lenient?: boolean;
}
type Json = Record<string, unknown>;

const STRICT: Limits = { maxDepth: 32, maxItems: 1000 };
/** Members no schema describes: any JSON, kept as it is, but still bounded. */
const ANY: ValidationSchema = { nullable: true };

/** The first bad place: its JSON pointer is built only when there is one, from the keys gathered on the way out. */
class Invalid {
  /** Innermost first. */
  declare readonly keys: (string | number)[];
  declare readonly message: string;
  constructor(message: string, key?: string | number) {
    this.message = message;
    this.keys = key === undefined ? [] : [key];
  }
}

/** `e` with `key` added to its place when it is the validator's own finding (a getter's throw passes unchanged). */
function within(e: unknown, key: string | number): unknown {
  if (e instanceof Invalid) e.keys.push(key);
  return e;
}

const pointer = (keys: readonly (string | number)[]) => keys.map((k) => `/${String(k).replace(/~/g, '~0').replace(/\//g, '~1')}`).reverse().join('');
const describe = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const typeOf = (s: ValidationSchema) => (s.$ref ? s.$ref() : s).type;

/** Validates against a model's schema, by model name; the only way to read members leniently. */
export function validate<T = unknown>(name: SchemaName, value: unknown, options: ValidateOptions = {}): ValidationResult<T> {
  // Named rather than a rest/spread of options: V8 copies those by a slow path, a microsecond per call.
  const { lenientMembers: members = [], maxDepth = STRICT.maxDepth, maxItems = STRICT.maxItems } = options;
  return run<T>(componentSchemas[name], value, { maxDepth, maxItems, leniency: members.length ? { members, declaredNames, integer, lenientLimits } : undefined });
}

/**
 * Validates against a schema object of generated/schemas.ts (a bundle then holds only the schemas it uses), within
 * the default limits.
 */
export function validateSchema<T = unknown>(schema: ValidationSchema, value: unknown): ValidationResult<T> {
  return run<T>(schema, value, STRICT);
}

function run<T>(schema: ValidationSchema, value: unknown, limits: Limits): ValidationResult<T> {
  try {
    return { ok: true, value: check(schema, value, 0, limits) as T };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, path: pointer(e.keys), message: e.message };
    throw e;
  }
}

function check(schema: ValidationSchema, value: unknown, depth: number, limits: Limits): unknown {
  if (schema.$ref) return check(schema.$ref(), value, depth, limits);
  if (value === null) {
    if (schema.nullable || limits.lenient) return null;
    throw new Invalid('must not be null');
  }
  // A discriminated schema (a base type, or CommsResource's oneOf) reads an object as the subtype its `@odata.type`
  // names; a type outside the mapping is kept untyped, not refused.
  const subtype = discriminated(schema, value);
  if (subtype === 'unknown') return object(ANY, value as Json, depth, limits);
  if (subtype !== undefined && subtype !== schema) return check(subtype, value, depth, limits);
  if (schema.allOf) return schema.allOf.reduce((v: unknown, s) => check(s, v, depth, limits), value);
  if (schema.oneOf) return oneOf(schema.oneOf, value, depth, limits);
  if (schema.enum) return enumValue(schema.enum, value, limits.lenient);
  // The JSON kind is checked once here (integers are numbers); a schema without a type takes any kind.
  const { type } = schema;
  if (limits.lenient && type === 'integer') value = limits.leniency!.integer(value);
  const kind = describe(value);
  if (type !== undefined && kind !== (type === 'integer' ? 'number' : type)) {
    throw new Invalid(`must be ${/^[aeio]/.test(type) ? 'an' : 'a'} ${type}, not ${kind}`);
  }
  if (type === 'integer') {
    const int32 = schema.format !== 'int32' || ((value as number) >= -2147483648 && (value as number) <= 2147483647);
    if (!Number.isInteger(value) || !int32) throw new Invalid(`must be ${schema.format ?? 'an integer'}, not ${value}`);
  }
  if (kind === 'array') return array(schema.items ?? ANY, value as unknown[], depth, limits);
  return kind === 'object' ? object(schema, value as Json, depth, limits) : value;
}

function array(items: ValidationSchema, input: unknown[], depth: number, limits: Limits): unknown[] {
  bounded(depth, limits);
  if (input.length > limits.maxItems) throw new Invalid(`has ${input.length} items, more than ${limits.maxItems}`);
  const out = new Array<unknown>(input.length);
  for (let i = 0; i < input.length; i++) {
    // JSON has no holes, and map() would skip one and leave a hole in the copy: a caller would meet `undefined`
    // where the type says there is always an item.
    if (!(i in input)) throw new Invalid('is a hole in a sparse array', i);
    try {
      out[i] = check(items, input[i], depth + 1, limits);
    } catch (e) {
      throw within(e, i);
    }
  }
  return out;
}

/** Throws when a container is nested too deep. */
function bounded(depth: number, limits: Limits): void {
  if (depth >= limits.maxDepth) throw new Invalid(`nests deeper than ${limits.maxDepth}`);
}

function enumValue(members: readonly string[], value: unknown, lenient: boolean | undefined): string {
  if (typeof value === 'string') {
    if (members.includes(value)) return value;
    // The CSDL and older payloads disagree on case (NotStarted / notStarted): any case is read, the wire's is returned.
    const lower = value.toLowerCase();
    const wire = members.find((m) => m.toLowerCase() === lower);
    if (wire !== undefined) return wire;
    // Graph adds enum members over time; a lenient read keeps a string the spec does not list yet.
    if (lenient) return value;
  }
  throw new Invalid(`must be one of ${members.join(', ')}, not ${JSON.stringify(value)}`);
}

function object(schema: ValidationSchema, input: Json, depth: number, limits: Limits): unknown {
  bounded(depth, limits);
  const props = schema.properties ?? {};
  const { lenient, leniency } = limits;
  if (lenient) input = leniency!.declaredNames(props, input);
  else if (schema.required) {
    for (const name of schema.required) if (input[name] === undefined) throw new Invalid('is required', name);
  }
  const oneOfRequired = schema['x-graph-one-of-required'];
  if (oneOfRequired && !oneOfRequired.some((k) => input[k] != null)) {
    throw new Invalid(`one of ${oneOfRequired.join(', ')} is required`, oneOfRequired[0]);
  }
  const out: Json = {};
  for (const key of Object.keys(input)) {
    const v = input[key];
    const declared = Object.hasOwn(props, key);
    if (!declared && schema.additionalProperties === false) throw new Invalid('is not a member of this type', key);
    if (v === undefined && declared) continue;
    const inner = !lenient && leniency?.members.includes(key) ? leniency.lenientLimits(limits) : limits;
    let checked: unknown;
    try {
      checked = check(declared ? props[key]! : ANY, v, depth + 1, inner);
    } catch (e) {
      throw within(e, key);
    }
    // A `__proto__` key stays the plain member it is in JSON instead of becoming the copy's prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: checked, enumerable: true, writable: true, configurable: true });
    else out[key] = checked;
  }
  return out;
}

// Written out rather than `{ ...limits, lenient: true }`: V8 takes a spread with a member added off its fast path,
// about a microsecond per notification.
const lenientLimits = ({ maxDepth, maxItems, leniency }: Limits): Limits => ({ maxDepth, maxItems, leniency, lenient: true });

const integer = (value: unknown) => (typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value);

function declaredNames(props: Readonly<Record<string, ValidationSchema>>, input: Json): Json {
  let renamed: Map<string, string> | undefined;
  for (const key of Object.keys(input)) {
    if (Object.hasOwn(props, key)) continue;
    const declared = Object.keys(props).find((p) => p.toLowerCase() === key.toLowerCase());
    if (declared !== undefined && !Object.hasOwn(input, declared)) (renamed ??= new Map()).set(key, declared);
  }
  if (!renamed) return input;
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [renamed.get(k) ?? k, v]));
}

/** The subtype an object's `@odata.type` names; 'unknown' for a type outside the mapping; undefined without a tag. */
function discriminated(schema: ValidationSchema, value: unknown): ValidationSchema | 'unknown' | undefined {
  const d = schema.discriminator;
  const tag = d && (value as Json)[d.propertyName];
  if (typeof tag !== 'string' || Array.isArray(value)) return undefined;
  if (Object.hasOwn(d!.mapping, tag)) return d!.mapping[tag]!();
  const lower = tag.toLowerCase();
  const hit = Object.keys(d!.mapping).find((k) => k.toLowerCase() === lower);
  return hit ? d!.mapping[hit]!() : 'unknown';
}

/** Graph's undiscriminated oneOfs tell their members apart by JSON kind (an entity, or a collection of them). */
function oneOf(options: readonly ValidationSchema[], value: unknown, depth: number, limits: Limits): unknown {
  const kind = describe(value);
  const match = options.find((o) => (typeOf(o) ?? kind) === kind);
  if (!match) throw new Invalid(`must be ${options.map(typeOf).join(' or ')}, not ${kind}`);
  return check(match, value, depth, limits);
}
