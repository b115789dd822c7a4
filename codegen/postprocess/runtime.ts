// The generator's runtime.ts (BaseAPI, Configuration, middleware, response wrappers) serves the classes that
// `operations` removed. What the remaining files still use is kept, with what that needs; the rest goes, so the
// runtime shipped is the few lines it takes to describe a request.
import type { SourceFile } from 'ts-morph';

export function pruneRuntime(runtime: SourceFile, users: SourceFile[], keep: string[] = []): void {
  const top = runtime.getStatements().filter((s) => s.getKindName() !== 'ImportDeclaration');
  const nameOf = (s: (typeof top)[number]) =>
    (s as any).getName?.() ?? (s as any).getDeclarations?.()[0]?.getName?.();
  const byName = new Map(top.map((s) => [nameOf(s) as string | undefined, s]).filter(([n]) => n) as [string, (typeof top)[number]][]);

  const used = new Set<string>();
  const scan = (text: string) => {
    for (const name of byName.keys()) if (!used.has(name) && new RegExp(`\\b${name}\\b`).test(text)) {
      used.add(name);
      scan(byName.get(name)!.getText());
    }
  };
  scan(keep.join(' '));
  for (const f of users) scan(f.getFullText().replace(/^import .*$/gm, '').concat(importedNames(f, runtime)));
  // Rebuilt from the kept declarations (with their JSDoc), so no orphaned comment or stray `;` stays behind.
  const kept = top.filter((s) => used.has(nameOf(s))).map((s) => foldBasePath(s.getText(true)));
  runtime.replaceWithText(kept.join('\n\n') + '\n');
}

// The generator trims the base path's trailing slashes at load time; a call at module level is one a bundler
// must keep (it cannot know `.replace` is pure), so BASE_PATH ships even where nothing reads it. It is a
// literal: trimmed here instead.
function foldBasePath(text: string): string {
  return text.replace(/export const BASE_PATH = "([^"\\]*)"\.replace\(\/\\\/\+\$\/, ""\);/, (_, base: string) =>
    `export const BASE_PATH = ${JSON.stringify(base.replace(/\/+$/, ''))};`,
  );
}

function importedNames(file: SourceFile, runtime: SourceFile): string {
  return file
    .getImportDeclarations()
    .filter((d) => d.getModuleSpecifierSourceFile() === runtime || d.getModuleSpecifierValue().endsWith('runtime.js'))
    .flatMap((d) => d.getNamedImports().map((n) => n.getName()))
    .join(' ');
}
