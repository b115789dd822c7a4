// The whole pipeline as one function of the spec: CSDL -> OpenAPI -> Graph conventions -> generator -> ts-morph.
import { loadCsdl } from './load.js';
import { csdlToOpenApi } from './convert.js';
import { applyGraphConventions } from './conventions/index.js';
import { runGenerator } from './generate.js';
import { postProcess } from './postprocess/index.js';

export function generateFromSpec(root: string, specPath: string, log: (s: string) => void = () => {}): Map<string, string> {
  const csdl = loadCsdl(specPath);
  log('load: CSDL read');
  const odata = csdlToOpenApi(csdl);
  log(`convert: ${Object.keys(odata.paths).length} OData paths`);
  const doc = applyGraphConventions(odata, csdl);
  log(`conventions: ${Object.keys(doc.paths).length} paths, ${Object.keys(doc.components.schemas).length} schemas`);
  const raw = runGenerator(root, doc, log);
  log(`generate: ${raw.size} files from openapi-generator`);
  const files = postProcess(raw, doc);
  files.set('openapi.json', JSON.stringify(doc, null, 2) + '\n');
  log(`post-process: ${files.size} files`);
  return files;
}
