// Stage 1: read the CSDL slice in spec/ and turn its XML into CSDL JSON (OData's own JSON form of the same model).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { xml2json } = require('odata-csdl') as {
  xml2json(xml: string, options?: { annotations?: boolean; strict?: boolean; messages?: unknown[] }): CsdlJson;
};

/** CSDL JSON: `$`-prefixed members are metadata, the rest are schemas, types, properties. */
export type CsdlJson = Record<string, any>;

export function loadCsdl(path: string): CsdlJson {
  return parseCsdl(readFileSync(path, 'utf8'));
}

export function parseCsdl(xml: string): CsdlJson {
  const messages: unknown[] = [];
  const csdl = xml2json(xml, { annotations: true, strict: true, messages });
  if (messages.length) throw new Error(`CSDL problems: ${JSON.stringify(messages)}`);
  return csdl;
}

/** The single schema of the slice, with its namespace and alias. */
export function schemaOf(csdl: CsdlJson): { namespace: string; alias: string; schema: Record<string, any> } {
  const namespace = Object.keys(csdl).find((k) => !k.startsWith('$'));
  if (!namespace) throw new Error('CSDL has no schema');
  const schema = csdl[namespace];
  return { namespace, alias: schema.$Alias ?? namespace, schema };
}
