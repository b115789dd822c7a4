// The shape of generated/: a "generated, do not edit" header on every file, and the barrel.
import type { Project, SourceFile } from 'ts-morph';

export const HEADER = [
  '// GENERATED FILE: DO NOT EDIT.',
  '// Written by `npm run generate` (codegen/) from spec/ (Microsoft Graph v1.0-Prod.csdl and the 2018 overlay) through',
  '// openapi-generator (typescript-fetch, with codegen/templates/) and ts-morph. Edit spec/ or codegen/ and regenerate.',
].join('\n');

export function header(file: SourceFile): void {
  const text = file.getFullText().replace(/^\s*(\/\*[\s\S]*?\*\/\s*)*/, '');
  file.replaceWithText(`${HEADER}\n\n${text}`);
}

/** The public surface: models, unions, guards and the method interface; the engine imports the rest by path. */
export function barrel(project: Project): void {
  project.createSourceFile(
    '/out/index.ts',
    `${["export * from './models.js';", "export * from './guards.js';", "export type { CommsClientMethods } from './methods.js';"].join('\n')}\n`,
    { overwrite: true },
  );
}
