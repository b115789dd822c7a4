// Validation data for the engine: the OpenAPI components the generator ran on, so that src/validate.ts checks
// payloads and request bodies against the spec instead of a hand-written copy of the types.
//
// Each schema is its own constant and a `$ref` is a function returning the constant it names, rather than one
// object of all schemas with `$ref` strings looked up by name: a bundle then carries only the schemas its code
// reaches, and a schema may refer to itself or to one declared after it (a base type's discriminator maps to its
// subtypes and to itself).
import type { SourceFile } from 'ts-morph';
import type { OpenApiDoc, SchemaObject } from '../openapi/types.js';

const REF_PREFIX = '#/components/schemas/';
// Stands for code inside the JSON text until it is written out: a reference (`ref:Name`), a shared constant
// (`const:NAME`) or a helper's call on a reference (`nullableRef:Name`, `arrayOf:Name`).
const MARK = '\u0000';
/** Keywords for people or for the generator, not for validation: left out of the bundle. */
const DROPPED = new Set(['description', 'title', 'pattern', 'x-graph-odata-type', 'x-graph-flags']);

/**
 * Whether a keyword is left out of the bundle: text for people, and what src/validate.ts reads the same either way
 * (an open type is the default; a format counts only on an integer, whose range and message it names).
 */
function dropped(holder: SchemaObject, key: string, value: unknown): boolean {
  if (DROPPED.has(key) && (typeof value === 'string' || Array.isArray(value))) return true;
  // (A member of a `properties` map has a schema object as its value: never dropped here, whatever its name.)
  if (key === 'additionalProperties') return value === true;
  return key === 'format' && typeof value === 'string' && holder.type !== 'integer';
}

/** The constant that holds a model's schema. */
export const schemaConstName = (model: string) => `${model}Schema`;

/**
 * The shapes most members share (a string, a nullable string or boolean, a nullable reference, an array of
 * references), each declared once and named where it is used: a bundle then spells each once. The values are the
 * same plain objects; src/validate.ts never changes a schema, so members may share one.
 */
const SHARED: Record<string, { declaration: string; json?: string }> = {
  STRING: { declaration: "const STRING: ValidationSchema = { type: 'string' };", json: '{"type":"string"}' },
  NULLABLE_STRING: { declaration: "const NULLABLE_STRING: ValidationSchema = { type: 'string', nullable: true };", json: '{"type":"string","nullable":true}' },
  NULLABLE_BOOLEAN: { declaration: "const NULLABLE_BOOLEAN: ValidationSchema = { type: 'boolean', nullable: true };", json: '{"type":"boolean","nullable":true}' },
  nullableRef: {
    declaration: '/** A member of another model\'s type, or null. */\nconst nullableRef = ($ref: () => ValidationSchema): ValidationSchema => ({ allOf: [{ $ref }], nullable: true });',
  },
  arrayOf: { declaration: '/** An array of another model. */\nconst arrayOf = ($ref: () => ValidationSchema): ValidationSchema => ({ type: \'array\', items: { $ref } });' },
};

/** The model a `{ $ref }` object names, when it is only that. */
function refOnly(value: unknown): string | undefined {
  const ref = (value as { $ref?: unknown } | null)?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith(REF_PREFIX) || Object.keys(value as object).length !== 1) return undefined;
  return ref.slice(REF_PREFIX.length);
}

/** The marker of a shared shape `schema` has once the dropped keywords are left out; undefined for any other. */
function sharedShape(schema: SchemaObject): string | undefined {
  const kept = Object.fromEntries(Object.entries(schema).filter(([k, v]) => !dropped(schema, k, v)));
  const json = JSON.stringify(kept);
  const constant = Object.keys(SHARED).find((name) => SHARED[name]!.json === json);
  if (constant) return `${MARK}const:${constant}`;
  const keys = Object.keys(kept).join();
  if (keys === 'allOf,nullable' && kept.nullable === true && Array.isArray(kept.allOf) && kept.allOf.length === 1) {
    const ref = refOnly(kept.allOf[0]);
    if (ref) return `${MARK}nullableRef:${ref}`;
  }
  const ref = keys === 'type,items' && kept.type === 'array' ? refOnly(kept.items) : undefined;
  return ref ? `${MARK}arrayOf:${ref}` : undefined;
}

export function emitSchemas(file: SourceFile, doc: OpenApiDoc): void {
  const names = Object.keys(doc.components.schemas);
  const constants = names.map((name) => `export const ${schemaConstName(name)}: ValidationSchema = ${literal(doc.components.schemas[name]!)};`);
  const used = Object.keys(SHARED).filter((name) => constants.some((c) => new RegExp(`\\b${name}\\b`).test(c)));
  const statements = [
    '// Validation data for src/validate.ts: one constant per model (see codegen/postprocess/schemas.ts for why).',
    "import type { ValidationSchema } from '../src/contract.js';",
    ...(used.length ? [`// Shapes many members share, each written once.\n${used.map((name) => SHARED[name]!.declaration).join('\n')}`] : []),
    ...constants,
    `/** Every model's schema, by model name. */\nexport const componentSchemas = {\n${names.map((name) => `  ${name}: ${schemaConstName(name)},`).join('\n')}\n};`,
    'export type SchemaName = keyof typeof componentSchemas;',
  ];
  file.addStatements(statements.join('\n\n'));
}

/**
 * The schema as a TypeScript literal: references become functions returning the referenced constant, and a
 * member of a shared shape the name of its constant or helper.
 */
export function literal(schema: SchemaObject): string {
  const json = JSON.stringify(
    schema,
    function (this: SchemaObject, key, value) {
      if (dropped(this, key, value)) return undefined;
      if (typeof value === 'string' && value.startsWith(REF_PREFIX)) return `${MARK}ref:${value.slice(REF_PREFIX.length)}`;
      // A schema below the root (a `properties` map holds objects, never these primitives, so it never matches).
      if (key !== '' && typeof value === 'object' && value !== null && !Array.isArray(value)) return sharedShape(value) ?? value;
      return value;
    },
    2,
  );
  return json.replace(/"\\u0000(ref|const|nullableRef|arrayOf):([A-Za-z_$][\w$]*)"/g, (_, kind: string, name: string) => {
    if (kind === 'const') return name;
    const ref = `() => ${schemaConstName(name)}`;
    // Marked pure, so that a bundler still drops every schema nothing it keeps refers to.
    return kind === 'ref' ? ref : `/* @__PURE__ */ ${kind}(${ref})`;
  });
}
