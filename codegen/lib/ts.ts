// Small ts-morph helpers shared by the post-processing transforms.
import { IndentationText, NewLineKind, Project, QuoteKind, SyntaxKind, type Node, type SourceFile } from 'ts-morph';

export { SyntaxKind };

/** An in-memory project: post-processing never touches the disk, so runs are independent and repeatable. */
export function memoryProject(): Project {
  return new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
    },
    compilerOptions: { strict: true, target: 99, module: 199, moduleResolution: 99 },
  });
}

/** Replaces every node of `kind` for which `replace` returns text; walks from the end so positions stay valid. */
export function replaceAll<T extends Node>(file: SourceFile, kind: SyntaxKind, replace: (node: T) => string | undefined): void {
  const nodes = file.getDescendantsOfKind(kind) as unknown as T[];
  for (const node of nodes.reverse()) {
    if (node.wasForgotten()) continue;
    const text = replace(node);
    if (text !== undefined && text !== node.getText()) node.replaceWithText(text);
  }
}

/** The value of a string literal node, or undefined when the node is not one. */
export function stringValue(node: Node | undefined): string | undefined {
  if (!node) return undefined;
  if (node.isKind(SyntaxKind.StringLiteral) || node.isKind(SyntaxKind.NoSubstitutionTemplateLiteral)) return node.getLiteralValue();
  return undefined;
}

/** `identifier` when it is one, else a quoted property name. */
export function propertyName(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`;
}

export const wireEnumValue = (member: string) => member.charAt(0).toLowerCase() + member.slice(1);
export const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Top-level declarations of a file by name. */
export function declarationsByName(file: SourceFile): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const [name, decls] of file.getExportedDeclarations()) out.set(name, decls[0]);
  return out;
}
