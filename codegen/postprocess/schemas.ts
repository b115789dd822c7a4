// Validation data for the handwritten layer: the OpenAPI components the generator ran on, as a typed constant,
// so that src/validate.ts checks payloads against the spec instead of a hand-written copy of the types. Enum
// values are written as the wire spells them, like the generated enums.
import type { SourceFile } from 'ts-morph';
import type { OpenApiDoc, SchemaObject } from '../convert.js';
import { wireEnumValue } from '../lib/ts.js';

export function emitSchemas(file: SourceFile, doc: OpenApiDoc): void {
  const schemas: Record<string, SchemaObject> = {};
  for (const [name, schema] of Object.entries(doc.components.schemas)) schemas[name] = strip(schema);
  file.addStatements([
    `/** OpenAPI 3.0 schema objects of every model, keyed by model name; \`$ref\`s point into this object. */`,
    `export const componentSchemas = ${JSON.stringify(schemas, null, 2)} as const;`,
    `export type SchemaName = keyof typeof componentSchemas;`,
  ]);
}

/** Descriptions are for people; the validator needs the rest. Enum members are written in wire case. */
function strip(schema: SchemaObject): SchemaObject {
  return JSON.parse(JSON.stringify(schema), function (key, value) {
    if (key === 'description' && typeof value === 'string') return undefined;
    if (key === 'enum' && Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? wireEnumValue(v) : v));
    return value;
  });
}
