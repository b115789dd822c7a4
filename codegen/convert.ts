// Stage 2: CSDL JSON -> OpenAPI 3, with OASIS's odata-openapi converter, plus the one thing it does not do:
// types that no path references (commsNotification(s), changeType) are left out of its components, so they are
// translated here from the same CSDL, with the converter's conventions (`title` from Core.Description, `nullable`).
import { createRequire } from 'node:module';
import { schemaOf, type CsdlJson } from './load.js';

const require = createRequire(import.meta.url);
const { csdl2openapi } = require('odata-openapi') as {
  csdl2openapi(csdl: CsdlJson, options: Record<string, unknown>): OpenApiDoc;
};

export type SchemaObject = Record<string, any>;
export interface OpenApiDoc {
  openapi: string;
  info: Record<string, any>;
  servers?: { url: string }[];
  paths: Record<string, Record<string, any>>;
  components: { schemas: Record<string, SchemaObject>; responses?: Record<string, any>; [k: string]: any };
  [k: string]: any;
}

const EDM: Record<string, SchemaObject> = {
  'Edm.String': { type: 'string' },
  'Edm.Boolean': { type: 'boolean' },
  'Edm.Int32': { type: 'integer', format: 'int32' },
  'Edm.Int64': { type: 'integer', format: 'int64' },
  'Edm.DateTimeOffset': { type: 'string', format: 'date-time' },
  'Edm.Guid': { type: 'string', format: 'uuid' },
};

export function csdlToOpenApi(csdl: CsdlJson): OpenApiDoc {
  const messages: unknown[] = [];
  const doc = csdl2openapi(csdl, {
    host: 'graph.microsoft.com',
    basePath: '/beta',
    openapiVersion: '3.0.3',
    skipBatchPath: true,
    maxLevels: 5,
    messages,
  });
  if (messages.length) throw new Error(`odata-openapi: ${JSON.stringify(messages)}`);
  addUnreferencedTypes(csdl, doc);
  return doc;
}

function addUnreferencedTypes(csdl: CsdlJson, doc: OpenApiDoc): void {
  const { namespace, alias, schema } = schemaOf(csdl);
  const qualify = (t: string) => (t.startsWith(`${alias}.`) ? `${namespace}.${t.slice(alias.length + 1)}` : t);
  for (const [name, type] of Object.entries(schema)) {
    const key = `${namespace}.${name}`;
    if (name.startsWith('$') || key in doc.components.schemas) continue;
    if (type.$Kind === 'EnumType') {
      doc.components.schemas[key] = {
        type: 'string',
        title: name,
        enum: Object.keys(type).filter((m) => !m.startsWith('$') && !m.startsWith('@')),
      };
    } else if (type.$Kind === 'ComplexType') {
      const properties: Record<string, SchemaObject> = {};
      for (const [prop, p] of Object.entries<any>(type)) {
        if (prop.startsWith('$') || prop.startsWith('@')) continue;
        properties[prop] = propertySchema(p, qualify);
      }
      doc.components.schemas[key] = { title: name, type: 'object', properties };
    }
  }
}

function propertySchema(p: Record<string, any>, qualify: (t: string) => string): SchemaObject {
  const typeName: string = p.$Type ?? 'Edm.String';
  let s: SchemaObject = EDM[typeName]
    ? { ...EDM[typeName] }
    : { $ref: `#/components/schemas/${qualify(typeName)}` };
  if (p.$Collection) s = { type: 'array', items: s };
  else if (p.$Nullable && s.$ref) s = { allOf: [s], nullable: true };
  else if (p.$Nullable) s.nullable = true;
  if (p['@Core.Description']) s.title = p['@Core.Description'];
  return s;
}
