// Validation data for the handwritten layer: the OpenAPI components the generator ran on, so that src/validate.ts
// checks payloads against the spec instead of a hand-written copy of the types. Enum values are written as the wire
// spells them, like the generated enums.
//
// Each schema is its own constant and a `$ref` is a function returning the constant it names, rather than one
// object of all schemas with `$ref` strings looked up by name: a bundle then carries only the schemas its code
// reaches (a browser client that cancels media processing never reads a notification), and a schema may refer to
// itself or to one declared after it (a base type's discriminator maps to its subtypes and to itself).
import type { SourceFile } from 'ts-morph';
import type { OpenApiDoc, SchemaObject } from '../convert.js';
import { wireEnumValue } from '../lib/ts.js';

const REF_PREFIX = '#/components/schemas/';
// Stands for a reference inside the JSON text until it is written as a function.
const REF_MARK = '\u0000ref:';

const SCHEMA_TYPE = `/**
 * An OpenAPI 3.0 schema object as src/validate.ts reads it: \`$ref\` and discriminator mappings are functions that
 * return the schema they name, and (as in JSON Schema) a schema without \`type\` accepts any JSON value.
 */
export interface ValidationSchema {
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: readonly string[];
  properties?: Readonly<Record<string, ValidationSchema>>;
  required?: readonly string[];
  additionalProperties?: boolean;
  items?: ValidationSchema;
  allOf?: readonly ValidationSchema[];
  oneOf?: readonly ValidationSchema[];
  $ref?: () => ValidationSchema;
  discriminator?: { propertyName: string; mapping: Readonly<Record<string, () => ValidationSchema>> };
  /** At least one of these members must be present and not null. */
  'x-graph-one-of-required'?: readonly string[];
  [keyword: string]: unknown;
}`;

/** The constant that holds a model's schema. */
const schemaConstName = (model: string) => `${model}Schema`;

export function emitSchemas(file: SourceFile, doc: OpenApiDoc): void {
  const names = Object.keys(doc.components.schemas);
  const statements = [
    // A line comment first: the header step drops the block comments a file starts with (the generator's banner).
    '// Validation data for src/validate.ts: one constant per model (see codegen/postprocess/schemas.ts for why).',
    SCHEMA_TYPE,
    ...names.map((name) => `export const ${schemaConstName(name)}: ValidationSchema = ${literal(doc.components.schemas[name])};`),
    `/** Every model's schema, by model name. */\nexport const componentSchemas = {\n${names.map((name) => `  ${name}: ${schemaConstName(name)},`).join('\n')}\n};`,
    'export type SchemaName = keyof typeof componentSchemas;',
  ];
  file.addStatements(statements.join('\n\n'));
}

/**
 * The schema as a TypeScript literal. Descriptions are for people and are left out; enum members are written in
 * wire case; references become functions returning the referenced constant.
 */
function literal(schema: SchemaObject): string {
  const json = JSON.stringify(schema, function (key, value) {
    if (key === 'description' && typeof value === 'string') return undefined;
    if (key === 'enum' && Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? wireEnumValue(v) : v));
    if (typeof value === 'string' && value.startsWith(REF_PREFIX)) return REF_MARK + value.slice(REF_PREFIX.length);
    return value;
  }, 2);
  return json.replace(/"\\u0000ref:([A-Za-z_$][\w$]*)"/g, (_, name: string) => `() => ${schemaConstName(name)}`);
}
