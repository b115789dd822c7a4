// Stage 7: ts-morph on what openapi-generator wrote: the structural work the templates cannot do (see
// codegen/README.md): unions and guards, imports, the validation data, the barrel, the header and the formatting.
import type { OpenApiDoc } from '../openapi/types.js';
import { memoryProject } from '../lib/ts.js';
import { importUsed } from './imports.js';
import { barrel, header } from './layout.js';
import { emitSchemas } from './schemas.js';
import { declareUnions, emitGuards, families } from './unions.js';

/** Generator output in (relative path -> text), generated/ out (relative path -> text). */
export function postProcess(generated: Map<string, string>, doc: OpenApiDoc): Map<string, string> {
  const project = memoryProject();
  const source = (path: string) => {
    const text = generated.get(path);
    if (text === undefined) throw new Error(`post-process: the generator wrote no ${path}`);
    return text;
  };
  const models = project.createSourceFile('/out/models.ts', source('models/index.ts'));
  const requests = project.createSourceFile('/out/requests.ts', source('requests.ts'));
  const methods = project.createSourceFile('/out/methods.ts', source('methods.ts'));
  const schemas = project.createSourceFile('/out/schemas.ts', '');

  const unions = families(doc);
  declareUnions(models, unions);
  emitGuards(project, unions, '/out/guards.ts');
  emitSchemas(schemas, doc);
  importUsed(requests, schemas, './schemas.js', false);
  importUsed(methods, models, './models.js', true);
  barrel(project);

  const out = new Map<string, string>();
  for (const file of project.getSourceFiles()) {
    header(file);
    // What the templates rendered is formatted; what is printed here (schemas, guards, the barrel) already is.
    if ([models, requests, methods].includes(file)) file.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
    out.set(file.getFilePath().slice('/out/'.length), file.getFullText().replace(/\n{3,}/g, '\n\n'));
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}
