// Imports: the templates name models and schemas without importing them (a template cannot list the names it uses
// once each); every name a file uses that another generated module exports is imported here, once.
import type { SourceFile } from 'ts-morph';
import { SyntaxKind } from '../lib/ts.js';

export function importUsed(file: SourceFile, from: SourceFile, specifier: string, typeOnly: boolean): void {
  const exported = new Set(topLevelNames(from));
  const local = new Set([...file.getImportDeclarations().flatMap((d) => d.getNamedImports().map((n) => n.getName())), ...topLevelNames(file)]);
  const used = new Set<string>();
  for (const id of file.getDescendantsOfKind(SyntaxKind.Identifier)) {
    const name = id.getText();
    if (exported.has(name) && !local.has(name)) used.add(name);
  }
  if (used.size) file.addImportDeclaration({ isTypeOnly: typeOnly, moduleSpecifier: specifier, namedImports: [...used].sort() });
}

/** TypeScript's own names a generated file may use without importing them. */
const GLOBAL = new Set(['Array', 'Promise', 'Record', 'Readonly', 'Partial', 'Omit', 'string', 'number', 'boolean', 'unknown', 'const']);

/** Fails naming the first type or value a template referred to that no module declares (a model the generator
 * named otherwise than its schema, a schema constant that is not there). */
export function assertResolved(file: SourceFile): void {
  const known = new Set([
    ...file.getImportDeclarations().flatMap((d) => d.getNamedImports().map((n) => n.getName())),
    ...topLevelNames(file),
    ...file.getDescendantsOfKind(SyntaxKind.TypeParameter).map((p) => p.getName()),
    ...GLOBAL,
  ]);
  const refs = [
    ...file.getDescendantsOfKind(SyntaxKind.TypeReference).map((r) => r.getTypeName().getText()),
    ...file.getDescendantsOfKind(SyntaxKind.PropertyAssignment).map((p) => p.getInitializer()).filter((i) => i?.isKind(SyntaxKind.Identifier)).map((i) => i!.getText()),
  ];
  const missing = refs.find((name) => !known.has(name));
  if (missing) throw new Error(`post-process: ${file.getBaseName()} refers to ${missing}, which no generated module declares`);
}

/** The names a file declares at top level, read from its syntax (no type checker needed). */
export function topLevelNames(file: SourceFile): string[] {
  return [
    ...file.getInterfaces().map((d) => d.getName()),
    ...file.getTypeAliases().map((d) => d.getName()),
    ...file.getFunctions().map((d) => d.getName() ?? ''),
    ...file.getVariableDeclarations().map((d) => d.getName()),
  ];
}
