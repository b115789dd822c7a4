// Enums: the CSDL spells operationStatus members `NotStarted`..., Graph sends `notStarted`...; and older payloads
// vary in case. Members become PascalCase keys with the wire's camelCase values, and FromJSON reads any case.
import type { SourceFile } from 'ts-morph';
import { SyntaxKind, pascal, wireEnumValue } from '../lib/ts.js';

export function wireEnums(file: SourceFile): void {
  for (const stmt of file.getVariableStatements()) {
    const decl = stmt.getDeclarations()[0];
    const name = decl.getName();
    const obj = decl.getInitializer()?.getFirstDescendantByKind(SyntaxKind.ObjectLiteralExpression);
    if (!obj || !file.getTypeAlias(name) || !decl.getInitializer()?.getText().endsWith('as const')) continue;
    const members = obj.getProperties().map((p) => p.asKindOrThrow(SyntaxKind.PropertyAssignment));
    const values = members.map((m) => wireEnumValue(m.getInitializerOrThrow().asKindOrThrow(SyntaxKind.StringLiteral).getLiteralValue()));
    decl.setInitializer(
      `{\n${members.map((m, i) => `  ${pascal(m.getName())}: '${values[i]}',`).join('\n')}\n} as const`,
    );
    const fromTyped = file.getFunction(`${name}FromJSONTyped`);
    // A scan of a handful of members, not a lookup table built at load: module-level work is what keeps a
    // bundler from dropping an enum nobody uses.
    fromTyped?.setBodyText(
      [
        `// Graph's payloads are not consistent in case ("Completed", "completed"): read any case.`,
        `const lower = typeof json === 'string' ? json.toLowerCase() : undefined;`,
        `return (Object.values(${name}).find((v) => v.toLowerCase() === lower) ?? json) as ${name};`,
      ].join('\n'),
    );
  }
}
