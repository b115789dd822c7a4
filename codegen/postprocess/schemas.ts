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
// Stands for a reference inside the JSON text until it is written as a function.
const REF_MARK = '\u0000ref:';
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

export function emitSchemas(file: SourceFile, doc: OpenApiDoc): void {
  const names = Object.keys(doc.components.schemas);
  const statements = [
    '// Validation data for src/validate.ts: one constant per model (see codegen/postprocess/schemas.ts for why).',
    "import type { ValidationSchema } from '../src/contract.js';",
    ...names.map((name) => `export const ${schemaConstName(name)}: ValidationSchema = ${literal(doc.components.schemas[name]!)};`),
    `/** Every model's schema, by model name. */\nexport const componentSchemas = {\n${names.map((name) => `  ${name}: ${schemaConstName(name)},`).join('\n')}\n};`,
    'export type SchemaName = keyof typeof componentSchemas;',
  ];
  file.addStatements(statements.join('\n\n'));
}

/** The schema as a TypeScript literal: references become functions returning the referenced constant. */
export function literal(schema: SchemaObject): string {
  const json = JSON.stringify(
    schema,
    function (this: SchemaObject, key, value) {
      if (dropped(this, key, value)) return undefined;
      if (typeof value === 'string' && value.startsWith(REF_PREFIX)) return REF_MARK + value.slice(REF_PREFIX.length);
      return value;
    },
    2,
  );
  return json.replace(/"\\u0000ref:([A-Za-z_$][\w$]*)"/g, (_, name: string) => `() => ${schemaConstName(name)}`);
}
