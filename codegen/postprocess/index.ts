// Stage 5: ts-morph post-processing of what openapi-generator wrote (see codegen/README.md for each fix and why).
import type { OpenApiDoc } from '../convert.js';
import { memoryProject } from '../lib/ts.js';
import { tidyDocs } from './docs.js';
import { wireEnums } from './enums.js';
import { tidyImports } from './imports.js';
import { barrels, header } from './layout.js';
import { arraysFirstInOneOf } from './one-of.js';
import { openTypes } from './open-types.js';
import { standaloneOperations } from './operations.js';
import { compactRequestDescriptions } from './request-opts.js';
import { pruneRuntime } from './runtime.js';
import { emitSchemas } from './schemas.js';
import { odataTypeUnions } from './unions.js';
import { restoreWireNames } from './wire-names.js';

/** Generator output in (relative path -> text), generated/ out (relative path -> text). */
export function postProcess(generated: Map<string, string>, doc: OpenApiDoc): Map<string, string> {
  const project = memoryProject();
  for (const [path, text] of generated) {
    // The generator's barrels are rebuilt from scratch; its models/index.ts repeats declarations.
    if (/(^|\/)index\.ts$/.test(path)) continue;
    project.createSourceFile(`/out/${path}`, text);
  }
  const files = project.getSourceFiles();
  const models = new Map(project.getSourceFiles('/out/models/*.ts').map((f) => [f.getBaseNameWithoutExtension(), f]));

  restoreWireNames(files);
  for (const file of files) {
    wireEnums(file);
    openTypes(file);
    arraysFirstInOneOf(file);
    standaloneOperations(file);
    compactRequestDescriptions(file);
  }
  odataTypeUnions(models, doc);
  emitSchemas(project.createSourceFile('/out/schemas.ts', ''), doc);
  for (const file of project.getSourceFiles()) {
    tidyImports(file);
    tidyDocs(file);
  }
  const runtime = project.getSourceFileOrThrow('/out/runtime.ts');
  pruneRuntime(runtime, project.getSourceFiles().filter((f) => f !== runtime), ['BASE_PATH']);
  barrels(project);

  const out = new Map<string, string>();
  for (const file of project.getSourceFiles()) {
    header(file);
    file.formatText({ indentSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
    out.set(file.getFilePath().slice('/out/'.length), file.getFullText().replace(/\n{3,}/g, '\n\n'));
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}
