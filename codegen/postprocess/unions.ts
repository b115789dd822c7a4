// `@odata.type`-keyed unions and guards. Graph names a payload's type in `@odata.type` (`#microsoft.graph.<type>`);
// every base type with subtypes gets `Any<Base>` (itself, unless abstract, and each subtype), a member typed as the
// base accepts any of them, and each type gets a guard that reads `@odata.type` case-insensitively.
import type { Project, SourceFile } from 'ts-morph';
import type { OpenApiDoc } from '../openapi/types.js';
import { SyntaxKind } from '../lib/ts.js';

export interface Family {
  base: string;
  /** `Any<Base>`, or the schema's own name when it is a oneOf union already (CommsResource). */
  union: string;
  /** The mapped types: `@odata.type` -> model name. */
  members: [string, string][];
}

const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);

export function families(doc: OpenApiDoc): Family[] {
  return Object.entries(doc.components.schemas)
    .filter(([, s]) => s.discriminator?.mapping)
    .map(([base, s]) => ({
      base,
      union: s.oneOf ? base : `Any${base}`,
      members: Object.entries<string>(s.discriminator.mapping).map(([t, ref]) => [t, refName(ref)] as [string, string]),
    }));
}

/** In the models file: each member typed as a base reads `Any<Base>`; the unions are declared. */
export function declareUnions(models: SourceFile, all: Family[]): void {
  const bases = new Map(all.filter((f) => f.union !== f.base).map((f) => [f.base, f.union]));
  // One rewrite of the whole text: a ts-morph edit per reference would parse the file again for each.
  const edits = models
    .getDescendantsOfKind(SyntaxKind.TypeReference)
    .map((ref) => ref.getTypeName())
    .filter((name) => bases.has(name.getText()))
    .map((name) => ({ start: name.getStart(), end: name.getEnd(), text: bases.get(name.getText())! }));
  let text = models.getFullText();
  for (const e of edits.sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  const declarations = all
    .filter((f) => f.union !== f.base)
    .map((f) => [
      `/** A ${f.base} or a type derived from it, told apart by \`@odata.type\` (\`is${f.base}\` and the guards of each). */`,
      `export type ${f.union} = ${f.members.map(([, name]) => name).join(' | ')};`,
    ].join('\n'));
  models.replaceWithText(`${text.trimEnd()}\n\n${declarations.join('\n\n')}\n`);
}

/** One guard per type of every union: a base's guard accepts its whole family. */
export function emitGuards(project: Project, all: Family[], path: string): SourceFile {
  const guards = new Map<string, { type: string; odataTypes: string[] }>();
  for (const f of all) {
    for (const [odataType, name] of f.members) {
      if (!guards.has(`is${name}`)) guards.set(`is${name}`, { type: name, odataTypes: [odataType] });
    }
  }
  // Family guards last, so that a base's own name stands for its whole family.
  for (const f of all) guards.set(`is${f.base}`, { type: f.union, odataTypes: f.members.map(([t]) => t) });
  const names = [...guards.keys()].sort();
  const types = [...new Set(names.map((n) => guards.get(n)!.type))].sort();
  const text = [
    '// Type guards on `@odata.type`, which OData compares case-insensitively.',
    `import type { ${types.join(', ')} } from './models.js';`,
    '',
    '/** True when `value` is an object whose `@odata.type` is one of `odataTypes` (lower case), in any case. */',
    'function tagged(value: unknown, odataTypes: readonly string[]): boolean {',
    "  const t = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['@odata.type'] : undefined;",
    "  return typeof t === 'string' && odataTypes.includes(t.toLowerCase());",
    '}',
    ...names.flatMap((name) => {
      const g = guards.get(name)!;
      const what = g.odataTypes.length > 1 ? `one of ${g.odataTypes.map((t) => `\`${t}\``).join(', ')}` : `\`${g.odataTypes[0]}\``;
      return [
        '',
        `/** True when \`@odata.type\` is ${what}. */`,
        `export function ${name}(value: unknown): value is ${g.type} {`,
        `  return tagged(value, [${g.odataTypes.map((t) => `'${t.toLowerCase()}'`).join(', ')}]);`,
        '}',
      ];
    }),
  ].join('\n');
  return project.createSourceFile(path, `${text}\n`);
}
