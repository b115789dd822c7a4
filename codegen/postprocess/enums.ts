// Enums: the CSDL spells operationStatus members `NotStarted`..., Graph sends `notStarted`...; and older payloads
// vary in case. Members become PascalCase keys with the wire's camelCase values, and FromJSON reads any case.
import { VariableDeclarationKind, type SourceFile } from 'ts-morph';
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
    if (fromTyped) {
      fromTyped.setBodyText(
        [
          `// Graph's payloads are not consistent in case ("Completed", "completed"): read any case.`,
          `const wire = typeof json === 'string' ? ${name}ByLowerCase.get(json.toLowerCase()) : undefined;`,
          `return (wire ?? json) as ${name};`,
        ].join('\n'),
      );
      file.insertVariableStatement(fromTyped.getChildIndex(), {
        declarationKind: VariableDeclarationKind.Const,
        declarations: [
          {
            name: `${name}ByLowerCase`,
            initializer: `new Map<string, ${name}>(Object.values(${name}).map((v) => [v.toLowerCase(), v]))`,
          },
        ],
      });
    }
  }
}
