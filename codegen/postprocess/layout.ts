// The shape of generated/: a "generated, do not edit" header on every file, and export barrels.
import type { Project, SourceFile } from 'ts-morph';

export const HEADER = [
  '// GENERATED FILE: DO NOT EDIT.',
  '// Written by `npm run generate` (codegen/) from spec/graph-comms.csdl.xml through openapi-generator',
  '// (typescript-fetch) and ts-morph post-processing. Edit spec/ or codegen/ and regenerate instead.',
].join('\n');

/** Replaces the generator's banner (which carries an empty document version) with ours. */
export function header(file: SourceFile): void {
  const text = file.getFullText();
  const body = text.replace(/^\s*(\/\*[\s\S]*?\*\/\s*)*/, '');
  file.replaceWithText(`${HEADER}\n\n${body}`);
}

export function barrels(project: Project): void {
  const models = project
    .getSourceFiles('/out/models/*.ts')
    .map((f) => f.getBaseNameWithoutExtension())
    .filter((n) => n !== 'index')
    .sort();
  project.createSourceFile('/out/models/index.ts', models.map((m) => `export * from './${m}.js';`).join('\n') + '\n', { overwrite: true });
  const apis = project
    .getSourceFiles('/out/apis/*.ts')
    .map((f) => f.getBaseNameWithoutExtension())
    .filter((n) => n !== 'index')
    .sort();
  project.createSourceFile('/out/apis/index.ts', apis.map((a) => `export * from './${a}.js';`).join('\n') + '\n', { overwrite: true });
  project.createSourceFile(
    '/out/index.ts',
    [
      "export * from './runtime.js';",
      "export * from './apis/index.js';",
      "export * from './models/index.js';",
      "export * from './schemas.js';",
    ].join('\n') + '\n',
    { overwrite: true },
  );
}
