// Imports: the generator repeats an import block when two oneOf members share a type (a duplicate-identifier
// error under tsc); and ESM needs explicit `.js` extensions on relative specifiers.
import type { SourceFile } from 'ts-morph';

export function tidyImports(file: SourceFile): void {
  const seen = new Set<string>();
  for (const decl of file.getImportDeclarations()) {
    const key = decl.getText().replace(/\s+/g, ' ');
    if (seen.has(key)) {
      decl.remove();
      continue;
    }
    seen.add(key);
    const spec = decl.getModuleSpecifierValue();
    if (spec.startsWith('.') && !spec.endsWith('.js')) decl.setModuleSpecifier(`${spec}.js`);
  }
  for (const decl of file.getExportDeclarations()) {
    const spec = decl.getModuleSpecifierValue();
    if (spec?.startsWith('.') && !spec.endsWith('.js')) decl.setModuleSpecifier(`${spec}.js`);
  }
  // Unused named imports (the generator imports FromJSON/ToJSON pairs whether used or not) defeat tree-shaking
  // checks and trip noUnusedLocals; drop the ones the file never mentions.
  const body = file.getStatements().filter((s) => !s.getKindName().startsWith('Import')).map((s) => s.getText()).join('\n');
  for (const decl of file.getImportDeclarations()) {
    for (const named of decl.getNamedImports()) {
      const local = named.getAliasNode()?.getText() ?? named.getName();
      if (!new RegExp(`\\b${local}\\b`).test(body)) named.remove();
    }
    if (!decl.getNamedImports().length && !decl.getDefaultImport() && !decl.getNamespaceImport()) decl.remove();
  }
}
