// Stage 7: ts-morph on what openapi-generator wrote: the structural work the templates cannot do (see
// codegen/README.md): unions and guards, imports, the validation data, the barrel, the header and the formatting.
import type { OpenApiDoc } from '../openapi/types.js';
import { memoryProject } from '../lib/ts.js';
import { assertResolved, importUsed, topLevelNames } from './imports.js';
import { barrel, header } from './layout.js';
import { omitDefaults } from './defaults.js';
import { compactPaths } from './paths.js';
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

  // The generator names a model after its schema unless the name is one it reserves: the engine, the schemas and the
  // templates all go by the schema's name, so any other is an error here rather than a dangling reference later.
  // (A schema of a primitive type, such as a flags enum's string, is inlined where it is used: no model.)
  const declared = new Set(topLevelNames(models));
  const modelled = Object.entries(doc.components.schemas).filter(([, s]) => s.type === 'object' || s.enum || s.oneOf);
  const renamed = modelled.map(([name]) => name).filter((name) => !declared.has(name));
  if (renamed.length) throw new Error(`post-process: the generator wrote no model named ${renamed.join(', ')}`);
  const unions = families(doc);
  declareUnions(models, unions);
  const guards = emitGuards(project, unions, '/out/guards.ts');
  emitSchemas(schemas, doc);
  importUsed(requests, schemas, './schemas.js', false);
  compactPaths(requests);
  omitDefaults(requests);
  importUsed(methods, models, './models.js', true);
  for (const file of [models, requests, methods, guards]) assertResolved(file);
  barrel(project);

  const out = new Map<string, string>();
  for (const file of project.getSourceFiles()) {
    header(file);
    // What the templates rendered is formatted; what is printed here (schemas, guards, the barrel) already is.
    if ([requests, methods].includes(file)) file.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
    out.set(file.getFilePath().slice('/out/'.length), file.getFullText().replace(/\n{3,}/g, '\n\n'));
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}
